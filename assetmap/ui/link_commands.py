"""Undo commands for links, link kinds, stories and photos: each wraps a register write and its inverse."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assetmap.register.records import Change
from assetmap.register.store import Register
from assetmap.ui.commands import ApplyChange, RegisterCommand, ReportFailure, _name_of, _quoted
from assetmap.ui.i18n import translate


def _short(text: str, length: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


class AddLinkCommand(RegisterCommand):
    """Link two assets (or a person and an asset); undo deletes the link outright, redo puts it back."""

    def __init__(
        self,
        register: Register,
        from_id: str,
        to_id: str,
        kind: str,
        apply: ApplyChange,
        failed: ReportFailure | None = None,
        *,
        note: str | None = None,
        from_kind: str = "asset",
    ) -> None:
        if from_kind == "asset":
            text = translate("link_commands", "Link {first} and {second}").format(
                first=_quoted(_name_of(register, from_id)), second=_quoted(_name_of(register, to_id))
            )
        else:
            text = translate("link_commands", "Link a person and {name}").format(
                name=_quoted(_name_of(register, to_id))
            )
        super().__init__(register, apply, text, failed)
        self.from_id, self.to_id, self.kind, self.note, self.from_kind = from_id, to_id, kind, note, from_kind
        self.link_id: str | None = None
        self._snapshot: Any = None

    def _do(self) -> Change:
        if self._snapshot is None:
            change = self.register.add_link(
                self.from_id, self.to_id, self.kind, note=self.note, from_kind=self.from_kind
            )
            self.link_id = change.links[0]
            return change
        return self.register.reinstate_link(self._snapshot)

    def _undo(self) -> Change:
        assert self.link_id is not None
        change, self._snapshot = self.register.purge_link(self.link_id)
        return change


class EditLinkCommand(RegisterCommand):
    """Change a link's kind or note; ``before`` holds the old values for undo."""

    def __init__(
        self,
        register: Register,
        link_id: str,
        before: Mapping[str, object],
        after: Mapping[str, object],
        apply: ApplyChange,
        failed: ReportFailure | None = None,
    ) -> None:
        super().__init__(register, apply, translate("link_commands", "Edit a link"), failed)
        self.link_id = link_id
        self.before: dict[str, Any] = dict(before)
        self.after: dict[str, Any] = dict(after)

    def _do(self) -> Change:
        return self.register.update_link(self.link_id, **self.after)

    def _undo(self) -> Change:
        return self.register.update_link(self.link_id, **self.before)


class RemoveLinkCommand(RegisterCommand):
    """Remove a link (it can be restored); undo restores it."""

    def __init__(
        self, register: Register, link_id: str, apply: ApplyChange, failed: ReportFailure | None = None
    ) -> None:
        super().__init__(register, apply, translate("link_commands", "Remove a link"), failed)
        self.link_id = link_id

    def _do(self) -> Change:
        return self.register.remove_link(self.link_id)

    def _undo(self) -> Change:
        return self.register.restore_link(self.link_id)


def _kind_code(register: Register, label: str) -> str | None:
    """The code of the kind with this label now: a kind added again gets a new code, so undo and redo
    find it by its label (the list holds each label once)."""
    return next((k.code for k in register.link_kinds() if k.label.casefold() == label.casefold()), None)


class AddLinkKindCommand(RegisterCommand):
    """Add a kind of link to the list; undo takes it off again (while no link uses it)."""

    def __init__(
        self, register: Register, label: str, apply: ApplyChange, failed: ReportFailure | None = None
    ) -> None:
        text = translate("link_commands", "Add the link kind {name}").format(name=_quoted(label))
        super().__init__(register, apply, text, failed)
        self.label = label
        self.added = False

    def _do(self) -> Change:
        change = self.register.add_link_kind(self.label)
        self.added = bool(change.added)  # nothing added: the list has that kind already
        return change

    def _undo(self) -> Change:
        code = _kind_code(self.register, self.label) if self.added else None
        return self.register.remove_link_kind(code) if code else Change()


class RemoveLinkKindCommand(RegisterCommand):
    """Take a kind of link off the list (refused while links use it); undo adds it back."""

    def __init__(
        self, register: Register, label: str, apply: ApplyChange, failed: ReportFailure | None = None
    ) -> None:
        text = translate("link_commands", "Remove the link kind {name}").format(name=_quoted(label))
        super().__init__(register, apply, text, failed)
        self.label = label

    def _do(self) -> Change:
        code = _kind_code(self.register, self.label)
        return self.register.remove_link_kind(code) if code else Change()

    def _undo(self) -> Change:
        return self.register.add_link_kind(self.label)


class RenameLinkKindCommand(RegisterCommand):
    """Give a kind of link a new label (its links keep it); undo gives back the old one."""

    def __init__(
        self,
        register: Register,
        code: str,
        before: str,
        after: str,
        apply: ApplyChange,
        failed: ReportFailure | None = None,
    ) -> None:
        text = translate("link_commands", "Rename the link kind {name}").format(name=_quoted(before))
        super().__init__(register, apply, text, failed)
        self.code, self.before, self.after = code, before, after

    def _do(self) -> Change:
        return self.register.rename_link_kind(self.code, self.after)

    def _undo(self) -> Change:
        return self.register.rename_link_kind(self.code, self.before)


