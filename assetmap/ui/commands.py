"""Undo commands: each wraps a pair of register writes, and hands every resulting change to the window.

A command that fails (the register raised) records the error in ``error``, marks itself obsolete so
that ``QUndoStack`` drops it instead of keeping a step that never happened, and calls ``failed`` if
given. Nothing is raised out of ``redo``/``undo``: they are called from C++ (the stack, menu actions),
where PySide would rewrite the message or only print it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from assetmap.errors import AssetMapError, AssetNotFoundError
from assetmap.register.people import Person
from assetmap.register.records import Asset, Change
from assetmap.register.store import Register
from assetmap.ui.i18n import translate

log = logging.getLogger(__name__)

ApplyChange = Callable[[Change], None]
ReportFailure = Callable[[Exception], None]

_MOVE_ID = 0x41_4D_4D  # any constant shared by move commands, so the stack can merge drags


def _quoted(name: str) -> str:
    short = name if len(name) <= 40 else name[:39] + "…"
    return translate("commands", "‘{name}’").format(name=short)


def quoted_name(name: str) -> str:
    """A record's name as an undo step's text quotes it."""
    return _quoted(name)


def _name_of(register: Register, asset_id: str) -> str:
    try:
        return register.asset(asset_id).name
    except AssetNotFoundError:
        return translate("commands", "asset")


def _names(register: Register, ids: Sequence[str]) -> str:
    if len(ids) == 1:
        return _quoted(_name_of(register, ids[0]))
    # Only for two or more: one asset is named.
    count = len(ids)  # a plain name: pyside6-lupdate skips a call inside the arguments
    return translate("commands", "%n assets", None, count)


class RegisterCommand(QUndoCommand):
    """Base of the commands: runs a register write, reports its change, or records its failure."""

    def __init__(
        self, register: Register, apply: ApplyChange, text: str, failed: ReportFailure | None = None
    ) -> None:
        super().__init__(text)
        self.register = register
        self._apply = apply
        self._failed = failed
        self.error: Exception | None = None

    def _run(self, write: Callable[[], Change]) -> bool:
        """Do one register write and show its change; on failure drop this command from the stack."""
        self.error = None
        try:
            change = write()
        except Exception as exc:
            if isinstance(exc, AssetMapError):
                log.warning("%s failed: %s", self.text(), exc)
            else:
                log.exception("%s failed unexpectedly", self.text())
            self.error = exc
            self.setObsolete(True)
            if self._failed is not None:
                self._failed(exc)
            return False
        self._apply(change)
        return True

    def refuse(self, error: Exception) -> None:
        """Record that this command was not tried at all (``error`` says why), and report it."""
        self.error = error
        self.setObsolete(True)
        if self._failed is not None:
            self._failed(error)

    def _do(self) -> Change:
        raise NotImplementedError

    def _undo(self) -> Change:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


class AddAssetCommand(RegisterCommand):
    """Add an asset; undo deletes it outright, redo puts back the very same record (same id)."""

    def __init__(
        self,
        register: Register,
        fields: Mapping[str, object],
        apply: ApplyChange,
        failed: ReportFailure | None = None,
    ) -> None:
        name = str(fields.get("name") or translate("commands", "asset"))
        super().__init__(
            register, apply, translate("commands", "Add {name}").format(name=_quoted(name)), failed
        )
        # Any: the register checks each value itself.
        self.fields: dict[str, Any] = dict(fields)
        self.asset_id: str | None = None
        self._snapshot: Asset | None = None

    def _do(self) -> Change:
        if self._snapshot is None:
            change = self.register.add_asset(None, **self.fields)
            self.asset_id = change.added[0]
            self.setText(translate("commands", "Add {name}").format(name=_quoted(change.assets[0].name)))
            return change
        return self.register.reinstate_asset(self._snapshot)

    def _undo(self) -> Change:
        assert self.asset_id is not None
        change, self._snapshot = self.register.purge_asset(self.asset_id)
        return change


def _version_after(change: Change, asset_id: str) -> int | None:
    """The version a write left an asset at, which the next step (undo or redo) states it read."""
    return next((a.version for a in change.assets if a.id == asset_id), None)


def _versions_after(change: Change) -> dict[str, int]:
    return {a.id: a.version for a in change.assets}


class EditAssetCommand(RegisterCommand):
    """Change some fields of an asset; ``before`` holds their old values for undo.

    ``version`` is the version of the asset the edit was based on. Each step states the version the
    last one left, so an undo or redo over someone else's change is refused (``StaleWriteError``,
    handed to ``failed``) instead of writing over it.
    """

    def __init__(
        self,
        register: Register,
        asset_id: str,
        before: Mapping[str, object],
        after: Mapping[str, object],
        apply: ApplyChange,
        text: str | None = None,
        failed: ReportFailure | None = None,
        version: int | None = None,
    ) -> None:
        if text is None:
            name = str(after.get("name") or before.get("name") or _name_of(register, asset_id))
            text = translate("commands", "Edit {name}").format(name=_quoted(name))
        super().__init__(register, apply, text, failed)
        self.asset_id = asset_id
        self.before = dict(before)
        self.after = dict(after)
        self.version = version

    def _write(self, fields: Mapping[str, Any]) -> Change:
        change = self.register.update_asset(self.asset_id, expected_version=self.version, **fields)
        self.version = _version_after(change, self.asset_id) or self.version
        return change

    def _do(self) -> Change:
        return self._write(self.after)

    def _undo(self) -> Change:
        return self._write(self.before)


LonLat = tuple[float | None, float | None]


class MoveAssetCommand(RegisterCommand):
    """Move an asset (its ward follows). Repeated drags of the same asset merge into one step."""

    def __init__(
        self,
        register: Register,
        asset_id: str,
        old_lonlat: LonLat,
        new_lonlat: LonLat,
        apply: ApplyChange,
        failed: ReportFailure | None = None,
        version: int | None = None,
    ) -> None:
        super().__init__(
            register,
            apply,
            translate("commands", "Move {name}").format(name=_quoted(_name_of(register, asset_id))),
            failed,
        )
        self.asset_id = asset_id
        self.old_lonlat = tuple(old_lonlat)
        self.new_lonlat = tuple(new_lonlat)
        self.version = version

    def _move(self, lonlat: tuple[float | None, ...]) -> Change:
        lon, lat = lonlat
        change = self.register.move_asset(self.asset_id, lon, lat, expected_version=self.version)
        self.version = _version_after(change, self.asset_id) or self.version
        return change

    def _do(self) -> Change:
        return self._move(self.new_lonlat)

    def _undo(self) -> Change:
        return self._move(self.old_lonlat)

    def id(self) -> int:
        return _MOVE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveAssetCommand) or other.asset_id != self.asset_id:
            return False
        if other.error is not None or self.error is not None:
            return False
        self.new_lonlat = other.new_lonlat
        self.version = other.version
        if self.new_lonlat == self.old_lonlat:
            # Dragged back where it started: nothing left to undo.
            self.setObsolete(True)
        return True


class RemoveAssetsCommand(RegisterCommand):
    """Remove assets (they can be restored); undo restores the ones this removed.

    ``versions`` are the versions of the assets as the person saw them; each later step states the
    versions the one before left.
    """

    def __init__(
        self,
        register: Register,
        ids: Sequence[str],
        apply: ApplyChange,
        failed: ReportFailure | None = None,
        versions: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__(
            register,
            apply,
            translate("commands", "Remove {names}").format(names=_names(register, ids)),
            failed,
        )
        self.ids = tuple(ids)
        self._done: tuple[str, ...] = ()
        self.versions = None if versions is None else dict(versions)

    def _do(self) -> Change:
        change = self.register.remove_assets(self.ids, self.versions)
        self._done = change.removed
        self.versions = {**(self.versions or {}), **_versions_after(change)}
        return change

    def _undo(self) -> Change:
        change = self.register.restore_assets(self._done, self.versions)
        self.versions = {**(self.versions or {}), **_versions_after(change)}
        return change


class RestoreAssetsCommand(RegisterCommand):
    """Bring removed assets back; undo removes again the ones this restored (``versions`` as for
    :class:`RemoveAssetsCommand`)."""

    def __init__(
        self,
        register: Register,
        ids: Sequence[str],
        apply: ApplyChange,
        failed: ReportFailure | None = None,
        versions: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__(
            register,
            apply,
            translate("commands", "Restore {names}").format(names=_names(register, ids)),
            failed,
        )
        self.ids = tuple(ids)
        self._done: tuple[str, ...] = ()
        self.versions = None if versions is None else dict(versions)

    def _do(self) -> Change:
        change = self.register.restore_assets(self.ids, self.versions)
        self._done = change.restored
        self.versions = {**(self.versions or {}), **_versions_after(change)}
        return change

    def _undo(self) -> Change:
        change = self.register.remove_assets(self._done, self.versions)
        self.versions = {**(self.versions or {}), **_versions_after(change)}
        return change


# -- people ----------------------------------------------------------------------------------

PeopleChanged = Callable[[], None]


class PersonCommand(RegisterCommand):
    """A command on a person: the asset change (their gifts) goes to the window, then the people lists
    are told to read the register again."""

    def __init__(
        self,
        register: Register,
        apply: ApplyChange,
        people_changed: PeopleChanged,
        text: str,
        failed: ReportFailure | None = None,
    ) -> None:
        # Most person writes change no asset; the window is only told about those that do.
        super().__init__(register, lambda change: apply(change) if change else None, text, failed)
        self._people_changed = people_changed

    def redo(self) -> None:
        self._run(self._do)
        self._people_changed()

    def undo(self) -> None:
        self._run(self._undo)
        self._people_changed()

    def _gifts_change(self, person_id: str) -> Change:
        """The person's gifts as changed: what may be shown of them follows the person."""
        gifts = tuple(self.register.gifts_of(person_id))
        return Change(updated=tuple(g.id for g in gifts), assets=gifts)


