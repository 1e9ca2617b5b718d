"""Which ward a point lies in, for many points at once."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import geopandas as gpd
import numpy as np
import shapely

from assetmap.geo.boundaries import WGS84, Boundaries, gm_boundaries

# Below this many points, candidates come from the STRtree; above it, from a sweep over points sorted
# by longitude (one pass per ward over a narrow slice, with no point geometries built at all).
_TREE_LIMIT = 512

_Predicate = Callable[[shapely.Geometry, np.ndarray, np.ndarray], np.ndarray]


class WardIndex:
    """Assigns ward codes to points in bulk, from prepared ward polygons.

    A point gets the ward whose interior contains it, which is what
    ``STRtree.query(points, predicate="within")`` gives. A point exactly on a ward's outline (a shared
    edge between two wards, or the edge of the area) lies in no interior; rather than counting it as
    outside every ward, it gets the first ward, in the order the polygons were given, whose outline
    touches it. Should polygons overlap, the first in that order that contains the point wins.
    Points with no location (NaN) get ``None``, as do points outside every ward.

    The tests are ``shapely.contains_xy`` and ``shapely.intersects_xy`` on the coordinates, against
    polygons prepared once; each polygon is tested only on the points inside its bounding box.
    """

    def __init__(self, wards: gpd.GeoDataFrame, code_field: str = "ward_code") -> None:
        if wards.crs is None or not wards.crs.equals(WGS84):
            raise ValueError("Ward polygons must be in WGS84 longitude/latitude")
        codes = wards[code_field].to_numpy(dtype=object)
        # One extra slot holding None: "no ward" is index -1.
        self._codes = np.append(codes, np.array([None], dtype=object)).astype(object)
        self._geoms = np.asarray(wards.geometry.to_numpy(), dtype=object)
        shapely.prepare(self._geoms)
        self._bounds = shapely.bounds(self._geoms)
        self._tree = shapely.STRtree(self._geoms)

    @classmethod
    def for_gm(cls) -> WardIndex:
        return cls.for_boundaries(gm_boundaries())

    @staticmethod
    @functools.lru_cache(maxsize=4)
    def for_boundaries(boundaries: Boundaries) -> WardIndex:
        """The index over a set's wards, built once per set."""
        return WardIndex(boundaries.wards)

    def assign(self, lons: Sequence[float] | np.ndarray, lats: Sequence[float] | np.ndarray) -> np.ndarray:
        """Ward code for each point, or ``None`` where a point lies outside every ward or has no location."""
        x = np.asarray(lons, dtype=float).ravel()
        y = np.asarray(lats, dtype=float).ravel()
        if x.shape != y.shape:
            raise ValueError("lons and lats must have the same length")
        found = self._indices(x, y)
        return self._codes[found]

    def _indices(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Position of each point's ward in the polygons given, or -1 (see the class for the rules)."""
        found = np.full(x.shape[0], -1, dtype=np.intp)
        if x.size == 0:
            return found
        self._fill(found, x, y, shapely.contains_xy)
        # Points on an outline belong to no interior; give them a ward that touches them.
        missing = np.flatnonzero((found < 0) & np.isfinite(x) & np.isfinite(y))
        if missing.size:
            edge = np.full(missing.size, -1, dtype=np.intp)
            self._fill(edge, x[missing], y[missing], shapely.intersects_xy)
            found[missing] = edge
        return found

    def _fill(self, found: np.ndarray, x: np.ndarray, y: np.ndarray, predicate: _Predicate) -> None:
        """Set ``found`` (all -1 on entry) to the first polygon for which ``predicate`` holds, per point."""
        if x.size <= _TREE_LIMIT:
            self._fill_from_tree(found, x, y, predicate)
        else:
            self._fill_by_sweep(found, x, y, predicate)

    def _fill_from_tree(self, found: np.ndarray, x: np.ndarray, y: np.ndarray, predicate: _Predicate) -> None:
        finite = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
        if finite.size == 0:
            return
        point_idx, ward_idx = self._tree.query(shapely.points(x[finite], y[finite]))
        if point_idx.size == 0:
            return
        point_idx = finite[point_idx]
        ok = predicate(self._geoms[ward_idx], x[point_idx], y[point_idx])
        point_idx, ward_idx = point_idx[ok], ward_idx[ok]
        # The first polygon (lowest position) for each point.
        order = np.lexsort((ward_idx, point_idx))
        point_idx, ward_idx = point_idx[order], ward_idx[order]
        first = np.ones(point_idx.size, dtype=bool)
        first[1:] = point_idx[1:] != point_idx[:-1]
        found[point_idx[first]] = ward_idx[first]

    def _fill_by_sweep(self, found: np.ndarray, x: np.ndarray, y: np.ndarray, predicate: _Predicate) -> None:
        # NaN sorts last and fails every comparison, so points without a location are never candidates.
        order = np.argsort(x, kind="stable")
        xs = x[order]
        ys = y[order]
        hit = np.full(x.size, -1, dtype=np.intp)  # in sorted order
        starts = np.searchsorted(xs, self._bounds[:, 0], side="left")
        stops = np.searchsorted(xs, self._bounds[:, 2], side="right")
        for ward, (start, stop) in enumerate(zip(starts.tolist(), stops.tolist(), strict=True)):
            if start >= stop:
                continue
            _minx, miny, _maxx, maxy = self._bounds[ward]
            strip = ys[start:stop]
            candidates = np.flatnonzero((strip >= miny) & (strip <= maxy) & (hit[start:stop] < 0))
            if candidates.size == 0:
                continue
            candidates += start
            inside = predicate(self._geoms[ward], xs[candidates], ys[candidates])
            hit[candidates[inside]] = ward
        found[order] = hit

    def ward_of(self, lon: float | None, lat: float | None) -> str | None:
        if lon is None or lat is None:
            return None
        return self.assign([lon], [lat])[0]
