"""The asset form's Links part and the link dialog (the Stories part is in ``story_form``), and what both
save their changes through.

Each change (a link made, a story told, a photo added) is saved at once as its own step on the window's
undo stack, so Ctrl+Z in the window takes it back; the rules (what a link, story or photo may hold) are
the register's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import AssetNotFoundError
from assetmap.register.records import Asset
from assetmap.register.store import Register
from assetmap.ui.commands import ApplyChange, ReportFailure
from assetmap.ui.i18n import translate, vocabulary
from assetmap.ui.link_commands import (
    AddLinkCommand,
    EditLinkCommand,
    RemoveLinkCommand,
)

SEARCH_LIMIT = 200
ROLE = Qt.ItemDataRole.UserRole


@dataclass
class Writes:
    """What a part needs to save a change: the register, the window's undo stack and how it shows a change."""

    register: Register
    undo_stack: QUndoStack
    apply: ApplyChange
    failed: ReportFailure | None = None

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)


def _buttons(*specs: tuple[str, str, Callable[[], None]]) -> tuple[QWidget, list[QPushButton]]:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    made = []
    for text, spoken, slot in specs:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setAccessibleName(spoken)
        button.clicked.connect(lambda _checked=False, s=slot: s())
        column.addWidget(button)
        made.append(button)
    column.addStretch(1)
    return holder, made