class AddPersonCommand(PersonCommand):
    """Add a person; undo deletes them outright (as if never added), redo puts back the same record."""

    def __init__(
        self,
        register: Register,
        fields: Mapping[str, object],
        apply: ApplyChange,
        people_changed: PeopleChanged,
        failed: ReportFailure | None = None,
    ) -> None:
        name = str(fields.get("name") or "person")
        super().__init__(
            register,
            apply,
            people_changed,
            translate("commands", "Add {name}").format(name=_quoted(name)),
            failed,
        )
        self.fields = dict(fields)
        self.person_id: str | None = None
        self._snapshot: Person | None = None

    def _do(self) -> Change:
        if self._snapshot is None:
            fields: dict[str, Any] = dict(self.fields)
            person = self.register.add_person(str(fields.pop("name", "") or ""), **fields)
            self.person_id = person.id
            self.setText(translate("commands", "Add {name}").format(name=_quoted(person.name)))
        else:
            self.register.reinstate_person(self._snapshot)
        return Change()

    def _undo(self) -> Change:
        assert self.person_id is not None
        self._snapshot = self.register.purge_person(self.person_id)
        return Change()


class EditPersonCommand(PersonCommand):
    """Change some of a person's fields; ``before`` holds their old values for undo."""

    def __init__(
        self,
        register: Register,
        person_id: str,
        before: Mapping[str, object],
        after: Mapping[str, object],
        apply: ApplyChange,
        people_changed: PeopleChanged,
        failed: ReportFailure | None = None,
        version: int | None = None,
    ) -> None:
        name = str(after.get("name") or before.get("name") or register.person(person_id).name)
        super().__init__(
            register,
            apply,
            people_changed,
            translate("commands", "Edit {name}").format(name=_quoted(name)),
            failed,
        )
        self.person_id = person_id
        self.before = dict(before)
        self.after = dict(after)
        self.version = version

    def _write(self, fields: Mapping[str, Any]) -> Change:
        person = self.register.update_person(self.person_id, expected_version=self.version, **fields)
        self.version = person.version
        return self._gifts_change(self.person_id)

    def _do(self) -> Change:
        return self._write(self.after)

    def _undo(self) -> Change:
        return self._write(self.before)


