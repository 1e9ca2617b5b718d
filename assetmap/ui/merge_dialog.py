"""The merge dialog: what a bundle brings, and its conflicts side by side for a choice per field."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assetmap.bundles.planning import AssetMerge, MergePlan
from assetmap.errors import AssetMapError
from assetmap.register.records import Change
from assetmap.register.store import Register
from assetmap.ui.appearance import error_label
from assetmap.ui.screen_fit import fit_to_screen

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD, BASE, MINE, THEIRS = range(4)


def show_value(field: str, value: object) -> str:
    """A field's value as a person reads it."""
    if value is None:
        return "—"
    if field == "removed":
        return "removed" if value else "not removed"
    if field == "location" and isinstance(value, list):
        return "no location" if value[0] is None else f"{value[0]:.6f}, {value[1]:.6f}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class MergeDialog(QDialog):
    """Shows a merge plan; the person picks mine or theirs for each conflicting field, then merges.

    Emits ``merged`` with the register's :class:`Change` once the merge is written.
    """

    merged = Signal(object)

    def __init__(
        self,
        register: Register,
        plan: MergePlan,
        parent: QWidget | None = None,
        *,
        choose_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.plan = plan
        # A sync gathers the choices here and writes both sides itself, behind its progress dialog.
        self.choose_only = choose_only
        self._choices: dict[str, dict[str, str]] = {c.asset_id: {} for c in plan.conflicts}
        self._groups: list[QButtonGroup] = []
        self.setWindowTitle("Merge register bundle")

        self.summary_label = QLabel(f"{plan.bundle.label}\n{plan.asset_summary()}.")
        self.summary_label.setWordWrap(True)
        people = plan.people_merge
        self.people_label = QLabel(people.summary()[0].upper() + people.summary()[1:] + ".")
        self.people_label.setWordWrap(True)
        self.people_label.setToolTip(
            "People the bundle adds or updates here, and people it erases here for good. "
            "No one erased in either register is ever added back."
        )
        self.people_label.setVisible(bool(plan.people or people or people.kept_out))

        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName("Assets in conflict")
        for change in plan.conflicts:
            item = QListWidgetItem(change.name)
            item.setData(_ID_ROLE, change.asset_id)
            self.conflict_list.addItem(item)

        self.field_table = QTableWidget(0, 4)
        self.field_table.setHorizontalHeaderLabels(["Field", "Before both changes", "Mine", "Theirs"])
        self.field_table.setAccessibleName("Conflicting fields")
        self.field_table.verticalHeader().setVisible(False)
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.field_table.horizontalHeader()
        for column in (BASE, MINE, THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.take_all_mine_button = QPushButton("Take all &mine")
        self.take_all_mine_button.setToolTip("Keep this register's value in every conflicting field")
        self.take_all_theirs_button = QPushButton("Take all &theirs")
        self.take_all_theirs_button.setToolTip("Take the bundle's value in every conflicting field")
        self.take_all_mine_button.clicked.connect(lambda: self.choose_all("mine"))
        self.take_all_theirs_button.clicked.connect(lambda: self.choose_all("theirs"))

        conflicts = QWidget()
        conflicts_layout = QVBoxLayout(conflicts)
        conflicts_layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter()
        splitter.addWidget(self.conflict_list)
        splitter.addWidget(self.field_table)
        splitter.setStretchFactor(1, 3)
        conflicts_layout.addWidget(
            QLabel(
                "Both registers changed these assets. Choose, field by field, which value to keep; "
                "the other stays in the asset's history."
            )
        )
        conflicts_layout.addWidget(splitter, 1)
        take_all = QHBoxLayout()
        take_all.addWidget(self.take_all_mine_button)
        take_all.addWidget(self.take_all_theirs_button)
        take_all.addStretch(1)
        conflicts_layout.addLayout(take_all)
        conflicts.setVisible(bool(plan.conflicts))

        self.error_label = error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            "&Sync" if choose_only else "&Merge", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.people_label)
        layout.addWidget(conflicts, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 520)

        self.conflict_list.currentItemChanged.connect(self._show_selected)
        if plan.conflicts:
            self.conflict_list.setCurrentRow(0)
        self._update_merge_button()

    # -- choices --------------------------------------------------------------------------------

    @property
    def choices(self) -> dict[str, dict[str, str]]:
        return {asset_id: dict(fields) for asset_id, fields in self._choices.items()}

    def current_conflict(self) -> AssetMerge | None:
        item = self.conflict_list.currentItem()
        if item is None:
            return None
        asset_id = item.data(_ID_ROLE)
        return next(c for c in self.plan.conflicts if c.asset_id == asset_id)

    def choose(self, asset_id: str, field: str, side: str) -> None:
        """Record a choice of ``"mine"`` or ``"theirs"`` for one field (and show it if on screen)."""
        self._choices[asset_id][field] = side
        current = self.current_conflict()
        if current is not None and current.asset_id == asset_id:
            self._show_selected()
        self._update_merge_button()

    def choose_all(self, side: str) -> None:
        for change in self.plan.conflicts:
            self._choices[change.asset_id] = {c.field: side for c in change.conflicts}
        self._show_selected()
        self._update_merge_button()

    def radio(self, row: int, side: str) -> QRadioButton:
        """The radio button of one side in one row of the field table (for keyboard users and tests)."""
        widget = self.field_table.cellWidget(row, MINE if side == "mine" else THEIRS)
        assert isinstance(widget, QRadioButton)
        return widget

    def _show_selected(self, *_args: object) -> None:
        change = self.current_conflict()
        self._groups.clear()
        self.field_table.setRowCount(0)
        if change is None:
            return
        chosen = self._choices[change.asset_id]
        self.field_table.setRowCount(len(change.conflicts))
        for row, conflict in enumerate(change.conflicts):
            label = QTableWidgetItem(conflict.field.replace("_", " ").capitalize())
            self.field_table.setItem(row, FIELD, label)
            self.field_table.setItem(row, BASE, QTableWidgetItem(show_value(conflict.field, conflict.base)))
            group = QButtonGroup(self.field_table)
            for side, column, value in (("mine", MINE, conflict.mine), ("theirs", THEIRS, conflict.theirs)):
                button = QRadioButton(show_value(conflict.field, value))
                button.setToolTip(f"Keep {'this register' if side == 'mine' else 'the bundle'}'s value")
                button.setChecked(chosen.get(conflict.field) == side)
                button.toggled.connect(self._on_toggled(change.asset_id, conflict.field, side))
                group.addButton(button)
                self.field_table.setCellWidget(row, column, button)
            self._groups.append(group)

    def _on_toggled(self, asset_id: str, field: str, side: str):
        def toggled(checked: bool) -> None:
            if checked:
                self._choices[asset_id][field] = side
                self._update_merge_button()

        return toggled

    def _update_merge_button(self) -> None:
        missing = self.plan.missing_choices(self._choices)
        self.merge_button.setEnabled(not missing)
        self.merge_button.setToolTip(
            f"Choose mine or theirs for {len(missing)} more field(s) first" if missing else ""
        )

    # -- merging --------------------------------------------------------------------------------

    def merge(self) -> None:
        """Write the merge; on success emit ``merged`` and close, else show why and stay open."""
        if self.choose_only:
            self.accept()
            return
        try:
            change: Change = self.register.merge_bundle(self.plan, self.choices)
        except AssetMapError as exc:
            log.warning("Merge failed: %s", exc)
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.merged.emit(change)
        self.accept()
