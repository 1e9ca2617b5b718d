"""Exporting links, stories and photos beside the assets: own files for CSV and GeoJSON, sheets for Excel,
related tables for GeoPackage.

What an export carries of them follows the assets it carries (:mod:`assetmap.register.connection_sharing`):
a story, photo or link goes only with its assets, a teller is named only with consent to be quoted, and a
person's link only in the team's full copy with their consent. Every CSV and Excel cell goes through the
one formula rule (:func:`assetmap.io.formula.cell`).

The GeoPackage carries them as tables of the OGC Related Tables Extension (``gpkgext_relations``): the
``stories`` and ``links`` attribute tables and the ``photos`` media table (each image a BLOB with its
``content_type`` and alternative text), each joined to the ``assets`` layer by a mapping table
(``assets_stories``, ``assets_links``, ``assets_photos``; ``stories_photos`` for a story's photos).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from assetmap.io.formula import cell
from assetmap.messages import tr
from assetmap.register import Register, sharing
from assetmap.register.connection_sharing import (
    carried_links,
    carried_photos,
    carried_stories,
    is_from_person,
)
from assetmap.register.connections import Link, Photo, Story
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset

STORY_COLUMNS: tuple[str, ...] = (
    "id",
    "asset_id",
    "asset_name",
    "text",
    "told_on",
    "teller",
    "quote_consent",
    "featured",
    "person_id",
    "recorded_by",
    "created_at",
    "updated_at",
)
LINK_COLUMNS: tuple[str, ...] = (
    "id",
    "from_kind",
    "from_id",
    "from_name",
    "to_id",
    "to_name",
    "kind",
    "kind_label",
    "note",
    "created_at",
    "updated_at",
)
PHOTO_COLUMNS: tuple[str, ...] = (
    "id",
    "asset_id",
    "story_id",
    "alt_text",
    "media_type",
    "width",
    "height",
    "byte_size",
    "created_at",
)
RELATED_TABLES_EXTENSION = "gpkg_related_tables"
RELATED_TABLES_DEFINITION = "http://docs.opengeospatial.org/is/18-000/18-000.html"


@dataclass(frozen=True)
class ConnectionRecords:
    """The links, stories and photos one export carries, with the labels of the link kinds."""

    links: tuple[Link, ...] = ()
    stories: tuple[Story, ...] = ()
    photos: tuple[Photo, ...] = ()
    kind_labels: Mapping[str, str] | None = None
    tier: str = sharing.PUBLIC

    def __bool__(self) -> bool:
        return bool(self.links or self.stories or self.photos)


def for_export(
    register: Register, assets: Sequence[Asset], tier: str, *, people: PeopleView
) -> ConnectionRecords:
    """What an export at ``tier`` carrying ``assets`` carries of the register's links, stories and photos."""
    ids = {a.id for a in assets}
    stories = carried_stories(register.stories(), ids)
    story_ids = {s.id for s in stories}
    return ConnectionRecords(
        links=tuple(carried_links(register.links(), ids, tier, people=people)),
        stories=tuple(stories),
        photos=tuple(carried_photos(register.photos(), ids, story_ids)),
        kind_labels={k.code: k.label for k in register.link_kinds()},
        tier=tier,
    )


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def story_rows(records: ConnectionRecords, names: Mapping[str, str]) -> list[dict[str, object]]:
    """One dict per story in :data:`STORY_COLUMNS` order; flags as booleans, the rest as text."""
    full_copy = records.tier == sharing.ALL
    rows = []
    for story in records.stories:
        rows.append(
            {
                "id": story.id,
                "asset_id": story.asset_id,
                "asset_name": names.get(story.asset_id, ""),
                "text": story.text,
                "told_on": _text(story.told_on),
                "teller": story.shown_teller,
                "quote_consent": bool(story.quote_consent),
                "featured": bool(story.featured),
                "person_id": (story.person_id or "") if full_copy else "",
                "recorded_by": (story.recorded_by or "") if full_copy else "",
                "created_at": _text(story.created_at),
                "updated_at": _text(story.updated_at),
            }
        )
    return rows


def link_rows(records: ConnectionRecords, names: Mapping[str, str]) -> list[dict[str, object]]:
    """One dict per link in :data:`LINK_COLUMNS` order (a person's name is never written)."""
    labels = records.kind_labels or {}
    rows: list[dict[str, object]] = []
    for link in records.links:
        rows.append(
            {
                "id": link.id,
                "from_kind": link.from_kind,
                "from_id": link.from_id,
                "from_name": "" if is_from_person(link) else names.get(link.from_id, ""),
                "to_id": link.to_id,
                "to_name": names.get(link.to_id, ""),
                "kind": link.kind,
                "kind_label": labels.get(link.kind, link.kind),
                "note": link.note or "",
                "created_at": _text(link.created_at),
                "updated_at": _text(link.updated_at),
            }
        )
    return rows


