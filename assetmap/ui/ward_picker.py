"""A searchable checklist of the register's wards, for choosing an area ward by ward."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from assetmap.geo.boundaries import Boundaries
from assetmap.ui.i18n import translate

CodeRole = Qt.ItemDataRole.UserRole


class WardChecklist(QWidget):
    """Every ward as "Name (District)" with a check box, narrowed by what is typed in the search field.

    Enter in the search field ticks (or unticks) the first ward it finds, rather than saving the dialog;
    Down moves into the list.
    """

    changed = Signal()  # a ward was checked or unchecked

    def __init__(self, boundaries: Boundaries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            translate("ward_picker", "Type part of a ward's or district's name")
        )
        self.search_edit.setAccessibleName(translate("ward_picker", "Find a ward"))
        self.search_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ward_picker", "Wards"))
        b = boundaries
        ordered = sorted(
            b.ward_names, key=lambda c: (b.ward_names[c].casefold(), b.district_names[b.ward_district[c]])
        )
        for code in ordered:
            item = QListWidgetItem(f"{b.ward_names[code]} ({b.district_names[b.ward_district[code]]})")
            item.setData(CodeRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list)
        self.search_edit.textChanged.connect(self._narrow)
        self.search_edit.installEventFilter(self)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            found = next((item for item in self._items() if not item.isHidden()), None)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if found is not None:
                    checked = found.checkState() == Qt.CheckState.Checked
                    found.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return True
            if event.key() == Qt.Key.Key_Down and found is not None:
                self.list.setCurrentItem(found)
                self.list.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _narrow(self, text: str) -> None:
        wanted = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def checked_codes(self) -> list[str]:
        """The codes of the checked wards, in the list's order."""
        return [
            str(item.data(CodeRole)) for item in self._items() if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, codes: Iterable[str]) -> None:
        """Check exactly the wards of ``codes`` (one ``changed`` for the lot)."""
        wanted = set(codes)
        self.list.blockSignals(True)
        for item in self._items():
            checked = item.data(CodeRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()
