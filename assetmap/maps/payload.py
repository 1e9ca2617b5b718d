"""The JSON the map page draws from: assets as compact rows, ward and district outlines, categories.

Everything here is data for ``JSON.parse``; none of it is ever placed in HTML or a template. The map is
the team's own copy: it draws every located asset but a person's gift without consent in force
(:func:`assetmap.register.sharing.on_team_map`), so each function that chooses assets takes ``people``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress
from operator import attrgetter
from typing import Any

import geopandas as gpd
import numpy as np
import shapely

from assetmap import settings
from assetmap.geo.boundaries import Boundaries
from assetmap.maps.page import MAX_ZOOM, MIN_ZOOM
from assetmap.messages import tr
from assetmap.register import sharing
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset, Category, collector_paused

# Column order of one asset row. The page reads the names from the payload, not from a copy of this list.
ASSET_FIELDS: tuple[str, ...] = (
    "id",
    "name",
    "category",
    "lon",
    "lat",
    "subcategory",
    "address",
    "postcode",
    "status",
    "ward",
    "description",
)
# A popup shows the start of a long description; the full text is in the asset's form.
DESCRIPTION_CHARS = 300
# Five decimal places of a degree is about a metre: far finer than the 200 m drawing outlines.
COORDINATE_DECIMALS = 5
FALLBACK_COLOUR = "#777777"
_HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# Paths the page fetches its data from, relative to the page (assetmap.js names the same four).
DATA_PATHS: dict[str, str] = {
    "config": "data/config.json",
    "wards": "data/wards.json",
    "districts": "data/districts.json",
    "assets": "data/assets.json",
}


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def _located(asset: Asset, people: PeopleView) -> bool:
    return (
        sharing.on_team_map(asset, people=people)
        and asset.removed_at is None
        and asset.lon is not None
        and asset.lat is not None
        and math.isfinite(asset.lon)
        and math.isfinite(asset.lat)
    )


def _short(text: str | None) -> str | None:
    if text is None or len(text) <= DESCRIPTION_CHARS:
        return text
    return text[:DESCRIPTION_CHARS] + "…"


def asset_row(asset: Asset, ward_names: Mapping[str, str]) -> list[object]:
    """One asset as a row in ``ASSET_FIELDS`` order (a located asset, as the map draws only those)."""
    if asset.lon is None or asset.lat is None:
        raise ValueError(f"The asset {asset.id} has no location to draw.")
    return [
        asset.id,
        asset.name,
        asset.category,
        round(float(asset.lon), 6),
        round(float(asset.lat), 6),
        asset.subcategory,
        asset.address,
        asset.postcode,
        asset.status,
        ward_names.get(asset.ward_code or "", None),
        _short(asset.description),
    ]


# The attributes behind ASSET_FIELDS ("ward" is looked up from the ward code), and whether the asset is
# removed, read in one C call per asset.
_ROW_ATTRIBUTES = attrgetter(*(("ward_code" if f == "ward" else f) for f in ASSET_FIELDS), "removed_at")


def _row_tuples(
    assets: Iterable[Asset], ward_names: Mapping[str, str], people: PeopleView
) -> list[tuple[Any, ...]]:
    """The rows :func:`asset_rows` gives, as tuples, built a column at a time (the 50,000-asset path)."""
    assets = list(assets)
    values = list(map(_ROW_ATTRIBUTES, assets))
    if not values:
        return []
    columns: list[Sequence[Any]] = list(zip(*values, strict=True))
    lons, lats, wards, texts, removed = columns[3], columns[4], columns[9], columns[10], columns[11]
    x = np.array([np.nan if v is None else v for v in lons], dtype=float)
    y = np.array([np.nan if v is None else v for v in lats], dtype=float)
    keep = np.isfinite(x) & np.isfinite(y) & np.fromiter((r is None for r in removed), bool, len(removed))
    if any(a.person_id is not None for a in assets):
        keep &= np.fromiter((sharing.on_team_map(a, people=people) for a in assets), bool, len(assets))
    # Six places, as asset_row rounds them; numpy's rounding agrees with round() on longitudes and latitudes
    # (checked on 100,000 points), and could at worst differ in the last bit.
    columns[3] = np.round(x, 6).tolist()
    columns[4] = np.round(y, 6).tolist()
    get_ward = ward_names.get
    columns[9] = [None if code is None else get_ward(code) for code in wards]
    columns[10] = [t if t is None or len(t) <= DESCRIPTION_CHARS else _short(t) for t in texts]
    rows = zip(*columns[:11], strict=True)
    if keep.all():
        return list(rows)
    return list(compress(rows, keep.tolist()))


def asset_rows(
    assets: Iterable[Asset], ward_names: Mapping[str, str], *, people: PeopleView
) -> list[list[object]]:
    """Rows for the assets the map can draw: located, not removed, and not a gift without consent."""
    return [list(row) for row in _row_tuples(assets, ward_names, people)]


def drawable_ids(assets: Iterable[Asset], *, people: PeopleView) -> tuple[list[str], list[str]]:
    """Split assets into ids the map draws and ids it must not (removed, no location, or no consent)."""
    drawn: list[str] = []
    hidden: list[str] = []
    for asset in assets:
        (drawn if _located(asset, people) else hidden).append(asset.id)
    return drawn, hidden


def assets_json(assets: Iterable[Asset], ward_names: Mapping[str, str], *, people: PeopleView) -> bytes:
    """The assets to draw as ``{"fields": [...], "rows": [[...], ...]}``, UTF-8 JSON."""
    return assets_json_and_ids(assets, ward_names, people=people)[0]


def assets_json_and_ids(
    assets: Iterable[Asset], ward_names: Mapping[str, str], *, people: PeopleView
) -> tuple[bytes, list[str]]:
    """:func:`assets_json`, and the ids of the assets in it (those :func:`drawable_ids` calls drawn)."""
    with collector_paused():
        rows = _row_tuples(assets, ward_names, people)
        return _dumps({"fields": ASSET_FIELDS, "rows": rows}), [row[0] for row in rows]


def safe_colour(colour: str | None) -> str:
    """A ``#rrggbb`` colour, or a neutral grey when the stored one is anything else."""
    return colour if colour and _HEX_COLOUR.match(colour) else FALLBACK_COLOUR


