"""The Reports menu writes what the Abundance panel shows, with progress, Cancel and no half-written files."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from pypdf import PdfReader

from assetmap.register import Register
from assetmap.reports.progress import ExportCancelled
from assetmap.ui.main_window import MainWindow
from assetmap.ui.report_actions import run_printing_with_progress

pytestmark = pytest.mark.web


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "reports.assetmap")
    register.add_assets(
        [
            {"name": "Bramhall Library", "category": "institutions", "lon": -2.1640, "lat": 53.3580},
            {"name": "Edgeley Park Friends", "category": "associations", "lon": -2.1750, "lat": 53.4030},
            {
                "name": "Secret Supper Club",
                "category": "associations",
                "lon": -2.1700,
                "lat": 53.4040,
                "visibility": "private",
            },
        ]
    )
    yield register
    register.close()


def stockport_options(window: MainWindow):
    return dataclasses.replace(
        window.abundance_panel.options(), area="Stockport", prepared_by="Neighbourhood team"
    )


def test_the_export_dialog_starts_from_the_abundance_choices(qtbot, window: MainWindow) -> None:
    window.abundance_panel.area_combo.setCurrentText("Stockport")
    options = window.abundance_panel.options()
    dialog = window.reports.dialog("report")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Strengths of Stockport")
    dialog.prepared_edit.setText("Neighbourhood team")
    chosen = dialog.options()
    assert (chosen.area, chosen.measure, chosen.tier) == ("Stockport", options.measure, options.tier)
    assert chosen.title == "Strengths of Stockport"
    assert chosen.prepared_by == "Neighbourhood team"


def test_the_commissioner_report_is_written_from_the_app(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "stockport.pdf"
    written = window.reports.write("report", stockport_options(window), target)
    assert written == target
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Bramhall Library" in text
    assert "Secret Supper Club" not in text
    assert "written to" in window.statusBar().currentMessage()


def test_the_shareable_map_is_written_from_the_app(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "stockport.html"
    assert window.reports.write("html", stockport_options(window), target) == target
    html = target.read_text(encoding="utf-8")
    assert "Bramhall Library" in html and "Secret Supper Club" not in html
    assert re.search(r"<(script|link)[^>]+(src|href)=", html) is None  # every script and style inlined


def test_cancelling_an_export_writes_nothing(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "never.pdf"

    def work(progress, cancelled) -> Path:
        progress(10, 100)
        raise ExportCancelled()

    assert run_printing_with_progress(window, "Writing…", work) is None
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_map_sheet_starts_from_the_view_on_screen(window: MainWindow, tmp_path: Path) -> None:
    window.map_view.evaluate("assetmap.zoomTo(14)")
    west, south, east, north = window.reports.current_view()
    assert west < east and south < north
    assert east - west < 0.2  # zoomed in: a neighbourhood, not the county
    options = dataclasses.replace(stockport_options(window), extent=(west, south, east, north))
    target = tmp_path / "view.pdf"
    assert window.reports.write("map", options, target) == target
    assert len(PdfReader(target).pages) == 1
