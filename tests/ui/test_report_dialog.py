"""The report dialog shows the Abundance panel's choices, lets them be changed for the document, previews
its first pages as they will be saved, and saves to a whole, checked path."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import shiboken6

pytest.importorskip("PySide6.QtWebEngineWidgets")

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from assetmap.register import Register
from assetmap.reports.progress import ExportCancelled
from assetmap.ui.main_window import MainWindow
from assetmap.ui.report_dialog import CHOSEN_WARDS, ReportExportDialog

pytestmark = pytest.mark.web

PREVIEW_MS = 90000


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "dialog.assetmap")
    register.add_assets(
        [
            {"name": "Bramhall Library", "category": "institutions", "lon": -2.1640, "lat": 53.3580},
            {"name": "Edgeley Park Friends", "category": "associations", "lon": -2.1750, "lat": 53.4030},
            {"name": "Hazel Grove Allotments", "category": "physical_spaces", "lon": -2.1230, "lat": 53.3770},
            {"name": "Ancoats Knit Club", "category": "associations", "lon": -2.2260, "lat": 53.4840},
        ]
    )
    yield register
    register.close()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def open_dialog(window: MainWindow, kind: str = "report") -> ReportExportDialog:
    """The dialog as the Reports menu opens it, not yet shown (no preview is made)."""
    return window.reports.dialog(kind)


@contextmanager
def shown_dialog(qtbot, window: MainWindow, kind: str = "report") -> Iterator[ReportExportDialog]:
    """The dialog shown (which starts its first preview), closed at the end as the person would."""
    dialog = window.reports.dialog(kind)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        yield dialog
    finally:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.reject()


def wait_for_pages(qtbot, dialog: ReportExportDialog) -> list[QImage]:
    qtbot.waitUntil(lambda: bool(dialog.preview.images) and not dialog.preview.busy, timeout=PREVIEW_MS)
    return dialog.preview.images


def ink(image: QImage) -> float:
    """The share of sampled pixels that are not white paper."""
    samples = [(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)]
    inked = sum(1 for x, y in samples if image.pixelColor(x, y).lightness() < 240)
    return inked / len(samples)


def test_the_dialog_shows_the_panels_area_measure_categories_and_tier(qtbot, window: MainWindow) -> None:
    panel = window.abundance_panel
    panel.area_combo.setCurrentText("Stockport")
    panel.measure_combo.setCurrentIndex(panel.measure_combo.findData("count"))
    panel.category_boxes["associations"].setChecked(False)
    panel.tier_combo.setCurrentIndex(panel.tier_combo.findData("partners"))
    dialog = open_dialog(window)
    assert dialog.area_combo.currentText() == "Stockport"
    assert dialog.measure_combo.currentData() == "count"
    assert dialog.measure_combo.currentText() == "Assets"
    assert not dialog.category_boxes["associations"].isChecked()
    assert all(box.isChecked() for code, box in dialog.category_boxes.items() if code != "associations")
    assert dialog.tier_combo.currentData() == "partners"
    assert not dialog.partner_notice.isHidden()
    # The tiers offered are exactly those a report may be made at: never private.
    tiers = [dialog.tier_combo.itemData(i) for i in range(dialog.tier_combo.count())]
    assert tiers == ["public", "partners"]
    assert dialog.options().categories == [code for code in dialog.category_boxes if code != "associations"]


def test_the_saved_report_follows_the_area_measure_and_categories_changed_in_the_dialog(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    assert dialog.area_combo.currentData() is None  # the panel starts with the whole of Greater Manchester
    dialog.area_combo.setCurrentText("Stockport")
    dialog.measure_combo.setCurrentIndex(dialog.measure_combo.findData("diversity"))
    dialog.category_boxes["associations"].setChecked(False)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("pl"))
    dialog.path_edit.setText(str(tmp_path / "stockport.pdf"))
    assert dialog.options().language == "pl"
    written = window.reports.write("report", dialog.options(), dialog.path())
    assert written == tmp_path / "stockport.pdf"
    text = pdf_text(written)
    # In the language chosen in the dialog: Polish.
    assert "Zasoby społeczności – Stockport" in text and "Community assets in Stockport" not in text
    assert "Obecne kategorie" in text  # the diversity measure: "Categories present"
    assert "Bramhall Library" in text and "Hazel Grove Allotments" in text
    assert "Edgeley Park Friends" not in text  # an association: that category was left out
    assert "Ancoats Knit Club" not in text  # in Manchester, outside the area


def test_a_map_sheet_of_chosen_wards_on_chosen_paper(qtbot, window: MainWindow, tmp_path: Path) -> None:
    library = next(a for a in window.register.assets() if a.name == "Bramhall Library")
    ward = window.register.boundaries().ward_names[library.ward_code]
    dialog = open_dialog(window, "map")
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(CHOSEN_WARDS))
    assert not dialog.save_button.isEnabled()  # no ward ticked yet
    assert "Tick at least one ward" in dialog.path_message.text()
    dialog.wards.search_edit.setText(ward)
    shown = [item for item in dialog.wards._items() if not item.isHidden()]
    assert shown and all(ward.casefold() in item.text().casefold() for item in shown)
    qtbot.keyClick(dialog.wards.search_edit, Qt.Key.Key_Return)  # Enter ticks the first ward found
    assert shown[0].checkState() == Qt.CheckState.Checked
    assert dialog.result() == 0  # and does not save
    dialog.page_combo.setCurrentText("A3")
    dialog.landscape_check.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "ward.pdf"))
    assert dialog.save_button.isEnabled()
    written = window.reports.write("map", dialog.options(), dialog.path())
    assert written is not None
    page = PdfReader(written).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width > height and round(width / 72 * 25.4) == 420  # A3 landscape, in millimetres
    assert ward in pdf_text(written)


def test_the_preview_shows_the_first_pages_and_follows_a_change(qtbot, window: MainWindow) -> None:
    window.abundance_panel.area_combo.setCurrentText("Stockport")
    with shown_dialog(qtbot, window) as dialog:  # showing it starts the first preview
        pages = wait_for_pages(qtbot, dialog)
        assert 1 <= len(pages) <= 3
        assert pages[0].height() > pages[0].width()  # A4 upright
        assert ink(pages[0]) > 0.01, "the first page is blank"
        shown = [label.pixmap() for label in dialog.preview.findChildren(QLabel) if label.pixmap()]
        assert len([pixmap for pixmap in shown if not pixmap.isNull()]) == len(pages)
        dialog.landscape_check.setChecked(True)  # a change of choices: a new preview follows by itself
        qtbot.waitUntil(
            lambda: (
                bool(dialog.preview.images)
                and not dialog.preview.busy
                and dialog.preview.images[0].width() > dialog.preview.images[0].height()
            ),
            timeout=PREVIEW_MS,
        )
        assert ink(dialog.preview.images[0]) > 0.01


def test_the_preview_of_an_html_map_is_its_map_as_a_sheet(qtbot, window: MainWindow) -> None:
    with shown_dialog(qtbot, window, "html") as dialog:
        dialog.preview.refresh()
        assert len(wait_for_pages(qtbot, dialog)) == 1
        assert "sheet" in dialog.preview.title()


def test_the_preview_says_plainly_why_there_is_none(qtbot, window: MainWindow) -> None:
    with shown_dialog(qtbot, window) as dialog:
        dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(CHOSEN_WARDS))
        dialog.preview.refresh()
        qtbot.waitUntil(lambda: not dialog.preview.busy, timeout=PREVIEW_MS)
        assert dialog.preview.images == []
        assert dialog.preview.status_label.text().startswith("No preview: Tick at least one ward")


def test_the_save_path_is_shown_whole_and_checked(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.abundance_panel.area_combo.setCurrentText("Bolton")
    with shown_dialog(qtbot, window) as dialog:
        shown = Path(dialog.path_edit.text())
        assert shown.is_absolute() and shown.parent.is_dir()
        assert shown.name == "Community assets in Bolton.pdf"  # named after the area
        dialog.title_edit.setText("Strengths of Bolton")
        assert Path(dialog.path_edit.text()).name == "Strengths of Bolton.pdf"
        assert dialog.save_button.isEnabled()

        missing = tmp_path / "no such folder"
        dialog.path_edit.setText(str(missing / "bolton.pdf"))
        assert not dialog.save_button.isEnabled()
        assert str(missing) in dialog.path_message.text()
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Enter does not save while the path is unusable
        assert dialog.isVisible() and dialog.result() == 0

        dialog.path_edit.setText(str(tmp_path / "bolton.txt"))
        assert not dialog.save_button.isEnabled() and ".pdf" in dialog.path_message.text()

        dialog.path_edit.setText(str(tmp_path / "bolton.pdf"))
        assert dialog.save_button.isEnabled() and dialog.path_message.text() == ""
        dialog.page_combo.setCurrentText("A3")
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Enter saves once it can
        assert dialog.result() == QDialog.DialogCode.Accepted

    again = open_dialog(window)  # remembered: the folder and the paper
    assert Path(again.path_edit.text()).parent == tmp_path
    assert again.page_combo.currentText() == "A3"


def test_saving_from_the_menu_writes_what_the_dialog_shows(qtbot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "from the menu.html"

    def choose_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReportExportDialog)
        dialog.area_combo.setCurrentText("Manchester")
        dialog.path_edit.setText(str(target))
        dialog.save_button.click()

    QTimer.singleShot(0, choose_and_save)
    assert window.reports.export("html") == target
    html = target.read_text(encoding="utf-8")
    assert "Ancoats Knit Club" in html and "Bramhall Library" not in html


def test_the_html_map_is_saved_in_the_language_chosen_in_the_dialog(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_dialog(window, "html")
    dialog.area_combo.setCurrentText("Stockport")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ur"))
    dialog.path_edit.setText(str(tmp_path / "stockport.html"))
    written = window.reports.write("html", dialog.options(), dialog.path())
    assert written == tmp_path / "stockport.html"
    html = written.read_text(encoding="utf-8")
    assert '<html lang="ur" dir="rtl">' in html
    assert "Stockport میں کمیونٹی اثاثے" in html and "Community assets in Stockport" not in html
    assert "Bramhall Library" in html


@pytest.fixture
def held_report(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The report's typesetting, held on its worker until the test lets it go (or it is cancelled)."""
    import threading

    from assetmap.reports import report as report_module

    started, release = threading.Event(), threading.Event()
    typeset = report_module.report_pdf

    def held(*args, **kwargs) -> bytes:  # type: ignore[no-untyped-def]
        started.set()
        cancelled = kwargs.get("cancelled")
        while not release.wait(0.02):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
        return typeset(*args, **kwargs)

    monkeypatch.setattr(report_module, "report_pdf", held)
    yield started, release
    release.set()


