"""Links between assets (and from people to assets), the stories told about assets, and their photos.

A link joins an asset, or a person, to an asset with a kind from an editable list (``meets at``,
``runs``...); a link never joins an asset to itself, and one (from, to, kind) is there once. A story is a
dated piece of text on an asset, told by someone who agreed to be quoted by name or not (then it is
"Anonymous" wherever it is shown). Photos belong to an asset, or to a story on it; they are stored
without any metadata (:mod:`assetmap.register.photos`).

Links and stories keep a history like assets (:mod:`assetmap.register.record_history`), so bundles carry
them and merging treats them as it treats assets. Photos are content that never changes (a new image is
a new photo), and merge by id. What a link or story touches follows its asset: while an asset is removed,
its links and stories are not read (unless removed ones are asked for).

The records of all three are declared here, with the link kinds' and links' methods of the register;
the stories' methods are in :mod:`assetmap.register.stories`, the photos' in
:mod:`assetmap.register.photo_store`. What the register offers, in short:

- kinds: ``link_kinds()``, ``add_link_kind(label)`` (``Change.added`` names the new code, an id such as
  ``kind_3f9a…``), ``rename_link_kind(code, label)``, ``remove_link_kind(code)``;
- links: ``links(asset_ids)``, ``link_ends(people)`` (the light read of the map's lines),
  ``links_from_person(person_id)``, ``link(id)``, ``link_history(id)``, ``add_link``, ``add_links`` (many
  in one write), ``update_link`` (kind, note), ``remove_link``, ``restore_link``,
  ``purge_link``/``reinstate_link``;
- stories: ``stories(asset_ids)``, ``stories_told_by(person_id)``, ``story(id)``, ``story_history(id)``,
  ``add_story``, ``update_story``, ``remove_story``, ``restore_story``, ``purge_story``/``reinstate_story``;
- photos: ``photos(asset_ids)``, ``photo(id)``, ``photo_bytes``, ``photo_thumbnail``, ``add_photo``,
  ``update_photo`` (alternative text), ``remove_photo``, ``restore_photo``, ``purge_photo`` (deletes the
  bytes).

Every write returns a :class:`~assetmap.register.records.Change` whose ``links``, ``stories`` or
``photos`` name what it touched.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, and_, delete, func, insert, or_, select, update

from assetmap.errors import AssetMapError, ValidationError, quoted
from assetmap.messages import tr, tr_n
from assetmap.register import audit
from assetmap.register.connection import write_unit
from assetmap.register.consent import PeopleView
from assetmap.register.link_ends import LinkEnds, live_links, read_link_ends
from assetmap.register.record_history import LINK_HISTORY, STORY_HISTORY
from assetmap.register.records import Change, HistoryEntry, canonical_content, node_id, utc_now
from assetmap.register.schema import (
    AssetRow,
    LinkKindRow,
    LinkRow,
    PersonRow,
    PhotoRow,
    StoryRow,
)
from assetmap.register.validation import clean_text

_KINDS = LinkKindRow.__table__
_LINKS = LinkRow.__table__
_STORIES = StoryRow.__table__
_PHOTOS = PhotoRow.__table__
_ASSETS = AssetRow.__table__
_PEOPLE = PersonRow.__table__
_CHUNK = 500

FROM_KINDS = ("asset", "person")
ANONYMOUS = "Anonymous"
NOTE_LIMIT = 2_000
STORY_LIMIT = 20_000
_LABEL_LIMIT = 80


class ConnectionNotFoundError(AssetMapError):
    """A link, story or photo id that is not in the register."""

    def __init__(self, what: str, record_id: str) -> None:
        self.record_id = record_id
        messages = {
            "link": tr("There is no link with id {record_id} in this register. It may have been removed."),
            "story": tr("There is no story with id {record_id} in this register. It may have been removed."),
            "photo": tr("There is no photo with id {record_id} in this register. It may have been removed."),
        }
        super().__init__(messages[what].format(record_id=record_id))


# -- records --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LinkKind:
    """One kind of link on the register's editable list."""

    code: str
    label: str


