"""Turning coordinate columns or shapes into WGS84 longitude/latitude, for every row at once."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyproj
import shapely

from assetmap.io.blanks import blank_mask
from assetmap.io.mapping import ColumnMapping, coordinate_kind
from assetmap.io.source import SourceTable
from assetmap.messages import tr

# British National Grid covers Great Britain with margins; anything beyond is a typing slip.
_EASTING = (0.0, 700_000.0)
_NORTHING = (0.0, 1_300_000.0)


@functools.cache
def transformer(source: str, target: str) -> pyproj.Transformer:
    return pyproj.Transformer.from_crs(source, target, always_xy=True)


@dataclass
class Locations:
    """Longitude and latitude per row (NaN where none), and a problem per row (``None`` where fine)."""

    lon: np.ndarray
    lat: np.ndarray
    problems: np.ndarray
    problem_fields: np.ndarray

    @classmethod
    def empty(cls, n: int) -> Locations:
        return cls(
            np.full(n, np.nan),
            np.full(n, np.nan),
            np.full(n, None, dtype=object),
            np.full(n, None, dtype=object),
        )

    def fail(self, mask: np.ndarray, field: str, message: str) -> None:
        fresh = mask & pd.isna(self.problems)
        self.problems[fresh] = message
        self.problem_fields[fresh] = field
        self.lon[mask] = np.nan
        self.lat[mask] = np.nan


def _parse(table: SourceTable, column: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Numbers, which cells were blank (empty, ``NA``...), and which held text that is not a number."""
    numbers, empty = table.numbers(column)
    empty = empty | blank_mask(table.frame[column].tolist())
    bad = ~empty & ~np.isfinite(numbers)
    return numbers, empty, bad


def locate(table: SourceTable, mapping: ColumnMapping) -> Locations:
    """Where each row of ``table`` lies, by ``mapping.coordinates``; problems are kept per row."""
    n = len(table)
    found = Locations.empty(n)
    mode = mapping.coordinates
    if mode in ("lonlat", "eastnorth") and mapping.x_column and mapping.y_column:
        _from_columns(table, mapping, found)
    elif mode == "wkt" and mapping.x_column:
        text = table.frame[mapping.x_column].astype(str).str.strip().to_numpy(dtype=object)
        text[blank_mask(text.tolist())] = ""
        shapes = shapely.from_wkt(np.where(text == "", None, text), on_invalid="ignore")
        unreadable = (text != "") & pd.isna(shapes)
        _from_shapes(shapes, found, crs=_shape_crs(shapes))
        found.fail(
            unreadable,
            mapping.x_column,
            tr("{column} cannot be read as a WKT geometry.").format(column=mapping.x_column),
        )
    elif mode == "geometry" and table.geometry is not None:
        _from_shapes(table.geometry, found, crs="EPSG:4326")
    return found


def _shape_crs(shapes: np.ndarray) -> str:
    present = shapes[~pd.isna(shapes)]
    if present.size == 0:
        return "EPSG:4326"
    points = shapely.point_on_surface(present)
    kind = coordinate_kind(shapely.get_x(points), shapely.get_y(points))
    return "EPSG:27700" if kind == "eastnorth" else "EPSG:4326"


def _from_shapes(shapes: np.ndarray, found: Locations, *, crs: str) -> None:
    present = ~pd.isna(shapes)
    present[present] = ~shapely.is_empty(shapes[present].astype(object))
    if not present.any():
        return
    # A polygon (a park) is placed at a point guaranteed to lie inside it.
    points = shapely.point_on_surface(shapes[present])
    x, y = shapely.get_x(points), shapely.get_y(points)
    if crs != "EPSG:4326":
        x, y = transformer(crs, "EPSG:4326").transform(x, y)
    found.lon[present] = x
    found.lat[present] = y
    _check_range(found, present, "geometry")


def _check_range(found: Locations, present: np.ndarray, field: str) -> None:
    bad = present & ~(
        np.isfinite(found.lon)
        & np.isfinite(found.lat)
        & (np.abs(found.lon) <= 180)
        & (np.abs(found.lat) <= 90)
    )
    found.fail(
        bad,
        field,
        tr("The location lies outside the range of longitude (-180 to 180) or latitude (-90 to 90)."),
    )


def _from_columns(table: SourceTable, mapping: ColumnMapping, found: Locations) -> None:
    x_col, y_col = mapping.x_column or "", mapping.y_column or ""
    x, x_empty, x_bad = _parse(table, x_col)
    y, y_empty, y_bad = _parse(table, y_col)
    not_a_number = tr("{column} is not a number.")
    found.fail(x_bad, x_col, not_a_number.format(column=x_col))
    found.fail(y_bad, y_col, not_a_number.format(column=y_col))
    one_missing = x_empty != y_empty
    only_one = tr("{column} is empty but {other} is not; give both or neither.")
    found.fail(one_missing & x_empty, x_col, only_one.format(column=x_col, other=y_col))
    found.fail(one_missing & y_empty, y_col, only_one.format(column=y_col, other=x_col))
    present = ~(x_empty | y_empty | x_bad | y_bad)
    if mapping.coordinates == "lonlat":
        found.fail(
            present & ~(np.abs(x) <= 180),
            x_col,
            tr("{column} must be a longitude between -180 and 180.").format(column=x_col),
        )
        found.fail(
            present & ~(np.abs(y) <= 90),
            y_col,
            tr("{column} must be a latitude between -90 and 90.").format(column=y_col),
        )
        ok = present & pd.isna(found.problems)
        found.lon[ok], found.lat[ok] = x[ok], y[ok]
        return
    out_x = present & ~((x >= _EASTING[0]) & (x <= _EASTING[1]))
    out_y = present & ~((y >= _NORTHING[0]) & (y <= _NORTHING[1]))
    found.fail(
        out_x,
        x_col,
        tr("{column} must be a British National Grid easting between 0 and 700000.").format(column=x_col),
    )
    found.fail(
        out_y,
        y_col,
        tr("{column} must be a British National Grid northing between 0 and 1300000.").format(column=y_col),
    )
    ok = present & pd.isna(found.problems)
    if ok.any():
        lon, lat = transformer("EPSG:27700", "EPSG:4326").transform(x[ok], y[ok])
        found.lon[ok], found.lat[ok] = lon, lat
        _check_range(found, ok, x_col)
