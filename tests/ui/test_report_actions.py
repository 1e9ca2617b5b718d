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


def test_cancelling_an_export_on_its_worker_thread_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assetmap.reports import report as report_module

    def cancelled_midway(*_args, **kwargs) -> bytes:  # type: ignore[no-untyped-def]
        kwargs["progress"](10, 100)
        raise ExportCancelled()

    monkeypatch.setattr(report_module, "report_pdf", cancelled_midway)
    target = tmp_path / "never.pdf"
    assert window.reports.write("report", stockport_options(window), target) is None
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf")) == []
    assert "Cancelled" in window.statusBar().currentMessage()


def test_cancel_stops_typst_in_the_middle_of_the_atlas_and_writes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from assetmap.reports import typeset

    compiling: list[typeset._Typesetter] = []
    compile_in_child = typeset._Typesetter.compile

    def watched(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        compiling.append(self)
        return compile_in_child(self, *args, **kwargs)

    monkeypatch.setattr(typeset._Typesetter, "compile", watched)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "atlas.pdf"
    atlas = dataclasses.replace(stockport_options(window), area="Greater Manchester")  # a page per ward
    closed: list[bool] = []

    def worker_running() -> bool:
        return any(t.name == "assetmap-commissioner report" for t in threading.enumerate())

    def press_cancel_while_typst_compiles() -> None:
        dialog = window.findChild(QProgressDialog, "taskProgress")
        if not compiling or dialog is None:
            QTimer.singleShot(20, press_cancel_while_typst_compiles)
            return
        qtbot.waitUntil(dialog.isVisible)
        qtbot.wait(300)  # Typst is well into the atlas
        assert worker_running()
        dialog.findChild(QPushButton).click()  # Cancel
        qtbot.waitUntil(lambda: not dialog.isVisible() and not worker_running(), timeout=2000)
        closed.append(True)

    QTimer.singleShot(0, press_cancel_while_typst_compiles)
    assert window.reports.write("report", atlas, target) is None
    assert closed == [True]
    # Typst was stopped in the middle of the compile, not left to finish.
    assert compiling and compiling[0].exitcode is not None and compiling[0].exitcode < 0
    assert compiling[0] not in typeset._idle
    assert not target.exists()
    assert list(folder.iterdir()) == []  # no temporary file either
    assert "Cancelled" in window.statusBar().currentMessage()


def test_a_map_sheet_starts_from_the_view_on_screen(window: MainWindow, tmp_path: Path) -> None:
    window.map_view.evaluate("assetmap.zoomTo(14)")
    west, south, east, north = window.reports.current_view()
    assert west < east and south < north
    assert east - west < 0.2  # zoomed in: a neighbourhood, not the county
    options = dataclasses.replace(stockport_options(window), extent=(west, south, east, north))
    target = tmp_path / "view.pdf"
    assert window.reports.write("map", options, target) == target
    assert len(PdfReader(target).pages) == 1


def test_the_report_is_typeset_off_the_ui_thread_in_the_language_chosen(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import pikepdf

    from assetmap.reports import report as report_module

    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "polish.pdf"
    threads: list[threading.Thread] = []
    typeset = report_module.report_pdf

    def watched(*args, **kwargs) -> bytes:  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return typeset(*args, **kwargs)

    monkeypatch.setattr(report_module, "report_pdf", watched)
    polish = dataclasses.replace(stockport_options(window), language="pl")
    assert window.reports.write("report", polish, target) == target
    assert threads and threads[0] is not threading.main_thread()
    with pikepdf.open(target) as pdf:
        assert str(pdf.Root.Lang) == "pl"
    assert list(target.parent.iterdir()) == [target]


def test_the_window_typesets_a_map_sheet_as_png_on_a_worker_thread(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from assetmap.reports import mapsheet

    threads: list[str] = []
    typeset = mapsheet.build_map_sheet

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return typeset(*args, **kwargs)

    monkeypatch.setattr(mapsheet, "build_map_sheet", recording)
    target = tmp_path / "stockport.png"
    assert window.reports.write("map", stockport_options(window), target) == target
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert threads and threads[0] != threading.main_thread().name
    assert "written to" in window.statusBar().currentMessage()