def categories_json(categories: Sequence[Category]) -> list[dict[str, str]]:
    """Legend entries in register order: code, label and colour."""
    return [{"code": c.code, "label": c.label, "colour": safe_colour(c.colour)} for c in categories]


def _checked_view(view: Mapping[str, object] | None) -> dict[str, object] | None:
    """A view reported by the page (centre and zoom), kept only if it is plainly numbers."""
    if not view:
        return None
    centre, zoom = view.get("centre"), view.get("zoom")
    if (
        isinstance(centre, list)
        and len(centre) == 2
        and all(isinstance(v, (int, float)) and math.isfinite(v) for v in centre)
        and isinstance(zoom, (int, float))
        and math.isfinite(zoom)
    ):
        return {"centre": [float(centre[0]), float(centre[1])], "zoom": float(zoom)}
    return None


def config_json(
    categories: Sequence[Category],
    *,
    boundaries: Boundaries,
    online_basemap: bool,
    ward_label_zoom: int = 13,
    view: Mapping[str, object] | None = None,
) -> bytes:
    """What the page needs besides geometry and assets: legend, basemap, when to show ward names.

    ``view`` (``{"centre": [lon, lat], "zoom": z}``) reopens the map where it was, e.g. after the
    basemap is switched on or off.
    """
    basemap = (
        {
            "url": settings.OSM_TILE_URL,
            "attribution": settings.OSM_ATTRIBUTION,
            "maxZoom": MAX_ZOOM,
        }
        if online_basemap
        else None
    )
    return _dumps(
        {
            "categories": categories_json(categories),
            "basemap": basemap,
            "wardLabelZoom": int(ward_label_zoom),
            "minZoom": MIN_ZOOM,
            "maxZoom": MAX_ZOOM,
            "view": _checked_view(view),
            "boundaryCredit": boundary_credit(boundaries),
        }
    )


def boundary_credit(b: Boundaries) -> str | None:
    """The map's credit for a register's own wards (plain text), or ``None`` for the bundled GM wards."""
    if b.bundled:
        return None
    if b.source:
        return tr("Wards: {name} (imported from {source})").format(name=b.name, source=b.source)
    return tr("Wards: {name} (imported from a file)").format(name=b.name)


def _rounded(geometry: shapely.Geometry) -> shapely.Geometry:
    return shapely.transform(geometry, lambda xy: np.round(xy, COORDINATE_DECIMALS))


def _feature_collection(frame: gpd.GeoDataFrame, code: str, name: str) -> bytes:
    features = []
    for row_code, row_name, geometry in zip(frame[code], frame[name], frame.geometry, strict=True):
        point = geometry.representative_point()
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "code": str(row_code),
                    "name": str(row_name),
                    "label": [round(point.x, COORDINATE_DECIMALS), round(point.y, COORDINATE_DECIMALS)],
                },
                "geometry": shapely.geometry.mapping(_rounded(geometry)),
            }
        )
    return _dumps({"type": "FeatureCollection", "features": features})


def wards_geojson(boundaries: Boundaries) -> bytes:
    """The wards for drawing (GM's: the 200 m generalised outlines), with a label point each."""
    return _wards_of(boundaries)


def districts_geojson(boundaries: Boundaries) -> bytes:
    """The districts, drawn as stronger outlines, with a label point each."""
    return _districts_of(boundaries)


@functools.lru_cache(maxsize=4)
def _wards_of(boundaries: Boundaries) -> bytes:
    return _feature_collection(boundaries.wards_for_drawing, "ward_code", "ward_name")


@functools.lru_cache(maxsize=4)
def _districts_of(boundaries: Boundaries) -> bytes:
    return _feature_collection(boundaries.districts, "lad_code", "lad_name")