class RemovePersonCommand(PersonCommand):
    """Take a person off the list (``remove=True``) or bring them back; undo does the other."""

    def __init__(
        self,
        register: Register,
        person_id: str,
        apply: ApplyChange,
        people_changed: PeopleChanged,
        failed: ReportFailure | None = None,
        *,
        remove: bool = True,
        version: int | None = None,
    ) -> None:
        name = register.person(person_id).name
        if remove:
            text = translate("commands", "Remove {name}").format(name=_quoted(name))
        else:
            text = translate("commands", "Restore {name}").format(name=_quoted(name))
        super().__init__(register, apply, people_changed, text, failed)
        self.person_id = person_id
        self.remove = remove
        self.version = version

    def _set(self, removed: bool) -> Change:
        if removed:
            person = self.register.remove_person(self.person_id, self.version)
        else:
            person = self.register.restore_person(self.person_id, self.version)
        self.version = person.version
        return self._gifts_change(self.person_id)

    def _do(self) -> Change:
        return self._set(self.remove)

    def _undo(self) -> Change:
        return self._set(not self.remove)


class AddGiftCommand(PersonCommand):
    """Add a gift or skill of a person; undo deletes it outright, redo puts back the same record."""

    def __init__(
        self,
        register: Register,
        person_id: str,
        fields: Mapping[str, object],
        apply: ApplyChange,
        people_changed: PeopleChanged,
        failed: ReportFailure | None = None,
    ) -> None:
        name = str(fields.get("name") or "gift")
        super().__init__(
            register,
            apply,
            people_changed,
            translate("commands", "Add the gift {name}").format(name=_quoted(name)),
            failed,
        )
        self.person_id = person_id
        self.fields = dict(fields)
        self.asset_id: str | None = None
        self._snapshot: Asset | None = None

    def _do(self) -> Change:
        if self._snapshot is None:
            change = self.register.add_gift(self.person_id, **self.fields)
            self.asset_id = change.added[0]
            return change
        return self.register.reinstate_asset(self._snapshot)

    def _undo(self) -> Change:
        assert self.asset_id is not None
        change, self._snapshot = self.register.purge_asset(self.asset_id)
        return change


