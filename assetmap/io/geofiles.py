"""Exporting assets as GeoJSON (RFC 7946), GeoPackage (assets and ward counts) and KML."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely

from assetmap.io.tables import EXPORT_COLUMNS, NUMBER_COLUMNS, Tick, xml_safe
from assetmap.register.records import Asset

WGS84 = "EPSG:4326"


def write_geojson(rows: Sequence[Mapping[str, object]], path: Path, tick: Tick | None = None) -> None:
    """A FeatureCollection by RFC 7946: WGS84 longitude, latitude; no ``crs`` member; tags as a list.

    An asset without a location is a feature with a ``null`` geometry.
    """
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [\n')
        for done, row in enumerate(rows, start=1):
            properties = {c: row[c] for c in EXPORT_COLUMNS if c not in NUMBER_COLUMNS}
            properties["tags"] = [t for t in str(row["tags"]).split(",") if t]
            lon, lat = row["lon"], row["lat"]
            geometry = None if lon is None or lat is None else {"type": "Point", "coordinates": [lon, lat]}
            feature = {"type": "Feature", "id": row["id"], "geometry": geometry, "properties": properties}
            handle.write(("" if done == 1 else ",\n") + json.dumps(feature, ensure_ascii=False))
            if tick and done % 1000 == 0:
                tick(done)
        handle.write("\n]}\n")


def kml_text(text: str) -> str:
    """Text as a KML viewer should show it: escaped for HTML (the XML writer then escapes it for XML).

    Google Earth and many web viewers render a placemark's name, description and extended data as
    HTML, so XML escaping alone would let markup in an asset's text run in the viewer. A carriage
    return travels as a character reference, since XML and HTML parsers both turn a bare one into a
    line feed.
    """
    return html.escape(xml_safe(text), quote=True).replace("\r", "&#13;")


def _asset_frame(rows: Sequence[Mapping[str, object]], *, kml: bool = False) -> gpd.GeoDataFrame:
    frame = pd.DataFrame(list(rows), columns=list(EXPORT_COLUMNS))
    lon = pd.to_numeric(frame["lon"], errors="coerce").to_numpy(dtype=float)
    lat = pd.to_numeric(frame["lat"], errors="coerce").to_numpy(dtype=float)
    points = shapely.points(lon, lat)  # NaN coordinates give empty points
    points[pd.isna(lon) | pd.isna(lat)] = None
    for column in EXPORT_COLUMNS:
        if column not in NUMBER_COLUMNS:
            frame[column] = frame[column].astype(object)
            if kml:
                frame[column] = frame[column].map(lambda v: kml_text(str(v)))
    frame["lon"], frame["lat"] = lon, lat
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(points, crs=WGS84), crs=WGS84)


def ward_counts(
    assets: Sequence[Asset], wards: gpd.GeoDataFrame, categories: Sequence[str]
) -> gpd.GeoDataFrame:
    """Each ward with its number of exported assets, in all and per category."""
    counts = pd.DataFrame(
        {"ward_code": [a.ward_code for a in assets], "category": [a.category for a in assets]}
    )
    table = pd.crosstab(counts["ward_code"], counts["category"]) if len(counts) else pd.DataFrame()
    out = wards[
        [c for c in ("ward_code", "ward_name", "lad_code", "lad_name") if c in wards.columns] + ["geometry"]
    ].copy()
    for code in categories:
        column = table[code] if code in table.columns else pd.Series(dtype="int64")
        out[f"n_{code}"] = out["ward_code"].map(column).fillna(0).astype("int64")
    out["n_assets"] = out[[f"n_{c}" for c in categories]].sum(axis=1).astype("int64") if categories else 0
    return out.to_crs(WGS84)


def write_geopackage(
    rows: Sequence[Mapping[str, object]],
    path: Path,
    wards: gpd.GeoDataFrame | None = None,
) -> None:
    """A GeoPackage with an ``assets`` point layer and, when given, a ``wards`` layer with counts.

    Both layers are in EPSG:4326 with the CRS recorded, so QGIS places them without asking. The file
    is GeoPackage 1.2, which GDAL 3.6 and QGIS 3.22 (Debian 12) open without a warning on every open.
    """
    frame = _asset_frame(rows)
    pyogrio.write_dataframe(
        frame,
        path,
        layer="assets",
        driver="GPKG",
        geometry_type="Point",
        promote_to_multi=False,
        dataset_options={"VERSION": "1.2"},
    )
    if wards is not None:
        pyogrio.write_dataframe(wards, path, layer="wards", driver="GPKG", append=False)


def write_kml(rows: Sequence[Mapping[str, object]], path: Path) -> None:
    """KML placemarks named after the assets, with the other fields as extended data.

    Every text is escaped for HTML first (:func:`kml_text`): viewers render it as HTML.
    """
    frame = _asset_frame(rows, kml=True)
    # KML has its own "id" and "visibility"; AssetMap's travel under names that do not collide.
    frame = frame[frame.geometry.notna()].rename(
        columns={
            "name": "Name",
            "description": "Description",
            "id": "asset_uuid",
            "visibility": "asset_visibility",
        }
    )
    pyogrio.write_dataframe(frame, path, driver="KML", layer="assets", dataset_options={"NameField": "Name"})
