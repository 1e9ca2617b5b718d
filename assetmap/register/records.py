"""Frozen records the register hands out, and the description of what a write changed."""

from __future__ import annotations

import datetime as dt
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
