"""Report, map sheet and interactive map documents, checked as HTML without printing them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markupsafe import escape

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from assetmap.reports.analysis import PageSetup, ReportOptions
from assetmap.reports.interactive import build_html_map, safe_json
from assetmap.reports.mapsheet import build_map_sheet
from assetmap.reports.pdfinfo import set_pdf_info
from assetmap.reports.progress import ExportCancelled
from assetmap.reports.report import build_report, summary_rows_per_page
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
    assert document.page_count == 1 + 1 + 1 + 1 + 21 + 1
    assert document.html.count('<section class="page ') == document.page_count


def test_all_of_gm_paginates_the_summary_table(demo_register_file: Path) -> None:
    with Register.open(demo_register_file) as register:
        document = build_report(
            register.assets(), ReportOptions(area=None), boundaries=gm_boundaries(), people=NO_PEOPLE
        )
    per_page = summary_rows_per_page(PageSetup())
    assert document.kinds.count("summary") == -(-215 // per_page)
    assert document.kinds.count("ward") == 215


def test_private_assets_and_peoples_names_are_never_in_the_report(privacy_register: Register) -> None:
    for tier in ("public", "partners"):
        document = build_report(
            privacy_register.assets(),
            ReportOptions(area="Stockport", tier=tier),
            boundaries=gm_boundaries(),
            people=NO_PEOPLE,
        )
        assert PRIVATE_NAME not in document.html
        assert "1 Secret Street" not in document.html
        for name in PEOPLE:
            assert name not in document.html
        assert "07700 900123" not in document.html
        assert (PARTNER_NAME in document.html) == (tier == "partners")


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
    sheet = build_map_sheet(assets, options, boundaries=gm_boundaries(), people=NO_PEOPLE)
    for document in (
        build_report(assets, options, boundaries=gm_boundaries(), people=NO_PEOPLE).html,
        sheet.svg,  # the sheet's words are data for Typst (tests/reports/test_tagged_documents.py)
    ):
        assert PRODUCT not in document
        assert "<script" not in document.lower()
        assert "<img" not in document and "<iframe" not in document.lower()
    report = build_report(assets, options, boundaries=gm_boundaries(), people=NO_PEOPLE).html
    for name in hostile_strings:
        assert str(escape(name)) in report


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
    assert document.html.count('<span class="partner">') == document.page_count
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


def test_pdf_info_is_added_as_an_incremental_update(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    source = tmp_path / "blank.pdf"
    with source.open("wb") as out:
        writer.write(out)
    original = source.read_bytes()
    updated = set_pdf_info(original, title="Café <report> ‮", subject="Assets per 1,000 residents")
    assert updated.startswith(original)
    target = tmp_path / "titled.pdf"
    target.write_bytes(updated)
    meta = PdfReader(target).metadata
    assert meta.title == "Café <report> ‮"
    assert meta.subject == "Assets per 1,000 residents"
