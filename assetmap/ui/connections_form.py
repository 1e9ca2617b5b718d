"""The asset form's Links and Stories parts, and the small dialogs behind their buttons.

Each change (a link made, a story told, a photo added) is saved at once as its own step on the window's
undo stack, so Ctrl+Z in the window takes it back; the rules (what a link, story or photo may hold) are
the register's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIcon, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import AssetNotFoundError
from assetmap.register.records import Asset
from assetmap.register.store import Register
from assetmap.ui.commands import ApplyChange, ReportFailure
from assetmap.ui.link_commands import (
    AddLinkCommand,
    AddPhotoCommand,
    AddStoryCommand,
    EditLinkCommand,
    EditPhotoCommand,
    EditStoryCommand,
    RemoveLinkCommand,
    RemovePhotoCommand,
    RemoveStoryCommand,
)

FACES_NOTE = (
    "Faces in photos are your responsibility: before adding a photo in which anyone can be recognised, "
    "get their consent (a parent's or carer's for a child). Location and camera details are removed from "
    "every photo when it is saved."
)
PHOTO_FILTER = "Photos (*.jpg *.jpeg *.png *.webp)"
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
            "Edit the link" if link else f"Link ‘{_short(asset.name, 40)}’ with another asset"
        )
        self._register = register
        self._asset = asset
        self._link = link
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Type part of the other asset's name")
        self.search_edit.setAccessibleName("Search for the other asset")
        self.results = QListWidget()
        self.results.setAccessibleName("Assets found")
        self.results.setMinimumHeight(140)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Kind of link")
        for kind in register.link_kinds():
            self.kind_combo.addItem(kind.label, kind.code)
        self.direction_combo = QComboBox()
        self.direction_combo.setAccessibleName("Which way the link runs")
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setPlaceholderText("Optional, e.g. every Tuesday since 2019")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        if link is None:
            label = QLabel("&Other asset")
            label.setBuddy(self.search_edit)
            form.addRow(label, self.search_edit)
            form.addRow("", self.results)
        else:
            form.addRow("Other asset", QLabel(other.name if other else "(removed asset)"))
        kind_label = QLabel("&Kind")
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, self.kind_combo)
        if link is None:
            way = QLabel("&Reads")
            way.setBuddy(self.direction_combo)
            form.addRow(way, self.direction_combo)
        note_label = QLabel("N&ote")
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Save" if link else "Link")
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
        other = item.text() if item is not None else "the other asset"
        kind = self.kind_combo.currentText()
        here = f"‘{_short(self._asset.name, 30)}’"
        there = f"‘{_short(other, 30)}’"
        chosen = max(self.direction_combo.currentIndex(), 0)
        self.direction_combo.clear()
        self.direction_combo.addItem(f"{here} {kind} {there}", "out")
        self.direction_combo.addItem(f"{there} {kind} {here}", "in")
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
            self.error.setText("Choose the other asset: type part of its name, then pick it from the list.")
            self.search_edit.setFocus()
            return
        if self.kind_combo.currentData() is None:
            self.error.setText("There is no kind of link to choose: add one from Edit → Link kinds….")
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
        self.list.setAccessibleName("Links of this asset")
        self.list.setMaximumHeight(110)
        buttons, (self.add_button, self.edit_button, self.remove_button) = _buttons(
            ("Add lin&k…", "Add link", self.add_link),
            ("Edit link…", "Edit link", self.edit_link),
            ("Remove link", "Remove link", self.remove_link),
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
        for link in links:
            for end in link.asset_ids:
                if end not in names:
                    try:
                        names[end] = register.asset(end).name
                    except AssetNotFoundError:
                        names[end] = "a removed asset"
        self.list.clear()
        self._links = {}
        for link in links:
            kind = labels.get(link.kind, link.kind)
            if link.from_kind != "asset":
                text = f"A person {kind} this asset"
            elif link.from_id == self.asset.id:
                text = f"{kind} ‘{names.get(link.to_id, 'a removed asset')}’"
            else:
                text = f"‘{names.get(link.from_id, 'a removed asset')}’ {kind} this asset"
            if link.note:
                text += f" ({_short(link.note, 40)})"
            item = QListWidgetItem(text)
            item.setData(ROLE, link.id)
            self.list.addItem(item)
            self._links[link.id] = link
        if not self._links:
            self.list.addItem("No links yet: Add link… joins this asset to another, or Ctrl+drag on the map.")
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


# -- stories -------------------------------------------------------------------------------------------


@dataclass
class NewPhoto:
    """A photo chosen in the story dialog, saved with the story."""

    data: bytes
    alt_text: str
    name: str


class StoryDialog(QDialog):
    """Tell a story (or edit one): its text, when, who told it or anonymous, their consent to be quoted by
    name, whether it is one of the strongest, and its photos with their alternative text."""

    def __init__(
        self,
        register: Register,
        asset: Asset,
        parent: QWidget | None = None,
        *,
        story: Any = None,
        photos: Sequence[Any] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit the story" if story else f"A story of ‘{_short(asset.name, 40)}’")
        self._register = register
        self.story = story
        self.new_photos: list[NewPhoto] = []
        self.described: dict[str, str] = {}  # existing photo id -> new alternative text
        self.removed_photos: list[str] = []  # existing photo ids to remove
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName("Story, required")
        self.text_edit.setPlaceholderText("What happened, in the teller's words where you can")
        self.dated_check = QCheckBox("&Told on")
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setAccessibleName("Told on date")
        self.teller_edit = QLineEdit()
        self.teller_edit.setAccessibleName("Told by")
        self.anonymous_check = QCheckBox("&Anonymous")
        self.quote_check = QCheckBox("Agreed to be &quoted by name")
        self.quote_check.setToolTip("Without this, every output shows the teller as ‘Anonymous’")
        self.featured_check = QCheckBox("One of the &strongest stories (shown on the ward's report page)")
        self.photo_list = QListWidget()
        self.photo_list.setObjectName("photoList")
        self.photo_list.setAccessibleName("Photos")
        self.photo_list.setMaximumHeight(120)
        self.photo_list.setIconSize(QPixmap(64, 64).size())
        photo_buttons, (self.add_photo_button, self.describe_button, self.remove_photo_button) = _buttons(
            ("Add &photo…", "Add photo", self.add_photo),
            ("&Describe photo…", "Describe photo", self.describe_photo),
            ("Remove photo", "Remove photo", self.remove_photo),
        )
        self.faces_note = QLabel(FACES_NOTE)
        self.faces_note.setObjectName("facesNote")
        self.faces_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        text_label = QLabel("Stor&y *")
        text_label.setBuddy(self.text_edit)
        form.addRow(text_label, self.text_edit)
        form.addRow(self.dated_check, self.date_edit)
        teller_row = QHBoxLayout()
        teller_row.addWidget(self.teller_edit, 1)
        teller_row.addWidget(self.anonymous_check)
        teller_label = QLabel("Told &by")
        teller_label.setBuddy(self.teller_edit)
        form.addRow(teller_label, teller_row)
        form.addRow("", self.quote_check)
        form.addRow("", self.featured_check)
        photos_row = QHBoxLayout()
        photos_row.addWidget(self.photo_list, 1)
        photos_row.addWidget(photo_buttons)
        form.addRow("Photos", photos_row)
        form.addRow(self.faces_note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Save")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.dated_check.toggled.connect(self.date_edit.setEnabled)
        self.anonymous_check.toggled.connect(self._anonymous_toggled)
        self.dated_check.setChecked(True)
        if story is not None:
            self.text_edit.setPlainText(story.text)
            self.dated_check.setChecked(story.told_on is not None)
            if story.told_on is not None:
                self.date_edit.setDate(QDate(story.told_on.year, story.told_on.month, story.told_on.day))
            self.teller_edit.setText(story.teller or "")
            self.anonymous_check.setChecked(story.teller is None)
            self.quote_check.setChecked(bool(story.quote_consent))
            self.featured_check.setChecked(bool(story.featured))
        for photo in photos:
            self._list_photo(photo.alt_text, photo.id, self._thumbnail(photo.id))
        self.resize(600, 560)

    def _thumbnail(self, photo_id: str) -> QIcon:
        pixmap = QPixmap()
        try:
            pixmap.loadFromData(self._register.photo_thumbnail(photo_id))
        except Exception:  # a thumbnail that cannot be read leaves the photo listed by its text
            return QIcon()
        return QIcon(pixmap)

    def _list_photo(self, alt_text: str, key: str, icon: QIcon) -> None:
        item = QListWidgetItem(icon, alt_text)
        item.setData(ROLE, key)
        self.photo_list.addItem(item)

    def _anonymous_toggled(self, on: bool) -> None:
        self.teller_edit.setEnabled(not on)
        self.quote_check.setEnabled(not on)
        if on:
            self.quote_check.setChecked(False)

    def add_photo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, "Add a photo", str(Path.home()), PHOTO_FILTER)
        if name:
            self.add_photo_file(Path(name))

    def add_photo_file(self, path: Path, alt_text: str | None = None) -> bool:
        """Add the photo at ``path``, asking for its alternative text unless given; False (with the reason
        shown under the form) if it cannot be read or has no alternative text."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error.setText(f"The photo {path} could not be read ({exc.strerror}); choose another file.")
            return False
        if alt_text is None:
            alt_text, ok = QInputDialog.getText(
                self,
                "Describe the photo",
                "Alternative text (required): what the photo shows, for people who cannot see it.",
            )
            if not ok:
                return False
        alt_text = alt_text.strip()
        if not alt_text:
            self.error.setText(
                f"The photo {path.name} was not added: it needs alternative text saying what it shows. "
                "Add it again and describe it."
            )
            return False
        self.error.clear()
        self.new_photos.append(NewPhoto(data, alt_text, path.name))
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self._list_photo(alt_text, f"new:{len(self.new_photos) - 1}", QIcon(pixmap))
        return True

    def describe_photo(self) -> None:
        item = self.photo_list.currentItem()
        if item is None:
            return
        text, ok = QInputDialog.getText(
            self, "Describe the photo", "Alternative text (required):", text=item.text()
        )
        if ok and text.strip():
            self.set_alt_text(item.data(ROLE), text.strip())

    def remove_photo(self) -> None:
        """Take the chosen photo off the story (an existing one is removed when the story is saved)."""
        item = self.photo_list.currentItem()
        if item is None:
            return
        key = item.data(ROLE)
        self.photo_list.takeItem(self.photo_list.row(item))
        if key.startswith("new:"):
            self.new_photos[int(key[4:])].data = b""  # kept in place, so later keys still match
        else:
            self.removed_photos.append(key)
            self.described.pop(key, None)

    def set_alt_text(self, key: str, text: str) -> None:
        for row in range(self.photo_list.count()):
            item = self.photo_list.item(row)
            if item.data(ROLE) == key:
                item.setText(text)
        if key.startswith("new:"):
            self.new_photos[int(key[4:])].alt_text = text
        else:
            self.described[key] = text

    def values(self) -> dict[str, Any]:
        """The story's fields as the register takes them."""
        told_on: dt.date | None = None
        if self.dated_check.isChecked():
            chosen = self.date_edit.date()
            told_on = dt.date(chosen.year(), chosen.month(), chosen.day())
        anonymous = self.anonymous_check.isChecked() or not self.teller_edit.text().strip()
        return {
            "text": self.text_edit.toPlainText().strip(),
            "told_on": told_on,
            "teller": None if anonymous else self.teller_edit.text().strip(),
            "quote_consent": bool(self.quote_check.isChecked() and not anonymous),
            "featured": self.featured_check.isChecked(),
        }

    def _accept(self) -> None:
        if not self.values()["text"]:
            self.error.setText("Write the story before saving it.")
            self.text_edit.setFocus()
            return
        self.accept()


