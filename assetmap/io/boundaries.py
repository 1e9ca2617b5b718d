"""Other districts' wards: importing them, keeping them under the data folder, and choosing which is active.

The bundled Greater Manchester wards stay the default. A team elsewhere imports its district's
wards (GeoJSON, GeoPackage or zipped Shapefile) naming the code and name fields; the set is kept as
``<data dir>/boundaries/<slug>.gpkg`` (WGS84, fields ``ward_code``, ``ward_name``, ``lad_code``,
``lad_name``) beside a small JSON description. Names are the person's text: they are stored and
shown as text, never handed to folium or any template.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

from assetmap import paths
from assetmap.errors import AssetMapError
from assetmap.geo.boundaries import WGS84, Boundaries
from assetmap.geo.wards import WardIndex
from assetmap.io.layers import read_layer
from assetmap.io.problems import MappingError

_ACTIVE_FILE = "active.json"
_POLYGONS = ("Polygon", "MultiPolygon")


class BoundaryError(AssetMapError):
    """A boundary file does not hold usable wards, or a named set does not exist."""


@dataclass(frozen=True)
class BoundarySet:
    """One imported set of wards."""

    name: str
    slug: str
    path: Path
    wards: int
    source: str


def boundaries_folder() -> Path:
    return paths.data_dir() / "boundaries"


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60]
    return slug or "boundaries"


def _polygonal(shape: object) -> object:
    """The polygon parts of a shape (``make_valid`` can return a collection with stray lines)."""
    if shape is None:
        return None
    if shapely.get_type_id(shape) == 7:  # GeometryCollection
        parts = [g for g in shapely.get_parts(shape) if g.geom_type in _POLYGONS]
        return shapely.multipolygons(parts) if parts else None
    return shape if shape.geom_type in _POLYGONS else None


def import_boundaries(
    path: Path | str,
    *,
    name: str,
    code_field: str,
    name_field: str,
    district_code_field: str | None = None,
    district_name_field: str | None = None,
    layer: str | None = None,
) -> tuple[BoundarySet, list[str]]:
    """Read wards from ``path``, check them, reproject to WGS84 and keep them under the data folder.

    Returns the new set and notes for the person (repaired shapes). Raises ``UnreadableFileError``
    for a file that cannot be read, ``MappingError`` for a field it does not have, and
    ``BoundaryError`` for wards without codes, with repeated codes or without polygons.
    """
    table = read_layer(Path(path), layer)
    label = name.strip()
    if not label:
        raise BoundaryError("Give the boundary set a name, such as the district it covers.")
    for field in (code_field, name_field, district_code_field, district_name_field):
        if field is not None and field not in table.columns:
            raise MappingError(
                f"{table.path.name} has no field {field!r}. Its fields are: {', '.join(table.columns)}."
            )
    codes = table.frame[code_field].astype(str).str.strip()
    names = table.frame[name_field].astype(str).str.strip()
    shapes = np.array([_polygonal(g) for g in table.geometry], dtype=object)  # type: ignore[union-attr]
    problems = []
    for position in range(len(table)):
        row = int(table.row_numbers[position])
        if not codes.iloc[position]:
            problems.append(f"feature {row} has no {code_field}")
        if shapes[position] is None:
            problems.append(f"feature {row} is not a polygon")
    repeated = codes[codes.duplicated() & (codes != "")].unique().tolist()
    if repeated:
        problems.append(f"the code {repeated[0]!r} is used by more than one ward")
    if len(table) == 0:
        problems.append("it holds no features")
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise BoundaryError(
            f"{table.path.name} cannot be used as ward boundaries: {'; '.join(problems[:3])}{more}. "
            "Check the code field is the ward code and the layer holds ward polygons."
        )
    frame = gpd.GeoDataFrame(
        {
            "ward_code": codes.to_numpy(dtype=object),
            "ward_name": names.to_numpy(dtype=object),
            "lad_code": table.frame[district_code_field].astype(str).to_numpy(dtype=object)
            if district_code_field
            else "",
            "lad_name": table.frame[district_name_field].astype(str).to_numpy(dtype=object)
            if district_name_field
            else label,
        },
        geometry=gpd.GeoSeries(shapes, crs=WGS84),
        crs=WGS84,
    )
    folder = boundaries_folder()
    folder.mkdir(parents=True, exist_ok=True)
    slug = _slug(label)
    target = folder / f"{slug}.gpkg"
    partial = folder / f".{slug}.partial.gpkg"
    partial.unlink(missing_ok=True)
    pyogrio.write_dataframe(frame, partial, layer="wards", driver="GPKG", promote_to_multi=True)
    partial.replace(target)
    description = {"name": label, "source": table.path.name, "wards": len(frame)}
    (folder / f"{slug}.json").write_text(
        json.dumps(description, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return BoundarySet(label, slug, target, len(frame), table.path.name), list(table.notes)


def boundary_sets() -> list[BoundarySet]:
    """The imported sets, by name."""
    folder = boundaries_folder()
    found = []
    for description in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        if description.name == _ACTIVE_FILE:
            continue
        target = description.with_suffix(".gpkg")
        try:
            data = json.loads(description.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if target.exists():
            found.append(
                BoundarySet(
                    str(data.get("name", description.stem)),
                    description.stem,
                    target,
                    int(data.get("wards", 0)),
                    str(data.get("source", "")),
                )
            )
    return sorted(found, key=lambda s: s.name.casefold())


def _find(slug_or_name: str) -> BoundarySet:
    for item in boundary_sets():
        if slug_or_name in (item.slug, item.name):
            return item
    raise BoundaryError(f"There is no imported boundary set called {slug_or_name!r}. Import it first.")


def activate_boundaries(slug_or_name: str | None) -> BoundarySet | None:
    """Make an imported set the active wards, or go back to the bundled GM wards with ``None``."""
    folder = boundaries_folder()
    folder.mkdir(parents=True, exist_ok=True)
    chosen = _find(slug_or_name) if slug_or_name else None
    (folder / _ACTIVE_FILE).write_text(
        json.dumps({"slug": chosen.slug if chosen else None}), encoding="utf-8"
    )
    return chosen


def active_boundary_set() -> BoundarySet | None:
    """The active imported set, or ``None`` while the bundled Greater Manchester wards are in use."""
    marker = boundaries_folder() / _ACTIVE_FILE
    try:
        slug = json.loads(marker.read_text(encoding="utf-8")).get("slug")
    except (OSError, ValueError, AttributeError):
        return None
    if not slug:
        return None
    try:
        return _find(slug)
    except BoundaryError:
        return None


def load_boundaries(item: BoundarySet) -> Boundaries:
    """An imported set as :class:`Boundaries` (the same wards for assigning and drawing)."""
    wards = pyogrio.read_dataframe(item.path, layer="wards")
    wards = wards.set_crs(WGS84, allow_override=True) if wards.crs is None else wards.to_crs(WGS84)
    districts = wards.dissolve(by="lad_code", as_index=False)[["lad_code", "lad_name", "geometry"]]
    return Boundaries(wards=wards, wards_for_drawing=wards, districts=districts)


def ward_index_for(item: BoundarySet | None) -> WardIndex:
    """A :class:`WardIndex` over an imported set, or over the bundled GM wards for ``None``."""
    if item is None:
        return WardIndex.for_gm()
    return WardIndex(load_boundaries(item).wards)
