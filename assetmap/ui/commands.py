"""Undo commands: each wraps a pair of register writes, and hands every resulting change to the window.

A command that fails (the register raised) records the error in ``error``, marks itself obsolete so
that ``QUndoStack`` drops it instead of keeping a step that never happened, and calls ``failed`` if
given. Nothing is raised out of ``redo``/``undo``: they are called from C++ (the stack, menu actions),
where PySide would rewrite the message or only print it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtGui import QUndoCommand

from assetmap.errors import AssetMapError, AssetNotFoundError
from assetmap.register.records import Asset, Change
from assetmap.register.store import Register

log = logging.getLogger(__name__)

ApplyChange = Callable[[Change], None]
ReportFailure = Callable[[Exception], None]

_MOVE_ID = 0x41_4D_4D  # any constant shared by move commands, so the stack can merge drags


def _quoted(name: str) -> str:
    short = name if len(name) <= 40 else name[:39] + "…"
    return f"‘{short}’"


def _name_of(register: Register, asset_id: str) -> str:
    try:
        return register.asset(asset_id).name
    except AssetNotFoundError:
        return "asset"


def _names(register: Register, ids: Sequence[str]) -> str:
    if len(ids) == 1:
        return _quoted(_name_of(register, ids[0]))
    return f"{len(ids)} assets"


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
        super().__init__(register, apply, f"Add {_quoted(str(fields.get('name') or 'asset'))}", failed)
        self.fields = dict(fields)
        self.asset_id: str | None = None
        self._snapshot: Asset | None = None

    def _do(self) -> Change:
        if self._snapshot is None:
            change = self.register.add_asset(None, person_id=None, **self.fields)
            self.asset_id = change.added[0]
            self.setText(f"Add {_quoted(change.assets[0].name)}")
            return change
        return self.register.reinstate_asset(self._snapshot)

    def _undo(self) -> Change:
        assert self.asset_id is not None
        change, self._snapshot = self.register.purge_asset(self.asset_id)
        return change


class EditAssetCommand(RegisterCommand):
    """Change some fields of an asset; ``before`` holds their old values for undo."""

    def __init__(
        self,
        register: Register,
        asset_id: str,
        before: Mapping[str, object],
        after: Mapping[str, object],
        apply: ApplyChange,
        text: str | None = None,
        failed: ReportFailure | None = None,
    ) -> None:
        name = str(after.get("name") or before.get("name") or _name_of(register, asset_id))
        super().__init__(register, apply, text or f"Edit {_quoted(name)}", failed)
        self.asset_id = asset_id
        self.before = dict(before)
        self.after = dict(after)

    def _do(self) -> Change:
        return self.register.update_asset(self.asset_id, **self.after)

    def _undo(self) -> Change:
        return self.register.update_asset(self.asset_id, **self.before)


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
    ) -> None:
        super().__init__(register, apply, f"Move {_quoted(_name_of(register, asset_id))}", failed)
        self.asset_id = asset_id
        self.old_lonlat = tuple(old_lonlat)
        self.new_lonlat = tuple(new_lonlat)

    def _do(self) -> Change:
        return self.register.move_asset(self.asset_id, *self.new_lonlat)

    def _undo(self) -> Change:
        return self.register.move_asset(self.asset_id, *self.old_lonlat)

    def id(self) -> int:
        return _MOVE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveAssetCommand) or other.asset_id != self.asset_id:
            return False
        if other.error is not None or self.error is not None:
            return False
        self.new_lonlat = other.new_lonlat
        if self.new_lonlat == self.old_lonlat:
            # Dragged back where it started: nothing left to undo.
            self.setObsolete(True)
        return True


class RemoveAssetsCommand(RegisterCommand):
    """Remove assets (they can be restored); undo restores the ones this removed."""

    def __init__(
        self, register: Register, ids: Sequence[str], apply: ApplyChange, failed: ReportFailure | None = None
    ) -> None:
        super().__init__(register, apply, f"Remove {_names(register, ids)}", failed)
        self.ids = tuple(ids)
        self._done: tuple[str, ...] = ()

    def _do(self) -> Change:
        change = self.register.remove_assets(self.ids)
        self._done = change.removed
        return change

    def _undo(self) -> Change:
        return self.register.restore_assets(self._done)


class RestoreAssetsCommand(RegisterCommand):
    """Bring removed assets back; undo removes again the ones this restored."""

    def __init__(
        self, register: Register, ids: Sequence[str], apply: ApplyChange, failed: ReportFailure | None = None
    ) -> None:
        super().__init__(register, apply, f"Restore {_names(register, ids)}", failed)
        self.ids = tuple(ids)
        self._done: tuple[str, ...] = ()

    def _do(self) -> Change:
        change = self.register.restore_assets(self.ids)
        self._done = change.restored
        return change

    def _undo(self) -> Change:
        return self.register.remove_assets(self._done)
