"""The merge dialog: what a bundle brings, and its conflicts side by side for a choice per field.

The field-by-field choice (:class:`FieldChoices`) is also the conflict view of a stale edit
(:mod:`assetmap.ui.stale_write`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from typing import Protocol

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
from assetmap.bundles.record_planning import RecordMerge
from assetmap.errors import AssetMapError
from assetmap.register.records import Change
from assetmap.register.store import Register
from assetmap.ui.appearance import error_label
from assetmap.ui.i18n import translate, vocabulary
from assetmap.ui.local_format import decimal
from assetmap.ui.screen_fit import fit_to_screen

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD, BASE, MINE, THEIRS = range(4)


def show_value(field: str, value: object) -> str:
    """A field's value as a person reads it."""
    if value is None:
        return "—"
    if field == "removed":
        return translate("merge_dialog", "removed") if value else translate("merge_dialog", "not removed")
    if field == "teller" and isinstance(value, list):
        # A story's teller, their consent to be quoted by name and their person, settled as one.
        teller = value[0] or translate("merge_dialog", "Anonymous")
        if value[1]:
            return translate("merge_dialog", "{teller} (quoted by name)").format(teller=teller)
        return translate("merge_dialog", "{teller} (not quoted by name)").format(teller=teller)
    if field == "location" and isinstance(value, list):
        if value[0] is None:
            return translate("merge_dialog", "no location")
        return f"{decimal(value[0], 6)}, {decimal(value[1], 6)}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class FieldConflictLike(Protocol):
    """One field offered for a choice: its value before, on my side and on theirs."""

    @property
    def field(self) -> str: ...
    @property
    def base(self) -> object: ...
    @property
    def mine(self) -> object: ...
    @property
    def theirs(self) -> object: ...


class ConflictLike(Protocol):
    """One record whose fields are offered for a choice (an asset in a merge, a stale edit)."""

    @property
    def asset_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def conflicts(self) -> Sequence[FieldConflictLike]: ...


