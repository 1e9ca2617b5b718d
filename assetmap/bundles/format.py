"""The register bundle file: one gzip-compressed JSON document, written and read with checks."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import gzip
import json
import math
import zlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assetmap.atomic import atomic_path
from assetmap.bundles.connections import (
    NO_CONNECTIONS,
    ConnectionsReader,
    ConnectionsSection,
    connections_document,
)
from assetmap.errors import AssetMapError, ValidationError, quoted
from assetmap.messages import tr
from assetmap.register import consent, sealing
from assetmap.register.people import (
    NO_SECTION,
    RELATIONS,
    Erasure,
    PeopleSection,
    PersonLink,
    SealedPerson,
    SealedState,
    clean_person,
)
from assetmap.register.records import (
    CONTENT_FIELDS,
    HISTORY_OPERATIONS,
    HistoryEntry,
    canonical_content,
    node_id,
)

FORMAT = "assetmap-register-bundle"
# 2: a bundle also carries the register's people, consent, links, gifts' people and erasure list
# (``"people"``). A bundle of format 1 has none and still merges. An AssetMap that knows only
# format 1 refuses format 2 rather than merge its assets without the erasures it carries.
# 3: a bundle also carries link kinds, links, stories and photos (``"connections"``); older bundles
# have none and still merge.
FORMAT_VERSION = 3
SUFFIX = ".assetmap-bundle"
# A bundle of 100k assets with some history is a few hundred MB of JSON; anything far past that is
# not one of ours, and reading it whole would exhaust memory.
_MAX_BYTES = 1_000_000_000
# Bundle JSON compresses about ten times; a file that expands hundreds of times is a bomb, refused
# once it has grown past a few megabytes, before it can take much memory.
_MAX_RATIO = 100
_RATIO_FROM = 16 * 1024 * 1024
_CHUNK = 1024 * 1024
_PERSON_OPERATIONS = ("add", "update", "remove", "restore")


class BundleError(AssetMapError):
    """A file is not a register bundle this AssetMap can merge; the register is left as it was."""

    def __init__(self, path: Path | str | None, message: str) -> None:
        self.path = None if path is None else Path(path)
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class BundleAsset:
    """One asset as a bundle carries it: its current content and state, and its history."""

    id: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    removed_at: dt.datetime | None
    content: dict[str, object]
    head: str
    history: tuple[HistoryEntry, ...]

    @property
    def name(self) -> str:
        return str(self.content["name"])

    def head_entry(self) -> HistoryEntry:
        return next(e for e in self.history if e.node == self.head)


@dataclass(frozen=True, slots=True)
class Bundle:
    """A register bundle: which register wrote it, when, since which point, and its assets."""

    register_id: str
    created_at: dt.datetime
    since: str
    number: int | None
    assets: tuple[BundleAsset, ...]
    people: PeopleSection = NO_SECTION
    connections: ConnectionsSection = NO_CONNECTIONS
    path: Path | None = None

    @property
    def label(self) -> str:
        name = self.path.name if self.path else tr("bundle")
        return tr("{name} (register {register}, {since}, {time} UTC)").format(
            name=name,
            register=self.register_id[:8],
            since=self.since,
            time=f"{self.created_at:%Y-%m-%d %H:%M}",
        )


# -- writing ------------------------------------------------------------------------------------


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _entry_json(entry: HistoryEntry) -> dict[str, object]:
    return {
        "node": entry.node,
        "parents": list(entry.parents),
        "version": entry.version,
        "register_id": entry.register_id,
        "recorded_at": _time(entry.recorded_at),
        "operation": entry.operation,
        "content": entry.content,
    }


def bundle_document(bundle: Bundle) -> dict[str, object]:
    """The JSON document of a bundle."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "register_id": bundle.register_id,
        "created_at": _time(bundle.created_at),
        "since": bundle.since,
        "number": bundle.number,
        "assets": [
            {
                "id": a.id,
                "version": a.version,
                "created_at": _time(a.created_at),
                "updated_at": _time(a.updated_at),
                "removed_at": _time(a.removed_at),
                "content": a.content,
                "head": a.head,
                "history": [_entry_json(e) for e in a.history],
            }
            for a in bundle.assets
        ],
        "people": people_document(bundle.people),
        "connections": connections_document(bundle.connections),
    }


