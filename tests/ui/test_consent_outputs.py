"""Consent decides what every output shows: every tier × consent state × output, from real files read back.

One register holds a gift for each consent state (and one gift of no person, recorded before people
were kept apart), each with a unique name, its person with a unique name and personal fields. Every
output is made once per tier, the way the app and the command line make it, and read back: the
in-app map's JSON, the table, each export format, Open Referral, the HTML map, the report PDF and the
map sheet PDF. The table below says where each gift's name, and each person's name, may appear; the
person's phone, email and notes appear nowhere.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from assetmap.io.export import export_assets
from assetmap.maps import payload
from assetmap.register import Register, consent, sharing
from assetmap.reports.analysis import ReportOptions, analyse
from assetmap.reports.interactive import build_html_map
from assetmap.reports.mapsheet import build_map_sheet
from assetmap.reports.report import build_report
from tests.reports.conftest import INSIDE, WARD, WARD_NAME, pdf_pages, typeset_report

pytestmark = pytest.mark.web

STATES = ("legacy", "none", "withdrawn", "lapsed", "register", "partners", "public", "named")
TIERS = ("public", "partners", "all")
EXPORTS = ("csv", "xlsx", "geojson", "gpkg", "kml")
ORUK = ("oruk-json", "oruk-csv")
REPORTS = ("html-map", "report-pdf", "map-sheet-pdf")
# The outputs the tiers do not apply to: the team's own map and table.
TEAM_OUTPUTS = ("map-json", "table")
PLACE = "Zqcommunity Hall"

# The states in which the team keeps the gift (consent at least "register"), and a gift of no person.
KEPT = {"legacy", "register", "partners", "public", "named"}


def gift_name(state: str) -> str:
    return f"Zq{state}Gift"


def person_name(state: str) -> str:
    return f"Zq{state}Person"


def personal_values(state: str) -> tuple[str, str, str]:
    index = STATES.index(state)
    return f"07700 900{index:03d}", f"zq{state}@example.org", f"Zq{state}Note"


def gifts_allowed(output: str, tier: str | None) -> set[str]:
    """The states whose gift name the output may carry (the rules of assetmap.register.sharing)."""
    if output == "map-json":
        return KEPT  # the team's own map: no gift without consent in force
    if output == "table":
        return set(STATES)  # listed for review, with its consent
    if output in EXPORTS:
        return KEPT if tier == "all" else set()  # individuals are records only in the team's copy
    if output in ORUK:
        return set()  # Open Referral never carries gifts and skills
    if output in ("html-map", "report-pdf"):
        return {"named"}  # counted otherwise; named (with their gifts) only with consent to be named
    return set()  # the map sheet names no one


def people_allowed(output: str, tier: str | None) -> set[str]:
    return {"named"} if output in ("html-map", "report-pdf") else set()


def _cases() -> list[tuple[str, str | None]]:
    cases: list[tuple[str, str | None]] = [(o, None) for o in TEAM_OUTPUTS]
    cases += [(o, t) for o in EXPORTS for t in TIERS]
    cases += [(o, t) for o in (*ORUK, *REPORTS) for t in ("public", "partners")]
    return cases


def _seed(register: Register) -> None:
    lon, lat = INSIDE
    today = dt.date.today()
    register.add_asset(name=PLACE, category="physical_spaces", lon=lon, lat=lat, visibility="public")
    for i, state in enumerate(STATES):
        point = {"lon": lon + 0.0004 * i, "lat": lat + 0.0002, "visibility": "public"}
        if state == "legacy":
            register.add_asset(name=gift_name(state), category="gifts_skills", **point)
            continue
        phone, email, notes = personal_values(state)
        person = register.add_person(person_name(state), phone=phone, email=email, notes=notes)
        register.add_gift(person.id, name=gift_name(state), **point)
        if state == "withdrawn":
            register.record_consent(
                person.id, consent.NAMED, method="paper", given_on=today - dt.timedelta(days=30)
            )
            register.withdraw_consent(person.id, method="email")
        elif state == "lapsed":
            register.record_consent(
                person.id,
                consent.NAMED,
                method="spoken",
                given_on=today - dt.timedelta(days=400),
                lapses_on=today - dt.timedelta(days=35),
            )
        elif state != "none":
            register.record_consent(
                person.id,
                state,
                method="paper",
                partners="Stockport Homes" if state == consent.PARTNERS else None,
            )
    assert {a.ward_code for a in register.assets()} == {WARD}


def _xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(
        str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
    )


def _gpkg_text(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT table_name FROM gpkg_contents")]
        return "\n".join(
            str(value) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"') for value in row
        )


def _zip_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())


def _export_text(register: Register, folder: Path, fmt: str, tier: str) -> str:
    suffix = {"oruk-json": ".json", "oruk-csv": ".zip"}.get(fmt, f".{fmt}")
    path = folder / f"{fmt}-{tier}{suffix}"
    export_assets(register, path, fmt, tier=tier)
    if fmt == "xlsx":
        return _xlsx_text(path)
    if fmt == "gpkg":
        return _gpkg_text(path)
    if fmt == "oruk-csv":
        return _zip_text(path)
    return path.read_text(encoding="utf-8")


def _table_text(register: Register) -> tuple[str, dict[str, str]]:
    from PySide6.QtCore import Qt

    from assetmap.ui.asset_table import AssetTableModel

    b = register.boundaries()
    model = AssetTableModel(register.categories(), b.ward_names, b.ward_district, b.district_names)
    model.set_people(register.people_view())
    model.set_assets(register.assets())
    cells: list[str] = []
    consent_of: dict[str, str] = {}
    consent_column = [c.title for c in model.COLUMNS].index("Consent")
    for row in range(model.rowCount()):
        texts = [
            str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))
            for column in range(model.columnCount())
        ]
        cells += texts
        consent_of[texts[0]] = texts[consent_column]
    return "\n".join(cells), consent_of


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[dict]:
    """Every output, as text read back from its file, by (output, tier); and the table's Consent column."""
    folder = tmp_path_factory.mktemp("consent-outputs")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ASSETMAP_HOME", str(folder / "home"))
        register = Register.open(folder / "consent.assetmap")
        try:
            _seed(register)
            texts: dict[tuple[str, str | None], str] = {}
            people = register.people_view()
            texts["map-json", None] = payload.assets_json(
                register.assets(), register.boundaries().ward_names, people=people
            ).decode("utf-8")
            texts["table", None], consent_of = _table_text(register)
            for fmt in (*EXPORTS, *ORUK):
                for tier in TIERS:
                    if (fmt, tier) in _cases():
                        texts[fmt, tier] = _export_text(register, folder, fmt, tier)
            for tier in ("public", "partners"):
                options = ReportOptions(area=WARD_NAME, tier=tier)
                people = register.people_view()
                html = build_html_map(
                    register.assets(), options, boundaries=register.boundaries(), people=people
                )
                (folder / f"map-{tier}.html").write_text(html, encoding="utf-8")
                texts["html-map", tier] = (folder / f"map-{tier}.html").read_text(encoding="utf-8")
                document = build_report(
                    register.assets(), options, boundaries=register.boundaries(), people=people
                )
                sheet = build_map_sheet(
                    register.assets(), options, boundaries=register.boundaries(), people=people
                )
                report = typeset_report(document, folder / f"report-pdf-{tier}.pdf")
                texts["report-pdf", tier] = "\n".join(pdf_pages(report))
                pdf = folder / f"map-sheet-pdf-{tier}.pdf"
                pdf.write_bytes(sheet.pdf())
                texts["map-sheet-pdf", tier] = "\n".join(pdf_pages(pdf))
            yield {"texts": texts, "consent": consent_of, "register": register}
        finally:
            register.close()


