"""Reports menu: the commissioner report, a map sheet and a shareable HTML map, from the current choices.

The area, measure, categories and tier come from the Abundance panel, so an export shows what the
map shows; the dialog asks only for what is particular to a document. Exports run with a progress
dialog and Cancel, and never leave a half-written file.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from assetmap.errors import AssetMapError
from assetmap.languages import LANGUAGES
from assetmap.reports.analysis import DOCUMENT_SIZES, PAGE_SIZES, PageSetup, ReportOptions
from assetmap.reports.progress import ExportCancelled
from assetmap.ui.i18n import translate
from assetmap.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow

log = logging.getLogger(__name__)

KINDS = {
    "report": ("Commissioner report", "PDF document (*.pdf)", ".pdf"),
    "map": ("Map sheet", "PDF document (*.pdf);;PNG image (*.png)", ".pdf"),
    "html": ("Shareable interactive map", "Web page (*.html)", ".html"),
}


class ReportExportDialog(QDialog):
    """Title, prepared-by, paper and file for one export; the rest comes from the abundance choices."""

    def __init__(self, kind: str, options: ReportOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.base = options
        label, _filters, suffix = KINDS[kind]
        self.setWindowTitle(f"Export {label.lower()}")
        self.title_edit = QLineEdit(options.title or "")
        self.title_edit.setPlaceholderText("Default: named after the area and measure")
        self.prepared_edit = QLineEdit(options.prepared_by or "")
        self.page_combo = QComboBox()
        self.page_combo.setAccessibleName("Paper")
        # A map sheet can also be a poster (A1, A0) for the wall; a report is read in the hand.
        self.page_combo.addItems(list(PAGE_SIZES if kind == "map" else DOCUMENT_SIZES))
        self.page_combo.setCurrentText(options.page.size)
        self.landscape_check = QCheckBox("Landscape")
        self.landscape_check.setChecked(options.page.landscape)
        self.path_edit = QLineEdit(str(Path.home() / f"assetmap-{kind}{suffix}"))
        browse = QAction("Browse…", self)
        browse.triggered.connect(self._browse)
        self.path_edit.addAction(browse, QLineEdit.ActionPosition.TrailingPosition)
        about = QLabel(
            "Area, measure, categories and who it is for follow the Abundance panel. "
            "Private assets are never included; people's gifts and skills are only counted, and only "
            "with the person's consent; a person is named only if they agreed to be named."
        )
        about.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow("&Title", self.title_edit)
        if kind != "html":
            form.addRow("&Prepared by", self.prepared_edit)
            form.addRow("Pa&per", self.page_combo)
            form.addRow("", self.landscape_check)
        form.addRow("&Save to", self.path_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        fit_to_screen(self, 520)  # wide enough for the explanation and a file path

    def _browse(self) -> None:
        label, filters, _suffix = KINDS[self.kind]
        path, _ = QFileDialog.getSaveFileName(self, f"Save {label.lower()}", self.path_edit.text(), filters)
        if path:
            self.path_edit.setText(path)

    def options(self) -> ReportOptions:
        return dataclasses.replace(
            self.base,
            title=self.title_edit.text().strip() or None,
            prepared_by=self.prepared_edit.text().strip() or None,
            page=PageSetup(self.page_combo.currentText(), self.landscape_check.isChecked()),
        )

    def path(self) -> Path:
        return Path(self.path_edit.text()).expanduser()


def run_printing_with_progress(
    parent: QWidget, label: str, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Path]
) -> Path | None:
    """Run an export behind a progress dialog with Cancel; ``None`` when cancelled.

    Unlike :func:`assetmap.ui.tasks.run_with_progress` (imports and exports of data), this runs on the
    UI thread: QtWebEngine prints only there, and the printing waits on its own event loop. The window
    keeps painting because each progress step processes events.
    """
    dialog = QProgressDialog(label, "Cancel", 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)

    def progress(done: int, total: int) -> None:
        dialog.setValue(int(100 * done / max(total, 1)))
        QApplication.processEvents()

    try:
        return work(progress, dialog.wasCanceled)
    except ExportCancelled:
        return None
    finally:
        dialog.close()


def _run_report_with_progress(
    parent: QWidget, label: str, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Path]
) -> Path | None:
    """Run a report export on a worker thread with progress and Cancel; ``None`` when cancelled."""
    return _on_worker_thread(translate("report_actions", "Commissioner report"))(parent, label, work)


def _on_worker_thread(
    title: str,
) -> Callable[[QWidget, str, Callable[[Callable[[int, int], None], Callable[[], bool]], Path]], Path | None]:
    """:func:`run_printing_with_progress`'s counterpart for work that needs no Qt: a worker thread."""
    from assetmap.ui.tasks import run_with_progress

    def run(
        parent: QWidget, label: str, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Path]
    ) -> Path | None:
        try:
            return run_with_progress(parent, title, label, work)
        except ExportCancelled:
            return None

    return run