class FieldChoices(QWidget):
    """Records in conflict in a list, and the selected one's fields side by side, with a choice of
    mine or theirs per field. Emits ``choices_changed`` whenever a choice is made."""

    choices_changed = Signal()

    def __init__(
        self,
        items: Sequence[ConflictLike],
        *,
        headers: tuple[str, str, str, str] | None = None,
        tips: tuple[str, str] | None = None,
        take_all: tuple[str, str] | None = None,
        list_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        headers = headers or (
            translate("merge_dialog", "Field"),
            translate("merge_dialog", "Before both changes"),
            translate("merge_dialog", "Mine"),
            translate("merge_dialog", "Theirs"),
        )
        tips = tips or (
            translate("merge_dialog", "Keep this register's value"),
            translate("merge_dialog", "Keep the bundle's value"),
        )
        take_all = take_all or (
            translate("merge_dialog", "Take all &mine"),
            translate("merge_dialog", "Take all &theirs"),
        )
        list_name = list_name or translate("merge_dialog", "Assets in conflict")
        self.items = tuple(items)
        self._tips = tips
        self._choices: dict[str, dict[str, str]] = {c.asset_id: {} for c in self.items}
        self._groups: list[QButtonGroup] = []

        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(list_name)
        for change in self.items:
            item = QListWidgetItem(change.name)
            item.setData(_ID_ROLE, change.asset_id)
            self.conflict_list.addItem(item)

        self.field_table = QTableWidget(0, 4)
        self.field_table.setHorizontalHeaderLabels(list(headers))
        self.field_table.setAccessibleName(translate("merge_dialog", "Conflicting fields"))
        self.field_table.verticalHeader().setVisible(False)
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.field_table.horizontalHeader()
        for column in (BASE, MINE, THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.take_all_mine_button = QPushButton(take_all[0])
        self.take_all_mine_button.setToolTip(
            translate("merge_dialog", "{tip} in every conflicting field").format(tip=tips[0])
        )
        self.take_all_theirs_button = QPushButton(take_all[1])
        self.take_all_theirs_button.setToolTip(
            translate("merge_dialog", "{tip} in every conflicting field").format(tip=tips[1])
        )
        self.take_all_mine_button.clicked.connect(lambda: self.choose_all("mine"))
        self.take_all_theirs_button.clicked.connect(lambda: self.choose_all("theirs"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter()
        splitter.addWidget(self.conflict_list)
        splitter.addWidget(self.field_table)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        take_all_row = QHBoxLayout()
        take_all_row.addWidget(self.take_all_mine_button)
        take_all_row.addWidget(self.take_all_theirs_button)
        take_all_row.addStretch(1)
        layout.addLayout(take_all_row)

        self.conflict_list.currentItemChanged.connect(self._show_selected)
        if self.items:
            self.conflict_list.setCurrentRow(0)

    @property
    def choices(self) -> dict[str, dict[str, str]]:
        return {asset_id: dict(fields) for asset_id, fields in self._choices.items()}

    def current_conflict(self) -> ConflictLike | None:
        item = self.conflict_list.currentItem()
        if item is None:
            return None
        asset_id = item.data(_ID_ROLE)
        return next(c for c in self.items if c.asset_id == asset_id)

    def choose(self, asset_id: str, field: str, side: str) -> None:
        """Record a choice of ``"mine"`` or ``"theirs"`` for one field (and show it if on screen)."""
        self._choices[asset_id][field] = side
        current = self.current_conflict()
        if current is not None and current.asset_id == asset_id:
            self._show_selected()
        self.choices_changed.emit()

    def preselect(self, asset_id: str, chosen: Mapping[str, str]) -> None:
        """Start with some choices made (a side that alone changed a field), still open to change."""
        self._choices[asset_id].update(chosen)
        self._show_selected()
        self.choices_changed.emit()

    def choose_all(self, side: str) -> None:
        for change in self.items:
            self._choices[change.asset_id] = {c.field: side for c in change.conflicts}
        self._show_selected()
        self.choices_changed.emit()

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
            label = QTableWidgetItem(vocabulary(conflict.field.replace("_", " ").capitalize()))
            self.field_table.setItem(row, FIELD, label)
            self.field_table.setItem(row, BASE, QTableWidgetItem(show_value(conflict.field, conflict.base)))
            group = QButtonGroup(self.field_table)
            for side, column, value in (("mine", MINE, conflict.mine), ("theirs", THEIRS, conflict.theirs)):
                button = QRadioButton(show_value(conflict.field, value))
                button.setToolTip(self._tips[0] if side == "mine" else self._tips[1])
                button.setChecked(chosen.get(conflict.field) == side)
                button.toggled.connect(self._on_toggled(change.asset_id, conflict.field, side))
                group.addButton(button)
                self.field_table.setCellWidget(row, column, button)
            self._groups.append(group)

    def _on_toggled(self, asset_id: str, field: str, side: str):
        def toggled(checked: bool) -> None:
            if checked:
                self._choices[asset_id][field] = side
                self.choices_changed.emit()

        return toggled


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
        self.setWindowTitle(translate("merge_dialog", "Merge register bundle"))

        summary = f"{plan.bundle.label}\n{plan.asset_summary()}."
        if plan.records or plan.new_photos:
            summary += f"\n{plan.connection_summary()[0].upper()}{plan.connection_summary()[1:]}."
        self.summary_label = QLabel(summary)
        self.summary_label.setWordWrap(True)
        people = plan.people_merge
        self.people_label = QLabel(people.summary()[0].upper() + people.summary()[1:] + ".")
        self.people_label.setWordWrap(True)
        self.people_label.setToolTip(
            translate(
                "merge_dialog",
                "People the bundle adds or updates here, and people it erases here for good. "
                "No one erased in either register is ever added back.",
            )
        )
        self.people_label.setVisible(bool(plan.people or people or people.kept_out))

        self.field_choices = FieldChoices(
            plan.conflicts, list_name=translate("merge_dialog", "Assets, links and stories in conflict")
        )
        self.conflict_list = self.field_choices.conflict_list
        self.field_table = self.field_choices.field_table
        self.take_all_mine_button = self.field_choices.take_all_mine_button
        self.take_all_theirs_button = self.field_choices.take_all_theirs_button

        conflicts = QWidget()
        conflicts_layout = QVBoxLayout(conflicts)
        conflicts_layout.setContentsMargins(0, 0, 0, 0)
        conflicts_layout.addWidget(
            QLabel(
                translate(
                    "merge_dialog",
                    "Both registers changed these assets. Choose, field by field, which value to keep; "
                    "the other stays in the asset's history.",
                )
            )
        )
        conflicts_layout.addWidget(self.field_choices, 1)
        conflicts.setVisible(bool(plan.conflicts))

        self.error_label = error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            translate("merge_dialog", "&Sync") if choose_only else translate("merge_dialog", "&Merge"),
            QDialogButtonBox.ButtonRole.AcceptRole,
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

        self.field_choices.choices_changed.connect(self._update_merge_button)
        self._update_merge_button()

    # -- choices --------------------------------------------------------------------------------

    @property
    def choices(self) -> dict[str, dict[str, str]]:
        return self.field_choices.choices

    def current_conflict(self) -> AssetMerge | RecordMerge | None:
        current = self.field_choices.current_conflict()
        return next((c for c in self.plan.conflicts if current and c.asset_id == current.asset_id), None)

    def choose(self, asset_id: str, field: str, side: str) -> None:
        """Record a choice of ``"mine"`` or ``"theirs"`` for one field (and show it if on screen)."""
        self.field_choices.choose(asset_id, field, side)

    def choose_all(self, side: str) -> None:
        self.field_choices.choose_all(side)

    def radio(self, row: int, side: str) -> QRadioButton:
        """The radio button of one side in one row of the field table (for keyboard users and tests)."""
        return self.field_choices.radio(row, side)

    def _update_merge_button(self) -> None:
        missing = self.plan.missing_choices(self.choices)
        count = len(missing)  # a plain name: pyside6-lupdate skips a call inside the arguments
        self.merge_button.setEnabled(not missing)
        self.merge_button.setToolTip(
            translate("merge_dialog", "Choose mine or theirs for %n more field(s) first", None, count)
            if missing
            else ""
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
