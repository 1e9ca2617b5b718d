"""The register's ward boundaries: the bundled Greater Manchester wards, or a set of its own.

A team outside Greater Manchester gives its register its own wards (``assetmap boundaries import``
or File → Ward boundaries…). They are kept in the register itself, so a copy of the file, or a
register shared by a team, carries them. Changing them re-derives every asset's ward in the same
transaction; the ward is derived from the location, so nothing an asset's editors wrote changes
and no history is written.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from sqlalchemy import Connection, Engine, delete, insert, select

from assetmap.geo.boundaries import WGS84, Boundaries, gm_boundaries
from assetmap.geo.wards import WardIndex
from assetmap.register import audit
from assetmap.register.connection import driver_sql, write_unit
from assetmap.register.records import Change
from assetmap.register.schema import AssetRow, RegisterMetaRow, WardBoundaryRow

_ASSETS = AssetRow.__table__
_META = RegisterMetaRow.__table__
_WARDS = WardBoundaryRow.__table__
_META_KEYS = ("boundaries_name", "boundaries_source", "boundaries_population")
WARD_FIELDS = ("ward_code", "ward_name", "lad_code", "lad_name")


def _boundaries_from_rows(rows: Sequence[Any], meta: dict[str, str]) -> Boundaries:
    wards = gpd.GeoDataFrame(
        {name: [getattr(r, name) for r in rows] for name in WARD_FIELDS},
        geometry=gpd.GeoSeries(shapely.from_wkb([r.geometry for r in rows]), crs=WGS84),
        crs=WGS84,
    )
    districts = wards.dissolve(by="lad_code", as_index=False, sort=False)[
        ["lad_code", "lad_name", "geometry"]
    ]
    population = {
        r.ward_code: float(r.population)
        for r in rows
        if r.population is not None and math.isfinite(r.population)
    }
    return Boundaries(
        wards=wards,
        wards_for_drawing=wards,
        districts=districts,
        name=meta.get("boundaries_name", "Imported wards"),
        area_name=meta.get("boundaries_name", "Imported wards"),
        population=population,
        population_label=meta.get("boundaries_population", ""),
        source=meta.get("boundaries_source", ""),
    )


def check_wards(frame: gpd.GeoDataFrame) -> None:
    """Refuse a frame the register cannot keep as its wards (a programming error, not a person's)."""
    missing = [name for name in WARD_FIELDS if name not in frame.columns]
    if missing:
        raise ValueError(f"ward boundaries need the columns {', '.join(missing)}")
    if frame.crs is None or not frame.crs.equals(WGS84):
        raise ValueError("ward boundaries must be in WGS84 longitude/latitude")
    if len(frame) == 0 or frame["ward_code"].duplicated().any():
        raise ValueError("ward boundaries need at least one ward and one row per ward code")


class WardBoundaries:
    """Register methods for its ward boundaries (mixed into ``Register``)."""

    _engine: Engine
    _ward_index: WardIndex | None
    _boundaries: Boundaries | None
    user: str

    def boundaries(self) -> Boundaries:
        """The register's wards: its own set if it has one, else the bundled GM wards."""
        if self._boundaries is None:
            with self._engine.connect() as conn:
                rows = conn.execute(select(_WARDS).order_by(_WARDS.c.sort_order)).all()
                meta = dict(
                    conn.execute(select(_META.c.key, _META.c.value).where(_META.c.key.in_(_META_KEYS))).all()
                )
            self._boundaries = _boundaries_from_rows(rows, meta) if rows else gm_boundaries()
        return self._boundaries

    @property
    def ward_index(self) -> WardIndex:
        if self._ward_index is None:
            self._ward_index = WardIndex.for_boundaries(self.boundaries())
        return self._ward_index

    def count_outside_wards(self) -> int:
        """How many assets (not removed) have a location in no ward: the table flags them."""
        with self._engine.connect() as conn:
            return int(
                conn.exec_driver_sql(
                    "SELECT count(*) FROM assets WHERE removed_at IS NULL AND lon IS NOT NULL "
                    "AND lat IS NOT NULL AND ward_code IS NULL"
                ).scalar_one()
            )

    def use_boundaries(
        self,
        wards: gpd.GeoDataFrame | None,
        *,
        name: str = "",
        source: str = "",
        population_label: str = "",
    ) -> Change:
        """Give the register its own wards (``None``: back to the bundled GM wards), in one transaction.

        ``wards`` holds ``ward_code``, ``ward_name``, ``lad_code``, ``lad_name`` and polygons in
        WGS84, and may hold ``population``. Every asset's ward is derived again; the change lists
        the assets whose ward changed.
        """
        rows: list[_WardRow] = []
        meta: dict[str, str] = {}
        if wards is None:
            boundaries = gm_boundaries()
        else:
            check_wards(wards)
            rows = list(_rows(wards))
            meta = {
                "boundaries_name": name or "Imported wards",
                "boundaries_source": source,
                "boundaries_population": population_label,
            }
            boundaries = _boundaries_from_rows(rows, meta)
        index = WardIndex.for_boundaries(boundaries)
        with write_unit(self._engine) as conn:
            conn.execute(delete(_WARDS))
            conn.execute(delete(_META).where(_META.c.key.in_(_META_KEYS)))
            if rows:
                conn.execute(insert(_WARDS), [row._asdict() for row in rows])
                conn.execute(insert(_META), [{"key": k, "value": v} for k, v in meta.items()])
            changed = _rederive_wards(conn, index)
            audit.append(conn, self.user, "boundaries", "boundaries", [None])
        self._boundaries = boundaries
        self._ward_index = index
        return Change(updated=changed)


class _WardRow(NamedTuple):
    ward_code: str
    ward_name: str
    lad_code: str
    lad_name: str
    population: float | None
    sort_order: int
    geometry: bytes


def _rows(wards: gpd.GeoDataFrame) -> Iterator[_WardRow]:
    population = (
        wards["population"] if "population" in wards.columns else pd.Series(np.nan, index=wards.index)
    )
    blobs = shapely.to_wkb(wards.geometry.to_numpy())
    for order, (code, ward, lad, lad_name, residents, blob) in enumerate(
        zip(
            wards["ward_code"],
            wards["ward_name"],
            wards["lad_code"],
            wards["lad_name"],
            pd.to_numeric(population, errors="coerce"),
            blobs,
            strict=True,
        )
    ):
        yield _WardRow(
            str(code),
            str(ward),
            str(lad),
            str(lad_name),
            None if pd.isna(residents) else float(residents),
            order,
            bytes(blob),
        )


def _rederive_wards(conn: Connection, index: WardIndex) -> tuple[str, ...]:
    """Set every asset's ward from its location with ``index``; the ids of those that changed."""
    rows = conn.execute(select(_ASSETS.c.id, _ASSETS.c.lon, _ASSETS.c.lat, _ASSETS.c.ward_code)).all()
    if not rows:
        return ()
    ids = [r[0] for r in rows]
    lons = np.array([np.nan if r[1] is None else r[1] for r in rows], dtype=float)
    lats = np.array([np.nan if r[2] is None else r[2] for r in rows], dtype=float)
    wards = index.assign(lons, lats)
    changed = [(ward, asset_id) for asset_id, ward, r in zip(ids, wards, rows, strict=True) if ward != r[3]]
    if changed:
        conn.exec_driver_sql(driver_sql(conn, "UPDATE assets SET ward_code = ? WHERE id = ?"), changed)
    return tuple(asset_id for _ward, asset_id in changed)
