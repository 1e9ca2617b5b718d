"""Register writes for exchanging bundles and merging registers, and the history every write keeps.

Every write to an asset adds one entry to ``asset_history`` in the same transaction: the state the
asset reached (its content and a state id, see :func:`assetmap.register.records.node_id`), the
states it came from, the asset's version, this register's id, the time and the operation. Bundles
carry those entries to another register; :meth:`MergeWrites.merge_bundle` writes a planned merge.

One kind of write leaves its entry for later: a bulk import (``Register.import_columns``) adds
assets without history rows, since an asset with no entry at all is in its first state, whose entry
follows from the asset alone (:func:`head_of`: an ``add`` with no parents, recorded at the asset's
``updated_at``, the same entry an eager write records). Every reader names that state the same way,
:meth:`MergeWrites.history` shows it, and the entry is written the first time it is needed: by the
asset's next write or merge (:meth:`MergeWrites._head_for_write`), and for all such assets at once
before a bundle is read (:meth:`MergeWrites.bundle_source`), so "entries after N" stays exact.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Connection, delete, exists, func, insert, or_, select, update

from assetmap.errors import AssetMapError, AssetNotFoundError
from assetmap.register import audit
from assetmap.register.connection import write_unit
from assetmap.register.records import (
    ASSET_COLUMNS,
    EDITABLE_FIELDS,
    Asset,
    Change,
    HistoryEntry,
    asset_from_row,
    canonical_content,
    content_of,
    known_content,
    node_id,
    tag_list,
)
from assetmap.register.schema import AssetHistoryRow, AssetRow, BundleExportRow, RegisterMetaRow

if TYPE_CHECKING:
    from sqlalchemy import Engine

_ASSETS = AssetRow.__table__
_HISTORY = AssetHistoryRow.__table__
_META = RegisterMetaRow.__table__
_EXPORTS = BundleExportRow.__table__
_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


class MergeError(AssetMapError):
    """A merge cannot be written as planned; the register was left as it was."""


@dataclass(frozen=True, slots=True)
class LocalState:
    """One asset of this register as merging sees it: its record, current state and whole history."""

    asset: Asset
    head: HistoryEntry
    entries: tuple[HistoryEntry, ...]


@dataclass(frozen=True, slots=True)
class MergeStep:
    """One asset's write in a merge, all choices made (what :meth:`MergeWrites.merge_bundle` applies)."""

    asset_id: str
    kind: str
    expected_head: str | None
    node: str
    parents: tuple[str, ...]
    content: dict[str, object]
    imported: tuple[HistoryEntry, ...]
    created_at: dt.datetime | None
    removed_at: dt.datetime | None
    version: int


class PlannedMerge(Protocol):
    """What writing a merge needs from its plan (``assetmap.bundles.planning.MergePlan`` is one).

    The register states what it needs here, so it knows nothing of how bundles are planned.
    """

    @property
    def target_register_id(self) -> str: ...

    def resolve(self, choices: Mapping[str, Mapping[str, str]]) -> Sequence[MergeStep]:
        """The writes with ``choices`` applied; raises :class:`MergeError` when a choice is missing."""
        ...


@dataclass(frozen=True, slots=True)
class BundleExport:
    """A bundle this register wrote: ``number`` names it as a point to export "since"."""

    number: int
    created_at: dt.datetime
    since_seq: int
    upto_seq: int


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _entry(row: Any) -> HistoryEntry:
    return HistoryEntry(
        asset_id=row.asset_id,
        node=row.node,
        parents=tuple(row.parents.split()),
        version=row.version,
        register_id=row.register_id,
        recorded_at=row.recorded_at,
        operation=row.operation,
        content=None if row.content is None else json.loads(row.content),
        seq=row.seq,
    )


def history_row(
    asset_id: str,
    node: str,
    parents: Iterable[str],
    version: int,
    register_id: str,
    recorded_at: dt.datetime,
    operation: str,
    canonical: str | None,
) -> dict[str, object]:
    """The values of one ``asset_history`` row."""
    return {
        "asset_id": asset_id,
        "node": node,
        "parents": " ".join(parents),
        "version": version,
        "register_id": register_id,
        "recorded_at": recorded_at,
        "operation": operation,
        "content": canonical,
    }


def head_of(asset: Asset, entries: Sequence[HistoryEntry], register_id: str) -> HistoryEntry:
    """The entry naming ``asset``'s current state.

    That is the last entry when it holds the asset's content. When it does not (no history, or a
    write that bypassed the register's methods), the state found is named as a ``baseline`` that
    follows the last entry; the id depends only on content and parents, so every reader and the
    next write name it alike. An asset with no entry at all and at version 1 is in the first state
    it was added with (a bulk import records its entries lazily): that state is its ``add``.
    """
    content = content_of(asset)
    last = entries[-1] if entries else None
    if last is not None and last.content == content:
        return last
    parents = (last.node,) if last is not None else ()
    return HistoryEntry(
        asset_id=asset.id,
        node=node_id(canonical_content(content), parents),
        parents=parents,
        version=asset.version,
        register_id=register_id,
        recorded_at=asset.updated_at or _now(),
        operation=_found_operation(last is None, asset.version),
        content=content,
    )


