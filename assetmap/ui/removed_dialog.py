"""The "Recently removed" dialog: removed assets wait here until someone restores them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from assetmap.register.records import Asset
from assetmap.register.store import Register
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.local_format import date_time
from assetmap.ui.screen_fit import fit_to_screen

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "removed_dialog", "Nothing has been removed. Removed assets wait here so they can be restored."
)
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return date_time(value)


class RemovedDialog(QDialog):
    """Lists removed assets, newest first; Restore emits ``restore_requested`` with the chosen ids."""

    restore_requested = Signal(list)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(translate("removed_dialog", "Recently removed"))
        self._labels = {c.code: vocabulary(c.label) for c in register.categories()}

        # A small, plain C++ model: a few hundred rows at most, and no Python data() to call.
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [
                translate("removed_dialog", "Name"),
                translate("removed_dialog", "Category"),
                translate("removed_dialog", "Removed"),
            ]
        )
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleName(translate("removed_dialog", "Removed assets"))

        self.empty_label = QLabel(translate("removed_dialog", EMPTY_TEXT))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(translate("removed_dialog", "&Restore"))
        self.restore_button.setToolTip(
            translate("removed_dialog", "Put the selected assets back in the table and on the map")
        )
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "removed_dialog", "Select assets to bring back. Restoring can be undone like any change."
                )
            )
        )
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 620, 420)

        self.view.selectionModel().selectionChanged.connect(self._update_button)
        self.view.doubleClicked.connect(self.restore_selected)
        self.reload()

    def reload(self) -> None:
        """Read the removed assets from the register again."""
        self.model.removeRows(0, self.model.rowCount())
        removed = self.register.removed_assets()  # newest first
        # The versions listed: a restore states them, so one over someone else's change is refused.
        self.versions = {asset.id: asset.version for asset in removed}
        for asset in removed:
            self.model.appendRow(self._row(asset))
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty_label)
        self._update_button()

    def _row(self, asset: Asset) -> list[QStandardItem]:
        name = QStandardItem(asset.name)
        name.setData(asset.id, _ID_ROLE)
        category = QStandardItem(self._labels.get(asset.category, asset.category))
        return [name, category, QStandardItem(_when(asset.removed_at))]

    def is_empty(self) -> bool:
        return self.model.rowCount() == 0

    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows(0)
        return [index.data(_ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.restore_requested.emit(ids)
        self.reload()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(bool(self.view.selectionModel().selectedRows()))