def _short(text: str, length: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


# -- links ---------------------------------------------------------------------------------------------


class LinkDialog(QDialog):
    """Choose the other asset (by searching its name), the kind of link, which way it runs, and a note.

    Editing a link (``link`` given) changes only its kind and note.
    """

    def __init__(
        self,
        register: Register,
        asset: Asset,
        parent: QWidget | None = None,
        *,
        link: Any = None,
        other: Asset | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("connections_form", "Edit the link")
            if link
            else translate("connections_form", "Link ‘{name}’ with another asset").format(
                name=_short(asset.name, 40)
            )
        )
        self._register = register
        self._asset = asset
        self._link = link
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            translate("connections_form", "Type part of the other asset's name")
        )
        self.search_edit.setAccessibleName(translate("connections_form", "Search for the other asset"))
        self.results = QListWidget()
        self.results.setAccessibleName(translate("connections_form", "Assets found"))
        self.results.setMinimumHeight(140)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(translate("connections_form", "Kind of link"))
        for kind in register.link_kinds():
            self.kind_combo.addItem(vocabulary(kind.label), kind.code)
        self.direction_combo = QComboBox()
        self.direction_combo.setAccessibleName(translate("connections_form", "Which way the link runs"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(translate("connections_form", "Note"))
        self.note_edit.setPlaceholderText(
            translate("connections_form", "Optional, e.g. every Tuesday since 2019")
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        if link is None:
            label = QLabel(translate("connections_form", "&Other asset"))
            label.setBuddy(self.search_edit)
            form.addRow(label, self.search_edit)
            form.addRow("", self.results)
        else:
            form.addRow(
                translate("connections_form", "Other asset"),
                QLabel(other.name if other else translate("connections_form", "(removed asset)")),
            )
        kind_label = QLabel(translate("connections_form", "&Kind"))
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, self.kind_combo)
        if link is None:
            way = QLabel(translate("connections_form", "&Reads"))
            way.setBuddy(self.direction_combo)
            form.addRow(way, self.direction_combo)
        note_label = QLabel(translate("connections_form", "N&ote"))
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("connections_form", "Save") if link else translate("connections_form", "Link")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if link is not None:
            index = self.kind_combo.findData(link.kind)
            if index < 0:
                self.kind_combo.addItem(link.kind, link.kind)
                index = self.kind_combo.count() - 1
            self.kind_combo.setCurrentIndex(index)
            self.note_edit.setText(link.note or "")
        else:
            self._assets = [a for a in register.assets() if a.id != asset.id]
            self.search_edit.textChanged.connect(self._search)
            self.kind_combo.currentIndexChanged.connect(self._describe_directions)
            self.results.currentItemChanged.connect(lambda *_a: self._describe_directions())
            self._search("")
            self._describe_directions()
        self.resize(520, 420)

    def _search(self, text: str) -> None:
        words = text.casefold().split()
        self.results.clear()
        found = [a for a in self._assets if all(w in a.name.casefold() for w in words)]
        found.sort(key=lambda a: a.name.casefold())
        for asset in found[:SEARCH_LIMIT]:
            item = QListWidgetItem(asset.name)
            item.setData(ROLE, asset.id)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)

    def _describe_directions(self) -> None:
        item = self.results.currentItem()
        other = item.text() if item is not None else translate("connections_form", "the other asset")
        kind = self.kind_combo.currentText()  # already in the window's language
        here = _short(self._asset.name, 30)
        there = _short(other, 30)
        reads = translate("connections_form", "‘{first}’ {kind} ‘{second}’")
        chosen = max(self.direction_combo.currentIndex(), 0)
        self.direction_combo.clear()
        self.direction_combo.addItem(reads.format(first=here, kind=kind, second=there), "out")
        self.direction_combo.addItem(reads.format(first=there, kind=kind, second=here), "in")
        self.direction_combo.setCurrentIndex(chosen)

    def chosen_asset_id(self) -> str | None:
        item = self.results.currentItem()
        return item.data(ROLE) if item is not None else None

    def values(self) -> dict[str, Any]:
        """``from_id``, ``to_id``, ``kind`` and ``note`` of a new link; ``kind`` and ``note`` when editing."""
        values: dict[str, Any] = {
            "kind": self.kind_combo.currentData(),
            "note": self.note_edit.text().strip() or None,
        }
        if self._link is None:
            other = self.chosen_asset_id()
            outward = self.direction_combo.currentData() != "in"
            values["from_id"] = self._asset.id if outward else other
            values["to_id"] = other if outward else self._asset.id
        return values

    def _accept(self) -> None:
        if self._link is None and self.chosen_asset_id() is None:
            self.error.setText(
                translate(
                    "connections_form",
                    "Choose the other asset: type part of its name, then pick it from the list.",
                )
            )
            self.search_edit.setFocus()
            return
        if self.kind_combo.currentData() is None:
            self.error.setText(
                translate(
                    "connections_form", "There is no kind of link to choose: add one from Edit → Link kinds…."
                )
            )
            return
        self.accept()


class LinksPart(QWidget):
    """The asset's links: each with its kind and the other asset; add, edit and remove buttons."""

    def __init__(self, writes: Writes, asset: Asset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writes = writes
        self.asset = asset
        self.list = QListWidget()
        self.list.setObjectName("linksList")
        self.list.setAccessibleName(translate("connections_form", "Links of this asset"))
        self.list.setMaximumHeight(110)
        buttons, (self.add_button, self.edit_button, self.remove_button) = _buttons(
            (
                translate("connections_form", "Add lin&k…"),
                translate("connections_form", "Add link"),
                self.add_link,
            ),
            (
                translate("connections_form", "Edit link…"),
                translate("connections_form", "Edit link"),
                self.edit_link,
            ),
            (
                translate("connections_form", "Remove link"),
                translate("connections_form", "Remove link"),
                self.remove_link,
            ),
        )
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.list, 1)
        line.addWidget(buttons)
        self.list.itemActivated.connect(lambda _item: self.edit_link())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        register = self._writes.register
        labels = {k.code: k.label for k in register.link_kinds()}
        links = register.links([self.asset.id])
        names: dict[str, str] = {}
        removed = translate("connections_form", "a removed asset")
        for link in links:
            for end in link.asset_ids:
                if end not in names:
                    try:
                        names[end] = register.asset(end).name
                    except AssetNotFoundError:
                        names[end] = removed
        self.list.clear()
        self._links = {}
        for link in links:
            kind = vocabulary(labels.get(link.kind, link.kind))
            if link.from_kind != "asset":
                text = translate("connections_form", "A person {kind} this asset").format(kind=kind)
            elif link.from_id == self.asset.id:
                text = translate("connections_form", "{kind} ‘{name}’").format(
                    kind=kind, name=names.get(link.to_id, removed)
                )
            else:
                text = translate("connections_form", "‘{name}’ {kind} this asset").format(
                    kind=kind, name=names.get(link.from_id, removed)
                )
            if link.note:
                text = translate("connections_form", "{link} ({note})").format(
                    link=text, note=_short(link.note, 40)
                )
            item = QListWidgetItem(text)
            item.setData(ROLE, link.id)
            self.list.addItem(item)
            self._links[link.id] = link
        if not self._links:
            self.list.addItem(
                translate(
                    "connections_form",
                    "No links yet: Add link… joins this asset to another, or Ctrl+drag on the map.",
                )
            )
        self._update_buttons()

    def current_link(self) -> Any:
        item = self.list.currentItem()
        return self._links.get(item.data(ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current_link() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add_link(self) -> None:
        dialog = LinkDialog(self._writes.register, self.asset, self)
        if dialog.exec():
            self.save_new_link(dialog.values())

    def save_new_link(self, values: dict[str, Any]) -> None:
        w = self._writes
        w.push(
            AddLinkCommand(
                w.register,
                values["from_id"],
                values["to_id"],
                values["kind"],
                w.apply,
                w.failed,
                note=values["note"],
            )
        )
        self.refresh()

    def edit_link(self) -> None:
        link = self.current_link()
        if link is None:
            return
        register = self._writes.register
        other_id = link.to_id if link.from_id == self.asset.id else link.from_id
        other = next((a for a in register.assets() if a.id == other_id), None)
        dialog = LinkDialog(register, self.asset, self, link=link, other=other)
        if dialog.exec():
            self.save_link_edit(link, dialog.values())

    def save_link_edit(self, link: Any, after: dict[str, Any]) -> None:
        changed = {name: value for name, value in after.items() if getattr(link, name) != value}
        if changed:
            w = self._writes
            before = {name: getattr(link, name) for name in changed}
            w.push(EditLinkCommand(w.register, link.id, before, changed, w.apply, w.failed))
        self.refresh()

    def remove_link(self) -> None:
        link = self.current_link()
        if link is not None:
            w = self._writes
            w.push(RemoveLinkCommand(w.register, link.id, w.apply, w.failed))
            self.refresh()
