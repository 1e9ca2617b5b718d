"""The commissioner report typeset by Typst and read back with pypdf: what each page says and withholds."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pypdf

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from assetmap.reports.analysis import PageSetup, ReportOptions
from assetmap.reports.privacy import PARTNER_NOTICE
from assetmap.reports.report import build_report
from assetmap.reports.selection import CATEGORY_LABELS, resolve_area
from tests.reports.conftest import (
    PARTNER_NAME,
    PEOPLE,
    PRIVATE_NAME,
    WARD,
    WARD_NAME,
    outline,
    report_pages,
    typeset_report,
)

PRODUCT = str(12345 * 1000003)


def _expected_counts(register: Register, ward: str, tier: tuple[str, ...]) -> Counter:
    return Counter(
        a.category
        for a in register.assets()
        if a.ward_code == ward and a.status == "active" and a.visibility in tier
    )


def _page_of(path: Path, title: str) -> int:
    return next(page for _level, text, page in outline(path) if text == title)


def test_report_has_a_page_per_ward_with_its_name_and_the_registers_counts(
    privacy_register: Register, tmp_path: Path
) -> None:
    document = build_report(
        privacy_register.assets(),
        ReportOptions(area="Stockport", prepared_by="Team A"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    path = tmp_path / "report.pdf"
    pages = report_pages(document, path)
    names = gm_boundaries().ward_names
    codes = resolve_area("Stockport", boundaries=gm_boundaries()).ward_codes
    starts = [_page_of(path, names[code]) for code in codes]
    assert starts == sorted(starts) and len(set(starts)) == 21  # each ward starts a page of its own
    for index, code in zip(starts, codes, strict=True):
        text = pages[index]
        assert names[code] in text
        counts = _expected_counts(privacy_register, code, ("public",))
        for category, label in CATEGORY_LABELS.items():
            n = counts.get(category, 0)
            shown = "<5" if category == "gifts_skills" and 0 < n < 5 else str(n)
            assert f"{label} {shown}" in text, (names[code], label, shown)
        people = counts.get("gifts_skills", 0)
        total = "*" if 0 < people < 5 else str(sum(counts.values()))  # withheld with a few people
        assert f"{total} assets" in text
    bramhall = pages[starts[0]]
    assert WARD_NAME in bramhall and "People's gifts and skills <5" in bramhall
    assert "* assets" in bramhall and "* per 1,000 residents" in bramhall
    assert "Footer" not in bramhall and f"Page {starts[0] + 1} of {len(pages)}" in bramhall


def test_a_few_people_cannot_be_worked_out_from_the_printed_report(tmp_path: Path) -> None:
    from assetmap.geo.boundaries import ward_population
    from tests.reports.test_withheld import giveaways, make_assets

    # Bramhall North: 3 people and 2 groups (its total would be 5); Bredbury: 4 groups and 7 people.
    document = build_report(
        make_assets(),
        ReportOptions(area="Stockport", measure="per1000"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    path = tmp_path / "withheld.pdf"
    pages = report_pages(document, path)
    summary = pages[_page_of(path, "Ward summary")]
    residents = f"{ward_population().loc[WARD, 'population']:,.0f}"
    assert f"{WARD_NAME} {residents} * <5 2 0 0 0 0 * 2 *" in summary
    # The district's totals leave people out (one ward withheld: the rest would give it away).
    assert re.search(r"Stockport [\d,]+ 6\u2020 \* 6 0 0 0 0 [\d.]+\u2020 2 ", summary)
    assert "Withheld to protect individuals" in summary and "Places and groups only" in summary
    ward = pages[_page_of(path, WARD_NAME)]
    assert WARD_NAME in ward and "* assets" in ward and "5 assets" not in ward
    charts = pages[_page_of(path, "Charts")]
    assert "People's gifts and skills *" in charts and f"{WARD_NAME} *" in charts
    words = set(" ".join(pages).split())
    assert not words & (giveaways() - {"5"})
    assert "10" not in set(summary.split()) and "16" not in set(summary.split())  # the district's people, all


def test_private_assets_and_individuals_never_reach_the_pdf(
    privacy_register: Register, tmp_path: Path
) -> None:
    document = build_report(
        privacy_register.assets(),
        ReportOptions(area=WARD, tier="partners"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    text = " ".join(report_pages(document, tmp_path / "partners.pdf"))
    assert PRIVATE_NAME not in text and "Secret Street" not in text
    assert not any(name in text for name in PEOPLE)
    assert "07700" not in text
    assert PARTNER_NAME in text


def test_partner_tier_marks_every_page(privacy_register: Register, tmp_path: Path) -> None:
    document = build_report(
        privacy_register.assets(),
        ReportOptions(area="Stockport", tier="partners"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    pages = report_pages(document, tmp_path / "partners.pdf")
    assert len(pages) > 21
    assert all(PARTNER_NOTICE in page for page in pages)
    public = build_report(
        privacy_register.assets(),
        ReportOptions(area="Stockport"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert not any(PARTNER_NOTICE in page for page in report_pages(public, tmp_path / "public.pdf"))


def test_pdf_has_selectable_text_and_a_title_subject_and_author(
    demo_register_file: Path, tmp_path: Path
) -> None:
    with Register.open(demo_register_file) as register:
        document = build_report(
            register.assets(),
            ReportOptions(
                area="Trafford", measure="reach", page=PageSetup("A3", landscape=True), prepared_by="Team B"
            ),
            boundaries=gm_boundaries(),
            people=NO_PEOPLE,
        )
    path = tmp_path / "a3.pdf"
    pages = report_pages(document, path)
    reader = pypdf.PdfReader(path)
    assert reader.metadata.title == "Community assets in Trafford"
    assert reader.metadata.subject == "Share of postcodes within 800 m of an asset by ward, Trafford"
    assert reader.metadata.author == "Team B"
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (420, 297)
    methods = pages[_page_of(path, "Methods and sources")]
    assert "Methods and sources" in methods and "Open Government Licence" in " ".join(pages[-3:])


def test_hostile_names_print_literally_and_nothing_is_evaluated(
    tmp_path: Path, hostile_strings: list[str]
) -> None:
    from tests.reports.conftest import INSIDE

    with Register.open(tmp_path / "hostile.assetmap") as register:
        for i, name in enumerate(hostile_strings[-7:]):
            register.add_asset(name=name, category="associations", lon=INSIDE[0] + 0.0005 * i, lat=INSIDE[1])
        assets = register.assets()
    document = build_report(
        assets,
        ReportOptions(area=WARD, prepared_by="{{ 12345 * 1000003 }}"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    text = " ".join(report_pages(document, tmp_path / "hostile.pdf"))
    assert PRODUCT not in text
    assert "{{ 12345 * 1000003 }}" in text
    assert "{% raw %}" in text
    assert "St. Mary's Community Hall (Room 2)" in text


def test_every_section_starts_a_page_and_the_outline_lists_them(tmp_path: Path, privacy_register) -> None:
    document = build_report(
        privacy_register.assets(),
        ReportOptions(area="Stockport"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    path = typeset_report(document, tmp_path / "outline.pdf")
    top = [title for level, title, _page in outline(path) if level == 1]
    assert top[:4] == [
        "Community assets in Stockport",
        "Assets per 1,000 residents",
        "Ward summary",
        "Charts",
    ]
    assert top[-3:] == ["How to read this report", "Methods and sources", "About the data"]
