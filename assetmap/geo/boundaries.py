"""Ward boundaries: the bundled Greater Manchester wards, and what any set of wards holds.

The bundled GM wards (May 2023) are the default. A register can carry other wards of its own (imported
with ``assetmap boundaries import``); ``Register.boundaries()`` gives a register's wards, and the map,
the filters, the reports and the exports take them from there as an argument.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from assetmap import paths
from assetmap.errors import DataFileError
from assetmap.messages import tr

WGS84 = "EPSG:4326"
BRITISH_NATIONAL_GRID = "EPSG:27700"

POPULATION_LABEL = "Census 2021, estimated for 2023 wards"


def boundaries_dir() -> Path:
    return paths.reference_data_dir() / "boundaries"


def _read(path: Path, columns: list[str]) -> gpd.GeoDataFrame:
    try:
        frame = gpd.read_file(path, engine="pyogrio", columns=columns)
    except Exception as exc:
        raise DataFileError(
            path,
            tr("The boundary file {path} cannot be read ({detail}). Reinstall AssetMap.").format(
                path=path, detail=exc
            ),
        ) from exc
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DataFileError(
            path,
            tr("The boundary file {path} has no field {field}. Reinstall AssetMap.").format(
                path=path, field=repr(missing[0])
            ),
        )
    if frame.crs is None:
        raise DataFileError(
            path, tr("The boundary file {path} says nothing of its coordinate system.").format(path=path)
        )
    return frame.to_crs(WGS84)


GM_BOUNDARIES_NAME = "Greater Manchester wards (May 2023, bundled)"


@dataclass(frozen=True, eq=False)
class Boundaries:
    """Wards for assignment (20 m), wards for drawing (200 m), districts, and residents per ward.

    Compared and hashed by identity, so derived drawings and indexes can be cached per set.
    """

    wards: gpd.GeoDataFrame
    wards_for_drawing: gpd.GeoDataFrame
    districts: gpd.GeoDataFrame
    name: str = GM_BOUNDARIES_NAME
    area_name: str = "Greater Manchester"
    population: Mapping[str, float] = field(default_factory=dict)
    population_label: str = ""
    source: str = ""
    bundled: bool = False  # the GM wards shipped with AssetMap, rather than a register's own

    @property
    def population_note(self) -> str:
        """Where the residents' figures come from, or that there are none."""
        return self.population_label or "no figures were given with these wards"

    @functools.cached_property
    def ward_names(self) -> dict[str, str]:
        return dict(zip(self.wards["ward_code"], self.wards["ward_name"], strict=True))

    @functools.cached_property
    def ward_district(self) -> dict[str, str]:
        return dict(zip(self.wards["ward_code"], self.wards["lad_code"], strict=True))

    @functools.cached_property
    def ward_points(self) -> dict[str, tuple[float, float]]:
        """A point inside each ward (lon, lat to 6 places): where "somewhere in this ward" is drawn."""
        points = self.wards.geometry.representative_point()
        return {
            code: (round(float(p.x), 6), round(float(p.y), 6))
            for code, p in zip(self.wards["ward_code"], points, strict=True)
        }

    @functools.cached_property
    def district_names(self) -> dict[str, str]:
        return dict(zip(self.districts["lad_code"], self.districts["lad_name"], strict=True))


_WARD_FIELDS = ["ward_code", "ward_name", "lad_code", "lad_name"]


@functools.cache
def gm_boundaries() -> Boundaries:
    """Greater Manchester's 215 wards (May 2023) and 10 districts, as bundled."""
    folder = boundaries_dir()
    return Boundaries(
        wards=_read(folder / "gm_wards.geojson", _WARD_FIELDS),
        wards_for_drawing=_read(folder / "gm_wards_bsc.geojson", _WARD_FIELDS),
        districts=_read(folder / "gm_lads.geojson", ["lad_code", "lad_name"]),
        population=ward_population()["population"].to_dict(),
        population_label=POPULATION_LABEL,
        source="Office for National Statistics (OGL v3.0)",
        bundled=True,
    )


@functools.cache
def ward_population() -> pd.DataFrame:
    """Usual residents per ward (Census 2021, estimated for May 2023 wards), indexed by ward code."""
    path = boundaries_dir() / "gm_ward_population_census2021.csv"
    try:
        frame = pd.read_csv(path, usecols=["ward_code", "ward_name", "lad_code", "population"])
    except Exception as exc:
        raise DataFileError(
            path,
            tr("The population file {path} cannot be read ({detail}). Reinstall AssetMap.").format(
                path=path, detail=exc
            ),
        ) from exc
    return frame.set_index("ward_code")
