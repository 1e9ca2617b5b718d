"""Which ward a point lies in, for many points at once."""

from __future__ import annotations

from collections.abc import Sequence

import geopandas as gpd
import numpy as np
import shapely

from assetmap.geo.boundaries import WGS84, gm_boundaries


class WardIndex:
    """A spatial index over ward polygons that assigns ward codes to points in bulk.

    Uses a shapely STRtree with the ``within`` predicate: each point is tested only against the
    wards whose boxes hold it, in C, with no Python loop per point.
    """

    def __init__(self, wards: gpd.GeoDataFrame, code_field: str = "ward_code") -> None:
        if wards.crs is None or not wards.crs.equals(WGS84):
            raise ValueError("Ward polygons must be in WGS84 longitude/latitude")
        self._codes = wards[code_field].to_numpy(dtype=object)
        self._tree = shapely.STRtree(wards.geometry.to_numpy())

    @classmethod
    def for_gm(cls) -> WardIndex:
        return cls(gm_boundaries().wards)

    def assign(self, lons: Sequence[float] | np.ndarray, lats: Sequence[float] | np.ndarray) -> np.ndarray:
        """Ward code for each point, or ``None`` where a point lies outside every ward or has no location."""
        lons = np.asarray(lons, dtype=float)
        lats = np.asarray(lats, dtype=float)
        result = np.full(lons.shape[0], None, dtype=object)
        present = np.flatnonzero(~(np.isnan(lons) | np.isnan(lats)))
        if present.size == 0:
            return result
        points = shapely.points(lons[present], lats[present])
        point_idx, ward_idx = self._tree.query(points, predicate="within")
        result[present[point_idx]] = self._codes[ward_idx]
        return result

    def ward_of(self, lon: float | None, lat: float | None) -> str | None:
        if lon is None or lat is None:
            return None
        return self.assign([lon], [lat])[0]