@pytest.mark.parametrize(("output", "tier"), _cases(), ids=lambda v: str(v))
@pytest.mark.parametrize("state", STATES)
def test_nothing_leaves_beyond_what_was_agreed(
    outputs: dict, output: str, tier: str | None, state: str
) -> None:
    text = outputs["texts"][output, tier]
    if output in ("report-pdf", "map-sheet-pdf"):
        assert WARD_NAME in text  # a real document about the ward, read back
    gift_shown = gift_name(state) in text
    assert gift_shown == (state in gifts_allowed(output, tier)), (
        f"{output} at tier {tier}: the gift of a person with consent {state!r} "
        f"{'appears' if gift_shown else 'is missing'}"
    )
    if state != "legacy":
        person_shown = person_name(state) in text
        assert person_shown == (state in people_allowed(output, tier)), (
            f"{output} at tier {tier}: the name of a person with consent {state!r} "
            f"{'appears' if person_shown else 'is missing'}"
        )
        for value in personal_values(state):
            assert value not in text, f"{output} at tier {tier} carries a personal field: {value}"


def test_every_output_still_carries_the_place(outputs: dict) -> None:
    """The seeded public place is in every output but Open Referral's (it is a space: there too)."""
    for (output, tier), text in outputs["texts"].items():
        if output in ("report-pdf", "map-sheet-pdf"):
            continue  # listed by name only where there is room; the counts are checked elsewhere
        assert PLACE in text, f"{output} at tier {tier} lost the public place"


def test_the_table_lists_every_gift_with_the_consent_in_force(outputs: dict) -> None:
    consent_of = outputs["consent"]
    assert consent_of[gift_name("legacy")] == sharing.NO_PERSON_TEXT
    for state in ("none", "withdrawn", "lapsed"):
        assert consent_of[gift_name(state)] == sharing.NEEDS_CONSENT_TEXT
    for state in ("register", "partners", "public", "named"):
        assert consent_of[gift_name(state)] == consent.LEVEL_LABELS[state]
    assert consent_of[PLACE] == sharing.NO_PERSON_TEXT


@pytest.mark.parametrize(
    ("tier", "counted"),
    [
        ("public", {"legacy", "public", "named"}),
        ("partners", {"legacy", "partners", "public", "named"}),
    ],
)
def test_a_report_counts_a_gift_only_with_consent_to_its_tier(
    outputs: dict, tier: str, counted: set[str]
) -> None:
    register: Register = outputs["register"]
    analysis = analyse(
        register.assets(),
        ReportOptions(area=WARD_NAME, tier=tier, categories="gifts_skills"),
        boundaries=register.boundaries(),
        people=register.people_view(),
    )
    assert {a.name for a in analysis.counted} == {gift_name(s) for s in counted}
    assert int(analysis.frame.at[WARD, "count_gifts_skills"]) == len(counted)
    assert [name for name, _gifts in analysis.connectors] == [person_name("named")]


def test_with_no_people_a_persons_gift_is_in_no_output(outputs: dict) -> None:
    """NO_PEOPLE (a caller that knows of no consent) fails closed: only the gift of no person is left."""
    register: Register = outputs["register"]
    assets = register.assets()
    shown = json.loads(payload.assets_json(assets, {}, people=consent.NO_PEOPLE))
    names = {row[1] for row in shown["rows"]}
    assert gift_name("legacy") in names
    assert not names & {gift_name(s) for s in STATES if s != "legacy"}
    kept = sharing.records(assets, sharing.EXPORT, sharing.ALL, people=consent.NO_PEOPLE)
    assert {a.name for a in kept} == {PLACE, gift_name("legacy")}