class AddStoryCommand(RegisterCommand):
    """Add a story to an asset; undo deletes it outright, redo puts back the same story."""

    def __init__(
        self,
        register: Register,
        asset_id: str,
        fields: Mapping[str, object],
        apply: ApplyChange,
        failed: ReportFailure | None = None,
    ) -> None:
        text = str(fields.get("text") or "")
        title = translate("link_commands", "Add the story {text}").format(text=_quoted(_short(text)))
        super().__init__(register, apply, title, failed)
        self.asset_id = asset_id
        self.fields: dict[str, Any] = dict(fields)
        self.story_id: str | None = None
        self._snapshot: Any = None

    def _do(self) -> Change:
        if self._snapshot is None:
            fields = dict(self.fields)
            text = str(fields.pop("text", "") or "")
            change = self.register.add_story(self.asset_id, text, **fields)
            self.story_id = change.stories[0]
            return change
        return self.register.reinstate_story(self._snapshot)

    def _undo(self) -> Change:
        assert self.story_id is not None
        change, self._snapshot = self.register.purge_story(self.story_id)
        return change


class EditStoryCommand(RegisterCommand):
    """Change some fields of a story; ``before`` holds their old values for undo."""

    def __init__(
        self,
        register: Register,
        story_id: str,
        before: Mapping[str, object],
        after: Mapping[str, object],
        apply: ApplyChange,
        failed: ReportFailure | None = None,
    ) -> None:
        text = str(after.get("text") or before.get("text") or "story")
        title = translate("link_commands", "Edit the story {text}").format(text=_quoted(_short(text)))
        super().__init__(register, apply, title, failed)
        self.story_id = story_id
        self.before: dict[str, Any] = dict(before)
        self.after: dict[str, Any] = dict(after)

    def _do(self) -> Change:
        return self.register.update_story(self.story_id, **self.after)

    def _undo(self) -> Change:
        return self.register.update_story(self.story_id, **self.before)


class RemoveStoryCommand(RegisterCommand):
    """Remove a story (it can be restored); undo restores it."""

    def __init__(
        self, register: Register, story_id: str, apply: ApplyChange, failed: ReportFailure | None = None
    ) -> None:
        super().__init__(register, apply, translate("link_commands", "Remove a story"), failed)
        self.story_id = story_id

    def _do(self) -> Change:
        return self.register.remove_story(self.story_id)

    def _undo(self) -> Change:
        return self.register.restore_story(self.story_id)


class AddPhotoCommand(RegisterCommand):
    """Add a photo (stripped of location and camera data by the register); undo deletes it outright, redo
    adds the same image again under the same id."""

    def __init__(
        self,
        register: Register,
        asset_id: str,
        data: bytes,
        alt_text: str,
        apply: ApplyChange,
        failed: ReportFailure | None = None,
        *,
        story_id: str | None = None,
    ) -> None:
        text = translate("link_commands", "Add the photo {text}").format(text=_quoted(_short(alt_text)))
        super().__init__(register, apply, text, failed)
        self.asset_id, self.data, self.alt_text, self.story_id = asset_id, data, alt_text, story_id
        self.photo_id: str | None = None

    def _do(self) -> Change:
        change = self.register.add_photo(
            self.asset_id, self.data, self.alt_text, story_id=self.story_id, photo_id=self.photo_id
        )
        self.photo_id = change.photos[0]
        return change

    def _undo(self) -> Change:
        assert self.photo_id is not None
        return self.register.purge_photo(self.photo_id)


class RemovePhotoCommand(RegisterCommand):
    """Remove a photo (it can be restored); undo restores it."""

    def __init__(
        self, register: Register, photo_id: str, apply: ApplyChange, failed: ReportFailure | None = None
    ) -> None:
        super().__init__(register, apply, translate("link_commands", "Remove a photo"), failed)
        self.photo_id = photo_id

    def _do(self) -> Change:
        return self.register.remove_photo(self.photo_id)

    def _undo(self) -> Change:
        return self.register.restore_photo(self.photo_id)


class EditPhotoCommand(RegisterCommand):
    """Change a photo's alternative text; undo puts the old text back."""

    def __init__(
        self,
        register: Register,
        photo_id: str,
        before: str,
        after: str,
        apply: ApplyChange,
        failed: ReportFailure | None = None,
    ) -> None:
        text = translate("link_commands", "Describe the photo {text}").format(text=_quoted(_short(after)))
        super().__init__(register, apply, text, failed)
        self.photo_id, self.before, self.after = photo_id, before, after

    def _do(self) -> Change:
        return self.register.update_photo(self.photo_id, alt_text=self.after)

    def _undo(self) -> Change:
        return self.register.update_photo(self.photo_id, alt_text=self.before)
