"""The asset form's Stories part and the story dialog: a story's text, date, teller (or anonymous), consent
to be quoted, whether it is one of the strongest, and its photos with their alternative text.

Each change is saved at once as one step of the window's undo stack; the rules (what a story or photo may
hold, how a photo is stripped of its metadata) are the register's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
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
    QVBoxLayout,
    QWidget,
)

from assetmap.register.connections import ANONYMOUS
from assetmap.register.records import Asset
from assetmap.register.store import Register
from assetmap.ui.connections_form import ROLE, Writes, _buttons, _short
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.link_commands import (
    AddPhotoCommand,
    AddStoryCommand,
    EditPhotoCommand,
    EditStoryCommand,
    RemovePhotoCommand,
    RemoveStoryCommand,
)

FACES_NOTE = QT_TRANSLATE_NOOP(
    "story_form",
    "Faces in photos are your responsibility: before adding a photo in which anyone can be recognised, "
    "get their consent (a parent's or carer's for a child). Location and camera details are removed from "
    "every photo when it is saved.",
)
PHOTO_FILTER = QT_TRANSLATE_NOOP("story_form", "Photos (*.jpg *.jpeg *.png *.webp)")


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
        self.setWindowTitle(
            translate("story_form", "Edit the story")
            if story
            else translate("story_form", "A story of ‘{name}’").format(name=_short(asset.name, 40))
        )
        self._register = register
        self.story = story
        self.new_photos: list[NewPhoto] = []
        self.described: dict[str, str] = {}  # existing photo id -> new alternative text
        self.removed_photos: list[str] = []  # existing photo ids to remove
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(translate("story_form", "Story, required"))
        self.text_edit.setPlaceholderText(
            translate("story_form", "What happened, in the teller's words where you can")
        )
        self.dated_check = QCheckBox(translate("story_form", "&Told on"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setAccessibleName(translate("story_form", "Told on date"))
        self.teller_edit = QLineEdit()
        self.teller_edit.setAccessibleName(translate("story_form", "Told by"))
        self.anonymous_check = QCheckBox(translate("story_form", "&Anonymous"))
        self.quote_check = QCheckBox(translate("story_form", "Agreed to be &quoted by name"))
        self.quote_check.setToolTip(
            translate("story_form", "Without this, every output shows the teller as ‘Anonymous’")
        )
        self.featured_check = QCheckBox(
            translate("story_form", "One of the &strongest stories (shown on the ward's report page)")
        )
        self.photo_list = QListWidget()
        self.photo_list.setObjectName("photoList")
        self.photo_list.setAccessibleName(translate("story_form", "Photos"))
        self.photo_list.setMaximumHeight(120)
        self.photo_list.setIconSize(QPixmap(64, 64).size())
        photo_buttons, (self.add_photo_button, self.describe_button, self.remove_photo_button) = _buttons(
            (translate("story_form", "Add &photo…"), translate("story_form", "Add photo"), self.add_photo),
            (
                translate("story_form", "&Describe photo…"),
                translate("story_form", "Describe photo"),
                self.describe_photo,
            ),
            (
                translate("story_form", "Remove photo"),
                translate("story_form", "Remove photo"),
                self.remove_photo,
            ),
        )
        self.faces_note = QLabel(translate("story_form", FACES_NOTE))
        self.faces_note.setObjectName("facesNote")
        self.faces_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        text_label = QLabel(translate("story_form", "Stor&y *"))
        text_label.setBuddy(self.text_edit)
        form.addRow(text_label, self.text_edit)
        form.addRow(self.dated_check, self.date_edit)
        teller_row = QHBoxLayout()
        teller_row.addWidget(self.teller_edit, 1)
        teller_row.addWidget(self.anonymous_check)
        teller_label = QLabel(translate("story_form", "Told &by"))
        teller_label.setBuddy(self.teller_edit)
        form.addRow(teller_label, teller_row)
        form.addRow("", self.quote_check)
        form.addRow("", self.featured_check)
        photos_row = QHBoxLayout()
        photos_row.addWidget(self.photo_list, 1)
        photos_row.addWidget(photo_buttons)
        form.addRow(translate("story_form", "Photos"), photos_row)
        form.addRow(self.faces_note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("story_form", "Save"))
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
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("story_form", "Add a photo"),
            str(Path.home()),
            translate("story_form", PHOTO_FILTER),
        )
        if name:
            self.add_photo_file(Path(name))

    def add_photo_file(self, path: Path, alt_text: str | None = None) -> bool:
        """Add the photo at ``path``, asking for its alternative text unless given; False (with the reason
        shown under the form) if it cannot be read or has no alternative text."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error.setText(
                translate(
                    "story_form", "The photo {path} could not be read ({reason}); choose another file."
                ).format(path=path, reason=exc.strerror)
            )
            return False
        if alt_text is None:
            alt_text, ok = QInputDialog.getText(
                self,
                translate("story_form", "Describe the photo"),
                translate(
                    "story_form",
                    "Alternative text (required): what the photo shows, for people who cannot see it.",
                ),
            )
            if not ok:
                return False
        alt_text = alt_text.strip()
        if not alt_text:
            self.error.setText(
                translate(
                    "story_form",
                    "The photo {name} was not added: it needs alternative text saying what it shows. "
                    "Add it again and describe it.",
                ).format(name=path.name)
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
            self,
            translate("story_form", "Describe the photo"),
            translate("story_form", "Alternative text (required):"),
            text=item.text(),
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
            self.error.setText(translate("story_form", "Write the story before saving it."))
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
        self.list.setAccessibleName(translate("story_form", "Stories of this asset"))
        self.list.setMaximumHeight(110)
        buttons, (self.add_button, self.edit_button, self.remove_button) = _buttons(
            (translate("story_form", "Add stor&y…"), translate("story_form", "Add story"), self.add_story),
            (translate("story_form", "Edit story…"), translate("story_form", "Edit story"), self.edit_story),
            (
                translate("story_form", "Remove story"),
                translate("story_form", "Remove story"),
                self.remove_story,
            ),
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
            star = "★ " if story.featured else ""
            teller = vocabulary(ANONYMOUS) if story.shown_teller == ANONYMOUS else story.shown_teller
            if story.told_on:
                day = QLocale().toString(
                    QDate(story.told_on.year, story.told_on.month, story.told_on.day), "dd MMM yyyy"
                )
                told = translate("story_form", "“{text}” — {teller}, {day}").format(
                    text=_short(story.text, 60), teller=teller, day=day
                )
            else:
                told = translate("story_form", "“{text}” — {teller}").format(
                    text=_short(story.text, 60), teller=teller
                )
            item = QListWidgetItem(star + told)
            item.setData(ROLE, story.id)
            self.list.addItem(item)
            self._stories[story.id] = story
        if not self._stories:
            self.list.addItem(
                translate(
                    "story_form", "No stories yet: Add story… records what happened here, in people's words."
                )
            )
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
        w.undo_stack.beginMacro(
            translate("story_form", "Tell a story")
            if story is None
            else translate("story_form", "Edit a story")
        )
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