class ReportActions:
    """The Reports menu of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.report_action = self._action("Commissioner &report (PDF)…", "report", "Ctrl+P")
        self.map_action = self._action("&Map sheet (PDF or PNG)…", "map", "Ctrl+Shift+P")
        self.html_action = self._action("Shareable &HTML map…", "html")
        self.language_action, self.language_group = self._language_menu()

    def _action(self, text: str, kind: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self.export(kind))
        return action

    def actions(self) -> list[QAction]:
        return [self.report_action, self.language_action, self.map_action, self.html_action]

    def _language_menu(self) -> tuple[QAction, QActionGroup]:
        """Report language: a submenu with one choice per language the reports are translated into."""
        menu = QMenu(translate("report_actions", "Report &language"), self.window)
        menu.setObjectName("reportLanguageMenu")
        group = QActionGroup(menu)
        group.setExclusive(True)
        for lang in LANGUAGES.values():
            # Each language is named in itself, so a reader finds their own whatever the window's language.
            choice = QAction(lang.native_name, menu)
            choice.setCheckable(True)
            choice.setChecked(lang.code == "en")
            choice.setData(lang.code)
            group.addAction(choice)
            menu.addAction(choice)
        return menu.menuAction(), group

    @property
    def report_language(self) -> str:
        """The language chosen for the commissioner report (a code of ``assetmap.languages.LANGUAGES``)."""
        chosen = self.language_group.checkedAction()
        return str(chosen.data()) if chosen is not None else "en"

    def export(self, kind: str) -> Path | None:
        options = self.window.abundance_panel.options()
        if kind == "map":
            options = dataclasses.replace(options, extent=self.current_view())
        dialog = ReportExportDialog(kind, options, self.window)
        if not dialog.exec():
            return None
        chosen = dialog.options()
        if kind == "report":
            chosen = dataclasses.replace(chosen, language=self.report_language)
        return self.write(kind, chosen, dialog.path())

    def current_view(self) -> tuple[float, float, float, float] | None:
        """The part of the map on screen (west, south, east, north), for a map sheet of "what I see"."""
        view = self.window.map_view.evaluate("assetmap.view()")
        bounds = view.get("bounds") if isinstance(view, dict) else None
        if not bounds or len(bounds) != 4:
            return None
        west, south, east, north = (float(b) for b in bounds)
        return west, south, east, north

    def write(self, kind: str, options: ReportOptions, path: Path) -> Path | None:
        from assetmap.register.story_photos import read_thumbnails
        from assetmap.ui import exports  # the report stack loads when first used

        assets = self.window.register.assets()
        boundaries = self.window.register.boundaries()
        # Read now, so a consent withdrawn or lapsed a moment ago is obeyed.
        people = self.window.register.people_view()
        links, stories = self.window.register.links(), self.window.register.stories()
        photos = (
            read_thumbnails(self.window.register, stories, {a.id for a in assets}) if kind != "map" else []
        )
        writers = {
            "report": exports.export_report,
            "map": exports.export_map,
            "html": exports.export_html_map,
        }
        writer = writers[kind]
        label = KINDS[kind][0]
        # The report and the map sheet are typeset by Typst on a worker thread; the HTML map is written there.
        run = {"report": _run_report_with_progress, "map": _on_worker_thread(label)}.get(
            kind, run_printing_with_progress
        )
        try:
            written = run(
                self.window,
                f"Writing the {label.lower()}…",
                lambda progress, cancelled: writer(
                    assets,
                    options,
                    path,
                    boundaries=boundaries,
                    people=people,
                    links=links,
                    stories=stories,
                    photos=photos,
                    progress=progress,
                    cancelled=cancelled,
                ),
            )
        except AssetMapError as exc:
            QMessageBox.warning(self.window, "AssetMap", str(exc))
            return None
        if written is None:
            self.window.statusBar().showMessage(f"Cancelled: nothing was written to {path}.", 8000)
        else:
            self.window.statusBar().showMessage(f"{label} written to {written}", 10000)
        return written