@dataclass(frozen=True, slots=True)
class Link:
    """A link from an asset (or a person) to an asset. Times are UTC."""

    id: str
    from_kind: str
    from_id: str
    to_id: str
    kind: str
    note: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    removed_at: dt.datetime | None = None
    version: int = 1

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None

    @property
    def asset_ids(self) -> tuple[str, ...]:
        """The assets the link touches (one, for a person's link)."""
        return (self.from_id, self.to_id) if self.from_kind == "asset" else (self.to_id,)


@dataclass(frozen=True, slots=True)
class Story:
    """A story told about an asset; ``teller`` is shown only with ``quote_consent`` (:attr:`shown_teller`)."""

    id: str
    asset_id: str
    text: str
    told_on: dt.date | None = None
    teller: str | None = None
    quote_consent: bool = False
    person_id: str | None = None
    featured: bool = False
    recorded_by: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    removed_at: dt.datetime | None = None
    version: int = 1

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None

    @property
    def shown_teller(self) -> str:
        """Who told it, as every output names them: "Anonymous" without their consent to be quoted."""
        return self.teller if self.teller and self.quote_consent else ANONYMOUS


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo of an asset (or of a story on it); its image is read with ``Register.photo_bytes``."""

    id: str
    asset_id: str
    story_id: str | None
    alt_text: str
    media_type: str
    width: int
    height: int
    byte_size: int
    created_at: dt.datetime | None = None
    removed_at: dt.datetime | None = None


LINK_COLUMNS = tuple(f.name for f in fields(Link))
STORY_COLUMNS = tuple(f.name for f in fields(Story))
PHOTO_COLUMNS = tuple(f.name for f in fields(Photo))
_SELECT_LINKS = select(*(_LINKS.c[name] for name in LINK_COLUMNS))
# The fields a person edits, and so what merging compares (with ``removed``).
LINK_EDITABLE = ("kind", "note")
STORY_EDITABLE = ("text", "told_on", "teller", "quote_consent", "person_id", "featured")
LINK_CONTENT = ("from_kind", "from_id", "to_id", "kind", "note", "removed")
STORY_CONTENT = (
    "asset_id",
    "text",
    "told_on",
    "teller",
    "quote_consent",
    "person_id",
    "featured",
    "recorded_by",
    "removed",
)


def link_content(link: Link | Mapping[str, Any]) -> dict[str, object]:
    """A link's content for history and merging, in JSON types."""
    get = link.get if isinstance(link, Mapping) else lambda name: getattr(link, name)
    content: dict[str, object] = {name: get(name) for name in LINK_CONTENT if name != "removed"}
    content["removed"] = get("removed_at") is not None
    return content


def story_content(story: Story | Mapping[str, Any]) -> dict[str, object]:
    """A story's content for history and merging, in JSON types (the date as ISO text)."""
    get = story.get if isinstance(story, Mapping) else lambda name: getattr(story, name)
    content: dict[str, object] = {name: get(name) for name in STORY_CONTENT if name != "removed"}
    if isinstance(content["told_on"], dt.date):
        content["told_on"] = content["told_on"].isoformat()
    content["quote_consent"] = bool(content["quote_consent"])
    content["featured"] = bool(content["featured"])
    content["removed"] = get("removed_at") is not None
    return content


def story_columns(content: Mapping[str, object]) -> dict[str, object]:
    """Story column values from a content mapping (the reverse of :func:`story_content`, without removal)."""
    values = {name: content.get(name) for name in STORY_CONTENT if name != "removed"}
    if values["told_on"] is not None:
        values["told_on"] = dt.date.fromisoformat(str(values["told_on"]))
    values["quote_consent"] = bool(values["quote_consent"])
    values["featured"] = bool(values["featured"])
    return values


def link_columns(content: Mapping[str, object]) -> dict[str, object]:
    """Link column values from a content mapping (without removal)."""
    return {name: content.get(name) for name in LINK_CONTENT if name != "removed"}


def _link(row: Any) -> Link:
    """A link from a row of ``_SELECT_LINKS`` (its columns in the record's order)."""
    return Link(*row)


