"""Frozen records the register hands out, and the description of what a write changed."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class AssetField:
    """One field of an asset, declared once: what every form, check, import and export reads.

    ``kind`` says how a value is checked: ``text``, ``choice`` (one of a list: the register's
    categories, or a fixed list in :mod:`assetmap.register.schema`), ``email``, ``postcode``,
    ``coordinate``, ``tags``, ``date``, or ``kept`` (set by the register, never typed).
    ``editable`` fields are the ones a person edits (everything else the register keeps);
    ``importable`` ones can be filled from a column of an imported file, in this order. The
    :class:`Asset` record holds exactly these fields (a test checks it).
    """

    name: str
    label: str
    kind: str
    required: bool = False
    editable: bool = True
    importable: bool = True


ASSET_FIELDS: tuple[AssetField, ...] = (
    AssetField("name", "Name", "text", required=True),
    AssetField("category", "Category", "choice", required=True),
    AssetField("subcategory", "Subcategory", "text"),
    AssetField("tags", "Tags", "tags"),
    AssetField("description", "Description", "text"),
    AssetField("address", "Address", "text"),
    AssetField("postcode", "Postcode", "postcode"),
    # A location comes from a pair of columns or a geometry, chosen apart from the other fields.
    AssetField("lon", "Lon", "coordinate", importable=False),
    AssetField("lat", "Lat", "coordinate", importable=False),
    AssetField("contact_name", "Contact name", "text"),
    AssetField("contact_phone", "Contact phone", "text"),
    AssetField("contact_email", "Contact email", "email"),
    AssetField("website", "Website", "text"),
    AssetField("opening_times", "Opening times", "text"),
    AssetField("audience", "Audience", "text"),
    AssetField("accessibility", "Accessibility", "text"),
    AssetField("cost", "Cost", "choice"),
    AssetField("visibility", "Visibility", "choice"),
    AssetField("status", "Status", "choice"),
    AssetField("recorded_by", "Recorded by", "text"),
    AssetField("review_due", "Review due", "date"),
    # ``id`` keeps a register's own ids through an export and re-import (a value that is not a UUID
    # is ignored); the rest the register keeps.
    AssetField("id", "Id", "kept", editable=False),
    AssetField("ward_code", "Ward code", "kept", editable=False, importable=False),
    AssetField("created_at", "Created at", "kept", editable=False, importable=False),
    AssetField("updated_at", "Updated at", "kept", editable=False, importable=False),
    AssetField("removed_at", "Removed at", "kept", editable=False, importable=False),
    AssetField("version", "Version", "kept", editable=False, importable=False),
    # The person whose gift or skill this is: set by linking, in the people register.
    AssetField("person_id", "Person", "kept", editable=False, importable=False),
)
FIELD_LABELS: dict[str, str] = {f.name: f.label for f in ASSET_FIELDS}

# Fields a person edits. Everything else (id, ward, timestamps, version) the register keeps.
EDITABLE_FIELDS: tuple[str, ...] = tuple(f.name for f in ASSET_FIELDS if f.editable)
# Asset fields a column of an imported file can fill, in the order the import wizard lists them.
IMPORTABLE_FIELDS: tuple[str, ...] = tuple(f.name for f in ASSET_FIELDS if f.importable)
# Optional fields of free text: checked for length and stray characters only.
TEXT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in ASSET_FIELDS if f.editable and f.kind == "text" and not f.required
)


@dataclass(frozen=True, slots=True)
class Asset:
    """One community asset as stored. Times are UTC."""

    id: str
    name: str
    category: str
    subcategory: str | None = None
    tags: tuple[str, ...] = ()
    description: str | None = None
    address: str | None = None
    postcode: str | None = None
    lon: float | None = None
    lat: float | None = None
    ward_code: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    website: str | None = None
    opening_times: str | None = None
    audience: str | None = None
    accessibility: str | None = None
    cost: str | None = None
    visibility: str = "public"
    status: str = "active"
    recorded_by: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    review_due: dt.date | None = None
    removed_at: dt.datetime | None = None
    version: int = 1
    person_id: str | None = None

    @property
    def has_location(self) -> bool:
        return self.lon is not None and self.lat is not None

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None

    def editable(self) -> dict[str, object]:
        """The person-edited fields, e.g. to undo an edit by writing them back."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


