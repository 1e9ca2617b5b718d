"""Links, link kinds, stories and photos through bundles: what a bundle carries of them, and a merge's writes.

Links and stories merge as assets do (:mod:`assetmap.register.merging`): each carries its history, the
plan is a three-way merge per field, and the register writes each planned step after checking that the
record has not changed here since the merge was planned. Link kinds are the union by code; photos are the
union by id, a photo removed on either side being removed. The same link made on both sides on its own
(same ends and kind, two ids) is kept once: each register keeps its own.

Erasures win here too: a link from a person on either register's erasure list is never brought in, and
a story told by such a person comes in with no teller and no person (the states that named them lose
their content). A link or story whose asset is not here (kept out by an erasure, say) is left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, insert, or_, select, update

from assetmap.messages import tr
from assetmap.register.connections import (
    PHOTO_COLUMNS,
    LinkKind,
    Photo,
    link_columns,
    link_content,
    story_columns,
    story_content,
)
from assetmap.register.record_history import LINK_HISTORY, STORY_HISTORY, HistoryTable, head_of_record
from assetmap.register.records import HistoryEntry, canonical_content, node_id, utc_now
from assetmap.register.schema import AssetRow, LinkKindRow, LinkRow, PersonRow, PhotoRow, StoryRow

if TYPE_CHECKING:
    from sqlalchemy import Engine

_KINDS = LinkKindRow.__table__
_LINKS = LinkRow.__table__
_STORIES = StoryRow.__table__
_PHOTOS = PhotoRow.__table__
_ASSETS = AssetRow.__table__
_PEOPLE = PersonRow.__table__
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class LocalRecord:
    """One link or story as bundles and merge planning see it: its content, current state and history."""

    id: str
    content: dict[str, object]
    head: HistoryEntry
    entries: tuple[HistoryEntry, ...]
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    removed_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class PhotoCopy:
    """A photo with its stored image and thumbnail, as a bundle carries it."""

    photo: Photo
    data: bytes
    thumbnail: bytes


@dataclass(frozen=True, slots=True)
class ConnectionSource:
    """Everything of links, kinds, stories and photos a bundle carries."""

    kinds: tuple[LinkKind, ...] = ()
    links: tuple[LocalRecord, ...] = ()
    stories: tuple[LocalRecord, ...] = ()
    photos: tuple[PhotoCopy, ...] = ()


@dataclass(frozen=True, slots=True)
class RecordStep:
    """One link's or story's write in a merge, all choices made (as ``MergeStep`` is for an asset)."""

    record_id: str
    kind: str
    expected_head: str | None
    node: str
    parents: tuple[str, ...]
    content: dict[str, object]
    imported: tuple[HistoryEntry, ...]
    created_at: dt.datetime | None
    removed_at: dt.datetime | None
    version: int


@dataclass(frozen=True, slots=True)
class ConnectionSteps:
    """The writes of a merge for links, kinds, stories and photos."""

    kinds: tuple[LinkKind, ...] = ()
    links: tuple[RecordStep, ...] = ()
    stories: tuple[RecordStep, ...] = ()
    photos: tuple[PhotoCopy, ...] = ()


NO_STEPS = ConnectionSteps()


@dataclass(frozen=True, slots=True)
class MergedConnections:
    """Ids of the links, stories and photos a merge wrote, and link kinds it added."""

    links: tuple[str, ...] = ()
    stories: tuple[str, ...] = ()
    photos: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


def _records(
    conn: Connection, table: HistoryTable, rows: Sequence[Any], content_of: Any, register_id: str
) -> list[LocalRecord]:
    ids = [row.id for row in rows]
    entries = table.entries(conn, ids)
    out = []
    for row in rows:
        content = content_of(row._mapping)
        found = entries.get(row.id, [])
        head = head_of_record(row.id, content, found, row.version, row.updated_at, register_id)
        out.append(
            LocalRecord(
                id=row.id,
                content=content,
                head=head,
                entries=tuple(found) if head.seq is not None else (*found, head),
                version=row.version,
                created_at=row.created_at,
                updated_at=row.updated_at,
                removed_at=row.removed_at,
            )
        )
    return out


def _read_links(conn: Connection, register_id: str, ids: Sequence[str] | None) -> list[LocalRecord]:
    query = select(_LINKS).order_by(_LINKS.c.id)
    rows: list[Any] = []
    if ids is None:
        rows.extend(conn.execute(query))
    else:
        rows = _chunked(conn, query, _LINKS.c.id, ids)
    return _records(conn, LINK_HISTORY, rows, link_content, register_id)


def _read_stories(conn: Connection, register_id: str, ids: Sequence[str] | None) -> list[LocalRecord]:
    query = select(_STORIES).order_by(_STORIES.c.id)
    rows: list[Any] = []
    if ids is None:
        rows.extend(conn.execute(query))
    else:
        rows = _chunked(conn, query, _STORIES.c.id, ids)
    return _records(conn, STORY_HISTORY, rows, story_content, register_id)


def _chunked(conn: Connection, query: Any, column: Any, ids: Sequence[str]) -> list[Any]:
    wanted = sorted(set(ids))
    rows: list[Any] = []
    for start in range(0, len(wanted), _CHUNK):
        rows.extend(conn.execute(query.where(column.in_(wanted[start : start + _CHUNK]))))
    return rows


class ConnectionMerges:
    """Reads of links, kinds, stories and photos for bundles and merge planning (mixed into ``Register``)."""

    _engine: Engine

    if TYPE_CHECKING:

        @property
        def register_id(self) -> str: ...

    def connection_source(self, *, photos_since: dt.datetime | None = None) -> ConnectionSource:
        """Every link kind, link and story (each with its whole history), and the photos, in one transaction.

        With ``photos_since``, only the photos stored here at or after that time (UTC) and the removed
        ones: a photo's image never changes, so a later bundle need not carry it again.
        """
        register_id = self.register_id
        with self._engine.connect() as conn, conn.begin():
            kinds = tuple(
                LinkKind(code, label)
                for code, label in conn.execute(
                    select(_KINDS.c.code, _KINDS.c.label).order_by(_KINDS.c.sort_order, _KINDS.c.code)
                )
            )
            links = tuple(_read_links(conn, register_id, None))
            photo_query = select(_PHOTOS).order_by(_PHOTOS.c.id)
            if photos_since is not None:
                photo_query = photo_query.where(
                    or_(_PHOTOS.c.stored_at >= photos_since, _PHOTOS.c.removed_at.is_not(None))
                )
            stories = tuple(_read_stories(conn, register_id, None))
            photos = tuple(
                PhotoCopy(
                    Photo(*(row._mapping[n] for n in PHOTO_COLUMNS)), bytes(row.data), bytes(row.thumbnail)
                )
                for row in conn.execute(photo_query)
            )
        return ConnectionSource(kinds, links, stories, photos)

    def connection_merge_state(
        self, link_ids: Sequence[str], story_ids: Sequence[str]
    ) -> tuple[dict[str, LocalRecord], dict[str, LocalRecord], frozenset[str]]:
        """The local links and stories with these ids (those present), and the ids of every photo held."""
        register_id = self.register_id
        with self._engine.connect() as conn, conn.begin():
            links = {r.id: r for r in _read_links(conn, register_id, link_ids)}
            stories = {r.id: r for r in _read_stories(conn, register_id, story_ids)}
            photos = frozenset(conn.scalars(select(_PHOTOS.c.id)))
        return links, stories, photos


# -- writing a merge -------------------------------------------------------------------------------


def _scrubbed(content: Mapping[str, object]) -> dict[str, object]:
    """A story's content without its teller: for a story told by an erased person."""
    return {**content, "teller": None, "person_id": None, "quote_consent": False}


