"""Reports and maps printed by the real QtWebEngine, read back with pypdf."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pypdf
import pytest

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from assetmap.reports.analysis import PageSetup, ReportOptions
from assetmap.reports.interactive import build_html_map
from assetmap.reports.mapsheet import build_map_sheet
from assetmap.reports.privacy import PARTNER_NOTICE
from assetmap.reports.report import build_report
from assetmap.reports.selection import CATEGORY_LABELS
from assetmap.ui.printing import PdfPrinter, print_html_to_pdf
from assetmap.ui.web.page import evaluate
from assetmap.ui.web.scheme import app_url
from tests.reports.conftest import PARTNER_NAME, PEOPLE, PRIVATE_NAME, WARD, WARD_NAME, pdf_pages

pytestmark = pytest.mark.web
PRODUCT = str(12345 * 1000003)


@pytest.fixture
def printer(qapp):
    printer = PdfPrinter()
    yield printer
    printer.shutdown()


def _print(printer: PdfPrinter, document, path: Path) -> list[str]:
    print_html_to_pdf(
        document.html,
        path,
        page_size=document.page.size,
        landscape=document.page.landscape,
        title=document.title,
        subject=document.subject,
        printer=printer,
    )
    return pdf_pages(path)


def _expected_counts(register: Register, ward: str, tier: tuple[str, ...]) -> Counter:
    return Counter(
        a.category
        for a in register.assets()
        if a.ward_code == ward and a.status == "active" and a.visibility in tier
    )


def test_report_has_a_page_per_ward_with_its_name_and_the_registers_counts(
    printer: PdfPrinter, privacy_register: Register, tmp_path: Path
) -> None:
    document = build_report(
        privacy_register.assets(),
        ReportOptions(area="Stockport", prepared_by="Team A"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    pages = _print(printer, document, tmp_path / "report.pdf")
    assert len(pages) == document.page_count == 1 + 1 + 1 + 1 + 21 + 1
    ward_pages = [i for i, kind in enumerate(document.kinds) if kind == "ward"]
    from assetmap.reports.selection import resolve_area

    names = gm_boundaries().ward_names
    for index, code in zip(
        ward_pages, resolve_area("Stockport", boundaries=gm_boundaries()).ward_codes, strict=True
    ):
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
    bramhall = pages[ward_pages[0]]
    assert WARD_NAME in bramhall and "People's gifts and skills <5" in bramhall
    assert "* assets" in bramhall and "* per 1,000 residents" in bramhall


def test_a_few_people_cannot_be_worked_out_from_the_printed_report(
    printer: PdfPrinter, tmp_path: Path
) -> None:
    from assetmap.geo.boundaries import ward_population
    from tests.reports.test_withheld import giveaways, make_assets

    # Bramhall North: 3 people and 2 groups (its total would be 5); Bredbury: 4 groups and 7 people.
    document = build_report(
        make_assets(),
        ReportOptions(area="Stockport", measure="per1000"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    pages = _print(printer, document, tmp_path / "withheld.pdf")
    summary = pages[document.kinds.index("summary")]
    residents = f"{ward_population().loc[WARD, 'population']:,.0f}"
    assert f"{WARD_NAME} {residents} * <5 2 0 0 0 0 * 2 of 6 *" in summary
    # The district's totals leave people out (one ward withheld: the rest would give it away).
    assert re.search(r"Stockport [\d,]+ 6\u2020 \* 6 0 0 0 0 [\d.]+\u2020 2 of 6", summary)
    assert "Withheld to protect individuals" in summary and "Places and groups only" in summary
    ward = pages[document.kinds.index("ward")]
    assert WARD_NAME in ward and "* assets" in ward and "5 assets" not in ward
    charts = pages[document.kinds.index("charts")]
    assert "People's gifts and skills *" in charts and f"{WARD_NAME} *" in charts
    words = set(" ".join(pages).split())
    assert not words & (giveaways() - {"5"})
    assert "10" not in set(summary.split()) and "16" not in set(summary.split())  # the district's people, all


def test_private_assets_and_individuals_never_reach_the_pdf(
    printer: PdfPrinter, privacy_register: Register, tmp_path: Path
) -> None:
    document = build_report(
        privacy_register.assets(),
        ReportOptions(area=WARD, tier="partners"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    text = " ".join(_print(printer, document, tmp_path / "partners.pdf"))
    assert PRIVATE_NAME not in text and "Secret Street" not in text
    assert not any(name in text for name in PEOPLE)
    assert "07700" not in text
    assert PARTNER_NAME in text


def test_partner_tier_marks_every_page(
    printer: PdfPrinter, privacy_register: Register, tmp_path: Path
) -> None:
    document = build_report(
        privacy_register.assets(),
        ReportOptions(area="Stockport", tier="partners"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    pages = _print(printer, document, tmp_path / "partners.pdf")
    assert len(pages) == document.page_count
    assert all(PARTNER_NOTICE in page for page in pages)
    public = build_report(
        privacy_register.assets(),
        ReportOptions(area="Stockport"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert not any(PARTNER_NOTICE in page for page in _print(printer, public, tmp_path / "public.pdf"))


def test_pdf_has_selectable_text_and_a_title_and_subject(
    printer: PdfPrinter, demo_register_file: Path, tmp_path: Path
) -> None:
    with Register.open(demo_register_file) as register:
        document = build_report(
            register.assets(),
            ReportOptions(area="Trafford", measure="reach", page=PageSetup("A3", landscape=True)),
            boundaries=gm_boundaries(),
            people=NO_PEOPLE,
        )
    path = tmp_path / "a3.pdf"
    pages = _print(printer, document, path)
    reader = pypdf.PdfReader(path)
    assert reader.metadata.title == "Community assets in Trafford"
    assert reader.metadata.subject == "Share of postcodes within 800 m of an asset by ward, Trafford"
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (420, 297)
    assert len(pages) == document.page_count
    assert "Methods and sources" in pages[-1] and "Open Government Licence" in pages[-1]


def test_hostile_names_print_literally_and_nothing_is_evaluated(
    printer: PdfPrinter, tmp_path: Path, hostile_strings: list[str]
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
    text = " ".join(_print(printer, document, tmp_path / "hostile.pdf"))
    assert PRODUCT not in text
    assert "{{ 12345 * 1000003 }}" in text
    assert "{% raw %}" in text
    assert "St. Mary's Community Hall (Room 2)" in text
    assert printer.guard.non_app_requests() == []


def test_map_sheet_prints_one_page_and_rasterises(demo_register_file: Path, tmp_path: Path) -> None:
    with Register.open(demo_register_file) as register:
        sheet = build_map_sheet(
            register.assets(),
            ReportOptions(area="Bolton", page=PageSetup("A4", True)),
            boundaries=gm_boundaries(),
            people=NO_PEOPLE,
        )
    path = tmp_path / "map.pdf"
    path.write_bytes(sheet.pdf())
    pages = pdf_pages(path)
    assert len(pages) == 1
    for words in (
        "Community assets in Bolton",
        "Assets per 1,000 residents",
        "District boundary",
        "Open Government Licence",
        "km",
    ):
        assert words in pages[0]
    png = tmp_path / "map.png"
    png.write_bytes(sheet.png(dpi=72))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_interactive_map_opens_offline_and_shows_its_layers(
    printer: PdfPrinter, privacy_register: Register, hostile_strings: list[str]
) -> None:
    from tests.reports.conftest import INSIDE

    privacy_register.add_asset(
        name=hostile_strings[13], category="associations", lon=INSIDE[0], lat=INSIDE[1]
    )
    html = build_html_map(
        privacy_register.assets(),
        ReportOptions(area="Stockport"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    page = printer._page
    printer._hardened.scheme_handler.set_blob("share/map.html", html.encode("utf-8"))
    loaded: list[bool] = []
    page.loadFinished.connect(loaded.append)
    page.load(app_url("share/map.html"))
    from PySide6.QtCore import QCoreApplication

    for _ in range(400):
        if loaded:
            break
        QCoreApplication.processEvents()
        import time

        time.sleep(0.01)
    assert loaded == [True]
    stats = evaluate(page, "window.assetmapReport.stats()")
    assert stats["wardsDrawn"] == 21
    assert stats["layers"] == 3 and stats["choroplethOn"] is True
    assert len(stats["legend"]) >= 2
    hover = evaluate(page, f"window.assetmapReport.figuresText('{WARD}')")
    assert WARD_NAME in hover and "<5" in hover
    names = [evaluate(page, f"window.assetmapReport.popupText({i})") for i in range(stats["assetsDrawn"])]
    assert any(hostile_strings[13] in n for n in names)
    assert evaluate(page, "document.title") == "Community assets in Stockport"
    assert printer.guard.non_app_requests() == []


def test_the_exported_html_map_shows_the_assets_when_it_opens(
    qtbot, printer: PdfPrinter, privacy_register: Register, tmp_path: Path
) -> None:
    from assetmap.ui.exports import export_html_map

    options = ReportOptions(area="Stockport")
    target = export_html_map(
        privacy_register.assets(),
        options,
        tmp_path / "map.html",
        boundaries=privacy_register.boundaries(),
        people=NO_PEOPLE,
    )
    page = printer._page
    printer._hardened.scheme_handler.set_blob("share/exported.html", target.read_bytes())
    loaded: list[bool] = []
    page.loadFinished.connect(loaded.append)
    page.load(app_url("share/exported.html"))
    qtbot.waitUntil(lambda: bool(loaded), timeout=30_000)
    assert loaded == [True]
    stats = evaluate(page, "window.assetmapReport.stats()")
    assert stats["assetsOn"] is True
    assert stats["markersDrawn"] == stats["assetsDrawn"] > 100