def utc_now() -> dt.datetime:
    """Now in UTC without a zone, as the register stores every time."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def updated_time(asset: Asset) -> dt.datetime:
    """When a stored asset was last written (every asset read from a register has that time)."""
    if asset.updated_at is None:
        raise ValueError(f"The asset {asset.id} has no time of its last update.")
    return asset.updated_at


ASSET_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Asset))
_TAGS = ASSET_COLUMNS.index("tags")


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    label: str
    colour: str
    subcategories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """What one register write did; ``assets`` holds the new state of every asset it touched.

    ``added`` ... ``purged`` name assets (or, for the lists a write keeps, such as link kinds, the
    entries of that list). ``links``, ``stories`` and ``photos`` name the links, stories and photos
    the write touched, so that a window updates only what changed.
    """

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()
    purged: tuple[str, ...] = ()
    assets: tuple[Asset, ...] = field(default=(), repr=False)
    links: tuple[str, ...] = ()
    stories: tuple[str, ...] = ()
    photos: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return self.added + self.updated + self.removed + self.restored + self.purged

    def __bool__(self) -> bool:
        return bool(self.ids or self.links or self.stories or self.photos)


# -- history ----------------------------------------------------------------------------------

# What an asset's content is, for history and merging: the edited fields plus whether it is removed.
# The ward follows the location and the timestamps are each register's own, so neither is content.
CONTENT_FIELDS: tuple[str, ...] = (*EDITABLE_FIELDS, "removed")

HISTORY_OPERATIONS: tuple[str, ...] = ("baseline", "add", "update", "remove", "restore", "merge")


def asset_from_row(row: Sequence[Any]) -> Asset:
    """An asset from a database row of ``ASSET_COLUMNS`` (its tags as the JSON column gives them)."""
    values = list(row)
    values[_TAGS] = tuple(values[_TAGS] or ())
    return Asset(*values)


def tag_list(tags: object) -> list[str]:
    """Tags as the JSON column and the content store them: a list (none for a missing value)."""
    if tags is None:
        return []
    if not isinstance(tags, tuple | list):
        raise TypeError(f"Tags must be a list of text, not {type(tags).__name__}.")
    return list(tags)


def content_of(values: Asset | Mapping[str, object]) -> dict[str, object]:
    """The content of an asset in JSON types: tags a list, the review date ISO text, ``removed`` a flag.

    Takes an :class:`Asset` or a mapping of column values (``removed_at`` decides ``removed``).
    """
    get = values.get if isinstance(values, Mapping) else functools.partial(getattr, values)
    content: dict[str, object] = {name: get(name) for name in EDITABLE_FIELDS}
    content["tags"] = tag_list(content["tags"])
    if isinstance(content["review_due"], dt.date):
        content["review_due"] = content["review_due"].isoformat()
    content["removed"] = get("removed_at") is not None
    return content


def canonical_content(content: Mapping[str, object]) -> str:
    """One text per content, so that equal contents hash alike on every computer."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def node_id(canonical: str, parents: Iterable[str]) -> str:
    """The id of one state of an asset: a hash of its content and of the states it came from.

    Like a commit id, it names a place in the asset's history, so the same content reached twice
    (an edit undone by hand) is two states, while two registers that merge the same two states
    into the same content reach one state.
    """
    text = canonical + "\n" + " ".join(sorted(set(parents)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One entry of an asset's history: the state ``node`` it reached, and which register made it when.

    ``content`` is ``None`` for a state known only by its id (a bundle carries older states that way).
    ``seq`` is the entry's place in this register's history, ``None`` for an entry read from a bundle.
    """

    asset_id: str
    node: str
    parents: tuple[str, ...]
    version: int
    register_id: str
    recorded_at: dt.datetime
    operation: str
    content: dict[str, object] | None = field(default=None, compare=False, hash=False)
    seq: int | None = None


def known_content(entry: HistoryEntry) -> dict[str, object]:
    """The content of an entry that must carry it, such as an asset's head (a state read from the asset)."""
    if entry.content is None:
        raise ValueError(f"The history entry {entry.node} of asset {entry.asset_id} has no content.")
    return entry.content


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while building many records or rows from them.

    None of them are cycles, but each batch of new objects would otherwise start collections that walk
    the whole heap of a running app (Qt, geopandas), several times over a 50,000-asset read.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