def write_connection_steps(
    conn: Connection,
    steps: ConnectionSteps,
    *,
    register_id: str,
    erased_people: Collection[str],
    now: dt.datetime,
    mismatch: type[Exception],
) -> MergedConnections:
    """Write a merge's link kinds, links, stories and photos inside the merge's transaction.

    Raises ``mismatch`` (the register's ``MergeError``) when a link or story changed here after the merge
    was planned.
    """
    erased = set(erased_people)
    held_kinds = set(conn.scalars(select(_KINDS.c.code)))
    wanted_kinds = {k.code: k for k in steps.kinds}
    wanted_kinds.update(
        (str(s.content["kind"]), LinkKind(str(s.content["kind"]), str(s.content["kind"])))
        for s in steps.links
        if s.content["kind"] not in wanted_kinds
    )
    added_kinds = []
    order = len(held_kinds)
    for code, kind in wanted_kinds.items():
        if code not in held_kinds:
            conn.execute(insert(_KINDS).values(code=code, label=kind.label, sort_order=order))
            order += 1
            added_kinds.append(code)
    assets = _present_assets(conn, steps)
    live_people = set(conn.scalars(select(_PEOPLE.c.id).where(_PEOPLE.c.erased_at.is_(None))))
    link_steps = []
    for step in steps.links:
        content = step.content
        from_ok = (
            content["from_id"] in assets
            if content["from_kind"] == "asset"
            else content["from_id"] in live_people and content["from_id"] not in erased
        )
        if from_ok and content["to_id"] in assets:
            link_steps.append(step)
    links = _write_steps(conn, LINK_HISTORY, _LINKS, link_steps, register_id, now, mismatch)
    story_steps = []
    for step in steps.stories:
        content = step.content
        if content["asset_id"] not in assets:
            continue
        node, imported = step.node, step.imported
        if content.get("person_id") in erased:
            content = _scrubbed(content)
            node = node_id(canonical_content(content), step.parents)
            imported = tuple(_without_content(e) for e in imported)
        step = RecordStep(
            step.record_id,
            step.kind,
            step.expected_head,
            node,
            step.parents,
            content,
            imported,
            step.created_at,
            step.removed_at,
            step.version,
        )
        story_steps.append(step)
    stories = _write_steps(conn, STORY_HISTORY, _STORIES, story_steps, register_id, now, mismatch)
    photos = _merge_photos(conn, steps.photos, assets)
    return MergedConnections(tuple(links), tuple(stories), tuple(photos), tuple(added_kinds))