def photo_rows(records: ConnectionRecords) -> list[dict[str, object]]:
    return [
        {
            "id": p.id,
            "asset_id": p.asset_id,
            "story_id": p.story_id or "",
            "alt_text": p.alt_text,
            "media_type": p.media_type,
            "width": p.width,
            "height": p.height,
            "byte_size": p.byte_size,
            "created_at": _text(p.created_at),
        }
        for p in records.photos
    ]


def carries(fmt: str, path: Path | None = None) -> str:
    """What an export in ``fmt`` to ``path`` carries of the links, stories and photos, in a sentence,
    as the export dialog says it."""
    stem = path.stem if path is not None and path.stem else "NAME"
    if fmt == "csv":
        text = tr(
            "Stories and links go in their own files beside it: {name}-stories.csv and {name}-links.csv."
        )
    elif fmt == "geojson":
        text = tr(
            "Stories and links go in their own files beside it: {name}-stories.geojson and "
            "{name}-links.geojson (links as lines between the two assets)."
        )
    elif fmt == "xlsx":
        text = tr("Stories and links go in their own sheets of the workbook.")
    elif fmt == "gpkg":
        text = tr("Stories, links and photos (with their alternative text) go in related tables.")
    elif fmt == "kml":
        text = tr("KML carries no stories, links or photos.")
    elif fmt in ("oruk-json", "oruk-csv"):
        text = tr(
            "Open Referral carries the links meets at, funds and runs; it has no place for stories or photos."
        )
    else:
        raise KeyError(fmt)
    return text.format(name=stem)


def side_paths(path: Path, fmt: str) -> dict[str, Path]:
    """The files a CSV or GeoJSON export writes beside ``path`` for stories and links."""
    suffix = ".csv" if fmt == "csv" else ".geojson"
    return {
        "stories": path.with_name(f"{path.stem}-stories{suffix}"),
        "links": path.with_name(f"{path.stem}-links{suffix}"),
    }


# -- CSV --------------------------------------------------------------------------------------------


def write_csv(rows: Sequence[Mapping[str, object]], columns: Sequence[str], path: Path) -> None:
    """UTF-8 CSV with a BOM, like the assets' file; every cell through :func:`formula.cell`."""
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row[c]) for c in columns])


# -- GeoJSON ----------------------------------------------------------------------------------------

Point = tuple[float, float]


def locations(assets: Sequence[Asset]) -> dict[str, Point]:
    return {a.id: (a.lon, a.lat) for a in assets if a.lon is not None and a.lat is not None}


