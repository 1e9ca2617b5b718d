"""The connections section of a bundle: link kinds, links and stories with their history, and photos.

Links and stories travel as assets do (content, current state, history); a bundle carries all of them,
whatever its starting point, since they are small beside the assets. Photos travel whole, base64: those
stored since the bundle's starting point, and the removed ones (an image never changes, so a photo once
sent need not travel again). On
reading, each image is decoded and encoded afresh (:func:`assetmap.register.photos.clean_photo`), so a
bundle made by hand cannot bring a photo's metadata into a register. Every text is checked with the
register's own rules; any problem refuses the whole bundle, naming the place.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assetmap.errors import ValidationError, quoted
from assetmap.messages import tr
from assetmap.register.connection_merging import ConnectionSource, LocalRecord, PhotoCopy
from assetmap.register.connections import (
    FROM_KINDS,
    LINK_CONTENT,
    NOTE_LIMIT,
    STORY_CONTENT,
    LinkKind,
    Photo,
)
from assetmap.register.photos import clean_alt_text, clean_photo
from assetmap.register.records import HISTORY_OPERATIONS, HistoryEntry, canonical_content, node_id
from assetmap.register.stories import clean_story_fields
from assetmap.register.validation import clean_text


@dataclass(frozen=True, slots=True)
class BundleRecord:
    """One link or story as a bundle carries it: its current content and state, and its history."""

    id: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    removed_at: dt.datetime | None
    content: dict[str, object]
    head: str
    history: tuple[HistoryEntry, ...]

    def head_entry(self) -> HistoryEntry:
        return next(e for e in self.history if e.node == self.head)


@dataclass(frozen=True, slots=True)
class ConnectionsSection:
    """What a bundle carries of link kinds, links, stories and photos."""

    kinds: tuple[LinkKind, ...] = ()
    links: tuple[BundleRecord, ...] = ()
    stories: tuple[BundleRecord, ...] = ()
    photos: tuple[PhotoCopy, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.links or self.stories or self.photos)


NO_CONNECTIONS = ConnectionsSection()


def _bundle_record(record: LocalRecord) -> BundleRecord:
    seen: dict[str, HistoryEntry] = {}
    for entry in record.entries:
        # The first entry of a state is where it was made; later ones (a merge taking it) repeat it.
        seen.setdefault(entry.node, entry)
    history = tuple(
        HistoryEntry(
            e.asset_id, e.node, e.parents, e.version, e.register_id, e.recorded_at, e.operation, e.content
        )
        for e in seen.values()
    )
    return BundleRecord(
        id=record.id,
        version=record.version,
        created_at=record.created_at,
        updated_at=record.updated_at,
        removed_at=record.removed_at,
        content=record.content,
        head=record.head.node,
        history=history,
    )


def connections_section(source: ConnectionSource, erased_assets: set[str]) -> ConnectionsSection:
    """The section of a bundle from what the register read; nothing of an erased asset travels."""
    links = tuple(
        _bundle_record(r)
        for r in source.links
        if r.content["to_id"] not in erased_assets and r.content["from_id"] not in erased_assets
    )
    stories = tuple(_bundle_record(r) for r in source.stories if r.content["asset_id"] not in erased_assets)
    photos = tuple(p for p in source.photos if p.photo.asset_id not in erased_assets)
    return ConnectionsSection(source.kinds, links, stories, photos)


# -- writing ------------------------------------------------------------------------------------


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _record_json(record: BundleRecord) -> dict[str, object]:
    return {
        "id": record.id,
        "version": record.version,
        "created_at": _time(record.created_at),
        "updated_at": _time(record.updated_at),
        "removed_at": _time(record.removed_at),
        "content": record.content,
        "head": record.head,
        "history": [
            {
                "node": e.node,
                "parents": list(e.parents),
                "version": e.version,
                "register_id": e.register_id,
                "recorded_at": _time(e.recorded_at),
                "operation": e.operation,
                "content": e.content,
            }
            for e in record.history
        ],
    }


def connections_document(section: ConnectionsSection) -> dict[str, object]:
    """The JSON of a bundle's connections section."""
    return {
        "kinds": [{"code": k.code, "label": k.label} for k in section.kinds],
        "links": [_record_json(r) for r in section.links],
        "stories": [_record_json(r) for r in section.stories],
        "photos": [
            {
                "id": c.photo.id,
                "asset_id": c.photo.asset_id,
                "story_id": c.photo.story_id,
                "alt_text": c.photo.alt_text,
                "created_at": _time(c.photo.created_at),
                "removed_at": _time(c.photo.removed_at),
                "data": base64.b64encode(c.data).decode("ascii"),
            }
            for c in section.photos
        ],
    }