def _write_steps(
    conn: Connection,
    history: HistoryTable,
    rows: Table,
    steps: Sequence[RecordStep],
    register_id: str,
    now: dt.datetime,
    mismatch: type[Exception],
) -> list[str]:
    """Write planned links or stories: those held here one by one, new ones in a few statements."""
    is_link = history is LINK_HISTORY
    held: set[str] = set()
    ids = [step.record_id for step in steps]
    for start in range(0, len(ids), _CHUNK):
        held.update(conn.scalars(select(rows.c.id).where(rows.c.id.in_(ids[start : start + _CHUNK]))))
    written = []
    for step in steps:
        if step.record_id in held:
            values = link_columns(step.content) if is_link else story_columns(step.content)
            if _write_step(conn, history, rows, step, values, step.content, register_id, now, mismatch):
                written.append(step.record_id)
    twins = _live_link_triples(conn) if is_link else set()
    new_rows: list[dict[str, object]] = []
    new_history: list[dict[str, object]] = []
    for step in steps:
        if step.record_id in held:
            continue
        if step.expected_head is not None:
            raise mismatch(
                (
                    tr(
                        "The link {record_id} was deleted in this register after "
                        "the merge was planned. Nothing was merged; open the bundle again "
                        "to plan the merge afresh."
                    )
                    if is_link
                    else tr(
                        "The story {record_id} was deleted in this register after "
                        "the merge was planned. Nothing was merged; open the bundle again "
                        "to plan the merge afresh."
                    )
                ).format(record_id=step.record_id)
            )
        content = step.content
        if is_link:
            triple = (content["from_kind"], content["from_id"], content["to_id"], content["kind"])
            if triple in twins:
                continue  # the same link was made here on its own: keep this register's one
            twins.add(triple)
        removed_at = (step.removed_at or now) if content["removed"] else None
        values = link_columns(content) if is_link else story_columns(content)
        new_rows.append(
            {
                **values,
                "id": step.record_id,
                "created_at": step.created_at or now,
                "updated_at": now,
                "removed_at": removed_at,
                "version": step.version,
            }
        )
        seen: set[str] = set()
        for entry in step.imported:
            if entry.node in seen:
                continue
            seen.add(entry.node)
            canonical = None if entry.content is None else canonical_content(entry.content)
            new_history.append(
                history.row(
                    step.record_id,
                    entry.node,
                    entry.parents,
                    entry.version,
                    entry.register_id,
                    entry.recorded_at,
                    entry.operation,
                    canonical,
                )
            )
        new_history.append(
            history.row(
                step.record_id,
                step.node,
                step.parents,
                step.version,
                register_id,
                now,
                "merge",
                canonical_content(content),
            )
        )
        written.append(step.record_id)
    for start in range(0, len(new_rows), 5_000):
        conn.execute(insert(rows), new_rows[start : start + 5_000])
    for start in range(0, len(new_history), 5_000):
        conn.execute(insert(history.table), new_history[start : start + 5_000])
    return written


