"""Frozen records the register hands out, and the description of what a write changed."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields

# Fields a person edits. Everything else (id, ward, timestamps, version) the register keeps.
EDITABLE_FIELDS: tuple[str, ...] = (
    "name",
    "category",
    "subcategory",
    "tags",
    "description",
    "address",
    "postcode",
    "lon",
    "lat",
    "contact_name",
    "contact_phone",
    "contact_email",
    "website",
    "opening_times",
    "audience",
    "accessibility",
    "cost",
    "visibility",
    "status",
    "recorded_by",
    "review_due",
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

    @property
    def has_location(self) -> bool:
        return self.lon is not None and self.lat is not None

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None

    def editable(self) -> dict[str, object]:
        """The person-edited fields, e.g. to undo an edit by writing them back."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


ASSET_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Asset))


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    label: str
    colour: str
    subcategories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """What one register write did; ``assets`` holds the new state of every asset it touched."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()
    purged: tuple[str, ...] = ()
    assets: tuple[Asset, ...] = field(default=(), repr=False)

    @property
    def ids(self) -> tuple[str, ...]:
        return self.added + self.updated + self.removed + self.restored + self.purged

    def __bool__(self) -> bool:
        return bool(self.ids)


# -- history ----------------------------------------------------------------------------------

# What an asset's content is, for history and merging: the edited fields plus whether it is removed.
# The ward follows the location and the timestamps are each register's own, so neither is content.
CONTENT_FIELDS: tuple[str, ...] = (*EDITABLE_FIELDS, "removed")

HISTORY_OPERATIONS: tuple[str, ...] = ("baseline", "add", "update", "remove", "restore", "merge")


def content_of(values: Asset | Mapping[str, object]) -> dict[str, object]:
    """The content of an asset in JSON types: tags a list, the review date ISO text, ``removed`` a flag.

    Takes an :class:`Asset` or a mapping of column values (``removed_at`` decides ``removed``).
    """
    get = values.get if isinstance(values, Mapping) else functools.partial(getattr, values)
    content: dict[str, object] = {name: get(name) for name in EDITABLE_FIELDS}
    content["tags"] = list(content["tags"] or ())  # type: ignore[call-overload]
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