class LinkGiftCommand(PersonCommand):
    """Make an existing gift a person's own (or no one's, with ``person_id=None``); undo gives it back
    to whoever it belonged to before."""

    def __init__(
        self,
        register: Register,
        person_id: str | None,
        asset_id: str,
        apply: ApplyChange,
        people_changed: PeopleChanged,
        failed: ReportFailure | None = None,
    ) -> None:
        gift = register.asset(asset_id)
        if person_id:
            text = translate("commands", "Link the gift {name}").format(name=_quoted(gift.name))
        else:
            text = translate("commands", "Unlink the gift {name}").format(name=_quoted(gift.name))
        super().__init__(register, apply, people_changed, text, failed)
        self.person_id = person_id
        self.previous = gift.person_id
        self.asset_id = asset_id

    def _give(self, person_id: str | None) -> Change:
        if person_id:
            return self.register.link_gift(person_id, self.asset_id)
        return self.register.unlink_gift(self.asset_id)

    def _do(self) -> Change:
        return self._give(self.person_id)

    def _undo(self) -> Change:
        return self._give(self.previous)


class LinkPersonCommand(PersonCommand):
    """Record that a person runs or belongs to a group or space (``link=False``: no longer); undo
    does the other."""

    def __init__(
        self,
        register: Register,
        person_id: str,
        asset_id: str,
        relation: str,
        apply: ApplyChange,
        people_changed: PeopleChanged,
        failed: ReportFailure | None = None,
        *,
        link: bool = True,
    ) -> None:
        names = {
            "person": _quoted(register.person(person_id).name),
            "asset": _quoted(_name_of(register, asset_id)),
        }
        if link:
            text = translate("commands", "Link {person} and {asset}").format(**names)
        else:
            text = translate("commands", "Unlink {person} and {asset}").format(**names)
        super().__init__(register, apply, people_changed, text, failed)
        self.person_id = person_id
        self.asset_id = asset_id
        self.relation = relation
        self.link = link

    def _set(self, linked: bool) -> Change:
        if linked:
            self.register.link_person(self.person_id, self.asset_id, self.relation)
        else:
            self.register.unlink_person(self.person_id, self.asset_id, self.relation)
        return Change()

    def _do(self) -> Change:
        return self._set(self.link)

    def _undo(self) -> Change:
        return self._set(not self.link)
