"""Reports menu: the commissioner report, a map sheet and a shareable HTML map, and how each is made.

Each document is chosen in :class:`~assetmap.ui.report_dialog.ReportExportDialog`, which starts from the
Abundance panel's choices and previews the first pages. Save and the preview make the document with the
core's :func:`~assetmap.reports.files.make_document` on a worker thread, as the command line does; Save
writes it with :func:`~assetmap.reports.files.write_document`, with a progress dialog and Cancel, and
never leaves a half-written file.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from assetmap.errors import AssetMapError
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.files import SUFFIXES, DocumentContents, write_document
from assetmap.reports.progress import CancelCheck, ExportCancelled, ProgressCallback
from assetmap.reports.selection import ReportInputError
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate
from assetmap.ui.tasks import run_with_progress

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow
    from assetmap.ui.report_dialog import ReportExportDialog

log = logging.getLogger(__name__)

# kind: (its name, the Save dialog's file types, the file name endings it may be saved as)
KINDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "report": (
        QT_TRANSLATE_NOOP("report_actions", "Commissioner report"),
        QT_TRANSLATE_NOOP("report_actions", "PDF document (*.pdf)"),
        SUFFIXES["report"],
    ),
    "map": (
        QT_TRANSLATE_NOOP("report_actions", "Map sheet"),
        QT_TRANSLATE_NOOP("report_actions", "PDF document (*.pdf);;PNG image (*.png)"),
        SUFFIXES["map"],
    ),
    "html": (
        QT_TRANSLATE_NOOP("report_actions", "Shareable interactive map"),
        QT_TRANSLATE_NOOP("report_actions", "Web page (*.html)"),
        SUFFIXES["html"],
    ),
}
WRITING = {
    "report": QT_TRANSLATE_NOOP("report_actions", "Writing the commissioner report…"),
    "map": QT_TRANSLATE_NOOP("report_actions", "Writing the map sheet…"),
    "html": QT_TRANSLATE_NOOP("report_actions", "Writing the shareable interactive map…"),
}


# What a document is made from, read from the register when asked (the core's, shared with the CLI).
ReportContents = DocumentContents


def path_problem(kind: str, text: str) -> str | None:
    """Why ``text`` cannot be the file a ``kind`` document is saved to, in plain words; None if it can."""
    if not text.strip():
        return translate("report_actions", "Give the file to save to, or choose one with Browse….")
    path = Path(text.strip()).expanduser()
    if not path.is_absolute():
        return translate(
            "report_actions", "Give the whole path of the file, starting with its drive or top folder."
        )
    folder = path.parent
    if not folder.is_dir():
        return translate(
            "report_actions", "The folder {folder} does not exist. Choose another with Browse…."
        ).format(folder=folder)
    if not os.access(folder, os.W_OK):
        return translate(
            "report_actions", "You cannot save in the folder {folder}. Choose another with Browse…."
        ).format(folder=folder)
    if path.is_dir():
        return translate("report_actions", "{path} is a folder. Add a file name to it.").format(path=path)
    endings = KINDS[kind][2]
    if path.suffix.lower() not in endings:
        return translate("report_actions", "The file name must end in {endings}.").format(
            endings=translate("report_actions", " or ").join(endings)
        )
    return None


class ReportActions:
    """The Reports menu of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.report_action = self._action(
            translate("report_actions", "Commissioner &report (PDF)…"), "report", "Ctrl+P"
        )
        self.map_action = self._action(
            translate("report_actions", "&Map sheet (PDF or PNG)…"), "map", "Ctrl+Shift+P"
        )
        self.html_action = self._action(translate("report_actions", "Shareable &HTML map…"), "html")

    def _action(self, text: str, kind: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self.export(kind))
        return action

    def actions(self) -> list[QAction]:
        return [self.report_action, self.map_action, self.html_action]

    def dialog(self, kind: str) -> ReportExportDialog:
        """The dialog for ``kind``, starting from the Abundance panel's choices (and the view, for a map)."""
        options = self.window.abundance_panel.options()
        if kind == "map":
            options = dataclasses.replace(options, extent=self.current_view())
        from assetmap.ui.report_dialog import ReportExportDialog  # it builds on this module

        contents = ReportContents.read(self.window.register, kind)
        return ReportExportDialog(kind, options, contents, self.window)

    def export(self, kind: str) -> Path | None:
        dialog = self.dialog(kind)
        try:
            if not dialog.exec():
                return None
            return self.write(kind, dialog.options(), dialog.path())
        finally:
            dialog.deleteLater()

    def current_view(self) -> tuple[float, float, float, float] | None:
        """The part of the map on screen (west, south, east, north), for a map sheet of "what I see"."""
        view = self.window.map_view.evaluate("assetmap.view()")
        bounds = view.get("bounds") if isinstance(view, dict) else None
        if not bounds or len(bounds) != 4:
            return None
        west, south, east, north = (float(b) for b in bounds)
        return west, south, east, north

    def write(self, kind: str, options: ReportOptions, path: Path) -> Path | None:
        name = translate("report_actions", KINDS[kind][0])
        contents = ReportContents.read(self.window.register, kind)  # as it is now, consent included

        def work(progress: ProgressCallback, cancelled: CancelCheck) -> Path:
            problem = path_problem(kind, str(path))
            if problem is not None:
                raise ReportInputError(problem)
            return write_document(kind, options, contents, path, progress=progress, cancelled=cancelled)

        try:
            written = run_with_progress(
                self.window,
                translate("report_actions", KINDS[kind][0]),
                translate("report_actions", WRITING[kind]),
                work,
            )
        except ExportCancelled:
            written = None
        except AssetMapError as exc:
            QMessageBox.warning(self.window, "AssetMap", str(exc))
            return None
        if written is None:
            self.window.statusBar().showMessage(
                translate("report_actions", "Cancelled: nothing was written to {path}.").format(path=path),
                8000,
            )
        else:
            self.window.statusBar().showMessage(
                translate("report_actions", "{document} written to {path}").format(
                    document=name, path=written
                ),
                10000,
            )
        return written