def test_closing_the_dialog_while_its_preview_is_made_stops_it(
    qtbot, window: MainWindow, held_report
) -> None:
    started, _release = held_report
    with shown_dialog(qtbot, window) as dialog:
        dialog.preview.refresh()  # returns at once: a worker makes the document
        drawing = dialog.preview.drawing
        assert drawing is not None and dialog.preview.busy
        qtbot.waitUntil(started.is_set, timeout=PREVIEW_MS)  # the typesetting has started
        dialog.reject()
        qtbot.waitUntil(drawing.done, timeout=PREVIEW_MS)  # it stopped without being let go: cancelled
        qtbot.wait(100)
        assert dialog.preview.images == []  # what came late was dropped


def test_a_preview_finished_after_its_dialog_is_gone_is_dropped(
    qtbot, window: MainWindow, held_report
) -> None:
    started, release = held_report
    with shown_dialog(qtbot, window) as dialog:
        dialog.preview.refresh()
        drawing = dialog.preview.drawing
        assert drawing is not None
        qtbot.waitUntil(started.is_set, timeout=PREVIEW_MS)
        dialog.hide()
        dialog.deleteLater()  # gone without being closed, as with its window
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
        release.set()
        qtbot.waitUntil(drawing.done, timeout=PREVIEW_MS)  # the worker delivers to a dialog that is gone
        assert drawing.exception() is None
        qtbot.wait(200)
        assert window.isVisible()