def _write_features(features: Sequence[dict[str, object]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [\n')
        handle.write(",\n".join(json.dumps(f, ensure_ascii=False) for f in features))
        handle.write("\n]}\n")


def write_links_geojson(rows: Sequence[Mapping[str, object]], where: Mapping[str, Point], path: Path) -> None:
    """Links as features: a line from one asset to the other, ``null`` when an end has no location."""
    features = []
    for row in rows:
        start, end = where.get(str(row["from_id"])), where.get(str(row["to_id"]))
        geometry = {"type": "LineString", "coordinates": [list(start), list(end)]} if start and end else None
        features.append({"type": "Feature", "id": row["id"], "geometry": geometry, "properties": dict(row)})
    _write_features(features, path)


def write_stories_geojson(
    rows: Sequence[Mapping[str, object]], where: Mapping[str, Point], path: Path
) -> None:
    """Stories as features placed at their asset (``null`` geometry for an asset with no location)."""
    features = []
    for row in rows:
        point = where.get(str(row["asset_id"]))
        geometry = {"type": "Point", "coordinates": list(point)} if point else None
        features.append({"type": "Feature", "id": row["id"], "geometry": geometry, "properties": dict(row)})
    _write_features(features, path)


# -- Excel ------------------------------------------------------------------------------------------


def xlsx_sheets(records: ConnectionRecords, names: Mapping[str, str]) -> list[tuple[str, tuple, list]]:
    """The extra sheets of an Excel export: ``Stories`` and ``Links``, as (title, columns, rows)."""
    return [
        ("Stories", STORY_COLUMNS, story_rows(records, names)),
        ("Links", LINK_COLUMNS, link_rows(records, names)),
    ]


# -- GeoPackage -------------------------------------------------------------------------------------


def write_geopackage_tables(
    records: ConnectionRecords,
    names: Mapping[str, str],
    path: Path,
    photo_bytes: Callable[[str], bytes],
) -> None:
    """Add ``stories``, ``links`` and ``photos`` to the GeoPackage at ``path`` as related tables.

    The ``assets`` layer must be written already; the mapping tables join its ``fid`` to theirs.
    """
    connection = sqlite3.connect(path)
    try:
        with connection:
            _write_related(connection, records, names, photo_bytes)
    finally:
        connection.close()


def _write_related(
    db: sqlite3.Connection,
    records: ConnectionRecords,
    names: Mapping[str, str],
    photo_bytes: Callable[[str], bytes],
) -> None:
    asset_fid = {str(i): int(f) for f, i in db.execute("SELECT fid, id FROM assets")}
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    db.execute(
        "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
        "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
        "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"
    )
    db.execute(
        "CREATE TABLE gpkgext_relations (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "base_table_name TEXT NOT NULL, base_primary_column TEXT NOT NULL DEFAULT 'id', "
        "related_table_name TEXT NOT NULL, related_primary_column TEXT NOT NULL DEFAULT 'id', "
        "relation_name TEXT NOT NULL, mapping_table_name TEXT NOT NULL UNIQUE)"
    )
    db.execute(
        "INSERT INTO gpkg_extensions VALUES ('gpkgext_relations', NULL, ?, ?, 'read-write')",
        (RELATED_TABLES_EXTENSION, RELATED_TABLES_DEFINITION),
    )

    def contents(table: str, description: str) -> None:
        db.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES (?, 'attributes', ?, ?, ?)",
            (table, table, description, now),
        )

    def attribute_table(
        table: str, columns: Sequence[str], rows: Sequence[Mapping[str, object]]
    ) -> list[int]:
        flags = {"quote_consent", "featured"}
        numbers = {"width", "height", "byte_size"}
        declared = ", ".join(
            f'"{c}" {"BOOLEAN" if c in flags else "INTEGER" if c in numbers else "TEXT"}' for c in columns
        )
        db.execute(f'CREATE TABLE "{table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {declared})')
        marks = ", ".join("?" for _ in columns)
        quoted = ", ".join(f'"{c}"' for c in columns)
        fids = []
        for row in rows:
            cursor = db.execute(
                f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', [_sql_value(row[c]) for c in columns]
            )
            fids.append(int(cursor.lastrowid or 0))
        return fids

    def relation(base: str, related: str, relation_name: str, pairs: Sequence[tuple[int, int]]) -> None:
        mapping = f"{base}_{related}"
        db.execute(f'CREATE TABLE "{mapping}" (base_id INTEGER NOT NULL, related_id INTEGER NOT NULL)')
        db.executemany(f'INSERT INTO "{mapping}" (base_id, related_id) VALUES (?, ?)', pairs)
        contents(mapping, f"Which {related} belong to which {base}")
        db.execute(
            "INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name, "
            "related_primary_column, relation_name, mapping_table_name) VALUES (?, ?, ?, ?, ?, ?)",
            (base, "fid", related, "fid" if relation_name != "media" else "id", relation_name, mapping),
        )
        db.execute(
            "INSERT INTO gpkg_extensions VALUES (?, NULL, ?, ?, 'read-write')",
            (mapping, RELATED_TABLES_EXTENSION, RELATED_TABLES_DEFINITION),
        )

    stories = story_rows(records, names)
    story_fids = attribute_table("stories", STORY_COLUMNS, stories)
    contents("stories", "Stories told about the assets")
    relation(
        "assets",
        "stories",
        "attributes",
        [(asset_fid[str(r["asset_id"])], f) for r, f in zip(stories, story_fids, strict=True)],
    )
    story_fid = {str(r["id"]): f for r, f in zip(stories, story_fids, strict=True)}

    links = link_rows(records, names)
    link_fids = attribute_table("links", LINK_COLUMNS, links)
    contents("links", "Connections between assets")
    pairs = []
    for row, fid in zip(links, link_fids, strict=True):
        for end in ("from_id", "to_id"):
            if str(row[end]) in asset_fid:
                pairs.append((asset_fid[str(row[end])], fid))
    relation("assets", "links", "attributes", pairs)

    # A media table, as the extension defines it: id, data and content_type, then AssetMap's columns.
    extra = [c for c in PHOTO_COLUMNS if c != "id"]
    declared = ", ".join(
        f'"{c}" {"INTEGER" if c in ("width", "height", "byte_size") else "TEXT"}' for c in extra
    )
    db.execute(
        "CREATE TABLE photos (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, data BLOB NOT NULL, "
        f'content_type TEXT NOT NULL, "photo_id" TEXT, {declared})'
    )
    contents("photos", "Photos of the assets and their stories, with alternative text")
    extra_quoted = ", ".join(f'"{c}"' for c in extra)
    asset_pairs, story_pairs = [], []
    for photo, row in zip(records.photos, photo_rows(records), strict=True):
        cursor = db.execute(
            f'INSERT INTO photos (data, content_type, "photo_id", {extra_quoted}) '
            f"VALUES (?, ?, ?, {', '.join('?' for _ in extra)})",
            [photo_bytes(photo.id), photo.media_type, photo.id, *[_sql_value(row[c]) for c in extra]],
        )
        fid = int(cursor.lastrowid or 0)
        asset_pairs.append((asset_fid[photo.asset_id], fid))
        if photo.story_id is not None and photo.story_id in story_fid:
            story_pairs.append((story_fid[photo.story_id], fid))
    relation("assets", "photos", "media", asset_pairs)
    relation("stories", "photos", "media", story_pairs)


def _sql_value(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    return value