def _live_link_triples(conn: Connection) -> set[tuple[object, ...]]:
    return {
        tuple(row)
        for row in conn.execute(
            select(_LINKS.c.from_kind, _LINKS.c.from_id, _LINKS.c.to_id, _LINKS.c.kind).where(
                _LINKS.c.removed_at.is_(None)
            )
        )
    }


def _without_content(entry: HistoryEntry) -> HistoryEntry:
    return HistoryEntry(
        entry.asset_id,
        entry.node,
        entry.parents,
        entry.version,
        entry.register_id,
        entry.recorded_at,
        entry.operation,
        None,
        entry.seq,
    )


def _present_assets(conn: Connection, steps: ConnectionSteps) -> set[str]:
    wanted: set[str] = set()
    for step in steps.links:
        wanted.update({str(step.content["to_id"]), str(step.content["from_id"])})
    wanted.update(str(step.content["asset_id"]) for step in steps.stories)
    wanted.update(copy.photo.asset_id for copy in steps.photos)
    ids = sorted(wanted)
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        found.update(conn.scalars(select(_ASSETS.c.id).where(_ASSETS.c.id.in_(ids[start : start + _CHUNK]))))
    return found


def _write_step(
    conn: Connection,
    history: HistoryTable,
    rows: Table,
    step: RecordStep,
    values: dict[str, object],
    content: Mapping[str, object],
    register_id: str,
    now: dt.datetime,
    mismatch: type[Exception],
) -> bool:
    """Write one link or story held here as planned, with its imported history and a ``merge`` entry."""
    row = conn.execute(select(rows).where(rows.c.id == step.record_id)).one()
    mine = (link_content if history is LINK_HISTORY else story_content)(dict(row._mapping))
    head = history.head(conn, step.record_id, mine, row.version, register_id, row.updated_at)
    if head == step.node:
        return False  # already in that state (an erasure in this same merge took the teller off here too)
    if head != step.expected_head:
        raise mismatch(
            (
                tr(
                    "The link {record_id} changed in this register "
                    "after the merge was planned. Nothing was merged; open the bundle again "
                    "to plan the merge afresh."
                )
                if history is LINK_HISTORY
                else tr(
                    "The story {record_id} changed in this register "
                    "after the merge was planned. Nothing was merged; open the bundle again "
                    "to plan the merge afresh."
                )
            ).format(record_id=step.record_id)
        )
    removed_at = None
    if content["removed"]:
        removed_at = row.removed_at if row.removed_at is not None else (step.removed_at or now)
    version = row.version + 1
    conn.execute(
        update(rows)
        .where(rows.c.id == step.record_id)
        .values(updated_at=now, removed_at=removed_at, version=version, **values)
    )
    known = set(
        conn.scalars(select(history.table.c.node).where(history.table.c[history.column] == step.record_id))
    )
    imported = []
    for entry in step.imported:
        if entry.node in known:
            continue
        known.add(entry.node)
        imported.append(
            history.row(
                step.record_id,
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
        conn.execute(insert(history.table), imported)
    conn.execute(
        insert(history.table).values(
            history.row(
                step.record_id,
                step.node,
                step.parents,
                version,
                register_id,
                now,
                "merge",
                canonical_content(content),
            )
        )
    )
    return True


def _merge_photos(conn: Connection, copies: Sequence[PhotoCopy], assets: Collection[str]) -> list[str]:
    """Add the photos new here; a photo removed in the bundle is removed here too."""
    held = {row.id: row.removed_at for row in conn.execute(select(_PHOTOS.c.id, _PHOTOS.c.removed_at))}
    done = []
    for copy in copies:
        photo = copy.photo
        if photo.id in held:
            if photo.removed_at is not None and held[photo.id] is None:
                conn.execute(
                    update(_PHOTOS).where(_PHOTOS.c.id == photo.id).values(removed_at=photo.removed_at)
                )
                done.append(photo.id)
            continue
        if photo.asset_id not in assets:
            continue
        values = {name: getattr(photo, name) for name in PHOTO_COLUMNS}
        conn.execute(
            insert(_PHOTOS).values(**values, data=copy.data, thumbnail=copy.thumbnail, stored_at=utc_now())
        )
        done.append(photo.id)
    return done
