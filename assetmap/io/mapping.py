"""Which column of a file holds which field of an asset: a first guess, and saving it as JSON for reuse."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assetmap.atomic import atomic_path
from assetmap.errors import quoted
from assetmap.io.blanks import is_blank
from assetmap.io.category_values import CategoryChoice, default_categories, guess_category_values
from assetmap.io.problems import MappingError
from assetmap.io.source import SourceTable
from assetmap.messages import tr
from assetmap.register.records import IMPORTABLE_FIELDS, Category

# Asset fields a column can fill, in the order the wizard lists them (declared in ASSET_FIELDS).
FIELDS: tuple[str, ...] = IMPORTABLE_FIELDS

# How a row's location is given.
COORDINATE_MODES: dict[str, str] = {
    "none": "No location",
    "lonlat": "Longitude and latitude (WGS84)",
    "eastnorth": "Easting and northing (British National Grid)",
    "wkt": "A geometry column (WKT text)",
    "geometry": "The layer's own shapes",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "asset_name",
        "title",
        "organisation",
        "organization",
        "organisation_name",
        "organization_name",
        "group_name",
        "site_name",
        "place_name",
        "venue_name",
        "facility_name",
        "venue",
    ),
    "category": (
        "category",
        "abcd_category",
        "category_code",
        "asset_category",
        "asset_type",
        "type",
        "kind",
        "class",
        "classification",
        "site_type",
        "facility_type",
        "asset_class",
    ),
    "subcategory": ("subcategory", "sub_category", "subtype", "sub_type"),
    "description": ("description", "desc", "about", "details", "summary", "notes"),
    "address": ("address", "full_address", "street_address", "addr", "address_line_1", "address1"),
    "postcode": ("postcode", "post_code", "postal_code", "postalcode", "zip", "zipcode", "pcd", "pcds"),
    "contact_name": ("contact_name", "contact", "contact_person"),
    "contact_phone": ("contact_phone", "phone", "telephone", "tel", "phone_number", "mobile"),
    "contact_email": ("contact_email", "email", "e_mail", "email_address"),
    "website": ("website", "url", "web", "homepage", "web_site", "link", "web_address", "website_url"),
    "opening_times": ("opening_times", "opening_hours", "hours", "times", "opening"),
    "audience": ("audience", "who_for", "age_group"),
    "accessibility": ("accessibility", "access"),
    "cost": ("cost", "price", "fees"),
    "tags": ("tags", "keywords", "tag"),
    "visibility": ("visibility", "asset_visibility"),
    "status": ("status",),
    "recorded_by": ("recorded_by", "added_by", "author"),
    "review_due": ("review_due", "review_date"),
    "id": ("id", "uuid", "asset_uuid"),
}
# ``<thing>_name`` / ``<thing>_type`` columns name the asset or its kind, unless the thing is the place
# it lies in (``ward_name``, ``district_name``), a person (``contact_name``) or something else about it:
# a place's name is taken for the asset's only when nothing better is there, the others never.
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "name": ("name", "title"),
    "category": ("type", "category", "class", "kind"),
}
_PLACES = frozenset(
    {
        *("ward", "wd", "district", "lad", "la", "borough", "council", "authority", "parish", "area"),
        *("region", "county", "constituency", "town", "city", "street", "road"),
    }
)
_NOT_THE_ASSET = _PLACES | frozenset(
    {
        *("contact", "manager", "owner", "operator", "person", "file", "layer", "sub", "geometry", "geom"),
        *("shape", "postcode", "address", "ownership", "tenure", "cost", "fee", "payment", "access"),
        *("opening", "record"),
    }
)
_X_NAMES = ("lon", "lng", "long", "longitude", "x", "easting", "eastings", "east", "x_coord", "bng_x")
_Y_NAMES = ("lat", "latitude", "y", "northing", "northings", "north", "y_coord", "bng_y")
_WKT_NAMES = ("geometry", "wkt", "the_geom", "geom", "shape", "wkt_geom")


def normal_header(text: str) -> str:
    """A header as guesses compare it: ``"Site Name"``, ``"site-name"``, ``"SiteName"`` → ``site_name``."""
    split = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", text)
    return re.sub(r"[^0-9a-z]+", "_", split.casefold()).strip("_")


def _by_suffix(target: str, by_header: dict[str, str], used: set[str]) -> str | None:
    """A ``<thing>_name`` (or ``_type``...) column for ``target``; places and people only as a last resort."""
    fallback = None
    for header, column in by_header.items():
        if column in used:
            continue
        for suffix in _SUFFIXES[target]:
            if not header.endswith("_" + suffix):
                continue
            last_word = header[: -len(suffix) - 1].rsplit("_", 1)[-1]
            if last_word not in _NOT_THE_ASSET:
                return column
            if target == "name" and fallback is None and last_word in _PLACES:
                fallback = column
    return fallback


@dataclass
class ColumnMapping:
    """Which source column fills each asset field, how locations are given, and how categories translate.

    ``categories`` maps each category value found in the file to an ABCD choice (``None``: not placed);
    ``default_category`` is used for rows whose category is empty or not placed.
    """

    fields: dict[str, str] = field(default_factory=dict)
    coordinates: str = "none"
    x_column: str | None = None
    y_column: str | None = None
    categories: dict[str, CategoryChoice | None] = field(default_factory=dict)
    default_category: str | None = None

    def to_json(self) -> str:
        data = {
            "version": 1,
            "fields": self.fields,
            "coordinates": self.coordinates,
            "x_column": self.x_column,
            "y_column": self.y_column,
            "categories": {
                value: None
                if choice is None
                else {"category": choice.category, "subcategory": choice.subcategory}
                for value, choice in self.categories.items()
            },
            "default_category": self.default_category,
        }
        return json.dumps(data, indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, *, file_name: str | None = None) -> ColumnMapping:
        """The mapping ``text`` holds; its messages name ``file_name`` when it was read from a file."""
        try:
            data = json.loads(text)
            fields = {str(k): str(v) for k, v in dict(data.get("fields", {})).items()}
            categories = {
                str(value): None
                if choice is None
                else CategoryChoice(str(choice["category"]), choice.get("subcategory"))
                for value, choice in dict(data.get("categories", {})).items()
            }
            mapping = cls(
                fields=fields,
                coordinates=str(data.get("coordinates", "none")),
                x_column=data.get("x_column"),
                y_column=data.get("y_column"),
                categories=categories,
                default_category=data.get("default_category"),
            )
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            if file_name is None:
                message = tr(
                    "The mapping is not a column mapping saved by AssetMap ({detail}). "
                    "Save the mapping again from the import wizard, or import without one."
                )
            else:
                message = tr(
                    "The mapping file {file} is not a column mapping saved by AssetMap ({detail}). "
                    "Save the mapping again from the import wizard, or import without one."
                )
            raise MappingError(
                message.format(file=file_name, detail=f"{type(exc).__name__}: {exc}")
            ) from None
        unknown = sorted(set(mapping.fields) - set(FIELDS))
        if unknown:
            if file_name is None:
                message = tr("The mapping maps a column to {field}, which is not a field of an asset.")
            else:
                message = tr(
                    "The mapping file {file} maps a column to {field}, which is not a field of an asset."
                )
            raise MappingError(message.format(file=file_name, field=quoted(unknown[0])))
        if mapping.coordinates not in COORDINATE_MODES:
            if file_name is None:
                message = tr("The mapping gives locations as {mode}; use one of {modes}.")
            else:
                message = tr("The mapping file {file} gives locations as {mode}; use one of {modes}.")
            raise MappingError(
                message.format(
                    file=file_name, mode=quoted(mapping.coordinates), modes=", ".join(COORDINATE_MODES)
                )
            )
        return mapping

    def save(self, path: Path | str) -> None:
        with atomic_path(Path(path)) as temporary:
            temporary.write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path | str) -> ColumnMapping:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise MappingError(
                tr("The mapping file {path} cannot be read ({detail}).").format(path=path, detail=exc)
            ) from None
        return cls.from_json(text, file_name=path.name)

    def check_against(self, table: SourceTable) -> None:
        """Raise ``MappingError`` if the mapping names a column the file does not have."""
        columns = set(table.columns)
        named = list(self.fields.values())
        if self.coordinates in ("lonlat", "eastnorth"):
            named += [self.x_column or "", self.y_column or ""]
        if self.coordinates == "wkt":
            named.append(self.x_column or "")
        missing = [c for c in named if c not in columns]
        if missing:
            raise MappingError(
                tr(
                    "{file} has no column {column}, which the mapping uses. "
                    "Its columns are: {columns}. Change the mapping to fit."
                ).format(file=table.path.name, column=quoted(missing[0]), columns=", ".join(table.columns))
            )
        if self.coordinates == "geometry" and not table.has_geometry:
            raise MappingError(
                tr(
                    "{file} has no shapes; give locations as longitude/latitude or easting/northing columns."
                ).format(file=table.path.name)
            )


def _numbers(table: SourceTable, column: str) -> np.ndarray:
    values, _empty = table.numbers(column)
    return values[np.isfinite(values)]


def coordinate_kind(xs: np.ndarray, ys: np.ndarray) -> str | None:
    """``"lonlat"`` or ``"eastnorth"`` for columns of numbers, by their range; ``None`` if neither fits."""
    if len(xs) == 0 or len(ys) == 0:
        return None
    x, y = float(np.median(xs)), float(np.median(ys))
    if -180 <= x <= 180 and -90 <= y <= 90:
        return "lonlat"
    if 0 <= x <= 700_000 and 0 <= y <= 1_300_000:
        return "eastnorth"
    return None


def _guess_coordinates(table: SourceTable, mapping: ColumnMapping, by_header: dict[str, str]) -> None:
    if table.geometry is not None and any(g is not None for g in table.geometry):
        mapping.coordinates = "geometry"
        return
    xs = [by_header[n] for n in _X_NAMES if n in by_header]
    ys = [by_header[n] for n in _Y_NAMES if n in by_header]
    for x_column in xs:
        for y_column in ys:
            if x_column == y_column:
                continue
            x_values, y_values = _numbers(table, x_column), _numbers(table, y_column)
            kind = coordinate_kind(x_values, y_values)
            if kind is None:
                continue
            # Longitude and latitude swapped by mistake: in the UK latitude is 49-61, longitude -9 to 2.
            if kind == "lonlat" and 49 <= np.median(x_values) <= 61 and -9 <= np.median(y_values) <= 2:
                x_column, y_column = y_column, x_column
            mapping.coordinates, mapping.x_column, mapping.y_column = kind, x_column, y_column
            return
    for name in _WKT_NAMES:
        if name in by_header:
            mapping.coordinates, mapping.x_column = "wkt", by_header[name]
            return


def guess_mapping(
    table: SourceTable, categories: Sequence[Category] | None = None, *, default_category: str | None = None
) -> ColumnMapping:
    """A first guess at the mapping for ``table``, by column names and the values found in them."""
    by_header: dict[str, str] = {}
    for header in table.columns:
        by_header.setdefault(normal_header(header), header)
    mapping = ColumnMapping(default_category=default_category)
    used: set[str] = set()
    # Synonyms first, so ``contact_name`` is the contact's before ``<thing>_name`` columns are looked at.
    for target in FIELDS:
        for synonym in _SYNONYMS[target]:
            column = by_header.get(synonym)
            if column is not None and column not in used:
                mapping.fields[target] = column
                used.add(column)
                break
    for target in _SUFFIXES:
        if target not in mapping.fields:
            column = _by_suffix(target, by_header, used)
            if column is not None:
                mapping.fields[target] = column
                used.add(column)
    _guess_coordinates(table, mapping, by_header)
    refresh_category_values(table, mapping, categories)
    return mapping


# Location columns ``--map`` can name beside the asset fields, and the way of giving locations each means.
_LOCATION_TARGETS = {
    "lon": "lonlat",
    "lat": "lonlat",
    "easting": "eastnorth",
    "northing": "eastnorth",
    "wkt": "wkt",
}


def apply_overrides(
    table: SourceTable,
    mapping: ColumnMapping,
    overrides: Sequence[str],
    categories: Sequence[Category] | None = None,
) -> None:
    """Change ``mapping`` by ``FIELD=COLUMN`` pairs (``FIELD=`` maps nothing to the field).

    ``FIELD`` is an asset field, or ``lon``/``lat``, ``easting``/``northing`` or ``wkt`` for the location.
    The header may be written in any case. Raises ``MappingError`` naming a field or column that does
    not exist.
    """
    by_header = {normal_header(c): c for c in reversed(table.columns)}
    for pair in overrides:
        target, sep, wanted = pair.partition("=")
        target, wanted = target.strip().lower(), wanted.strip()
        if not sep or (target not in FIELDS and target not in _LOCATION_TARGETS):
            raise MappingError(
                tr("{pair} does not map a field: write FIELD=COLUMN, where FIELD is one of {fields}.").format(
                    pair=repr(pair), fields=", ".join((*FIELDS, *_LOCATION_TARGETS))
                )
            )
        column = None
        if wanted:
            column = wanted if wanted in table.columns else by_header.get(normal_header(wanted))
            if column is None:
                raise MappingError(
                    tr("{file} has no column {column} (for {field}). Its columns are: {columns}.").format(
                        file=table.path.name,
                        column=repr(wanted),
                        field=target,
                        columns=", ".join(table.columns),
                    )
                )
        if target in _LOCATION_TARGETS:
            mode = _LOCATION_TARGETS[target] if column else "none"
            if mode != mapping.coordinates:
                mapping.x_column = mapping.y_column = None
            mapping.coordinates = mode
            if target in ("lat", "northing"):
                mapping.y_column = column
            else:
                mapping.x_column = column
            continue
        for field_name, mapped in list(mapping.fields.items()):
            if mapped == column and field_name != target:
                del mapping.fields[field_name]
        if column is None:
            mapping.fields.pop(target, None)
        else:
            mapping.fields[target] = column
        if target == "category":
            mapping.categories.clear()
            refresh_category_values(table, mapping, categories)


def describe_mapping(mapping: ColumnMapping, categories: Sequence[Category] | None = None) -> list[str]:
    """The mapping as a person checks it: field ← column, each category value's place, and the location."""
    labels = {c.code: c.label for c in (categories if categories is not None else default_categories())}
    lines = []
    for name in FIELDS:
        column = mapping.fields.get(name)
        if column is None and name not in ("name", "category"):
            continue
        shown = column or tr("(no column)")
        lines.append(f"{name} \u2190 {shown}")
        if name != "category":
            continue
        for value, choice in mapping.categories.items():
            place = tr("not placed")
            if choice is not None:
                place = labels.get(choice.category, choice.category)
                place += f" / {choice.subcategory}" if choice.subcategory else ""
            lines.append(f"  {quoted(value)} \u2192 {place}")
        default = mapping.default_category
        shown = labels.get(default, default) if default else tr("none")
        lines.append("  " + tr("default category: {category}").format(category=shown))
    columns = [c for c in (mapping.x_column, mapping.y_column) if c]
    where = coordinate_mode_label(mapping.coordinates)
    lines.append(f"location \u2190 {', '.join(columns) + ' ' if columns else ''}({where})")
    return lines


def coordinate_mode_label(mode: str) -> str:
    """How a way of giving locations (a key of :data:`COORDINATE_MODES`) reads, in the current language."""
    if mode == "none":
        return tr("No location")
    if mode == "lonlat":
        return tr("Longitude and latitude (WGS84)")
    if mode == "eastnorth":
        return tr("Easting and northing (British National Grid)")
    if mode == "wkt":
        return tr("A geometry column (WKT text)")
    if mode == "geometry":
        return tr("The layer's own shapes")
    return mode


def refresh_category_values(
    table: SourceTable, mapping: ColumnMapping, categories: Sequence[Category] | None = None
) -> None:
    """Guess a place for every category value in the mapped column that the mapping does not yet place."""
    column = mapping.fields.get("category")
    if column is None:
        return
    values = [v for v in table.frame[column].astype(str).unique().tolist() if not is_blank(v)]
    guessed = guess_category_values(values, categories)
    for value, choice in guessed.items():
        mapping.categories.setdefault(value, choice)