def _found_operation(first: bool, version: int) -> str:
    """How a state found on the asset itself is labelled: its ``add`` if it is the first, unedited one."""
    return "add" if first and version == 1 else "baseline"


def _column_values(content: Mapping[str, object]) -> dict[str, object]:
    """Asset column values from a content mapping (the reverse of ``content_of``, without removal)."""
    values = {name: content.get(name) for name in EDITABLE_FIELDS}
    values["tags"] = tag_list(values["tags"])
    if values["review_due"] is not None:
        values["review_due"] = dt.date.fromisoformat(str(values["review_due"]))
    return values


class MergeWrites:
    """Merge methods of :class:`assetmap.register.Register` (mixed in; uses its engine)."""

    _engine: Engine
    _register_id: str | None
    user: str

    # Supplied by Register.
    _get: Any
    _ward_for: Any

    # -- identity and history -----------------------------------------------------------------

    @property
    def register_id(self) -> str:
        """This register's stable id (a UUID), written once by the schema upgrade that added history."""
        if self._register_id is None:
            with self._engine.connect() as conn:
                value = conn.execute(select(_META.c.value).where(_META.c.key == "register_id")).scalar()
            if value is None:
                # Only a register whose meta row was deleted by hand: give it a new identity.
                value = str(uuid.uuid4())
                with write_unit(self._engine) as conn:
                    conn.execute(insert(_META).values(key="register_id", value=value))
            self._register_id = value
        return self._register_id

    def separate_copy(self) -> str:
        """Give a copied register file an identity of its own, so it and the original can swap bundles.

        A file copied to a second computer is byte for byte the register it came from, so both name
        themselves alike and each refuses the other's bundles as its own. After this, the copy is a
        register of its own: its history so far stays as it was (shared with the original, which is
        what lets their later changes merge), and its new writes carry the new id. Returns the new id.
        """
        value = str(uuid.uuid4())
        with write_unit(self._engine) as conn:
            # An asset imported in bulk has no history entry yet; its first state is written now, under
            # the id it was imported with, exactly as the original will write it.
            self._record_found_states(conn, self.register_id)
            conn.execute(delete(_META).where(_META.c.key == "register_id"))
            conn.execute(insert(_META).values(key="register_id", value=value))
            audit.append(conn, self.user, "separate", "register", [value])
        self._register_id = value
        return value

    def history(self, asset_id: str) -> list[HistoryEntry]:
        """Every history entry of an asset, oldest first (imported entries keep their origin).

        An asset with no entry yet (added by a bulk import) shows the entry its first write will
        record (``seq`` ``None`` until then).
        """
        with self._engine.connect() as conn, conn.begin():
            rows = conn.execute(
                select(_HISTORY).where(_HISTORY.c.asset_id == asset_id).order_by(_HISTORY.c.seq)
            ).all()
            if rows:
                return [_entry(row) for row in rows]
            try:
                asset = self._get(conn, asset_id)
            except AssetNotFoundError:
                return []
        return [head_of(asset, (), self.register_id)]

    def _head_for_write(self, conn: Connection, asset: Asset) -> str:
        """The id of ``asset``'s current state, recording it first if no entry holds it yet."""
        row = conn.execute(
            select(_HISTORY.c.node, _HISTORY.c.content)
            .where(_HISTORY.c.asset_id == asset.id)
            .order_by(_HISTORY.c.seq.desc())
            .limit(1)
        ).first()
        canonical = canonical_content(content_of(asset))
        if row is not None and row.content == canonical:
            return row.node
        parents = (row.node,) if row is not None else ()
        node = node_id(canonical, parents)
        recorded = asset.updated_at or _now()
        operation = _found_operation(row is None, asset.version)
        conn.execute(
            insert(_HISTORY).values(
                history_row(
                    asset.id, node, parents, asset.version, self.register_id, recorded, operation, canonical
                )
            )
        )
        return node

    def _record_found_states(self, conn: Connection, register_id: str) -> int:
        """Write the entry of every asset that has none yet (see :func:`head_of`); returns how many."""
        columns = [_ASSETS.c[name] for name in ASSET_COLUMNS]
        unrecorded = ~exists().where(_HISTORY.c.asset_id == _ASSETS.c.id)
        rows = []
        for row in conn.execute(select(*columns).where(unrecorded).order_by(_ASSETS.c.id)):
            head = head_of(asset_from_row(row), (), register_id)
            rows.append(
                history_row(
                    head.asset_id,
                    head.node,
                    head.parents,
                    head.version,
                    head.register_id,
                    head.recorded_at,
                    head.operation,
                    canonical_content(known_content(head)),
                )
            )
        for start in range(0, len(rows), 10_000):
            conn.execute(insert(_HISTORY), rows[start : start + 10_000])
        return len(rows)

    def _record_write(
        self, conn: Connection, before: Asset | None, after: Asset, operation: str, now: dt.datetime
    ) -> None:
        """Record the state ``after`` that one write reached from ``before`` (``None``: a new asset)."""
        parents = () if before is None else (self._head_for_write(conn, before),)
        canonical = canonical_content(content_of(after))
        audit.append(conn, self.user, operation, "asset", [after.id], now)
        conn.execute(
            insert(_HISTORY).values(
                history_row(
                    after.id,
                    node_id(canonical, parents),
                    parents,
                    after.version,
                    self.register_id,
                    now,
                    operation,
                    canonical,
                )
            )
        )

    def _new_asset_history(
        self, rows: Sequence[Mapping[str, Any]], now: dt.datetime
    ) -> list[dict[str, object]]:
        """History rows for assets just added in bulk (one ``add`` each), for one executemany."""
        register_id = self.register_id
        out = []
        for row in rows:
            canonical = canonical_content(content_of(row))
            out.append(
                history_row(
                    row["id"],
                    node_id(canonical, ()),
                    (),
                    int(row["version"]),
                    register_id,
                    now,
                    "add",
                    canonical,
                )
            )
        return out

    @staticmethod
    def _forget_history(conn: Connection, asset_id: str) -> None:
        """Drop an asset's history; only purging (undoing the asset's own creation) does this."""
        conn.execute(delete(_HISTORY).where(_HISTORY.c.asset_id == asset_id))

    # -- reads for bundles and merge planning ---------------------------------------------------

    def _states(self, conn: Connection, asset_ids: Sequence[str]) -> dict[str, LocalState]:
        register_id = self.register_id
        columns = [_ASSETS.c[name] for name in ASSET_COLUMNS]
        states: dict[str, LocalState] = {}
        for start in range(0, len(asset_ids), _CHUNK):
            chunk = list(asset_ids[start : start + _CHUNK])
            entries: dict[str, list[HistoryEntry]] = {}
            for row in conn.execute(
                select(_HISTORY).where(_HISTORY.c.asset_id.in_(chunk)).order_by(_HISTORY.c.seq)
            ):
                entries.setdefault(row.asset_id, []).append(_entry(row))
            for row in conn.execute(select(*columns).where(_ASSETS.c.id.in_(chunk))):
                asset = asset_from_row(row)
                found = entries.get(asset.id, [])
                head = head_of(asset, found, register_id)
                states[asset.id] = LocalState(
                    asset, head, tuple(found) if head.seq is not None else (*found, head)
                )
        return states

    def merge_state(self, asset_ids: Sequence[str]) -> dict[str, LocalState]:
        """The local state of the given assets (those present), read in one transaction."""
        with self._engine.connect() as conn, conn.begin():
            return self._states(conn, list(asset_ids))

    def bundle_source(
        self, *, since_seq: int = 0, since_time: dt.datetime | None = None
    ) -> tuple[int, list[LocalState]]:
        """Assets changed since a point, each with its whole history, and the last entry number read.

        With neither bound, every asset. ``since_seq`` takes assets with history entries after that
        entry number; ``since_time`` those with entries or writes at or after that time (UTC).
        Assets a bulk import added without entries get them first, in the same transaction, so
        they fall after every earlier bundle's last entry.
        """
        register_id = self.register_id
        with write_unit(self._engine) as conn:
            self._record_found_states(conn, register_id)
            upto = int(conn.execute(select(func.coalesce(func.max(_HISTORY.c.seq), 0))).scalar_one())
            if not since_seq and since_time is None:
                ids = list(conn.scalars(select(_ASSETS.c.id).order_by(_ASSETS.c.id)))
            else:
                in_history = []
                if since_seq:
                    in_history.append(_HISTORY.c.seq > since_seq)
                if since_time is not None:
                    in_history.append(_HISTORY.c.recorded_at >= since_time)
                changed = set(conn.scalars(select(_HISTORY.c.asset_id).where(or_(*in_history)).distinct()))
                if since_time is not None:
                    changed.update(
                        conn.scalars(select(_ASSETS.c.id).where(_ASSETS.c.updated_at >= since_time))
                    )
                ids = sorted(changed)
            states = self._states(conn, ids)
        return upto, [states[i] for i in ids if i in states]

    def exports(self) -> list[BundleExport]:
        """The bundles this register wrote, oldest first."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(_EXPORTS).order_by(_EXPORTS.c.number)).all()
        return [BundleExport(r.number, r.created_at, r.since_seq, r.upto_seq) for r in rows]

    def record_export(self, since_seq: int, upto_seq: int) -> BundleExport:
        """Note that a bundle covering history entries ``since_seq`` < seq <= ``upto_seq`` was written.

        The audit trail records who wrote it: a bundle carries the register's records to another computer.
        """
        now = _now()
        register_id = self.register_id
        with write_unit(self._engine) as conn:
            number = int(conn.execute(select(func.coalesce(func.max(_EXPORTS.c.number), 0))).scalar_one()) + 1
            conn.execute(
                insert(_EXPORTS).values(number=number, created_at=now, since_seq=since_seq, upto_seq=upto_seq)
            )
            audit.append(conn, self.user, "bundle", "register", [register_id], now)
        return BundleExport(number, now, since_seq, upto_seq)

    # -- the merge ------------------------------------------------------------------------------

    def merge_bundle(
        self, plan: PlannedMerge, choices: Mapping[str, Mapping[str, str]] | None = None
    ) -> Change:
        """Write a planned merge in one transaction, with ``choices`` settling its conflicts.

        Parameters
        ----------
        plan
            From :func:`assetmap.bundles.planning.plan_merge` on this register.
        choices
            For each conflicting asset id, ``{field: "mine" | "theirs"}`` for every field in conflict
            (see :mod:`assetmap.bundles.resolution` for policies that fill them in).

        Returns
        -------
        Change
            Assets added, updated, removed and restored by the merge.

        Raises
        ------
        MergeError
            When a conflict has no choice, or an asset changed here since the merge was planned;
            nothing is written then.
        """
        if plan.target_register_id != self.register_id:
            raise MergeError("This merge was planned for another register; plan it again for this one.")
        steps = plan.resolve(choices or {})
        added: list[str] = []
        updated: list[str] = []
        removed: list[str] = []
        restored: list[str] = []
        touched: list[Asset] = []
        now = _now()
        register_id = self.register_id
        with write_unit(self._engine) as conn:
            for step in steps:
                try:
                    before: Asset | None = self._get(conn, step.asset_id)
                except AssetNotFoundError:
                    before = None
                head = None if before is None else self._head_for_write(conn, before)
                if head != step.expected_head:
                    raise MergeError(
                        f"The asset {step.asset_id} changed in this register after the merge was planned. "
                        "Nothing was merged; open the bundle again to plan the merge afresh."
                    )
                values = _column_values(step.content)
                values["ward_code"] = self._ward_for(values)
                if not step.content["removed"]:
                    values["removed_at"] = None
                elif before is not None and before.is_removed:
                    values["removed_at"] = before.removed_at
                else:
                    values["removed_at"] = step.removed_at or now
                if before is None:
                    version = step.version
                    conn.execute(
                        insert(_ASSETS).values(
                            id=step.asset_id,
                            created_at=step.created_at or now,
                            updated_at=now,
                            version=version,
                            **values,
                        )
                    )
                    known: set[str] = set()
                else:
                    version = before.version + 1
                    conn.execute(
                        update(_ASSETS)
                        .where(_ASSETS.c.id == step.asset_id)
                        .values(updated_at=now, version=version, **values)
                    )
                    known = set(
                        conn.scalars(select(_HISTORY.c.node).where(_HISTORY.c.asset_id == step.asset_id))
                    )
                imported = []
                for entry in step.imported:
                    if entry.node in known:
                        continue
                    known.add(entry.node)
                    imported.append(
                        history_row(
                            step.asset_id,
                            entry.node,
                            entry.parents,
                            entry.version,
                            entry.register_id,
                            entry.recorded_at,
                            entry.operation,
                            None if entry.content is None else canonical_content(entry.content),
                        )
                    )
                if imported:
                    conn.execute(insert(_HISTORY), imported)
                conn.execute(
                    insert(_HISTORY).values(
                        history_row(
                            step.asset_id,
                            step.node,
                            step.parents,
                            version,
                            register_id,
                            now,
                            "merge",
                            canonical_content(step.content),
                        )
                    )
                )
                after = self._get(conn, step.asset_id)
                {"add": added, "update": updated, "remove": removed, "restore": restored}.get(
                    step.kind, []
                ).append(after.id)
                if step.kind != "link":
                    touched.append(after)
            audit.append(conn, self.user, "merge", "asset", [step.asset_id for step in steps], now)
        return Change(
            added=tuple(added),
            updated=tuple(updated),
            removed=tuple(removed),
            restored=tuple(restored),
            assets=tuple(touched),
        )