# -- reading ------------------------------------------------------------------------------------


class ConnectionsReader:
    """Checks a bundle's connections section; ``fail`` makes the bundle's error for a place and problem."""

    def __init__(self, path: Path | None, fail: Any) -> None:
        self.path = path
        self.fail = fail

    def get(self, obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if key not in obj:
            raise self.fail(where, tr("'{key}' is missing").format(key=key))
        value = obj[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise self.fail(where, tr("'{key}' has the wrong type").format(key=key))
        return value

    def time(self, obj: Mapping[str, Any], key: str, where: str, *, optional: bool = False) -> Any:
        value = self.get(obj, key, (str, type(None)) if optional else str, where)
        if value is None:
            return None
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(where, tr("'{key}' is not a time").format(key=key)) from None
        return parsed.astimezone(dt.UTC).replace(tzinfo=None) if parsed.tzinfo else parsed

    def record_id(self, obj: Mapping[str, Any], key: str, where: str) -> str:
        value = self.get(obj, key, str, where)
        if not value or len(value) > 36 or not value.isascii() or not value.isprintable():
            raise self.fail(where, tr("'{key}' is not an id").format(key=key))
        return str(value)

    def link_content(self, value: Any, where: str) -> dict[str, object]:
        if not isinstance(value, dict) or set(value) != set(LINK_CONTENT):
            raise self.fail(where, tr("the link's fields are not the ones this AssetMap knows"))
        if value["from_kind"] not in FROM_KINDS:
            raise self.fail(where, tr("'from_kind' is not asset or person"))
        for key in ("from_id", "to_id"):
            self.record_id(value, key, where)
        if value["from_id"] == value["to_id"]:
            raise self.fail(where, tr("the link joins an asset to itself"))
        self.record_id(value, "kind", where)
        if not isinstance(value["removed"], bool):
            raise self.fail(where, tr("'removed' is not true or false"))
        try:
            clean_text("note", value["note"], label="Note", limit=NOTE_LIMIT)
        except ValidationError as exc:
            raise self.fail(where, str(exc)) from None
        return value

    def story_content(self, value: Any, where: str) -> dict[str, object]:
        if not isinstance(value, dict) or set(value) != set(STORY_CONTENT):
            raise self.fail(where, tr("the story's fields are not the ones this AssetMap knows"))
        self.record_id(value, "asset_id", where)
        if not isinstance(value["removed"], bool):
            raise self.fail(where, tr("'removed' is not true or false"))
        fields = {k: v for k, v in value.items() if k not in ("asset_id", "removed")}
        try:
            clean_story_fields(fields)
        except ValidationError as exc:
            raise self.fail(where, str(exc)) from None
        if value["told_on"] is not None and not isinstance(value["told_on"], str):
            raise self.fail(where, tr("'{key}' is not a date").format(key="told_on"))
        return value

    def record(self, raw: Any, where: str, content_check: Any) -> BundleRecord:
        if not isinstance(raw, dict):
            raise self.fail(where, tr("not an object"))
        record_id = self.record_id(raw, "id", where)
        where = tr("{where}, id {id}").format(where=where, id=record_id)
        content = content_check(self.get(raw, "content", dict, where), where)
        history = []
        for i, entry in enumerate(self.get(raw, "history", list, where), start=1):
            at = tr("{where}, history entry {position}").format(where=where, position=i)
            if not isinstance(entry, dict):
                raise self.fail(at, tr("a history entry is not an object"))
            node = self.get(entry, "node", str, at)
            parents = self.get(entry, "parents", list, at)
            if not all(isinstance(p, str) for p in parents):
                raise self.fail(at, tr("'parents' is not a list of ids"))
            operation = self.get(entry, "operation", str, at)
            if operation not in HISTORY_OPERATIONS:
                raise self.fail(at, tr("unknown operation {operation}").format(operation=quoted(operation)))
            state = entry.get("content")
            if state is not None:
                state = content_check(state, at)
                if node_id(canonical_content(state), parents) != node:
                    raise self.fail(at, tr("a history entry does not match its id"))
            history.append(
                HistoryEntry(
                    asset_id=record_id,
                    node=node,
                    parents=tuple(parents),
                    version=self.get(entry, "version", int, at),
                    register_id=self.get(entry, "register_id", str, at),
                    recorded_at=self.time(entry, "recorded_at", at),
                    operation=operation,
                    content=state,
                )
            )
        head = self.get(raw, "head", str, where)
        heads = [e for e in history if e.node == head]
        if not heads or heads[0].content != content:
            raise self.fail(where, tr("its current state is missing from its history"))
        removed_at = self.time(raw, "removed_at", where, optional=True)
        if (removed_at is not None) != content["removed"]:
            raise self.fail(where, tr("'removed_at' disagrees with 'removed'"))
        return BundleRecord(
            id=record_id,
            version=self.get(raw, "version", int, where),
            created_at=self.time(raw, "created_at", where),
            updated_at=self.time(raw, "updated_at", where),
            removed_at=removed_at,
            content=content,
            head=head,
            history=tuple(history),
        )

    def photo(self, raw: Any, position: int) -> PhotoCopy:
        where = tr("connections section, photo {position}").format(position=position)
        if not isinstance(raw, dict):
            raise self.fail(where, tr("not an object"))
        photo_id = self.record_id(raw, "id", where)
        where = tr("{where}, id {id}").format(where=where, id=photo_id)
        try:
            data = base64.b64decode(self.get(raw, "data", str, where).encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise self.fail(where, tr("'{key}' is not base64 data").format(key="data")) from None
        story_id = raw.get("story_id")
        if story_id is not None:
            story_id = self.record_id(raw, "story_id", where)
        try:
            alt_text = clean_alt_text(self.get(raw, "alt_text", str, where))
            clean = clean_photo(data)
        except ValidationError as exc:
            raise self.fail(where, str(exc)) from None
        photo = Photo(
            id=photo_id,
            asset_id=self.record_id(raw, "asset_id", where),
            story_id=story_id,
            alt_text=alt_text,
            media_type=clean.media_type,
            width=clean.width,
            height=clean.height,
            byte_size=len(clean.data),
            created_at=self.time(raw, "created_at", where),
            removed_at=self.time(raw, "removed_at", where, optional=True),
        )
        return PhotoCopy(photo, clean.data, clean.thumbnail)

    def section(self, raw: Any) -> ConnectionsSection:
        where = tr("connections section")
        if not isinstance(raw, dict):
            raise self.fail(where, tr("not an object"))
        kinds = []
        for i, kind in enumerate(self.get(raw, "kinds", list, where), start=1):
            at = tr("{where}, kind {position}").format(where=where, position=i)
            if not isinstance(kind, dict):
                raise self.fail(at, tr("not an object"))
            code = self.record_id(kind, "code", at)
            try:
                label = clean_text("label", self.get(kind, "label", str, at), limit=80, required=True)
            except ValidationError as exc:
                raise self.fail(at, str(exc)) from None
            kinds.append(LinkKind(code, str(label)))
        links = tuple(
            self.record(r, tr("{where}, link {position}").format(where=where, position=i), self.link_content)
            for i, r in enumerate(self.get(raw, "links", list, where), start=1)
        )
        stories = tuple(
            self.record(
                r, tr("{where}, story {position}").format(where=where, position=i), self.story_content
            )
            for i, r in enumerate(self.get(raw, "stories", list, where), start=1)
        )
        photos = tuple(self.photo(p, i) for i, p in enumerate(self.get(raw, "photos", list, where), start=1))
        for twice, records in (
            (tr("a link appears twice"), links),
            (tr("a story appears twice"), stories),
            (tr("a photo appears twice"), [p.photo for p in photos]),
        ):
            ids = [r.id for r in records]
            if len(set(ids)) != len(ids):
                raise self.fail(where, twice)
        return ConnectionsSection(tuple(kinds), links, stories, photos)
