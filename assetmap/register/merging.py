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

import contextlib
import datetime as dt
import json
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import (
    Connection,
    String,
    any_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql

from assetmap.errors import AssetMapError, AssetNotFoundError
from assetmap.messages import tr
from assetmap.register import audit, sealing
from assetmap.register.connection import write_unit
from assetmap.register.connection_merging import ConnectionSteps, write_connection_steps
from assetmap.register.people import Erasure, PeopleSection, SealedPerson, SealedState
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
    utc_now,
)
from assetmap.register.schema import (
    AssetHistoryRow,
    AssetRow,
    BundleExportRow,
    ConsentEventRow,
    ErasureRow,
    PersonHistoryRow,
    PersonKeyRow,
    PersonLinkRow,
    PersonRow,
    RegisterMetaRow,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

_ASSETS = AssetRow.__table__
_HISTORY = AssetHistoryRow.__table__
_META = RegisterMetaRow.__table__
_EXPORTS = BundleExportRow.__table__
_PEOPLE = PersonRow.__table__
_KEYS = PersonKeyRow.__table__
_PHISTORY = PersonHistoryRow.__table__
_LINKS = PersonLinkRow.__table__
_CONSENT = ConsentEventRow.__table__
_ERASURES = ErasureRow.__table__
_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


def _chunks(conn: Connection, ids: Sequence[str]) -> Iterator[list[str]]:
    """``ids`` in lists one query can name: SQLite limits its variables; a server takes one array."""
    size = 50_000 if conn.dialect.name == "postgresql" else _CHUNK
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _among(conn: Connection, column: Any, ids: list[str]) -> Any:
    """``column IN ids``; on a server as ``= ANY(array)``, one parameter rather than one per id."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam(None, ids, type_=postgresql.ARRAY(String), unique=True))
    return column.in_(ids)


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

    @property
    def people(self) -> PeopleSection:
        """The people, consent, links, gifts' people and erasures the bundle carries."""
        ...

    def resolve(self, choices: Mapping[str, Mapping[str, str]]) -> Sequence[MergeStep]:
        """The writes with ``choices`` applied; raises :class:`MergeError` when a choice is missing."""
        ...

    def resolve_connections(self, choices: Mapping[str, Mapping[str, str]]) -> ConnectionSteps:
        """The writes of link kinds, links, stories and photos with ``choices`` applied."""
        ...


@dataclass(frozen=True, slots=True)
class LocalPeople:
    """This register's people as merge planning sees them.

    ``order`` holds what "newer" compares for each person held here (see ``SealedPerson.order``);
    ``erased_people`` and ``erased_assets`` are this register's erasure list.
    """

    order: Mapping[str, tuple[dt.datetime, int, bytes]]
    erased_people: frozenset[str]
    erased_assets: frozenset[str]
    consent_ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class MergeChange(Change):
    """What a merge did: the assets (as :class:`Change`), and its people and erasures.

    ``assets_erased`` are gifts erased here because the bundle's erasure list names them or their
    person; ``kept_out`` are assets the bundle carried that an erasure keeps out of this register.
    """

    people_added: tuple[str, ...] = ()
    people_updated: tuple[str, ...] = ()
    people_erased: tuple[str, ...] = ()
    assets_erased: tuple[str, ...] = ()
    kept_out: tuple[str, ...] = ()
    consent_added: int = 0

    def __bool__(self) -> bool:
        return bool(
            self.ids
            or self.links
            or self.stories
            or self.photos
            or self.people_added
            or self.people_updated
            or self.people_erased
            or self.assets_erased
            or self.consent_added
        )


def kept_out_by_erasure(
    asset_id: str, gifts: Mapping[str, str], erased_people: Collection[str], erased_assets: Collection[str]
) -> bool:
    """Whether an asset a bundle carries stays out: it is erased, or the gift of an erased person."""
    owner = gifts.get(asset_id)
    return asset_id in erased_assets or (owner is not None and owner in erased_people)


@dataclass(frozen=True, slots=True)
class BundleExport:
    """A bundle this register wrote: ``number`` names it as a point to export "since"."""

    number: int
    created_at: dt.datetime
    since_seq: int
    upto_seq: int


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
        recorded_at=asset.updated_at or utc_now(),
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
    ward_index: Any
    erase_known: Any
    _scrub_after_erasure: Any

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
        recorded = asset.updated_at or utc_now()
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
        for chunk in _chunks(conn, asset_ids):
            entries: dict[str, list[HistoryEntry]] = {}
            for row in conn.execute(
                select(_HISTORY).where(_among(conn, _HISTORY.c.asset_id, chunk)).order_by(_HISTORY.c.seq)
            ):
                entries.setdefault(row.asset_id, []).append(_entry(row))
            for row in conn.execute(select(*columns).where(_among(conn, _ASSETS.c.id, chunk))):
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
        they fall after every earlier bundle's last entry. A login that may not write history (a
        team register's viewer) reads without writing: such an asset then carries the entry its first
        write will record, as :meth:`history` shows it.
        """
        register_id = self.register_id
        with self._bundle_unit() as conn:
            if _may_record_history(conn):
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

    @contextlib.contextmanager
    def _bundle_unit(self) -> Iterator[Connection]:
        """The transaction a bundle is read in: a write unit, or a plain one for a login that may not
        write."""
        with self._engine.connect() as conn:
            writes = _may_record_history(conn)
        if writes:
            with write_unit(self._engine) as conn:
                yield conn
        else:
            with self._engine.connect() as conn, conn.begin():
                yield conn

    def exports(self) -> list[BundleExport]:
        """The bundles this register wrote, oldest first."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(_EXPORTS).order_by(_EXPORTS.c.number)).all()
        return [BundleExport(r.number, r.created_at, r.since_seq, r.upto_seq) for r in rows]

    def record_export(self, since_seq: int, upto_seq: int) -> BundleExport:
        """Note that a bundle covering history entries ``since_seq`` < seq <= ``upto_seq`` was written.

        The audit trail records who wrote it: a bundle carries the register's records to another computer.
        """
        now = utc_now()
        register_id = self.register_id
        with write_unit(self._engine) as conn:
            number = int(conn.execute(select(func.coalesce(func.max(_EXPORTS.c.number), 0))).scalar_one()) + 1
            conn.execute(
                insert(_EXPORTS).values(number=number, created_at=now, since_seq=since_seq, upto_seq=upto_seq)
            )
            audit.append(conn, self.user, "bundle", "register", [register_id], now)
        return BundleExport(number, now, since_seq, upto_seq)

    # -- the merge ------------------------------------------------------------------------------

    def people_merge_state(self) -> LocalPeople:
        """This register's people, erasure list and consent event ids, as merge planning needs them."""
        with self._engine.connect() as conn, conn.begin():
            return _local_people(conn)

    def merge_bundle(
        self, plan: PlannedMerge, choices: Mapping[str, Mapping[str, str]] | None = None
    ) -> MergeChange:
        """Write a planned merge in one transaction, with ``choices`` settling its conflicts.

        In that one transaction, in this order:

        1. The bundle's erasure list is applied (:meth:`erase_known`): each person on it is erased
           here with their gifts, and the list kept here becomes the union of both.
        2. Nothing on the erasure list comes back: a person on it, an asset on it, and an asset that
           the bundle says is an erased person's gift are skipped, never added again.
        3. People: a person new here is added with their key, sealed record and sealed history. A
           person held here takes the newer record whole (later ``updated_at``, then higher
           ``version``; a person's fields are not merged field by field), and both sides' history
           states are kept. Consent events are the union by event id (never changed); links the
           union; a gift here that belongs to no one takes the person the bundle names.
        4. Assets, as planned, then the audit trail: ``merge`` for each asset and person merged,
           ``erase`` for each person and gift erased.

        After the transaction, a merge that erased someone empties the write-ahead log and erases
        them from this register's backups, as :meth:`erase_person` does.

        Parameters
        ----------
        plan
            From :func:`assetmap.bundles.planning.plan_merge` on this register.
        choices
            For each conflicting asset id, ``{field: "mine" | "theirs"}`` for every field in conflict
            (see :mod:`assetmap.bundles.resolution` for policies that fill them in).

        Returns
        -------
        MergeChange
            Assets added, updated, removed and restored by the merge; people added, updated and
            erased; gifts erased and assets kept out by erasures.

        Raises
        ------
        MergeError
            When a conflict has no choice, or an asset changed here since the merge was planned;
            nothing is written then.
        """
        if plan.target_register_id != self.register_id:
            raise MergeError(tr("This merge was planned for another register; plan it again for this one."))
        steps = plan.resolve(choices or {})
        section = plan.people
        added: list[str] = []
        updated: list[str] = []
        removed: list[str] = []
        restored: list[str] = []
        touched: list[Asset] = []
        kept_out: list[str] = []
        now = utc_now()
        register_id = self.register_id
        with write_unit(self._engine) as conn:
            doomed = _assets_erased_by(conn, section.erasures)
            erased_here = self.erase_known(conn, section.erasures)
            local = _local_people(conn)
            people_added, people_updated = _merge_people(conn, section.people, local)
            merged_steps = []
            for step in steps:
                if kept_out_by_erasure(
                    step.asset_id, section.gifts, local.erased_people, local.erased_assets
                ):
                    kept_out.append(step.asset_id)
                    continue
                merged_steps.append(step)
            kinds = {"add": added, "update": updated, "remove": removed, "restore": restored}
            for step, after in self._write_steps(conn, merged_steps, register_id, now):
                kinds.get(step.kind, []).append(after.id)
                if step.kind != "link":
                    touched.append(after)
            gifted = _link_gifts(conn, section.gifts, local)
            consent_added, linked = _merge_consent_and_links(conn, section, local)
            connections = write_connection_steps(
                conn,
                plan.resolve_connections(choices or {}),
                register_id=register_id,
                erased_people=local.erased_people,
                now=now,
                mismatch=MergeError,
            )
            audit.append(conn, self.user, "add", "link_kind", connections.kinds, now)
            audit.append(conn, self.user, "merge", "link", connections.links, now)
            audit.append(conn, self.user, "merge", "story", connections.stories, now)
            audit.append(conn, self.user, "merge", "photo", connections.photos, now)
            audit.append(conn, self.user, "merge", "asset", [step.asset_id for step in merged_steps], now)
            merged_people = sorted({*people_added, *people_updated, *linked})
            audit.append(conn, self.user, "merge", "person", merged_people, now)
            if gifted:
                audit.append(conn, self.user, "link", "asset", gifted, now)
        for person_id in erased_here:
            self._scrub_after_erasure(person_id, now)
        return MergeChange(
            added=tuple(added),
            updated=tuple(updated),
            removed=tuple(removed),
            restored=tuple(restored),
            assets=tuple(touched),
            people_added=tuple(people_added),
            people_updated=tuple(people_updated),
            people_erased=tuple(erased_here),
            assets_erased=tuple(doomed),
            kept_out=tuple(kept_out),
            consent_added=consent_added,
            links=connections.links,
            stories=connections.stories,
            photos=connections.photos,
        )

    def _write_steps(
        self, conn: Connection, steps: Sequence[MergeStep], register_id: str, now: dt.datetime
    ) -> list[tuple[MergeStep, Asset]]:
        """Write a merge's asset steps in bulk; returns each step with the asset as it now is.

        What one step does: check the asset is still in the state planned (recording a state found on
        it first, as :meth:`_head_for_write` does), write its merged content (with its ward), import
        the history entries it does not hold yet, and record the ``merge`` entry. The reads and writes
        go a chunk of assets at a time, so a merge of thousands of assets costs a few statements per
        chunk, not several per asset (which, on a server, are as many round trips).
        """
        ids = [step.asset_id for step in steps]
        columns = [_ASSETS.c[name] for name in ASSET_COLUMNS]
        before: dict[str, Asset] = {}
        known: dict[str, set[str]] = {}
        last: dict[str, tuple[str, str | None]] = {}
        for chunk in _chunks(conn, ids):
            # On a server the rows stay held until the merge commits, so no write slips in between.
            query = select(*columns).where(_among(conn, _ASSETS.c.id, chunk))
            if conn.dialect.name == "postgresql":
                query = query.with_for_update()
            for row in conn.execute(query):
                before[row.id] = asset_from_row(row)
            for row in conn.execute(
                select(_HISTORY.c.asset_id, _HISTORY.c.node, _HISTORY.c.content)
                .where(_among(conn, _HISTORY.c.asset_id, chunk))
                .order_by(_HISTORY.c.seq)
            ):
                known.setdefault(row.asset_id, set()).add(row.node)
                last[row.asset_id] = (row.node, row.content)
        found_rows = []
        for step in steps:
            mine = before.get(step.asset_id)
            head = None
            if mine is not None:
                canonical = canonical_content(content_of(mine))
                previous = last.get(mine.id)
                if previous is not None and previous[1] == canonical:
                    head = previous[0]
                else:
                    parents = (previous[0],) if previous is not None else ()
                    head = node_id(canonical, parents)
                    operation = _found_operation(previous is None, mine.version)
                    recorded = mine.updated_at or utc_now()
                    found_rows.append(
                        history_row(
                            mine.id, head, parents, mine.version, register_id, recorded, operation, canonical
                        )
                    )
                    known.setdefault(mine.id, set()).add(head)
            if head != step.expected_head:
                raise MergeError(
                    tr(
                        "The asset {asset_id} changed in this register after the merge was planned. "
                        "Nothing was merged; open the bundle again to plan the merge afresh."
                    ).format(asset_id=step.asset_id)
                )
        if found_rows:
            conn.execute(insert(_HISTORY), found_rows)
        values_of = [_column_values(step.content) for step in steps]
        located = [
            i
            for i, v in enumerate(values_of)
            if isinstance(v["lon"], int | float) and isinstance(v["lat"], int | float)
        ]
        wards: list[str | None] = [None] * len(steps)
        if located:
            codes = self.ward_index.assign(
                [values_of[i]["lon"] for i in located], [values_of[i]["lat"] for i in located]
            )
            for i, code in zip(located, codes, strict=True):
                wards[i] = None if code is None else str(code)
        new_rows: list[dict[str, object]] = []
        changed_rows: list[dict[str, object]] = []
        history: list[dict[str, object]] = []
        for step, values, ward in zip(steps, values_of, wards, strict=True):
            mine = before.get(step.asset_id)
            values["ward_code"] = ward
            if not step.content["removed"]:
                values["removed_at"] = None
            elif mine is not None and mine.is_removed:
                values["removed_at"] = mine.removed_at
            else:
                values["removed_at"] = step.removed_at or now
            if mine is None:
                version = step.version
                new_rows.append(
                    {
                        "id": step.asset_id,
                        "created_at": step.created_at or now,
                        "updated_at": now,
                        "version": version,
                        **values,
                    }
                )
            else:
                version = mine.version + 1
                changed_rows.append({"b_id": step.asset_id, "updated_at": now, "version": version, **values})
            held = known.setdefault(step.asset_id, set())
            for entry in step.imported:
                if entry.node in held:
                    continue
                held.add(entry.node)
                history.append(
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
            history.append(
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
        if new_rows:
            conn.execute(insert(_ASSETS), new_rows)
        bulk = len(changed_rows) >= _COPY_FROM or len(history) >= _COPY_FROM
        by_copy = bulk and _may_copy(conn)
        if changed_rows and by_copy and len(changed_rows) >= _COPY_FROM:
            _update_assets_by_copy(conn, changed_rows)
        elif changed_rows:
            names = [name for name in changed_rows[0] if name != "b_id"]
            conn.execute(
                update(_ASSETS)
                .where(_ASSETS.c.id == bindparam("b_id"))
                .values({name: bindparam(f"v_{name}") for name in names}),
                [{"b_id": row["b_id"], **{f"v_{n}": row[n] for n in names}} for row in changed_rows],
            )
        if history and by_copy and len(history) >= _COPY_FROM:
            _copy_rows(conn, _HISTORY.name, history)
        else:
            for start in range(0, len(history), 10_000):
                conn.execute(insert(_HISTORY), history[start : start + 10_000])
        after: dict[str, Asset] = {}
        for chunk in _chunks(conn, ids):
            for row in conn.execute(select(*columns).where(_among(conn, _ASSETS.c.id, chunk))):
                after[row.id] = asset_from_row(row)
        return [(step, after[step.asset_id]) for step in steps]


# -- big writes on a server -------------------------------------------------------------------------

# From this many rows a merge on a server writes through COPY, one stream instead of a statement a row.
_COPY_FROM = 200


def _may_record_history(conn: Connection) -> bool:
    """Whether this connection's login may add history entries (a team register's viewer may not)."""
    if conn.dialect.name != "postgresql":
        return True
    return bool(conn.exec_driver_sql("SELECT has_table_privilege('asset_history', 'INSERT')").scalar())


def _may_copy(conn: Connection) -> bool:
    """Whether a merge may write through COPY here: on a server, for a login not held to row-level security.

    PostgreSQL refuses COPY FROM into a table whose row-level security applies to the login ("COPY FROM
    not supported with row-level security"), and a team's worker may not make the scratch table the
    bulk update uses; their merges write by statements in batches (one ``executemany`` each) instead.
    """
    if conn.dialect.name != "postgresql":
        return False
    held = conn.exec_driver_sql(
        "SELECT row_security_active('assets') OR row_security_active('asset_history') "
        "OR NOT has_database_privilege(current_database(), 'TEMPORARY')"
    ).scalar()
    return not held


def _copy_rows(conn: Connection, table: str, rows: Sequence[Mapping[str, object]]) -> None:
    """Write ``rows`` (all with the same keys) into ``table`` with COPY, in the caller's transaction."""
    from psycopg.types.json import Json

    columns = list(rows[0])
    driver = conn.connection.driver_connection
    assert driver is not None
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([Json(row[c]) if c == "tags" else row[c] for c in columns])


def _update_assets_by_copy(conn: Connection, rows: Sequence[Mapping[str, object]]) -> None:
    """Update many assets at once on a server: COPY the new values into a scratch table, then one UPDATE.

    ``rows`` hold ``b_id`` (the asset) and the columns to set, alike in every row.
    """
    names = [name for name in rows[0] if name != "b_id"]
    conn.exec_driver_sql(
        "CREATE TEMP TABLE merge_values ON COMMIT DROP AS "
        f"SELECT id AS b_id, {', '.join(names)} FROM assets WITH NO DATA"
    )
    _copy_rows(conn, "merge_values", rows)
    conn.exec_driver_sql(
        f"UPDATE assets SET {', '.join(f'{n} = m.{n}' for n in names)} "
        "FROM merge_values AS m WHERE assets.id = m.b_id"
    )
    conn.exec_driver_sql("DROP TABLE merge_values")


# -- merging people -----------------------------------------------------------------------------


def _local_people(conn: Connection) -> LocalPeople:
    order = {
        r.id: (r.updated_at, r.version, bytes(r.sealed))
        for r in conn.execute(
            select(_PEOPLE.c.id, _PEOPLE.c.updated_at, _PEOPLE.c.version, _PEOPLE.c.sealed).where(
                _PEOPLE.c.erased_at.is_(None), _PEOPLE.c.sealed.is_not(None)
            )
        )
    }
    erased_people: set[str] = set()
    erased_assets: set[str] = set()
    for person_id, asset_ids in conn.execute(select(_ERASURES.c.person_id, _ERASURES.c.asset_ids)):
        erased_people.add(person_id)
        erased_assets.update(asset_ids.split())
    return LocalPeople(
        order=order,
        erased_people=frozenset(erased_people),
        erased_assets=frozenset(erased_assets),
        consent_ids=frozenset(conn.scalars(select(_CONSENT.c.id))),
    )


def _assets_erased_by(conn: Connection, erasures: Sequence[Erasure]) -> list[str]:
    """The assets held here that applying ``erasures`` deletes: those listed, and the people's gifts."""
    if not erasures:
        return []
    listed = {a for e in erasures for a in e.asset_ids}
    people = [e.person_id for e in erasures]
    found: set[str] = set()
    for start in range(0, len(people), _CHUNK):
        found.update(
            conn.scalars(select(_ASSETS.c.id).where(_ASSETS.c.person_id.in_(people[start : start + _CHUNK])))
        )
    ids = sorted(listed)
    for start in range(0, len(ids), _CHUNK):
        found.update(conn.scalars(select(_ASSETS.c.id).where(_ASSETS.c.id.in_(ids[start : start + _CHUNK]))))
    return sorted(found)


def _resealed(state: bytes, person_id: str, old: bytes, new: bytes) -> bytes:
    return state if old == new else sealing.seal(new, person_id, sealing.unseal(old, person_id, state))


def _merge_people(
    conn: Connection, people: Sequence[SealedPerson], local: LocalPeople
) -> tuple[list[str], list[str]]:
    """Add the people new here and take the newer record of those held here; returns (added, updated)."""
    added: list[str] = []
    updated: list[str] = []
    for theirs in people:
        if theirs.id in local.erased_people:
            continue
        row = conn.execute(select(_PEOPLE).where(_PEOPLE.c.id == theirs.id)).first()
        if row is None:
            conn.execute(
                insert(_PEOPLE).values(
                    id=theirs.id,
                    sealed=theirs.sealed,
                    recorded_by=theirs.recorded_by,
                    created_at=theirs.created_at,
                    updated_at=theirs.updated_at,
                    removed_at=theirs.removed_at,
                    version=theirs.version,
                )
            )
            conn.execute(insert(_KEYS).values(person_id=theirs.id, key=theirs.key))
            _import_states(conn, theirs.id, theirs.history, set())
            added.append(theirs.id)
            continue
        mine_key = conn.execute(select(_KEYS.c.key).where(_KEYS.c.person_id == theirs.id)).scalar()
        if row.erased_at is not None or row.sealed is None or mine_key is None:
            continue  # erased here (the erasure list names them too)
        mine_key = bytes(mine_key)
        take = theirs.order > (row.updated_at, row.version, bytes(row.sealed))
        key = theirs.key if take else mine_key
        states = list(
            conn.execute(
                select(
                    _PHISTORY.c.seq,
                    _PHISTORY.c.version,
                    _PHISTORY.c.recorded_at,
                    _PHISTORY.c.operation,
                    _PHISTORY.c.sealed,
                ).where(_PHISTORY.c.person_id == theirs.id)
            )
        )
        if key != mine_key:
            # The same person sealed under two keys (added again after an undo): keep one key, the
            # newer record's, and seal this register's states with it.
            conn.execute(update(_KEYS).where(_KEYS.c.person_id == theirs.id).values(key=key))
            for state in states:
                if state.sealed is not None:
                    conn.execute(
                        update(_PHISTORY)
                        .where(_PHISTORY.c.seq == state.seq)
                        .values(sealed=_resealed(bytes(state.sealed), theirs.id, mine_key, key))
                    )
        held = {(s.recorded_at, s.version, s.operation) for s in states}
        history = [
            SealedState(
                s.version, s.recorded_at, s.operation, _resealed(s.sealed, theirs.id, theirs.key, key)
            )
            for s in theirs.history
        ]
        _import_states(conn, theirs.id, history, held)
        if take:
            conn.execute(
                update(_PEOPLE)
                .where(_PEOPLE.c.id == theirs.id)
                .values(
                    sealed=theirs.sealed,
                    recorded_by=theirs.recorded_by,
                    created_at=theirs.created_at,
                    updated_at=theirs.updated_at,
                    removed_at=theirs.removed_at,
                    version=theirs.version,
                )
            )
            updated.append(theirs.id)
    return added, updated


def _import_states(
    conn: Connection, person_id: str, states: Iterable[SealedState], held: set[tuple[dt.datetime, int, str]]
) -> None:
    rows = []
    for state in states:
        if state.identity in held:
            continue
        held.add(state.identity)
        rows.append(
            {
                "person_id": person_id,
                "version": state.version,
                "recorded_at": state.recorded_at,
                "operation": state.operation,
                "sealed": state.sealed,
            }
        )
    if rows:
        conn.execute(insert(_PHISTORY), rows)


def _live_people(conn: Connection, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        found.update(
            conn.scalars(
                select(_PEOPLE.c.id).where(
                    _PEOPLE.c.id.in_(wanted[start : start + _CHUNK]), _PEOPLE.c.erased_at.is_(None)
                )
            )
        )
    return found


def _link_gifts(conn: Connection, gifts: Mapping[str, str], local: LocalPeople) -> list[str]:
    """Give each gift here that belongs to no one the person the bundle names; returns those linked.

    Unlinking does not travel: a gift linked on either side stays linked.
    """
    live = _live_people(conn, gifts.values())
    linked = []
    for asset_id, person_id in sorted(gifts.items()):
        if person_id not in live or person_id in local.erased_people:
            continue
        result = conn.execute(
            update(_ASSETS)
            .where(_ASSETS.c.id == asset_id, _ASSETS.c.person_id.is_(None))
            .values(person_id=person_id)
        )
        if result.rowcount:
            linked.append(asset_id)
    return linked


def _merge_consent_and_links(
    conn: Connection, section: PeopleSection, local: LocalPeople
) -> tuple[int, set[str]]:
    """Add the consent events and links new here; returns how many events, and the people they touch."""
    live = _live_people(conn, [e.person_id for e in section.consent] + [k.person_id for k in section.links])
    touched: set[str] = set()
    events = [
        e
        for e in section.consent
        if e.id not in local.consent_ids and e.person_id in live and e.person_id not in local.erased_people
    ]
    if events:
        conn.execute(
            insert(_CONSENT),
            [
                {
                    "id": e.id,
                    "person_id": e.person_id,
                    "kind": e.kind,
                    "scope": e.scope,
                    "partners": e.partners,
                    "lawful_basis": e.lawful_basis,
                    "method": e.method,
                    "recorded_by": e.recorded_by,
                    "recorded_at": e.recorded_at,
                    "lapses_on": e.lapses_on,
                }
                for e in events
            ],
        )
        touched.update(e.person_id for e in events)
    for link in section.links:
        if link.person_id not in live or link.person_id in local.erased_people:
            continue
        if conn.execute(select(_ASSETS.c.id).where(_ASSETS.c.id == link.asset_id)).first() is None:
            continue  # a group or space this register does not hold (yet)
        held = conn.execute(
            select(_LINKS.c.person_id).where(
                _LINKS.c.person_id == link.person_id,
                _LINKS.c.asset_id == link.asset_id,
                _LINKS.c.relation == link.relation,
            )
        ).first()
        if held is None:
            conn.execute(
                insert(_LINKS).values(
                    person_id=link.person_id,
                    asset_id=link.asset_id,
                    relation=link.relation,
                    created_at=link.created_at,
                )
            )
            touched.add(link.person_id)
    return len(events), touched
