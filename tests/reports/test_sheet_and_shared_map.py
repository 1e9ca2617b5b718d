"""The map sheet typeset by Typst, and the interactive map opened by the real QtWebEngine, read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from assetmap.reports.analysis import PageSetup, ReportOptions
from assetmap.reports.interactive import build_html_map
from assetmap.reports.mapsheet import build_map_sheet
from assetmap.ui.web.page import evaluate
from assetmap.ui.web.scheme import app_url
from tests.reports.conftest import WARD, WARD_NAME, SharedMapPage, pdf_pages

pytestmark = pytest.mark.web
PRODUCT = str(12345 * 1000003)


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
    viewer: SharedMapPage, privacy_register: Register, hostile_strings: list[str]
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
    page = viewer.page
    viewer.hardened.scheme_handler.set_blob("share/map.html", html.encode("utf-8"))
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
    assert viewer.guard.non_app_requests() == []


def test_the_exported_html_map_shows_the_assets_when_it_opens(
    qtbot, viewer: SharedMapPage, privacy_register: Register, tmp_path: Path
) -> None:
    from assetmap.reports.files import DocumentContents, write_document

    options = ReportOptions(area="Stockport")
    contents = DocumentContents(privacy_register.assets(), privacy_register.boundaries(), NO_PEOPLE)
    target = write_document("html", options, contents, tmp_path / "map.html")
    page = viewer.page
    viewer.hardened.scheme_handler.set_blob("share/exported.html", target.read_bytes())
    loaded: list[bool] = []
    page.loadFinished.connect(loaded.append)
    page.load(app_url("share/exported.html"))
    qtbot.waitUntil(lambda: bool(loaded), timeout=30_000)
    assert loaded == [True]
    stats = evaluate(page, "window.assetmapReport.stats()")
    assert stats["assetsOn"] is True
    assert stats["markersDrawn"] == stats["assetsDrawn"] > 100