class StoriesPart(QWidget):
    """The asset's stories: each with its start, who told it (as outputs show them) and when."""

    def __init__(self, writes: Writes, asset: Asset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writes = writes
        self.asset = asset
        self.list = QListWidget()
        self.list.setObjectName("storiesList")
        self.list.setAccessibleName("Stories of this asset")
        self.list.setMaximumHeight(110)
        buttons, (self.add_button, self.edit_button, self.remove_button) = _buttons(
            ("Add stor&y…", "Add story", self.add_story),
            ("Edit story…", "Edit story", self.edit_story),
            ("Remove story", "Remove story", self.remove_story),
        )
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.list, 1)
        line.addWidget(buttons)
        self.list.itemActivated.connect(lambda _item: self.edit_story())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self._stories = {}
        for story in self._writes.register.stories([self.asset.id]):
            when = f", {story.told_on:%d %b %Y}" if story.told_on else ""
            star = "★ " if story.featured else ""
            item = QListWidgetItem(f"{star}“{_short(story.text, 60)}” — {story.shown_teller}{when}")
            item.setData(ROLE, story.id)
            self.list.addItem(item)
            self._stories[story.id] = story
        if not self._stories:
            self.list.addItem("No stories yet: Add story… records what happened here, in people's words.")
        self._update_buttons()

    def current_story(self) -> Any:
        item = self.list.currentItem()
        return self._stories.get(item.data(ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current_story() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _photos_of(self, story_id: str) -> list[Any]:
        return [p for p in self._writes.register.photos([self.asset.id]) if p.story_id == story_id]

    def add_story(self) -> None:
        dialog = StoryDialog(self._writes.register, self.asset, self)
        if dialog.exec():
            self.save_story(dialog)

    def edit_story(self) -> None:
        story = self.current_story()
        if story is None:
            return
        dialog = StoryDialog(
            self._writes.register, self.asset, self, story=story, photos=self._photos_of(story.id)
        )
        if dialog.exec():
            self.save_story(dialog)

    def save_story(self, dialog: StoryDialog) -> None:
        """Save what the dialog holds as one step of the undo stack: the story, then its photos."""
        w = self._writes
        values = dialog.values()
        story = dialog.story
        w.undo_stack.beginMacro("Tell a story" if story is None else "Edit a story")
        try:
            if story is None:
                command = AddStoryCommand(w.register, self.asset.id, values, w.apply, w.failed)
                w.push(command)
                story_id = command.story_id
            else:
                changed = {k: v for k, v in values.items() if getattr(story, k) != v}
                if changed:
                    before = {k: getattr(story, k) for k in changed}
                    w.push(EditStoryCommand(w.register, story.id, before, changed, w.apply, w.failed))
                story_id = story.id
            if story_id is not None:
                for photo in dialog.new_photos:
                    if not photo.data:
                        continue  # added, then taken off again before saving
                    w.push(
                        AddPhotoCommand(
                            w.register,
                            self.asset.id,
                            photo.data,
                            photo.alt_text,
                            w.apply,
                            w.failed,
                            story_id=story_id,
                        )
                    )
                for photo_id in dialog.removed_photos:
                    w.push(RemovePhotoCommand(w.register, photo_id, w.apply, w.failed))
                for photo_id, text in dialog.described.items():
                    old = next((p.alt_text for p in self._photos_of(story_id) if p.id == photo_id), "")
                    w.push(EditPhotoCommand(w.register, photo_id, old, text, w.apply, w.failed))
        finally:
            w.undo_stack.endMacro()
        self.refresh()

    def remove_story(self) -> None:
        story = self.current_story()
        if story is not None:
            w = self._writes
            w.push(RemoveStoryCommand(w.register, story.id, w.apply, w.failed))
            self.refresh()
