"""The history of links and stories, kept as an asset's is (see :mod:`assetmap.register.merging`).

Each write to a link or a story adds one entry to its history table in the same transaction: the state
it reached (its content and a state id from :func:`assetmap.register.records.node_id`), the states it
came from, its version, this register's id, the time and the operation. Entries are read back as
:class:`~assetmap.register.records.HistoryEntry`, whose ``asset_id`` then holds the link's or story's id,
so that bundles and the three-way merge treat them as they treat assets.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select

from assetmap.register.records import HistoryEntry, canonical_content, node_id, utc_now
from assetmap.register.schema import LinkHistoryRow, StoryHistoryRow

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class HistoryTable:
    """Where one kind of record keeps its history: the table and the column naming the record."""

    table: Table
    column: str

    def entries(self, conn: Connection, record_ids: Sequence[str]) -> dict[str, list[HistoryEntry]]:
        """Every entry of each record, oldest first."""
        found: dict[str, list[HistoryEntry]] = {}
        ids = list(record_ids)
        for start in range(0, len(ids), _CHUNK):
            query = (
                select(self.table)
                .where(self.table.c[self.column].in_(ids[start : start + _CHUNK]))
                .order_by(self.table.c.seq)
            )
            for row in conn.execute(query):
                record_id = row._mapping[self.column]
                found.setdefault(record_id, []).append(_entry(row, record_id))
        return found

    def head(
        self,
        conn: Connection,
        record_id: str,
        content: Mapping[str, object],
        version: int,
        register_id: str,
        when: dt.datetime | None,
    ) -> str:
        """The id of the record's current state (``content``), recording it first if no entry holds it."""
        row = conn.execute(
            select(self.table.c.node, self.table.c.content)
            .where(self.table.c[self.column] == record_id)
            .order_by(self.table.c.seq.desc())
            .limit(1)
        ).first()
        canonical = canonical_content(content)
        if row is not None and row.content == canonical:
            return str(row.node)
        parents = (row.node,) if row is not None else ()
        node = node_id(canonical, parents)
        operation = "add" if row is None and version == 1 else "baseline"
        conn.execute(
            insert(self.table).values(
                self.row(
                    record_id, node, parents, version, register_id, when or utc_now(), operation, canonical
                )
            )
        )
        return node

    def record(
        self,
        conn: Connection,
        record_id: str,
        parents: Iterable[str],
        content: Mapping[str, object],
        version: int,
        register_id: str,
        when: dt.datetime,
        operation: str,
    ) -> str:
        """Add the entry of a state a write reached from ``parents``; returns its id."""
        parents = tuple(parents)
        canonical = canonical_content(content)
        node = node_id(canonical, parents)
        conn.execute(
            insert(self.table).values(
                self.row(record_id, node, parents, version, register_id, when, operation, canonical)
            )
        )
        return node

    def row(
        self,
        record_id: str,
        node: str,
        parents: Iterable[str],
        version: int,
        register_id: str,
        recorded_at: dt.datetime,
        operation: str,
        canonical: str | None,
    ) -> dict[str, object]:
        """The values of one history row."""
        return {
            self.column: record_id,
            "node": node,
            "parents": " ".join(parents),
            "version": version,
            "register_id": register_id,
            "recorded_at": recorded_at,
            "operation": operation,
            "content": canonical,
        }

    def forget(self, conn: Connection, record_ids: Sequence[str]) -> None:
        """Drop records' history: only purging (undoing a creation) and erasure do this."""
        ids = list(record_ids)
        for start in range(0, len(ids), _CHUNK):
            conn.execute(delete(self.table).where(self.table.c[self.column].in_(ids[start : start + _CHUNK])))


def _entry(row: Any, record_id: str) -> HistoryEntry:
    return HistoryEntry(
        asset_id=record_id,
        node=row.node,
        parents=tuple(row.parents.split()),
        version=row.version,
        register_id=row.register_id,
        recorded_at=row.recorded_at,
        operation=row.operation,
        content=None if row.content is None else json.loads(row.content),
        seq=row.seq,
    )


LINK_HISTORY = HistoryTable(LinkHistoryRow.__table__, "link_id")
STORY_HISTORY = HistoryTable(StoryHistoryRow.__table__, "story_id")


def head_of_record(
    record_id: str,
    content: Mapping[str, object],
    entries: Sequence[HistoryEntry],
    version: int,
    updated_at: dt.datetime | None,
    register_id: str,
) -> HistoryEntry:
    """The entry naming a record's current state, as ``merging.head_of`` names an asset's.

    The last entry when it holds ``content``; otherwise the state found is named as a ``baseline``
    following the last entry (as after an erasure took the teller off a story), with ``seq`` ``None``.
    """
    last = entries[-1] if entries else None
    if last is not None and last.content == content:
        return last
    parents = (last.node,) if last is not None else ()
    return HistoryEntry(
        asset_id=record_id,
        node=node_id(canonical_content(content), parents),
        parents=parents,
        version=version,
        register_id=register_id,
        recorded_at=updated_at or utc_now(),
        operation="add" if last is None and version == 1 else "baseline",
        content=dict(content),
    )