def _bytes(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def people_document(section: PeopleSection) -> dict[str, object]:
    """The JSON of a bundle's people section. Personal fields stay sealed; each key travels beside them."""
    return {
        "people": [
            {
                "id": p.id,
                "key": _bytes(p.key),
                "sealed": _bytes(p.sealed),
                "recorded_by": p.recorded_by,
                "created_at": _time(p.created_at),
                "updated_at": _time(p.updated_at),
                "removed_at": _time(p.removed_at),
                "version": p.version,
                "history": [
                    {
                        "version": h.version,
                        "recorded_at": _time(h.recorded_at),
                        "operation": h.operation,
                        "sealed": _bytes(h.sealed),
                    }
                    for h in p.history
                ],
            }
            for p in section.people
        ],
        "consent": [
            {
                "id": e.id,
                "person_id": e.person_id,
                "kind": e.kind,
                "scope": e.scope,
                "lawful_basis": e.lawful_basis,
                "method": e.method,
                "recorded_by": e.recorded_by,
                "recorded_at": _time(e.recorded_at),
                "lapses_on": _day(e.lapses_on),
                "partners": e.partners,
            }
            for e in section.consent
        ],
        "links": [
            {
                "person_id": link.person_id,
                "asset_id": link.asset_id,
                "relation": link.relation,
                "created_at": _time(link.created_at),
            }
            for link in section.links
        ],
        "gifts": dict(section.gifts),
        "erasures": [
            {"person_id": e.person_id, "erased_at": _time(e.erased_at), "asset_ids": list(e.asset_ids)}
            for e in section.erasures
        ],
    }


def write_bundle(bundle: Bundle, path: Path) -> None:
    """Write ``bundle`` to ``path`` whole or not at all (a temporary file renamed into place)."""
    path = Path(path)
    data = json.dumps(bundle_document(bundle), ensure_ascii=False, allow_nan=False).encode("utf-8")
    try:
        with (
            atomic_path(path) as partial,
            open(partial, "wb") as raw,
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out,
        ):
            out.write(data)
    except OSError as exc:
        raise BundleError(
            path,
            tr("Could not write the bundle {path}: {reason}.").format(path=path, reason=exc.strerror or exc),
        ) from exc


# -- reading ------------------------------------------------------------------------------------


class _Reader:
    """Checks one bundle document piece by piece, naming the place of the first problem."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> BundleError:
        return BundleError(
            self.path,
            tr(
                "The bundle {path} is damaged ({where}: {problem}). Nothing was merged; ask for the "
                "bundle to be exported again."
            ).format(path=self.path, where=where, problem=problem),
        )

    def get(self, obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if key not in obj:
            raise self.fail(where, tr("'{key}' is missing").format(key=key))
        value = obj[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            raise self.fail(where, tr("'{key}' has the wrong type").format(key=key))
        return value

    def time(self, obj: Mapping[str, Any], key: str, where: str) -> dt.datetime:
        return self._parsed_time(self.get(obj, key, str, where), key, where)

    def optional_time(self, obj: Mapping[str, Any], key: str, where: str) -> dt.datetime | None:
        value = self.get(obj, key, (str, type(None)), where)
        return None if value is None else self._parsed_time(value, key, where)

    def _parsed_time(self, value: str, key: str, where: str) -> dt.datetime:
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(where, tr("'{key}' is not a time").format(key=key)) from None
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
        return parsed

    def content(self, value: Any, where: str) -> dict[str, object]:
        if not isinstance(value, dict) or set(value) != set(CONTENT_FIELDS):
            raise self.fail(where, tr("the asset's fields are not the ones this AssetMap knows"))
        if not isinstance(value["removed"], bool):
            raise self.fail(where, tr("'removed' is not true or false"))
        if not isinstance(value["tags"], list) or not all(isinstance(t, str) for t in value["tags"]):
            raise self.fail(where, tr("'tags' is not a list of words"))
        for name in ("lon", "lat"):
            if value[name] is not None and (
                isinstance(value[name], bool)
                or not isinstance(value[name], (int, float))
                or not math.isfinite(value[name])
            ):
                raise self.fail(where, tr("'{key}' is not a number").format(key=name))
        for name in CONTENT_FIELDS:
            if name not in ("removed", "tags", "lon", "lat") and not isinstance(
                value[name], (str, type(None))
            ):
                raise self.fail(where, tr("'{key}' is not text").format(key=name))
        return value

    def entry(self, asset_id: str, raw: Any, where: str) -> HistoryEntry:
        if not isinstance(raw, dict):
            raise self.fail(where, tr("a history entry is not an object"))
        node = self.get(raw, "node", str, where)
        parents = self.get(raw, "parents", list, where)
        if not all(isinstance(p, str) for p in parents):
            raise self.fail(where, tr("'parents' is not a list of ids"))
        operation = self.get(raw, "operation", str, where)
        if operation not in HISTORY_OPERATIONS:
            raise self.fail(where, tr("unknown operation {operation}").format(operation=quoted(operation)))
        content = raw.get("content")
        if content is not None:
            content = self.content(content, where)
            if node_id(canonical_content(content), parents) != node:
                raise self.fail(where, tr("a history entry does not match its id"))
        return HistoryEntry(
            asset_id=asset_id,
            node=node,
            parents=tuple(parents),
            version=self.get(raw, "version", int, where),
            register_id=self.get(raw, "register_id", str, where),
            recorded_at=self.time(raw, "recorded_at", where),
            operation=operation,
            content=content,
        )

    def asset(self, raw: Any, position: int) -> BundleAsset:
        where = tr("asset {position}").format(position=position)
        if not isinstance(raw, dict):
            raise self.fail(where, tr("not an object"))
        asset_id = self.get(raw, "id", str, where)
        if not asset_id or len(asset_id) > 36:
            raise self.fail(where, tr("the asset id is empty or too long"))
        where = tr("asset {position}, id {id}").format(position=position, id=asset_id)
        content = self.content(self.get(raw, "content", dict, where), where)
        history = tuple(
            self.entry(asset_id, e, tr("{where}, history entry {position}").format(where=where, position=i))
            for i, e in enumerate(self.get(raw, "history", list, where), start=1)
        )
        head = self.get(raw, "head", str, where)
        heads = [e for e in history if e.node == head]
        if not heads or heads[0].content != content:
            raise self.fail(where, tr("its current state is missing from its history"))
        removed_at = self.optional_time(raw, "removed_at", where)
        if (removed_at is not None) != content["removed"]:
            raise self.fail(where, tr("'removed_at' disagrees with 'removed'"))
        return BundleAsset(
            id=asset_id,
            version=self.get(raw, "version", int, where),
            created_at=self.time(raw, "created_at", where),
            updated_at=self.time(raw, "updated_at", where),
            removed_at=removed_at,
            content=content,
            head=head,
            history=history,
        )


class _PeopleReader:
    """Checks a bundle's people section; any problem refuses the whole bundle, naming the place."""

    def __init__(self, reader: _Reader) -> None:
        self.r = reader

    def record_id(self, obj: Mapping[str, Any], key: str, where: str) -> str:
        value = self.r.get(obj, key, str, where)
        if not value or len(value) > 36 or not value.isascii() or not value.isprintable():
            raise self.r.fail(where, tr("'{key}' is not an id").format(key=key))
        return str(value)

    def blob(self, obj: Mapping[str, Any], key: str, where: str) -> bytes:
        value = self.r.get(obj, key, str, where)
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise self.r.fail(where, tr("'{key}' is not base64 data").format(key=key)) from None

    def text(self, obj: Mapping[str, Any], key: str, where: str, *, limit: int, optional: bool) -> str | None:
        value = self.r.get(obj, key, (str, type(None)) if optional else str, where)
        if value is not None and ("\x00" in value or len(value) > limit):
            raise self.r.fail(where, tr("'{key}' holds a NUL character or is too long").format(key=key))
        return None if value is None else str(value)

    def day(self, obj: Mapping[str, Any], key: str, where: str) -> dt.date | None:
        value = self.r.get(obj, key, (str, type(None)), where)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.r.fail(where, tr("'{key}' is not a date").format(key=key)) from None

    def choice(self, obj: Mapping[str, Any], key: str, where: str, allowed: Collection[str]) -> str:
        value = self.r.get(obj, key, str, where)
        if value not in allowed:
            raise self.r.fail(
                where, tr("'{key}' is not one of {choices}").format(key=key, choices=", ".join(allowed))
            )
        return str(value)

    def opened(self, key: bytes, person_id: str, sealed: bytes, where: str) -> None:
        """Check that a sealed record opens with the person's key and holds fields a person may have."""
        try:
            fields = sealing.unseal(key, person_id, sealed)
        except (sealing.SealError, ValueError):
            raise self.r.fail(where, tr("the sealed record does not open with the person's key")) from None
        try:
            clean_person(fields, creating=True)
        except ValidationError as exc:
            raise self.r.fail(
                where, tr("the person's record cannot be taken ({problem})").format(problem=exc)
            ) from None

    def person(self, raw: Any, position: int) -> SealedPerson:
        where = tr("people section, person {position}").format(position=position)
        if not isinstance(raw, dict):
            raise self.r.fail(where, tr("not an object"))
        person_id = self.record_id(raw, "id", where)
        where = tr("{where}, id {id}").format(where=where, id=person_id)
        key = self.blob(raw, "key", where)
        if len(key) != 32:
            raise self.r.fail(where, tr("'key' is not a person's key"))
        sealed = self.blob(raw, "sealed", where)
        self.opened(key, person_id, sealed, where)
        history = []
        for i, state in enumerate(self.r.get(raw, "history", list, where), start=1):
            at = tr("{where}, history state {position}").format(where=where, position=i)
            if not isinstance(state, dict):
                raise self.r.fail(at, tr("not an object"))
            state_sealed = self.blob(state, "sealed", at)
            self.opened(key, person_id, state_sealed, at)
            history.append(
                SealedState(
                    version=self.r.get(state, "version", int, at),
                    recorded_at=self.r.time(state, "recorded_at", at),
                    operation=self.choice(state, "operation", at, _PERSON_OPERATIONS),
                    sealed=state_sealed,
                )
            )
        version = self.r.get(raw, "version", int, where)
        if version < 1:
            raise self.r.fail(where, tr("'version' is not a version"))
        return SealedPerson(
            id=person_id,
            key=key,
            sealed=sealed,
            recorded_by=self.text(raw, "recorded_by", where, limit=200, optional=True),
            created_at=self.r.time(raw, "created_at", where),
            updated_at=self.r.time(raw, "updated_at", where),
            removed_at=self.r.optional_time(raw, "removed_at", where),
            version=version,
            history=tuple(history),
        )

    def event(self, raw: Any, position: int, people: set[str]) -> consent.ConsentEvent:
        where = tr("people section, consent event {position}").format(position=position)
        if not isinstance(raw, dict):
            raise self.r.fail(where, tr("not an object"))
        event_id = self.record_id(raw, "id", where)
        where = tr("{where}, id {id}").format(where=where, id=event_id)
        person_id = self.record_id(raw, "person_id", where)
        if person_id not in people:
            raise self.r.fail(where, tr("it is for a person the bundle does not hold"))
        kind = self.choice(raw, "kind", where, (consent.GIVEN, consent.WITHDRAWN))
        if kind == consent.GIVEN:
            scope: str | None = self.choice(raw, "scope", where, tuple(consent.SCOPES))
        else:
            self.r.get(raw, "scope", type(None), where)  # a withdrawal grants nothing
            scope = None
        return consent.ConsentEvent(
            id=event_id,
            person_id=person_id,
            kind=kind,
            scope=scope,
            lawful_basis=self.choice(raw, "lawful_basis", where, tuple(consent.LAWFUL_BASES)),
            method=self.choice(raw, "method", where, tuple(consent.METHODS)),
            recorded_by=str(self.text(raw, "recorded_by", where, limit=200, optional=False)),
            recorded_at=self.r.time(raw, "recorded_at", where),
            lapses_on=self.day(raw, "lapses_on", where),
            partners=self.text(raw, "partners", where, limit=5_000, optional=True),
        )

    def link(self, raw: Any, position: int, people: set[str]) -> PersonLink:
        where = tr("people section, link {position}").format(position=position)
        if not isinstance(raw, dict):
            raise self.r.fail(where, tr("not an object"))
        person_id = self.record_id(raw, "person_id", where)
        if person_id not in people:
            raise self.r.fail(where, tr("it is for a person the bundle does not hold"))
        return PersonLink(
            person_id=person_id,
            asset_id=self.record_id(raw, "asset_id", where),
            relation=self.choice(raw, "relation", where, tuple(RELATIONS)),
            created_at=self.r.time(raw, "created_at", where),
        )

    def erasure(self, raw: Any, position: int) -> Erasure:
        where = tr("people section, erasure {position}").format(position=position)
        if not isinstance(raw, dict):
            raise self.r.fail(where, tr("not an object"))
        person_id = self.record_id(raw, "person_id", where)
        assets = self.r.get(raw, "asset_ids", list, where)
        if not all(isinstance(a, str) and a and len(a) <= 36 and a.isascii() for a in assets):
            raise self.r.fail(where, tr("'asset_ids' is not a list of ids"))
        return Erasure(person_id, self.r.time(raw, "erased_at", where), tuple(assets))

    def section(self, raw: Any, assets: Collection[str]) -> PeopleSection:
        where = tr("people section")
        if not isinstance(raw, dict):
            raise self.r.fail(where, tr("not an object"))
        people = tuple(
            self.person(p, i) for i, p in enumerate(self.r.get(raw, "people", list, where), start=1)
        )
        ids = {p.id for p in people}
        if len(ids) != len(people):
            raise self.r.fail(where, tr("a person appears twice"))
        events = tuple(
            self.event(e, i, ids) for i, e in enumerate(self.r.get(raw, "consent", list, where), start=1)
        )
        if len({e.id for e in events}) != len(events):
            raise self.r.fail(where, tr("a consent event appears twice"))
        links = tuple(
            self.link(link, i, ids) for i, link in enumerate(self.r.get(raw, "links", list, where), start=1)
        )
        gifts: dict[str, str] = {}
        for asset_id, person_id in self.r.get(raw, "gifts", dict, where).items():
            if not isinstance(person_id, str) or person_id not in ids:
                raise self.r.fail(
                    tr("{where}, gift {id}").format(where=where, id=asset_id),
                    tr("its person is not one the bundle holds"),
                )
            gifts[self.record_id({"asset": asset_id}, "asset", tr("{where}, gifts").format(where=where))] = (
                person_id
            )
        erasures = tuple(
            self.erasure(e, i) for i, e in enumerate(self.r.get(raw, "erasures", list, where), start=1)
        )
        erased = {e.person_id for e in erasures}
        both = sorted(ids & erased)
        if both:
            raise self.r.fail(where, tr("the person {id} is both held and erased").format(id=both[0]))
        gone = sorted({a for e in erasures for a in e.asset_ids} & set(assets))
        if gone:
            raise self.r.fail(where, tr("the asset {id} is both carried and erased").format(id=gone[0]))
        return PeopleSection(people, events, links, gifts, erasures)


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _inflate(path: Path) -> bytes:
    """The gzip file's content, read a chunk at a time and refused as soon as it grows like a bomb."""
    parts: list[bytes] = []
    inflated = packed = 0
    inflater = zlib.decompressobj(wbits=31)
    in_member = False
    pending = b""
    with open(path, "rb") as raw:
        if raw.read(2) != b"\x1f\x8b":
            raise gzip.BadGzipFile("not a gzip file")
        raw.seek(0)
        while True:
            if not pending:
                pending = raw.read(_CHUNK)
                packed += len(pending)
                if not pending:
                    break
            in_member = True
            chunk = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            if inflater.eof:
                # Another gzip member may follow (concatenated files are one gzip file).
                pending = inflater.unused_data + pending
                inflater = zlib.decompressobj(wbits=31)
                in_member = False
            inflated += len(chunk)
            if inflated > _MAX_BYTES or (inflated > _RATIO_FROM and inflated > _MAX_RATIO * packed):
                raise BundleError(
                    path,
                    tr(
                        "{path} is not a register bundle AssetMap will open: it expands far beyond any "
                        "bundle's size ({packed} bytes to more than {inflated} so far). Nothing was merged."
                    ).format(path=path, packed=f"{packed:,}", inflated=f"{inflated:,}"),
                )
            parts.append(chunk)
    if in_member:
        raise EOFError("the gzip stream is cut short")
    return b"".join(parts)


def read_bundle(path: Path | str) -> Bundle:
    """Read and check a bundle file.

    Raises
    ------
    BundleError
        For a file that is missing, not a bundle, truncated, damaged or from a newer AssetMap,
        with a message that says which.
    """
    path = Path(path)
    not_bundle = tr(
        "{path} is not an AssetMap register bundle. A bundle is the file AssetMap writes with "
        "'Export register bundle' or `assetmap bundle`."
    ).format(path=path)
    try:
        data = _inflate(path)
    except FileNotFoundError:
        raise BundleError(path, tr("There is no file {path}.").format(path=path)) from None
    except gzip.BadGzipFile:
        raise BundleError(path, not_bundle) from None
    except (EOFError, zlib.error):
        raise BundleError(
            path,
            tr("The bundle {path} is incomplete (cut short while copying?). Copy it again and retry.").format(
                path=path
            ),
        ) from None
    except OSError as exc:
        raise BundleError(
            path, tr("Could not read {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from None
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BundleError(path, not_bundle) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError(path, not_bundle)
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError(path, not_bundle)
    if version > FORMAT_VERSION:
        raise BundleError(
            path,
            tr(
                "The bundle {path} was written by a newer version of AssetMap (bundle format {version}). "
                "Update AssetMap to merge it."
            ).format(path=path, version=version),
        )
    reader = _Reader(path)
    assets = tuple(
        reader.asset(raw, i)
        for i, raw in enumerate(reader.get(document, "assets", list, tr("bundle")), start=1)
    )
    seen: set[str] = set()
    for asset in assets:
        if asset.id in seen:
            raise reader.fail(tr("asset {id}").format(id=asset.id), tr("it appears twice"))
        seen.add(asset.id)
    people = NO_SECTION
    if "people" in document:
        people = _PeopleReader(reader).section(document["people"], seen)
    connections = NO_CONNECTIONS
    if "connections" in document:
        connections = ConnectionsReader(path, reader.fail).section(document["connections"])
    number = document.get("number")
    return Bundle(
        register_id=reader.get(document, "register_id", str, tr("bundle")),
        created_at=reader.time(document, "created_at", tr("bundle")),
        since=reader.get(document, "since", str, tr("bundle")),
        number=number if isinstance(number, int) and not isinstance(number, bool) else None,
        assets=assets,
        people=people,
        connections=connections,
        path=path,
    )
