"""The register bundle file: one gzip-compressed JSON document, written and read with checks."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import math
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assetmap.atomic import atomic_path
from assetmap.errors import AssetMapError, quoted
from assetmap.register.records import (
    CONTENT_FIELDS,
    HISTORY_OPERATIONS,
    HistoryEntry,
    canonical_content,
    node_id,
)

FORMAT = "assetmap-register-bundle"
FORMAT_VERSION = 1
SUFFIX = ".assetmap-bundle"
# A bundle of 100k assets with some history is a few hundred MB of JSON; anything far past that is
# not one of ours, and reading it whole would exhaust memory.
_MAX_BYTES = 1_000_000_000
# Bundle JSON compresses about ten times; a file that expands hundreds of times is a bomb, refused
# once it has grown past a few megabytes, before it can take much memory.
_MAX_RATIO = 100
_RATIO_FROM = 16 * 1024 * 1024
_CHUNK = 1024 * 1024


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
    path: Path | None = None

    @property
    def label(self) -> str:
        name = self.path.name if self.path else "bundle"
        return f"{name} (register {self.register_id[:8]}, {self.since}, {self.created_at:%Y-%m-%d %H:%M} UTC)"


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
        raise BundleError(path, f"Could not write the bundle {path}: {exc.strerror or exc}.") from exc


# -- reading ------------------------------------------------------------------------------------


class _Reader:
    """Checks one bundle document piece by piece, naming the place of the first problem."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> BundleError:
        return BundleError(
            self.path,
            f"The bundle {self.path} is damaged ({where}: {problem}). Nothing was merged; ask for the "
            "bundle to be exported again.",
        )

    def get(self, obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if key not in obj:
            raise self.fail(where, f"'{key}' is missing")
        value = obj[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            raise self.fail(where, f"'{key}' has the wrong type")
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
            raise self.fail(where, f"'{key}' is not a time") from None
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
        return parsed

    def content(self, value: Any, where: str) -> dict[str, object]:
        if not isinstance(value, dict) or set(value) != set(CONTENT_FIELDS):
            raise self.fail(where, "the asset's fields are not the ones this AssetMap knows")
        if not isinstance(value["removed"], bool):
            raise self.fail(where, "'removed' is not true or false")
        if not isinstance(value["tags"], list) or not all(isinstance(t, str) for t in value["tags"]):
            raise self.fail(where, "'tags' is not a list of words")
        for name in ("lon", "lat"):
            if value[name] is not None and (
                isinstance(value[name], bool)
                or not isinstance(value[name], (int, float))
                or not math.isfinite(value[name])
            ):
                raise self.fail(where, f"'{name}' is not a number")
        for name in CONTENT_FIELDS:
            if name not in ("removed", "tags", "lon", "lat") and not isinstance(
                value[name], (str, type(None))
            ):
                raise self.fail(where, f"'{name}' is not text")
        return value

    def entry(self, asset_id: str, raw: Any, where: str) -> HistoryEntry:
        if not isinstance(raw, dict):
            raise self.fail(where, "a history entry is not an object")
        node = self.get(raw, "node", str, where)
        parents = self.get(raw, "parents", list, where)
        if not all(isinstance(p, str) for p in parents):
            raise self.fail(where, "'parents' is not a list of ids")
        operation = self.get(raw, "operation", str, where)
        if operation not in HISTORY_OPERATIONS:
            raise self.fail(where, f"unknown operation {quoted(operation)}")
        content = raw.get("content")
        if content is not None:
            content = self.content(content, where)
            if node_id(canonical_content(content), parents) != node:
                raise self.fail(where, "a history entry does not match its id")
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
        where = f"asset {position}"
        if not isinstance(raw, dict):
            raise self.fail(where, "not an object")
        asset_id = self.get(raw, "id", str, where)
        if not asset_id or len(asset_id) > 36:
            raise self.fail(where, "the asset id is empty or too long")
        where = f"asset {position}, id {asset_id}"
        content = self.content(self.get(raw, "content", dict, where), where)
        history = tuple(
            self.entry(asset_id, e, f"{where}, history entry {i}")
            for i, e in enumerate(self.get(raw, "history", list, where), start=1)
        )
        head = self.get(raw, "head", str, where)
        heads = [e for e in history if e.node == head]
        if not heads or heads[0].content != content:
            raise self.fail(where, "its current state is missing from its history")
        removed_at = self.optional_time(raw, "removed_at", where)
        if (removed_at is not None) != content["removed"]:
            raise self.fail(where, "'removed_at' disagrees with 'removed'")
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
                    f"{path} is not a register bundle AssetMap will open: it expands far beyond any bundle's "
                    f"size ({packed:,} bytes to more than {inflated:,} so far). Nothing was merged.",
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
    not_bundle = (
        f"{path} is not an AssetMap register bundle. A bundle is the file AssetMap writes with "
        "'Export register bundle' or `assetmap bundle`."
    )
    try:
        data = _inflate(path)
    except FileNotFoundError:
        raise BundleError(path, f"There is no file {path}.") from None
    except gzip.BadGzipFile:
        raise BundleError(path, not_bundle) from None
    except (EOFError, zlib.error):
        raise BundleError(
            path, f"The bundle {path} is incomplete (cut short while copying?). Copy it again and retry."
        ) from None
    except OSError as exc:
        raise BundleError(path, f"Could not read {path}: {exc.strerror or exc}.") from None
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
            f"The bundle {path} was written by a newer version of AssetMap (bundle format {version}). "
            "Update AssetMap to merge it.",
        )
    reader = _Reader(path)
    assets = tuple(
        reader.asset(raw, i) for i, raw in enumerate(reader.get(document, "assets", list, "bundle"), start=1)
    )
    seen: set[str] = set()
    for asset in assets:
        if asset.id in seen:
            raise reader.fail(f"asset {asset.id}", "it appears twice")
        seen.add(asset.id)
    number = document.get("number")
    return Bundle(
        register_id=reader.get(document, "register_id", str, "bundle"),
        created_at=reader.time(document, "created_at", "bundle"),
        since=reader.get(document, "since", str, "bundle"),
        number=number if isinstance(number, int) and not isinstance(number, bool) else None,
        assets=assets,
        path=path,
    )
