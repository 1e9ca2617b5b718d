"""Report, map sheet and interactive map documents, checked as data and HTML without typesetting them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.interactive import build_html_map, safe_json
from assetmap.reports.mapsheet import build_map_sheet
from assetmap.reports.progress import ExportCancelled
from assetmap.reports.report import build_report
from assetmap.sources import ASSET_SOURCE_NAMES
from tests.reports.conftest import INSIDE, PARTNER_NAME, PEOPLE, PRIVATE_NAME

PRODUCT = str(12345 * 1000003)


def test_the_page_plan_is_cover_overview_summary_charts_a_page_per_ward_and_methods(
    demo_register_file: Path,
) -> None:
    with Register.open(demo_register_file) as register:
        document = build_report(
            register.assets(), ReportOptions(area="Stockport"), boundaries=gm_boundaries(), people=NO_PEOPLE
        )
    kinds = document.kinds
    assert kinds[:2] == ("cover", "overview")
    assert kinds.count("summary") == 1 and kinds.count("charts") == 1
    assert kinds.count("ward") == 21
    assert kinds[-1] == "methods"
    assert len(kinds) == 1 + 1 + 1 + 1 + 21 + 1
    wards = [s["name"] for s in document.data["sections"] if s["kind"] == "ward"]
    assert wards[0] == "Bramhall North" and len(set(wards)) == 21


def test_all_of_gm_has_every_ward_in_one_summary_table_and_a_section_each(demo_register_file: Path) -> None:
    with Register.open(demo_register_file) as register:
        document = build_report(
            register.assets(), ReportOptions(area=None), boundaries=gm_boundaries(), people=NO_PEOPLE
        )
    summary = next(s for s in document.data["sections"] if s["kind"] == "summary")
    assert len(summary["rows"]) == 215  # one table, whose header repeats on every page it runs over
    assert all(row["district"] for row in summary["rows"])  # many districts: each row names its own
    assert document.kinds.count("ward") == 215


def test_private_assets_and_peoples_names_are_never_in_the_report(privacy_register: Register) -> None:
    for tier in ("public", "partners"):
        document = build_report(
            privacy_register.assets(),
            ReportOptions(area="Stockport", tier=tier),
            boundaries=gm_boundaries(),
            people=NO_PEOPLE,
        )
        text = document.text()
        assert PRIVATE_NAME not in text
        assert "1 Secret Street" not in text
        for name in PEOPLE:
            assert name not in text
        assert "07700 900123" not in text
        assert (PARTNER_NAME in text) == (tier == "partners")


def test_hostile_names_are_printed_as_text_and_never_evaluated(
    tmp_path: Path, hostile_strings: list[str]
) -> None:
    from assetmap.reports.selection import resolve_area

    # Five names to a ward over nine wards, so every one is listed on its ward's page.
    wards = gm_boundaries().wards.set_index("ward_code").geometry
    codes = list(resolve_area("Stockport", boundaries=gm_boundaries()).ward_codes[:9])
    with Register.open(tmp_path / "hostile.assetmap") as register:
        for i, name in enumerate(hostile_strings):
            point = wards[codes[i % 9]].representative_point()
            register.add_asset(
                name=name,
                address=name,
                opening_times=name,
                category="physical_spaces",
                lon=point.x,
                lat=point.y,
            )
        assets = register.assets()
    options = ReportOptions(area=",".join(codes), prepared_by=hostile_strings[-5], title=hostile_strings[0])
    sheet = build_map_sheet(assets, options, boundaries=gm_boundaries(), people=NO_PEOPLE).svg
    # The sheet's words are data for Typst (tests/reports/test_tagged_documents.py); its drawing is SVG.
    assert PRODUCT not in sheet
    assert "<script" not in sheet.lower()
    assert "<img" not in sheet and "<iframe" not in sheet.lower()
    report = build_report(assets, options, boundaries=gm_boundaries(), people=NO_PEOPLE)
    # The report's text is data for its template, never markup; its drawings escape every name.
    svg = "".join(v for v in report.files.values() if isinstance(v, str))
    assert "<script" not in svg.lower() and "<img" not in svg and "<iframe" not in svg.lower()
    listed = [e["cells"][0] for s in report.data["sections"] if s["kind"] == "ward" for e in s["entries"]]
    for name in hostile_strings:
        assert any(name in x for x in listed), name


def test_embedded_json_cannot_close_its_script_element() -> None:
    text = safe_json({"name": "</script><script>alert(1)</script>&\u2028\u2029"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(str(text)) == {"name": "</script><script>alert(1)</script>&\u2028\u2029"}


def test_the_interactive_map_is_one_file_with_nothing_to_fetch(
    privacy_register: Register, hostile_strings: list[str]
) -> None:
    privacy_register.add_asset(
        name=hostile_strings[13], category="associations", lon=INSIDE[0], lat=INSIDE[1]
    )
    page = build_html_map(
        privacy_register.assets(),
        ReportOptions(area="Stockport"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page, re.I)
    assert "url(images/" not in page
    assert page.lower().count("</script>") == 3  # the data, Leaflet and the map script
    assert PRIVATE_NAME not in page and PARTNER_NAME not in page
    assert not any(name in page for name in PEOPLE)
    data = json.loads(re.search(r'id="assetmap-data">(.*?)</script>', page, re.S).group(1))
    assert len(data["wards"]["features"]) == 21
    assert hostile_strings[13] in [a["name"] for a in data["assets"]]
    assert data["figures"]["E05015014"]["categories"][0] == {
        "code": "gifts_skills",
        "label": "People's gifts and skills",
        "count": "<5",
    }


def test_partner_tier_marks_the_interactive_map_and_every_report_page(privacy_register: Register) -> None:
    options = ReportOptions(area="Stockport", tier="partners")
    document = build_report(privacy_register.assets(), options, boundaries=gm_boundaries(), people=NO_PEOPLE)
    assert document.data["partner"] == "Contains partner-only information"  # in every page's header
    page = build_html_map(privacy_register.assets(), options, boundaries=gm_boundaries(), people=NO_PEOPLE)
    assert "Contains partner-only information" in page


def test_building_a_report_stops_when_cancelled(demo_register_file: Path) -> None:
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 5

    with Register.open(demo_register_file) as register, pytest.raises(ExportCancelled):
        build_report(
            register.assets(),
            ReportOptions(area="Stockport"),
            cancelled=cancelled,
            boundaries=gm_boundaries(),
            people=NO_PEOPLE,
        )


def _sections(document, kind: str) -> list[dict]:
    return [s for s in document.data["sections"] if s["kind"] == kind]


def test_a_column_empty_for_every_listed_asset_is_left_out_of_a_ward_page(tmp_path: Path) -> None:
    with Register.open(tmp_path / "columns.assetmap") as register:
        register.add_asset(name="Hall Kq", category="physical_spaces", lon=INSIDE[0], lat=INSIDE[1])
        register.add_asset(name="Club Kq", category="associations", lon=INSIDE[0] + 0.001, lat=INSIDE[1])
        options = ReportOptions(area="Bramhall North")
        without = build_report(register.assets(), options, boundaries=gm_boundaries(), people=NO_PEOPLE)
        (ward,) = _sections(without, "ward")
        assert ward["header"] == ["Name", "Category"]  # no address, no opening times: no such columns
        assert all(len(e["cells"]) == 2 for e in ward["entries"])
        register.add_asset(
            name="Cafe Kq",
            category="local_economy",
            lon=INSIDE[0],
            lat=INSIDE[1] + 0.001,
            opening_times="Fri 10-2",
        )
        with_times = build_report(register.assets(), options, boundaries=gm_boundaries(), people=NO_PEOPLE)
    (ward,) = _sections(with_times, "ward")
    assert ward["header"] == ["Name", "Category", "When"]
    assert ["Cafe Kq", "Local economy and exchange", "Fri 10-2"] in [e["cells"] for e in ward["entries"]]


def test_a_category_with_nothing_recorded_is_called_a_gap_in_the_register(tmp_path: Path) -> None:
    with Register.open(tmp_path / "gaps.assetmap") as register:
        register.add_asset(name="Hall Kq", category="physical_spaces", lon=INSIDE[0], lat=INSIDE[1])
        document = build_report(
            register.assets(), ReportOptions(area="Stockport"), boundaries=gm_boundaries(), people=NO_PEOPLE
        )
    overview = _sections(document, "overview")[0]
    assert "Associations and groups" in overview["gaps"] and "Physical spaces" not in overview["gaps"]
    assert "a gap in the register, not in the community" in overview["gaps"]
    bramhall, *others = _sections(document, "ward")
    assert "Physical spaces" not in bramhall["gaps"] and "Institutions" in bramhall["gaps"]
    assert all("Physical spaces" in ward["gaps"] for ward in others)


def test_about_the_data_counts_each_districts_places_and_groups_by_source(demo_register_file: Path) -> None:
    with Register.open(demo_register_file) as register:
        assets = register.assets()
    document = build_report(assets, ReportOptions(area=None), boundaries=gm_boundaries(), people=NO_PEOPLE)
    about = _sections(document, "methods")[0]["about"]
    rows = {row[0]: row for row in about["rows"]}
    assert len(rows) == 10  # every district of Greater Manchester
    stockport = [
        a for a in assets if a.ward_code and gm_boundaries().ward_district[a.ward_code] == "E08000007"
    ]
    sources = {next(t for t in a.tags if t != "demo") for a in stockport}
    assert rows["Stockport"][1] == f"{len(stockport):,}" and rows["Stockport"][2] == str(len(sources))
    # Each list is named as a reader knows it, never by its key.
    assert all(ASSET_SOURCE_NAMES[source] in rows["Stockport"][3] for source in sources)
    assert not any(source in rows["Stockport"][3] for source in sources)
