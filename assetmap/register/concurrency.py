"""Optimistic concurrency: a write stating the version it read applies only if the record is still at it.

Each check runs inside the write's own transaction, as a conditional ``UPDATE ... WHERE id = ? AND
version = ?`` whose row count is checked, so two processes (two windows on one file, or two workers on a
server) can never both win: the second one's transaction is rolled back and it raises
:class:`~assetmap.errors.StaleWriteError` carrying the record as it now is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection, Table, select, update

from assetmap.errors import StaleWriteError


class Versioned(Protocol):
    """A record read from the register: an asset or a person."""

    @property
    def id(self) -> str: ...

    @property
    def version(self) -> int: ...


def expect_version(
    kind: str, record: Versioned, expected_version: int | None, attempted: Mapping[str, object]
) -> None:
    """Raise ``StaleWriteError`` if the write was based on another version of ``record`` than its own.

    ``expected_version=None`` is a write that states no version (a script, an import): it applies to
    whatever the record is now.
    """
    if expected_version is not None and record.version != expected_version:
        raise StaleWriteError(kind, record, expected_version, dict(attempted))


def lock_row(conn: Connection, table: Table, record_id: str) -> None:
    """On a server, hold the row until the transaction ends, so it is read and written as one step.

    Without it, a write that states no version could find the row changed between its read and its
    ``UPDATE`` (another writer got in between) and be refused though it asked for nothing of the kind.
    A file register needs none: its write transactions hold the whole file from their first statement.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(select(table.c.id).where(table.c.id == record_id).with_for_update())


def expected_for(expected_versions: Mapping[str, int] | None, record_id: str) -> int | None:
    """The version a many-record write read of one record (``None`` when it states none for it)."""
    return None if expected_versions is None else expected_versions.get(record_id)


def update_if_unchanged(
    conn: Connection,
    table: Table,
    kind: str,
    before: Versioned,
    values: Mapping[str, object],
    attempted: Mapping[str, object],
    reread: Callable[[], object],
) -> None:
    """Write ``values`` over ``before`` (and the next version) only if the row is still at its version.

    ``before`` was read in this same transaction; on a server another transaction may have changed the
    row since (the ``UPDATE`` waits for it, then finds a newer version and touches no row). Then
    ``StaleWriteError`` is raised with the record as ``reread`` now reads it, and the caller's
    transaction is rolled back.
    """
    result = conn.execute(
        update(table)
        .where(table.c.id == before.id, table.c.version == before.version)
        .values(**values, version=before.version + 1)
    )
    if result.rowcount != 1:
        raise StaleWriteError(kind, reread(), before.version, dict(attempted))


# -- showing a stale write: both versions, field by field ----------------------------------------

MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True, slots=True)
class StaleField:
    """One field that differs between what the person tried to write and the record as it now is.

    ``base`` is the value they read, ``mine`` what they wrote (or read, for a field only the other
    person changed), ``theirs`` the value now stored. ``suggested`` is the side that changed it alone
    (``None`` when both did: the person must choose).
    """

    field: str
    base: object
    mine: object
    theirs: object
    suggested: str | None


@dataclass(frozen=True, slots=True)
class StaleComparison:
    """A stale write laid out for a choice per field (the conflict view shows it)."""

    kind: str
    asset_id: str  # the record's id (an asset's or a person's), named as the conflict view reads it
    name: str
    current_version: int
    conflicts: tuple[StaleField, ...]

    def missing_choices(self, choices: Mapping[str, str]) -> list[str]:
        """The fields without a choice of ``"mine"`` or ``"theirs"``."""
        return [c.field for c in self.conflicts if choices.get(c.field) not in (MINE, THEIRS)]

    def resolved(self, choices: Mapping[str, str]) -> dict[str, object]:
        """What to write over the current record: the fields where the person kept their own value.

        Empty when they kept every value now stored. ``removed`` is among them when they chose to
        remove (or restore) the record against the other person's choice.
        """
        missing = self.missing_choices(choices)
        if missing:
            raise ValueError(f"No choice made for {', '.join(missing)}")
        return {c.field: c.mine for c in self.conflicts if choices[c.field] == MINE}


def plain_value(value: object) -> object:
    """A field value in the plain types the conflict view shows and compares: lists, ISO dates."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def compare_stale(
    error: StaleWriteError, base: Mapping[str, object], fields: Sequence[str]
) -> StaleComparison:
    """Lay out ``error``'s write beside the record as it now is, over ``fields`` (and ``removed``).

    ``base`` is the record as the person read it (its content at ``error.expected_version``, from
    the record's history). A field differs when the person's version (what they read, with what they
    wrote over it) and the stored one disagree; each such field is offered for a choice.
    """
    current = error.current
    conflicts = []
    for name in (*fields, "removed"):
        if name == "removed":
            theirs: object = bool(getattr(current, "removed_at", None))
        else:
            theirs = plain_value(getattr(current, name))
        # A person's states hold their fields only: one not removed then says nothing of it.
        was = bool(base.get(name)) if name == "removed" else plain_value(base.get(name))
        mine = plain_value(error.attempted[name]) if name in error.attempted else was
        if mine == theirs:
            continue
        if name in error.attempted and theirs == was:
            suggested: str | None = MINE
        elif name not in error.attempted:
            suggested = THEIRS
        else:
            suggested = None
        conflicts.append(StaleField(name, was, mine, theirs, suggested))
    return StaleComparison(
        kind=error.kind,
        asset_id=error.record_id,
        name=str(getattr(current, "name", "") or error.record_id),
        current_version=int(getattr(current, "version", 0)),
        conflicts=tuple(conflicts),
    )