def test_every_choice_is_reachable_from_the_keyboard(qtbot, window: MainWindow) -> None:
    for kind in ("report", "map", "html"):
        with shown_dialog(qtbot, window, kind) as dialog:
            labelled = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
            # Each label's Alt+letter moves to its control, and no two labels share a letter.
            assert all(label.buddy() is not None for label in labelled)
            letters = [label.text().split("&")[1][0].casefold() for label in labelled]
            letters += [dialog.categories_box.title().split("&")[1][0].casefold()]
            letters += [dialog.save_button.text().split("&")[1][0].casefold()]
            letters += [dialog.browse_button.text().split("&")[1][0].casefold()]
            letters += [dialog.preview.refresh_button.text().split("&")[1][0].casefold()]
            if kind != "html":
                letters += [dialog.landscape_check.text().split("&")[1][0].casefold()]
            assert len(letters) == len(set(letters)), letters
            # Tab goes from the area down the choices, to the path and the buttons.
            chain, widget = [], dialog.area_combo
            for _ in range(40):
                chain.append(widget)
                widget = widget.nextInFocusChain()
                while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(dialog):
                    widget = widget.nextInFocusChain()
            order = [dialog.area_combo, dialog.measure_combo, dialog.tier_combo, dialog.title_edit]
            order += [dialog.language_combo, dialog.path_edit, dialog.save_button]
            positions = [chain.index(w) for w in order]
            assert positions == sorted(positions)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels
            assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_a_map_sheet_can_be_saved_as_an_image(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(window, "map")
    dialog.path_edit.setText(str(tmp_path / "sheet.png"))
    assert dialog.save_button.isEnabled()  # .png is a map sheet's other kind of file
    written = window.reports.write("map", dialog.options(), dialog.path())
    assert written is not None and written.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert ink(QImage(str(written)).scaledToWidth(300)) > 0.01