def story_from_row(row: Any) -> Story:
    values = {name: row._mapping[name] for name in STORY_COLUMNS}
    values["quote_consent"] = bool(values["quote_consent"])
    values["featured"] = bool(values["featured"])
    return Story(**values)


def new_kind_code() -> str:
    """The code of a kind added to the list: an id, never made from its label, so that the audit trail
    (which names the code) holds no text a person typed, and a label can be reworded later."""
    return f"kind_{uuid.uuid4().hex[:12]}"


def _clean_note(value: object) -> str | None:
    return clean_text("note", value, label=tr("Note"), limit=NOTE_LIMIT)


def require_asset(conn: Connection, asset_id: object, field: str) -> str:
    """``asset_id`` when such an asset is here; otherwise ``ValidationError`` naming ``field``."""
    if (
        not isinstance(asset_id, str)
        or conn.execute(select(_ASSETS.c.id).where(_ASSETS.c.id == asset_id)).first() is None
    ):
        raise ValidationError(
            field,
            tr("There is no asset with id {asset_id} in this register; choose another asset.").format(
                asset_id=asset_id
            ),
        )
    return asset_id


class ConnectionWrites:
    """Links, link kinds, stories and photos of :class:`assetmap.register.Register` (mixed in)."""

    _engine: Engine
    user: str

    if TYPE_CHECKING:

        @property
        def register_id(self) -> str: ...

    # -- reads -------------------------------------------------------------------------------

    def link_kinds(self) -> list[LinkKind]:
        """The kinds of link on the register's list, in their order."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(_KINDS.c.code, _KINDS.c.label).order_by(_KINDS.c.sort_order, _KINDS.c.code)
            )
            return [LinkKind(code, label) for code, label in rows]

    def links(self, asset_ids: Iterable[str] | None = None, *, include_removed: bool = False) -> list[Link]:
        """Links touching the given assets (every link when ``None``), oldest first.

        Without ``include_removed``, a removed link, and a link with a removed asset, a removed person or
        an erased person at either end, is left out.
        """
        query = _SELECT_LINKS if include_removed else _SELECT_LINKS.where(live_links())
        order = (_LINKS.c.created_at, _LINKS.c.id)
        with self._engine.connect() as conn:
            if asset_ids is None:
                return [_link(row) for row in conn.execute(query.order_by(*order))]
            ids = sorted(set(asset_ids))
            found: dict[str, Link] = {}
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                touching = or_(
                    _LINKS.c.to_id.in_(chunk),
                    and_(_LINKS.c.from_kind == "asset", _LINKS.c.from_id.in_(chunk)),
                )
                for row in conn.execute(query.where(touching)):
                    found[row.id] = _link(row)
        return sorted(found.values(), key=lambda link: (link.created_at or dt.datetime.min, link.id))

    def link_ends(self, people: PeopleView | None = None) -> LinkEnds:
        """The live links' ends and kinds only, as columns, by the rules of :meth:`links` (the map's lines);
        links from people only with ``people`` and their consent (:mod:`assetmap.register.link_ends`)."""
        with self._engine.connect() as conn:
            return read_link_ends(conn, people)

    def links_from_person(self, person_id: str, *, include_removed: bool = False) -> list[Link]:
        """The links a person has to assets (a person's data: shown only as their consent allows)."""
        query = _SELECT_LINKS.where(_LINKS.c.from_kind == "person", _LINKS.c.from_id == person_id)
        if not include_removed:
            query = query.where(_LINKS.c.removed_at.is_(None))
        with self._engine.connect() as conn:
            return [_link(row) for row in conn.execute(query.order_by(_LINKS.c.created_at, _LINKS.c.id))]

    def link(self, link_id: str) -> Link:
        with self._engine.connect() as conn:
            return self._link_row(conn, link_id)

    def link_history(self, link_id: str) -> list[HistoryEntry]:
        """Every history entry of a link, oldest first (``asset_id`` holds the link's id)."""
        with self._engine.connect() as conn:
            return LINK_HISTORY.entries(conn, [link_id]).get(link_id, [])

    # -- row helpers ---------------------------------------------------------------------------

    @staticmethod
    def _link_row(conn: Connection, link_id: str) -> Link:
        row = conn.execute(_SELECT_LINKS.where(_LINKS.c.id == link_id)).first()
        if row is None:
            raise ConnectionNotFoundError("link", link_id)
        return _link(row)

    # -- link kinds ------------------------------------------------------------------------------

    def add_link_kind(self, label: str) -> Change:
        """Add a kind of link to the list; ``Change.added`` names its code (none for a label there)."""
        text = clean_text("label", label, label=tr("Kind of link"), limit=_LABEL_LIMIT, required=True)
        assert text is not None
        with write_unit(self._engine) as conn:
            held = {
                code: held_label for code, held_label in conn.execute(select(_KINDS.c.code, _KINDS.c.label))
            }
            if any(held_label.casefold() == text.casefold() for held_label in held.values()):
                return Change()
            code = new_kind_code()
            order = conn.execute(select(func.coalesce(func.max(_KINDS.c.sort_order), -1))).scalar_one() + 1
            conn.execute(insert(_KINDS).values(code=code, label=text, sort_order=order))
            audit.append(conn, self.user, "add", "link_kind", [code])
        return Change(added=(code,))

    def rename_link_kind(self, code: str, label: str) -> Change:
        """Give a kind of link on the list a new label; its links keep it (``Change.updated`` names the code).

        A bundle carries the kinds, but a register that holds a kind keeps its own label for it.
        """
        text = clean_text("label", label, label=tr("Kind of link"), limit=_LABEL_LIMIT, required=True)
        with write_unit(self._engine) as conn:
            held = dict(conn.execute(select(_KINDS.c.code, _KINDS.c.label)).all())
            if code not in held:
                raise ValidationError(
                    "kind",
                    tr("{kind} is not a kind of link on this register's list.").format(kind=quoted(code)),
                )
            if held[code] == text:
                return Change()
            assert text is not None
            if any(other.casefold() == text.casefold() for c, other in held.items() if c != code):
                raise ValidationError(
                    "label",
                    tr("{label} is on the list already; choose another label.").format(label=quoted(text)),
                )
            conn.execute(update(_KINDS).where(_KINDS.c.code == code).values(label=text))
            audit.append(conn, self.user, "update", "link_kind", [code])
        return Change(updated=(code,))

    def remove_link_kind(self, code: str) -> Change:
        """Take a kind of link off the list; refused while any link (a removed one too) is of that kind."""
        with write_unit(self._engine) as conn:
            label = conn.execute(select(_KINDS.c.label).where(_KINDS.c.code == code)).scalar()
            if label is None:
                return Change()
            used = conn.execute(
                select(func.count()).select_from(_LINKS).where(_LINKS.c.kind == code)
            ).scalar_one()
            if used:
                raise ValidationError(
                    "kind",
                    tr_n(
                        "{n} link(s) are of the kind {kind}, so it stays on the list; "
                        "change those links to another kind first (removed links count too).",
                        "{n} link(s) are of the kind {kind}, so it stays on the list; "
                        "change those links to another kind first (removed links count too).",
                        used,
                    ).format(n=used, kind=quoted(label)),
                )
            conn.execute(delete(_KINDS).where(_KINDS.c.code == code))
            audit.append(conn, self.user, "remove", "link_kind", [code])
        return Change(removed=(code,))

    # -- links ---------------------------------------------------------------------------------

    def _check_link(
        self, conn: Connection, from_kind: str, from_id: str, to_id: str, kind: str, link_id: str | None
    ) -> None:
        if from_kind not in FROM_KINDS:
            raise ValidationError("from_kind", tr("A link starts at an asset or a person."))
        if from_id == to_id:
            raise ValidationError(
                "to_id", tr("A link joins two different assets; choose another asset to link to.")
            )
        require_asset(conn, to_id, "to_id")
        if from_kind == "asset":
            require_asset(conn, from_id, "from_id")
        else:
            erased = conn.execute(select(_PEOPLE.c.erased_at).where(_PEOPLE.c.id == from_id)).first()
            if erased is None or erased.erased_at is not None:
                raise ValidationError(
                    "from_id",
                    tr("There is no person with id {person_id} in this register.").format(person_id=from_id),
                )
        if conn.execute(select(_KINDS.c.code).where(_KINDS.c.code == kind)).first() is None:
            raise ValidationError(
                "kind",
                tr("{kind} is not a kind of link on this register's list; choose one of the list.").format(
                    kind=quoted(kind)
                ),
            )
        twin = conn.execute(
            select(_LINKS.c.id).where(
                _LINKS.c.from_kind == from_kind,
                _LINKS.c.from_id == from_id,
                _LINKS.c.to_id == to_id,
                _LINKS.c.kind == kind,
                _LINKS.c.removed_at.is_(None),
                _LINKS.c.id != (link_id or ""),
            )
        ).first()
        if twin is not None:
            raise ValidationError("kind", tr("These two are already linked with that kind of link."))

    def _record_link(
        self, conn: Connection, before: Link | None, after: Link, operation: str, now: dt.datetime
    ) -> None:
        parents = () if before is None else (self._link_head(conn, before),)
        LINK_HISTORY.record(
            conn, after.id, parents, link_content(after), after.version, self.register_id, now, operation
        )
        audit.append(conn, self.user, operation, "link", [after.id], now)

    def _link_head(self, conn: Connection, link: Link) -> str:
        return LINK_HISTORY.head(
            conn, link.id, link_content(link), link.version, self.register_id, link.updated_at
        )

    def add_link(
        self,
        from_id: str,
        to_id: str,
        kind: str,
        *,
        note: str | None = None,
        from_kind: str = "asset",
        link_id: str | None = None,
    ) -> Change:
        """Link ``from_id`` (an asset, or a person with ``from_kind="person"``) to the asset ``to_id``.

        Raises ``ValidationError`` for a link to itself, an asset or person not here, a kind not on the
        list, or a link that is already there.
        """
        clean_note = _clean_note(note)
        now = utc_now()
        new_id = link_id or str(uuid.uuid4())
        with write_unit(self._engine) as conn:
            self._check_link(conn, from_kind, from_id, to_id, kind, None)
            conn.execute(
                insert(_LINKS).values(
                    id=new_id,
                    from_kind=from_kind,
                    from_id=from_id,
                    to_id=to_id,
                    kind=kind,
                    note=clean_note,
                    created_at=now,
                    updated_at=now,
                    removed_at=None,
                    version=1,
                )
            )
            self._record_link(conn, None, self._link_row(conn, new_id), "add", now)
        return Change(links=(new_id,))

    def add_links(self, links: Iterable[Mapping[str, object]], *, chunk: int = 5_000) -> Change:
        """Add many links in one transaction (an import of a network, a large test register).

        Each mapping holds ``from_id``, ``to_id`` and ``kind``, and may hold ``note``, ``from_kind`` and
        ``id``. Every link is checked as :meth:`add_link` checks one before anything is written; the first
        bad one raises ``ValidationError`` naming its position and field, and nothing is added.
        """
        now = utc_now()
        rows: list[dict[str, Any]] = []
        for position, given in enumerate(links, start=1):
            try:
                from_kind = given.get("from_kind", "asset")
                if from_kind not in FROM_KINDS:
                    raise ValidationError("from_kind", tr("A link starts at an asset or a person."))
                if given.get("from_id") == given.get("to_id"):
                    raise ValidationError("to_id", tr("A link joins two different assets."))
                note = _clean_note(given.get("note"))
            except ValidationError as exc:
                raise ValidationError(
                    exc.field, tr("Link {position}: {problem}").format(position=position, problem=exc)
                ) from None
            rows.append(
                {
                    "id": str(given.get("id") or uuid.uuid4()),
                    "from_kind": from_kind,
                    "from_id": given.get("from_id"),
                    "to_id": given.get("to_id"),
                    "kind": given.get("kind"),
                    "note": note,
                    "created_at": now,
                    "updated_at": now,
                    "removed_at": None,
                    "version": 1,
                }
            )
        register_id = self.register_id
        with write_unit(self._engine) as conn:
            kinds = set(conn.scalars(select(_KINDS.c.code)))
            assets = set(conn.scalars(select(_ASSETS.c.id)))
            people = set(conn.scalars(select(_PEOPLE.c.id).where(_PEOPLE.c.erased_at.is_(None))))
            held = {
                tuple(row)
                for row in conn.execute(
                    select(_LINKS.c.from_kind, _LINKS.c.from_id, _LINKS.c.to_id, _LINKS.c.kind).where(
                        _LINKS.c.removed_at.is_(None)
                    )
                )
            }
            history = []
            for position, row in enumerate(rows, start=1):
                starts = assets if row["from_kind"] == "asset" else people
                problem = (
                    (
                        "kind",
                        tr("Link {position}: {kind} is not a kind of link on this register's list.").format(
                            position=position, kind=quoted(row["kind"])
                        ),
                    )
                    if row["kind"] not in kinds
                    else (
                        "to_id",
                        tr("Link {position}: there is no asset with id {asset_id}.").format(
                            position=position, asset_id=row["to_id"]
                        ),
                    )
                    if row["to_id"] not in assets
                    else (
                        "from_id",
                        (
                            tr("Link {position}: there is no asset with id {record_id}.")
                            if row["from_kind"] == "asset"
                            else tr("Link {position}: there is no person with id {record_id}.")
                        ).format(position=position, record_id=row["from_id"]),
                    )
                    if row["from_id"] not in starts
                    else (
                        "kind",
                        tr("Link {position}: these two are already linked with that kind of link.").format(
                            position=position
                        ),
                    )
                    if (row["from_kind"], row["from_id"], row["to_id"], row["kind"]) in held
                    else None
                )
                if problem is not None:
                    raise ValidationError(problem[0], problem[1])
                held.add((row["from_kind"], row["from_id"], row["to_id"], row["kind"]))
                canonical = canonical_content(link_content(row))
                history.append(
                    LINK_HISTORY.row(
                        row["id"], node_id(canonical, ()), (), 1, register_id, now, "add", canonical
                    )
                )
            for start in range(0, len(rows), chunk):
                conn.execute(insert(_LINKS), rows[start : start + chunk])
                conn.execute(insert(LINK_HISTORY.table), history[start : start + chunk])
            audit.append(conn, self.user, "add", "link", [row["id"] for row in rows], now)
        return Change(links=tuple(row["id"] for row in rows))

    def update_link(self, link_id: str, **fields: object) -> Change:
        """Change a link's ``kind`` or ``note`` (the ends of a link are kept; link again to join others)."""
        unknown = set(fields) - set(LINK_EDITABLE)
        if unknown:
            name = sorted(unknown)[0]
            raise ValidationError(
                name,
                tr("A link's {field} cannot be changed; remove the link and link again.").format(field=name),
            )
        values: dict[str, object] = {}
        if "note" in fields:
            values["note"] = _clean_note(fields["note"])
        if "kind" in fields:
            values["kind"] = fields["kind"]
        now = utc_now()
        with write_unit(self._engine) as conn:
            before = self._link_row(conn, link_id)
            if all(getattr(before, k) == v for k, v in values.items()):
                return Change()
            kind = str(values.get("kind", before.kind))
            self._check_link(conn, before.from_kind, before.from_id, before.to_id, kind, link_id)
            conn.execute(
                update(_LINKS)
                .where(_LINKS.c.id == link_id)
                .values(**values, updated_at=now, version=before.version + 1)
            )
            self._record_link(conn, before, self._link_row(conn, link_id), "update", now)
        return Change(links=(link_id,))

    def _set_link_removed(self, link_id: str, removed: bool) -> Change:
        now = utc_now()
        with write_unit(self._engine) as conn:
            before = self._link_row(conn, link_id)
            if before.is_removed == removed:
                return Change()
            if not removed:
                self._check_link(conn, before.from_kind, before.from_id, before.to_id, before.kind, link_id)
            conn.execute(
                update(_LINKS)
                .where(_LINKS.c.id == link_id)
                .values(removed_at=now if removed else None, updated_at=now, version=before.version + 1)
            )
            self._record_link(
                conn, before, self._link_row(conn, link_id), "remove" if removed else "restore", now
            )
        return Change(links=(link_id,))

    def remove_link(self, link_id: str) -> Change:
        """Remove a link; it can be restored."""
        return self._set_link_removed(link_id, True)

    def restore_link(self, link_id: str) -> Change:
        """Bring a removed link back (refused if the same link was made again meanwhile)."""
        return self._set_link_removed(link_id, False)

    def purge_link(self, link_id: str) -> tuple[Change, Link]:
        """Delete a link and its history outright (undoing its creation); returns its last state."""
        with write_unit(self._engine) as conn:
            before = self._link_row(conn, link_id)
            LINK_HISTORY.forget(conn, [link_id])
            conn.execute(delete(_LINKS).where(_LINKS.c.id == link_id))
            audit.append(conn, self.user, "purge", "link", [link_id])
        return Change(links=(link_id,)), before

    def reinstate_link(self, link: Link) -> Change:
        """Put back a link exactly as it was purged (redo of its creation)."""
        now = utc_now()
        with write_unit(self._engine) as conn:
            self._check_link(conn, link.from_kind, link.from_id, link.to_id, link.kind, link.id)
            conn.execute(insert(_LINKS).values(**{name: getattr(link, name) for name in LINK_COLUMNS}))
            self._record_link(conn, None, self._link_row(conn, link.id), "add", now)
        return Change(links=(link.id,))


def forget_connections(conn: Connection, asset_ids: Sequence[str]) -> None:
    """Delete every link, story and photo of assets deleted outright (purged, or erased gifts)."""
    ids = list(asset_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        links = list(
            conn.scalars(
                select(_LINKS.c.id).where(
                    or_(
                        _LINKS.c.to_id.in_(chunk),
                        and_(_LINKS.c.from_kind == "asset", _LINKS.c.from_id.in_(chunk)),
                    )
                )
            )
        )
        stories = list(conn.scalars(select(_STORIES.c.id).where(_STORIES.c.asset_id.in_(chunk))))
        _delete_links(conn, links)
        STORY_HISTORY.forget(conn, stories)
        for story_start in range(0, len(stories), _CHUNK):
            conn.execute(
                delete(_STORIES).where(_STORIES.c.id.in_(stories[story_start : story_start + _CHUNK]))
            )
        conn.execute(delete(_PHOTOS).where(_PHOTOS.c.asset_id.in_(chunk)))


# What erasing a person does to links and stories, run before their gifts are deleted; the same on the
# register and on its backups (``:pid`` the person's id, ``:now`` the time). Their links go with their
# history, and so do the links, stories and photos of their gifts. A story they told stays on its asset,
# with no teller and no person, and every earlier state of it (which held the teller) loses its content.
_GIFTS = "SELECT id FROM assets WHERE person_id = :pid"
_THEIR_LINKS = (
    "SELECT id FROM links WHERE (from_kind = 'person' AND from_id = :pid) "
    f"OR to_id IN ({_GIFTS}) OR (from_kind = 'asset' AND from_id IN ({_GIFTS}))"
)
ERASE_CONNECTIONS_SQL: tuple[str, ...] = (
    f"DELETE FROM link_history WHERE link_id IN ({_THEIR_LINKS})",
    f"DELETE FROM links WHERE id IN ({_THEIR_LINKS})",
    f"DELETE FROM story_history WHERE story_id IN (SELECT id FROM stories WHERE asset_id IN ({_GIFTS}))",
    f"DELETE FROM stories WHERE asset_id IN ({_GIFTS})",
    f"DELETE FROM photos WHERE asset_id IN ({_GIFTS})",
    "UPDATE story_history SET content = NULL "
    "WHERE story_id IN (SELECT id FROM stories WHERE person_id = :pid)",
    "UPDATE stories SET teller = NULL, person_id = NULL, quote_consent = FALSE, updated_at = :now, "
    "version = version + 1 WHERE person_id = :pid",
)


def _delete_links(conn: Connection, link_ids: Sequence[str]) -> None:
    LINK_HISTORY.forget(conn, link_ids)
    ids = list(link_ids)
    for start in range(0, len(ids), _CHUNK):
        conn.execute(delete(_LINKS).where(_LINKS.c.id.in_(ids[start : start + _CHUNK])))
