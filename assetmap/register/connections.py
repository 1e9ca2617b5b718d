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
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, and_, delete, func, insert, or_, select, update

from assetmap.errors import AssetMapError, ValidationError, quoted
from assetmap.register import audit
from assetmap.register.connection import write_unit
from assetmap.register.photos import clean_alt_text, clean_photo
from assetmap.register.record_history import LINK_HISTORY, STORY_HISTORY
from assetmap.register.records import Change, HistoryEntry, utc_now
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
        super().__init__(
            f"There is no {what} with id {record_id} in this register. It may have been removed."
        )


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
    return Link(*(row._mapping[name] for name in LINK_COLUMNS))


def _story(row: Any) -> Story:
    values = {name: row._mapping[name] for name in STORY_COLUMNS}
    values["quote_consent"] = bool(values["quote_consent"])
    values["featured"] = bool(values["featured"])
    return Story(**values)


def _photo(row: Any) -> Photo:
    return Photo(*(row._mapping[name] for name in PHOTO_COLUMNS))


def kind_code(label: str) -> str:
    """The code a new link kind's label gets: lower-case ASCII words joined by ``_`` (``kind`` if none)."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    code = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:36]
    return code or "kind"


def _clean_note(value: object) -> str | None:
    return clean_text("note", value, label="Note", limit=NOTE_LIMIT)


def _clean_story_fields(values: Mapping[str, object]) -> dict[str, object]:
    """Checked story fields (only those given); raises ``ValidationError`` naming the field."""
    clean: dict[str, object] = {}
    for name, value in values.items():
        if name == "text":
            clean[name] = clean_text("text", value, label="Story", limit=STORY_LIMIT, required=True)
        elif name == "teller":
            clean[name] = clean_text("teller", value, label="Told by", limit=200)
        elif name == "recorded_by":
            clean[name] = clean_text("recorded_by", value, label="Recorded by", limit=200)
        elif name == "told_on":
            clean[name] = _clean_date(value)
        elif name in ("quote_consent", "featured"):
            if not isinstance(value, bool):
                raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} is yes or no.")
            clean[name] = value
        elif name == "person_id":
            if value is not None and not isinstance(value, str):
                raise ValidationError("person_id", "A person is named by their id.")
            clean[name] = value or None
        else:
            raise ValidationError(name, f"A story has no field {quoted(name)}.")
    return clean


def _clean_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError("told_on", "The date a story was told is a date such as 2026-11-30.")


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
        query = select(_LINKS)
        if not include_removed:
            live_to = select(_ASSETS.c.id).where(_ASSETS.c.removed_at.is_(None))
            live_people = select(_PEOPLE.c.id).where(
                _PEOPLE.c.removed_at.is_(None), _PEOPLE.c.erased_at.is_(None)
            )
            query = query.where(
                _LINKS.c.removed_at.is_(None),
                _LINKS.c.to_id.in_(live_to),
                or_(
                    and_(_LINKS.c.from_kind == "asset", _LINKS.c.from_id.in_(live_to)),
                    and_(_LINKS.c.from_kind == "person", _LINKS.c.from_id.in_(live_people)),
                ),
            )
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

    def links_from_person(self, person_id: str, *, include_removed: bool = False) -> list[Link]:
        """The links a person has to assets (a person's data: shown only as their consent allows)."""
        query = select(_LINKS).where(_LINKS.c.from_kind == "person", _LINKS.c.from_id == person_id)
        if not include_removed:
            query = query.where(_LINKS.c.removed_at.is_(None))
        with self._engine.connect() as conn:
            return [_link(row) for row in conn.execute(query.order_by(_LINKS.c.created_at, _LINKS.c.id))]

    def link(self, link_id: str) -> Link:
        with self._engine.connect() as conn:
            return self._link_row(conn, link_id)

    def stories(
        self, asset_ids: Iterable[str] | None = None, *, include_removed: bool = False
    ) -> list[Story]:
        """Stories on the given assets (every story when ``None``), newest told first.

        Without ``include_removed``, removed stories and stories on removed assets are left out.
        """
        query = select(_STORIES)
        if not include_removed:
            live = select(_ASSETS.c.id).where(_ASSETS.c.removed_at.is_(None))
            query = query.where(_STORIES.c.removed_at.is_(None), _STORIES.c.asset_id.in_(live))
        with self._engine.connect() as conn:
            if asset_ids is None:
                found = [_story(row) for row in conn.execute(query)]
            else:
                ids = sorted(set(asset_ids))
                found = []
                for start in range(0, len(ids), _CHUNK):
                    chunk = query.where(_STORIES.c.asset_id.in_(ids[start : start + _CHUNK]))
                    found.extend(_story(row) for row in conn.execute(chunk))
        return sorted(found, key=_story_order)

    def stories_told_by(self, person_id: str, *, include_removed: bool = False) -> list[Story]:
        """The stories a person told (for their subject access copy)."""
        query = select(_STORIES).where(_STORIES.c.person_id == person_id)
        if not include_removed:
            query = query.where(_STORIES.c.removed_at.is_(None))
        with self._engine.connect() as conn:
            return sorted((_story(row) for row in conn.execute(query)), key=_story_order)

    def story(self, story_id: str) -> Story:
        with self._engine.connect() as conn:
            return self._story_row(conn, story_id)

    def photos(self, asset_ids: Iterable[str] | None = None, *, include_removed: bool = False) -> list[Photo]:
        """Photos of the given assets (every photo when ``None``), oldest first, without their image bytes."""
        columns = [_PHOTOS.c[name] for name in PHOTO_COLUMNS]
        query = select(*columns)
        if not include_removed:
            live = select(_ASSETS.c.id).where(_ASSETS.c.removed_at.is_(None))
            query = query.where(_PHOTOS.c.removed_at.is_(None), _PHOTOS.c.asset_id.in_(live))
        with self._engine.connect() as conn:
            if asset_ids is None:
                found = [_photo(row) for row in conn.execute(query)]
            else:
                ids = sorted(set(asset_ids))
                found = []
                for start in range(0, len(ids), _CHUNK):
                    chunk = query.where(_PHOTOS.c.asset_id.in_(ids[start : start + _CHUNK]))
                    found.extend(_photo(row) for row in conn.execute(chunk))
        return sorted(found, key=lambda p: (p.created_at or dt.datetime.min, p.id))

    def photo(self, photo_id: str) -> Photo:
        with self._engine.connect() as conn:
            return self._photo_row(conn, photo_id)

    def photo_bytes(self, photo_id: str) -> bytes:
        """The stored image of a photo (re-encoded, with no metadata)."""
        return self._photo_blob(photo_id, _PHOTOS.c.data)

    def photo_thumbnail(self, photo_id: str) -> bytes:
        """The photo's thumbnail, at most 320 pixels on its long side."""
        return self._photo_blob(photo_id, _PHOTOS.c.thumbnail)

    def _photo_blob(self, photo_id: str, column: Any) -> bytes:
        with self._engine.connect() as conn:
            value = conn.execute(select(column).where(_PHOTOS.c.id == photo_id)).scalar()
        if value is None:
            raise ConnectionNotFoundError("photo", photo_id)
        return bytes(value)

    def link_history(self, link_id: str) -> list[HistoryEntry]:
        """Every history entry of a link, oldest first (``asset_id`` holds the link's id)."""
        with self._engine.connect() as conn:
            return LINK_HISTORY.entries(conn, [link_id]).get(link_id, [])

    def story_history(self, story_id: str) -> list[HistoryEntry]:
        """Every history entry of a story, oldest first (``asset_id`` holds the story's id)."""
        with self._engine.connect() as conn:
            return STORY_HISTORY.entries(conn, [story_id]).get(story_id, [])

    # -- row helpers ---------------------------------------------------------------------------

    @staticmethod
    def _link_row(conn: Connection, link_id: str) -> Link:
        row = conn.execute(select(_LINKS).where(_LINKS.c.id == link_id)).first()
        if row is None:
            raise ConnectionNotFoundError("link", link_id)
        return _link(row)

    @staticmethod
    def _story_row(conn: Connection, story_id: str) -> Story:
        row = conn.execute(select(_STORIES).where(_STORIES.c.id == story_id)).first()
        if row is None:
            raise ConnectionNotFoundError("story", story_id)
        return _story(row)

    @staticmethod
    def _photo_row(conn: Connection, photo_id: str) -> Photo:
        columns = [_PHOTOS.c[name] for name in PHOTO_COLUMNS]
        row = conn.execute(select(*columns).where(_PHOTOS.c.id == photo_id)).first()
        if row is None:
            raise ConnectionNotFoundError("photo", photo_id)
        return _photo(row)

    @staticmethod
    def _require_asset(conn: Connection, asset_id: object, field: str) -> str:
        if (
            not isinstance(asset_id, str)
            or conn.execute(select(_ASSETS.c.id).where(_ASSETS.c.id == asset_id)).first() is None
        ):
            raise ValidationError(
                field, f"There is no asset with id {asset_id} in this register; choose another asset."
            )
        return asset_id

    # -- link kinds ------------------------------------------------------------------------------

    def add_link_kind(self, label: str) -> Change:
        """Add a kind of link to the list; ``Change.added`` names its code (none for a label there)."""
        text = clean_text("label", label, label="Kind of link", limit=_LABEL_LIMIT, required=True)
        assert text is not None
        with write_unit(self._engine) as conn:
            held = {
                code: held_label for code, held_label in conn.execute(select(_KINDS.c.code, _KINDS.c.label))
            }
            if any(held_label.casefold() == text.casefold() for held_label in held.values()):
                return Change()
            base = kind_code(text)
            code, n = base, 1
            while code in held:
                n += 1
                code = f"{base}_{n}"
            order = conn.execute(select(func.coalesce(func.max(_KINDS.c.sort_order), -1))).scalar_one() + 1
            conn.execute(insert(_KINDS).values(code=code, label=text, sort_order=order))
            audit.append(conn, self.user, "add", "link_kind", [code])
        return Change(added=(code,))

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
                    f"{used} link(s) are of the kind {quoted(label)}, so it stays on the list; "
                    "change those links to another kind first (removed links count too).",
                )
            conn.execute(delete(_KINDS).where(_KINDS.c.code == code))
            audit.append(conn, self.user, "remove", "link_kind", [code])
        return Change(removed=(code,))

    # -- links ---------------------------------------------------------------------------------

    def _check_link(
        self, conn: Connection, from_kind: str, from_id: str, to_id: str, kind: str, link_id: str | None
    ) -> None:
        if from_kind not in FROM_KINDS:
            raise ValidationError("from_kind", "A link starts at an asset or a person.")
        if from_id == to_id:
            raise ValidationError(
                "to_id", "A link joins two different assets; choose another asset to link to."
            )
        self._require_asset(conn, to_id, "to_id")
        if from_kind == "asset":
            self._require_asset(conn, from_id, "from_id")
        else:
            erased = conn.execute(select(_PEOPLE.c.erased_at).where(_PEOPLE.c.id == from_id)).first()
            if erased is None or erased.erased_at is not None:
                raise ValidationError("from_id", f"There is no person with id {from_id} in this register.")
        if conn.execute(select(_KINDS.c.code).where(_KINDS.c.code == kind)).first() is None:
            raise ValidationError(
                "kind",
                f"{quoted(kind)} is not a kind of link on this register's list; choose one of the list.",
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
            raise ValidationError("kind", "These two are already linked with that kind of link.")

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

    def update_link(self, link_id: str, **fields: object) -> Change:
        """Change a link's ``kind`` or ``note`` (the ends of a link are kept; link again to join others)."""
        unknown = set(fields) - set(LINK_EDITABLE)
        if unknown:
            name = sorted(unknown)[0]
            raise ValidationError(name, f"A link's {name} cannot be changed; remove the link and link again.")
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

    # -- stories ---------------------------------------------------------------------------------

    def _record_story(
        self, conn: Connection, before: Story | None, after: Story, operation: str, now: dt.datetime
    ) -> None:
        parents = () if before is None else (self._story_head(conn, before),)
        STORY_HISTORY.record(
            conn, after.id, parents, story_content(after), after.version, self.register_id, now, operation
        )
        audit.append(conn, self.user, operation, "story", [after.id], now)

    def _story_head(self, conn: Connection, story: Story) -> str:
        return STORY_HISTORY.head(
            conn, story.id, story_content(story), story.version, self.register_id, story.updated_at
        )

    def add_story(self, asset_id: str, text: str, *, story_id: str | None = None, **fields: object) -> Change:
        """Add a story to an asset: ``text`` is required; ``told_on``, ``teller``, ``quote_consent``,
        ``person_id``, ``featured`` and ``recorded_by`` (this register's user if not given) are optional."""
        values = _clean_story_fields({"text": text, **fields})
        values.setdefault("recorded_by", self.user)
        now = utc_now()
        new_id = story_id or str(uuid.uuid4())
        with write_unit(self._engine) as conn:
            self._require_asset(conn, asset_id, "asset_id")
            conn.execute(
                insert(_STORIES).values(
                    {
                        "told_on": None,
                        "teller": None,
                        "quote_consent": False,
                        "person_id": None,
                        "featured": False,
                        **values,
                        "id": new_id,
                        "asset_id": asset_id,
                        "created_at": now,
                        "updated_at": now,
                        "removed_at": None,
                        "version": 1,
                    }
                )
            )
            self._record_story(conn, None, self._story_row(conn, new_id), "add", now)
        return Change(stories=(new_id,))

    def update_story(self, story_id: str, **fields: object) -> Change:
        """Change some fields of a story: ``text``, ``told_on``, ``teller``, ``quote_consent``, ``person_id``,
        ``featured``."""
        values = _clean_story_fields(fields)
        now = utc_now()
        with write_unit(self._engine) as conn:
            before = self._story_row(conn, story_id)
            if all(getattr(before, k) == v for k, v in values.items()):
                return Change()
            conn.execute(
                update(_STORIES)
                .where(_STORIES.c.id == story_id)
                .values(**values, updated_at=now, version=before.version + 1)
            )
            self._record_story(conn, before, self._story_row(conn, story_id), "update", now)
        return Change(stories=(story_id,))

    def _set_story_removed(self, story_id: str, removed: bool) -> Change:
        now = utc_now()
        with write_unit(self._engine) as conn:
            before = self._story_row(conn, story_id)
            if before.is_removed == removed:
                return Change()
            conn.execute(
                update(_STORIES)
                .where(_STORIES.c.id == story_id)
                .values(removed_at=now if removed else None, updated_at=now, version=before.version + 1)
            )
            self._record_story(
                conn, before, self._story_row(conn, story_id), "remove" if removed else "restore", now
            )
        return Change(stories=(story_id,))

    def remove_story(self, story_id: str) -> Change:
        """Remove a story; it can be restored."""
        return self._set_story_removed(story_id, True)

    def restore_story(self, story_id: str) -> Change:
        return self._set_story_removed(story_id, False)

    def purge_story(self, story_id: str) -> tuple[Change, Story]:
        """Delete a story and its history outright (undoing its creation); returns its last state.

        Its photos stay with the asset, no longer tied to the story.
        """
        with write_unit(self._engine) as conn:
            before = self._story_row(conn, story_id)
            STORY_HISTORY.forget(conn, [story_id])
            conn.execute(delete(_STORIES).where(_STORIES.c.id == story_id))
            conn.execute(update(_PHOTOS).where(_PHOTOS.c.story_id == story_id).values(story_id=None))
            audit.append(conn, self.user, "purge", "story", [story_id])
        return Change(stories=(story_id,)), before

    def reinstate_story(self, story: Story) -> Change:
        """Put back a story exactly as it was purged (redo of its creation)."""
        now = utc_now()
        with write_unit(self._engine) as conn:
            self._require_asset(conn, story.asset_id, "asset_id")
            conn.execute(insert(_STORIES).values(**{name: getattr(story, name) for name in STORY_COLUMNS}))
            self._record_story(conn, None, self._story_row(conn, story.id), "add", now)
        return Change(stories=(story.id,))

    # -- photos ----------------------------------------------------------------------------------

    def add_photo(
        self,
        asset_id: str,
        data: bytes,
        alt_text: str,
        *,
        story_id: str | None = None,
        photo_id: str | None = None,
    ) -> Change:
        """Keep a photo of an asset (or of one of its stories), without any of the file's metadata.

        ``alt_text`` is required. The image is decoded and encoded afresh (so EXIF, GPS, XMP, IPTC, ICC
        and text chunks are gone), scaled to at most 2,000 pixels on its long side, and stored with a
        320-pixel thumbnail. Raises ``ValidationError`` naming ``alt_text``, ``data`` or ``story_id``.
        """
        alt = clean_alt_text(alt_text)
        clean = clean_photo(data)
        now = utc_now()
        new_id = photo_id or str(uuid.uuid4())
        with write_unit(self._engine) as conn:
            self._require_asset(conn, asset_id, "asset_id")
            if story_id is not None:
                owner = conn.execute(select(_STORIES.c.asset_id).where(_STORIES.c.id == story_id)).scalar()
                if owner != asset_id:
                    raise ValidationError("story_id", "A photo of a story belongs to the story's own asset.")
            conn.execute(
                insert(_PHOTOS).values(
                    id=new_id,
                    asset_id=asset_id,
                    story_id=story_id,
                    alt_text=alt,
                    media_type=clean.media_type,
                    width=clean.width,
                    height=clean.height,
                    byte_size=len(clean.data),
                    data=clean.data,
                    thumbnail=clean.thumbnail,
                    created_at=now,
                    removed_at=None,
                )
            )
            audit.append(conn, self.user, "add", "photo", [new_id], now)
        return Change(photos=(new_id,))

    def update_photo(self, photo_id: str, *, alt_text: str) -> Change:
        """Change a photo's alternative text (its image never changes: a new image is a new photo)."""
        alt = clean_alt_text(alt_text)
        with write_unit(self._engine) as conn:
            before = self._photo_row(conn, photo_id)
            if before.alt_text == alt:
                return Change()
            conn.execute(update(_PHOTOS).where(_PHOTOS.c.id == photo_id).values(alt_text=alt))
            audit.append(conn, self.user, "update", "photo", [photo_id])
        return Change(photos=(photo_id,))

    def _set_photo_removed(self, photo_id: str, removed: bool) -> Change:
        now = utc_now()
        with write_unit(self._engine) as conn:
            before = self._photo_row(conn, photo_id)
            if (before.removed_at is not None) == removed:
                return Change()
            conn.execute(
                update(_PHOTOS).where(_PHOTOS.c.id == photo_id).values(removed_at=now if removed else None)
            )
            audit.append(conn, self.user, "remove" if removed else "restore", "photo", [photo_id], now)
        return Change(photos=(photo_id,))

    def remove_photo(self, photo_id: str) -> Change:
        """Remove a photo; it can be restored (purging deletes its bytes)."""
        return self._set_photo_removed(photo_id, True)

    def restore_photo(self, photo_id: str) -> Change:
        return self._set_photo_removed(photo_id, False)

    def purge_photo(self, photo_id: str) -> Change:
        """Delete a photo and its bytes outright (undoing its adding, or a photo that should not be kept)."""
        with write_unit(self._engine) as conn:
            self._photo_row(conn, photo_id)
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA secure_delete=ON")
            conn.execute(delete(_PHOTOS).where(_PHOTOS.c.id == photo_id))
            audit.append(conn, self.user, "purge", "photo", [photo_id])
        return Change(photos=(photo_id,))


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


def _story_order(story: Story) -> tuple[bool, int, float, str]:
    """Newest told first, undated stories after dated ones; then newest recorded first."""
    told = story.told_on.toordinal() if story.told_on else 0
    created = story.created_at.timestamp() if story.created_at else 0.0
    return (story.told_on is None, -told, -created, story.id)
