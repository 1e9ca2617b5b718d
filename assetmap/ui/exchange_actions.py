"""File menu actions that move assets in and out: import, export, register bundles and merging."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assetmap.errors import AssetMapError
from assetmap.ui.i18n import translate
from assetmap.ui.local_format import number

if TYPE_CHECKING:
    from assetmap.io.selection import AssetFilter
    from assetmap.ui.main_window import MainWindow

# The import, export and merge stacks load when first used, not when the window opens.

log = logging.getLogger(__name__)


class ExchangeActions:
    """The import, export, bundle and merge actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.import_action = self._action(
            translate("exchange_actions", "&Import assets…"), self.import_assets, "Ctrl+I"
        )
        self.export_action = self._action(
            translate("exchange_actions", "&Export assets…"), self.export_assets, "Ctrl+Shift+E"
        )
        self.bundle_action = self._action(
            translate("exchange_actions", "Export register &bundle…"), self.export_bundle
        )
        self.merge_action = self._action(translate("exchange_actions", "&Merge a bundle…"), self.merge_bundle)
        self.boundaries_action = self._action(
            translate("exchange_actions", "Ward &boundaries…"), self.ward_boundaries
        )
        self.separate_action = self._action(
            translate("exchange_actions", "Make this copy a separate register…"), self.separate_copy
        )

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self._guarded(slot))
        return action

    def _guarded(self, slot) -> None:
        try:
            slot()
        except AssetMapError as exc:
            QMessageBox.warning(self.window, translate("exchange_actions", "AssetMap"), str(exc))

    def actions(self) -> list[QAction | None]:
        return [
            self.import_action,
            self.export_action,
            None,
            self.bundle_action,
            self.merge_action,
            self.separate_action,
            None,
            self.boundaries_action,
        ]

    def current_filter(self) -> AssetFilter:
        from assetmap.io.selection import AssetFilter

        bar = self.window.filter_bar
        return AssetFilter(
            search=bar.search_text(),
            category=bar.category(),
            district=bar.district(),
            ward=bar.ward(),
            status=bar.status(),
        )

    def import_assets(self) -> None:
        from assetmap.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.window.register, self.window)
        wizard.imported.connect(lambda _change: self.window.reload_from_register())
        wizard.exec()

    def export_assets(self) -> None:
        from assetmap.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.window.register, self.window, current_filter=self.current_filter())
        dialog.exported.connect(
            lambda result: self.window.statusBar().showMessage(
                translate("exchange_actions", "Exported {count} assets to {path}").format(
                    count=number(result.count), path=result.path
                ),
                8000,
            )
        )
        dialog.exec()

    def export_bundle(self) -> None:
        from assetmap.bundles.export import export_bundle

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("exchange_actions", "Export register bundle"),
            "",
            translate("exchange_actions", "AssetMap bundle (*.assetmap-bundle)"),
        )
        if not path:
            return
        summary = export_bundle(self.window.register, path)
        self.window.statusBar().showMessage(
            translate(
                "exchange_actions",
                "Bundle {number} written with {assets} assets ({removed} removed) since {since}: {path}",
            ).format(
                number=summary.number,
                assets=number(summary.assets),
                removed=number(summary.removed),
                since=summary.since,
                path=summary.path,
            ),
            10000,
        )

    def ward_boundaries(self) -> None:
        from assetmap.ui.boundaries_dialog import BoundariesDialog

        dialog = BoundariesDialog(self.window.register, self.window)
        dialog.changed.connect(lambda _change: self.window.boundaries_changed())
        dialog.exec()

    def separate_copy(self) -> None:
        answer = QMessageBox.question(
            self.window,
            translate("exchange_actions", "Make this copy a separate register"),
            translate(
                "exchange_actions",
                "Is this register a file copied from another computer? Make it a register of its own, so "
                "that it and the original can merge each other's bundles. Its assets and history stay as "
                "they are.\n\nDo not do this on a register that is not a copy.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window.register.separate_copy()
        self.window.statusBar().showMessage(
            translate(
                "exchange_actions",
                "This register is now a register of its own; it can merge bundles from the original.",
            ),
            10000,
        )

    def merge_bundle(self, path: str | None = None) -> None:
        """Merge a bundle: ``path`` (a bundle opened from the file manager), or one the person picks."""
        from assetmap.bundles.format import read_bundle
        from assetmap.bundles.planning import plan_merge
        from assetmap.ui.merge_dialog import MergeDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("exchange_actions", "Merge a register bundle"),
                "",
                translate("exchange_actions", "AssetMap bundle (*.assetmap-bundle);;All files (*)"),
            )
        if not path:
            return
        plan = plan_merge(self.window.register, read_bundle(path))
        dialog = MergeDialog(self.window.register, plan, self.window)
        dialog.merged.connect(lambda _change: self.window.reload_from_register())
        dialog.exec()
