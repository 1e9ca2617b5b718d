"""Reading geographic layers (GeoJSON, GeoPackage, zipped Shapefile, KML) with pyogrio."""

from __future__ import annotations

import html
import json
import logging
import re
import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from assetmap.errors import quoted
from assetmap.io.archives import check_archive
from assetmap.io.problems import UnreadableFileError
from assetmap.io.source import SourceTable, text_columns
from assetmap.messages import tr, tr_n

log = logging.getLogger(__name__)

WGS84 = "EPSG:4326"
BRITISH_NATIONAL_GRID = "EPSG:27700"
_FORMAT = {
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".gpkg": "GeoPackage",
    ".zip": "zipped Shapefile",
    ".shp": "Shapefile",
    ".kml": "KML",
    ".kmz": "KMZ",
}
# Fields GDAL's LIBKML driver adds to every KML layer; they describe the drawing, not the place.
_KML_FIELDS = (
    "id",
    "timestamp",
    "begin",
    "end",
    "altitudeMode",
    "tessellate",
    "extrude",
    "visibility",
    "drawOrder",
    "icon",
)


def _export_again() -> str:
    return tr("Export the layer again from the program that made it (in QGIS: Export, Save Features As)")


def _format(path: Path) -> str:
    return _FORMAT.get(path.suffix.lower(), "geographic")


def _cannot_read_as(path: Path, detail: str) -> str:
    """That the file cannot be read as its format, a whole sentence for each format."""
    kind = _format(path)
    if kind == "GeoJSON":
        message = tr("this cannot be read as GeoJSON ({detail})")
    elif kind == "GeoPackage":
        message = tr("this cannot be read as GeoPackage ({detail})")
    elif kind == "zipped Shapefile":
        message = tr("this cannot be read as zipped Shapefile ({detail})")
    elif kind == "Shapefile":
        message = tr("this cannot be read as Shapefile ({detail})")
    elif kind == "KML":
        message = tr("this cannot be read as KML ({detail})")
    elif kind == "KMZ":
        message = tr("this cannot be read as KMZ ({detail})")
    else:
        message = tr("this cannot be read as a geographic file ({detail})")
    return message.format(detail=detail)


def _gdal_detail(exc: object) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 160 else text[:157] + "..."


def dataset_path(path: Path) -> tuple[str, list[str] | None]:
    """What to hand to GDAL for ``path``, and the Shapefiles inside it when it is a zip."""
    if path.suffix.lower() != ".zip":
        return str(path), None
    if not zipfile.is_zipfile(path):
        raise UnreadableFileError(
            path, tr("this is not a zip file (it is damaged or cut short)"), tr("Zip the Shapefile again")
        )
    check_archive(path, "zipped Shapefile", tr("Zip the Shapefile again"))
    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                n for n in archive.namelist() if n.lower().endswith(".shp") and not n.startswith("__MACOSX")
            ]
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFileError(
            path, tr("the zip file is damaged ({detail})").format(detail=exc), tr("Zip the Shapefile again")
        ) from None
    if not members:
        raise UnreadableFileError(
            path,
            tr("the zip file holds no Shapefile (.shp)"),
            tr("Zip the .shp, .shx, .dbf and .prj files together"),
        )
    return f"/vsizip/{path}", members


def _check_geojson_text(path: Path) -> None:
    """A clear message for a .geojson file that is not JSON at all, before GDAL guesses at it."""
    if path.suffix.lower() not in (".geojson", ".json"):
        return
    try:
        with path.open("rb") as handle:
            document = json.loads(handle.read().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UnreadableFileError(
            path, tr("this is not GeoJSON (it is not UTF-8 text)"), _export_again()
        ) from None
    except json.JSONDecodeError as exc:
        raise UnreadableFileError(
            path,
            tr("this is not valid JSON (line {line}: {detail}); the file may be cut short").format(
                line=exc.lineno, detail=exc.msg
            ),
            _export_again(),
        ) from None
    except RecursionError:
        raise UnreadableFileError(
            path, tr("this JSON is nested too deeply to be GeoJSON"), _export_again()
        ) from None
    kind = document.get("type") if isinstance(document, dict) else None
    if kind not in ("FeatureCollection", "Feature"):
        raise UnreadableFileError(
            path, tr('this JSON is not GeoJSON (it needs "type": "FeatureCollection")'), _export_again()
        )


_ENTITY = re.compile(rb"<!ENTITY\s[^>]*?\b(SYSTEM|PUBLIC)\b|<!ENTITY\s", re.IGNORECASE)
_PROLOG_BYTES = 64 * 1024


def _check_kml_entities(path: Path) -> None:
    """Refuse a KML (or KMZ) file whose DOCTYPE declares entities, before GDAL's XML parser sees it.

    External entities ask the reader to load other files or addresses; internal ones can make a
    small file expand enormously. AssetMap loads neither, and says so rather than "parsing aborted".
    """
    suffix = path.suffix.lower()
    if suffix not in (".kml", ".kmz"):
        return
    if suffix == ".kmz" and zipfile.is_zipfile(path):
        check_archive(path, "KMZ file", _export_again())
    heads: list[bytes] = []
    if suffix == ".kml":
        with path.open("rb") as handle:
            heads.append(handle.read(_PROLOG_BYTES))
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                if member.filename.lower().endswith(".kml"):
                    with archive.open(member) as handle:
                        heads.append(handle.read(_PROLOG_BYTES))
    for head in heads:
        found = _ENTITY.search(head.replace(b"\x00", b""))
        if found is None:
            continue
        if found.group(1):
            problem = tr(
                "the file asks to load external entities (a <!ENTITY ... SYSTEM> line at its top), "
                "which AssetMap never does: they can read other files on this computer or reach the internet"
            )
        else:
            problem = tr(
                "the file declares XML entities (a <!ENTITY> line at its top), which AssetMap never expands: "
                "they can make a small file grow enormous"
            )
        raise UnreadableFileError(
            path, problem, tr("Remove the <!DOCTYPE ...> block from the top of the file, or export it again")
        )


def layer_names(path: Path) -> list[str]:
    """The layers of a GeoPackage or KML file, or the Shapefiles in a zip; one name for GeoJSON."""
    path = Path(path)
    source, members = dataset_path(path)
    if members is not None:
        return [Path(m).stem for m in members]
    _check_geojson_text(path)
    _check_kml_entities(path)
    try:
        found = pyogrio.list_layers(source)
    except Exception as exc:
        raise UnreadableFileError(path, _cannot_read_as(path, _gdal_detail(exc)), _export_again()) from None
    return [str(name) for name, _kind in found]


def _open(path: Path, layer: str | None, notes: list[str]) -> gpd.GeoDataFrame:
    source, members = dataset_path(path)
    if members is not None:
        stems = {Path(m).stem: m for m in members}
        member = stems.get(layer) if layer else members[0]
        if member is None:
            raise UnreadableFileError(
                path,
                tr("the zip file holds no Shapefile called {name}").format(name=quoted(layer)),
                tr("Choose one of: {names}").format(names=", ".join(stems)),
            )
        source, layer = f"{source}/{member}", None
    elif layer is None:
        names = layer_names(path)  # which checks the file first
        layer = names[0] if names else None
    else:
        _check_kml_entities(path)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            frame = pyogrio.read_dataframe(source, layer=layer, on_invalid="ignore")
    except Exception as exc:
        raise UnreadableFileError(path, _cannot_read_as(path, _gdal_detail(exc)), _export_again()) from None
    # GDAL's warnings (a shape it could not read becomes an empty one) are for the person, not the console.
    notes.extend(
        dict.fromkeys(tr("While reading: {detail}").format(detail=_gdal_detail(w.message)) for w in caught)
    )
    return frame


def _guess_crs(path: Path, geometry: gpd.GeoSeries, notes: list[str]) -> str:
    """A CRS for a layer that states none: WGS84 or British National Grid, by the coordinates' range."""
    present = geometry[~(geometry.isna() | geometry.is_empty)]
    if present.empty:
        return WGS84
    minx, miny, maxx, maxy = present.total_bounds
    if minx >= -180 and maxx <= 180 and miny >= -90 and maxy <= 90:
        notes.append(
            tr(
                "The file does not say which coordinate system it uses; "
                "its coordinates look like longitude and latitude (WGS84)."
            )
        )
        return WGS84
    if minx >= 0 and maxx <= 700_000 and miny >= 0 and maxy <= 1_300_000:
        notes.append(
            tr(
                "The file does not say which coordinate system it uses; "
                "its coordinates look like British National Grid eastings and northings."
            )
        )
        return BRITISH_NATIONAL_GRID
    raise UnreadableFileError(
        path,
        tr(
            "the file does not say which coordinate system it uses, and its coordinates are neither "
            "longitude/latitude nor British National Grid"
        ),
        tr("Export it again with its .prj file (Shapefile) or a CRS set"),
    )


def _as_text(series: pd.Series) -> pd.Series:
    if pd.api.types.is_float_dtype(series.dtype):
        values = series.to_numpy(dtype=float, na_value=np.nan)
        text = pd.Series(values).map(
            lambda v: "" if np.isnan(v) else (str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v))
        )
        return text.astype(object)
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return series.map(lambda v: "" if pd.isna(v) else v.isoformat()).astype(object)

    def one(value: object) -> str:
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return ""
        if isinstance(value, (list, tuple, np.ndarray)):
            return ",".join(str(v) for v in value)
        if isinstance(value, bytes):
            return ""
        return str(value)

    return series.map(one).astype(object)


def read_layer(path: Path, layer: str | None = None) -> SourceTable:
    """Read one layer into a :class:`SourceTable` with its shapes reprojected to WGS84.

    Invalid shapes are repaired with ``shapely.make_valid`` and noted against their rows.
    Raises ``UnreadableFileError`` for a file GDAL cannot read, naming the format and what to do.
    """
    path = Path(path)
    notes: list[str] = []
    frame = _open(path, layer, notes)
    row_notes: dict[int, str] = {}
    non_finite_rows: list[int] = []
    geometry = frame.geometry if "geometry" in frame.columns else None
    if geometry is None:
        raise UnreadableFileError(
            path, tr("the layer has no shapes or points"), tr("Import it as CSV or a spreadsheet instead")
        )
    values = geometry.to_numpy()
    present = ~pd.isna(values)
    broken = _non_finite(values, present)
    if broken.any():
        # GEOS cannot check or repair such a shape: the row is refused, the rest of the file read.
        values = values.copy()
        values[broken] = None
        present &= ~broken
        for position in np.flatnonzero(broken).tolist():
            non_finite_rows.append(position)
        count = int(broken.sum())
        notes.append(
            tr_n(
                "{n} shape with coordinates that are not numbers (NaN or Infinity).",
                "{n} shapes with coordinates that are not numbers (NaN or Infinity).",
                count,
            ).format(n=count)
        )
    if present.any():
        invalid = np.zeros(len(values), dtype=bool)
        invalid[present] = ~shapely.is_valid(values[present])
        if invalid.any():
            values = values.copy()
            values[invalid] = shapely.make_valid(values[invalid])
            for position in np.flatnonzero(invalid).tolist():
                row_notes[position] = tr(
                    "Its shape was not valid (it may cross itself); AssetMap repaired it with make_valid."
                )
            count = int(invalid.sum())
            notes.append(
                tr_n(
                    "{n} invalid shape was repaired with make_valid.",
                    "{n} invalid shapes were repaired with make_valid.",
                    count,
                ).format(n=count)
            )
    crs = frame.crs if frame.crs is not None else _guess_crs(path, gpd.GeoSeries(values), notes)
    series = gpd.GeoSeries(values, crs=crs)
    try:
        wgs84 = series.to_crs(WGS84).to_numpy()
    except Exception as exc:
        raise UnreadableFileError(
            path,
            tr("its coordinates cannot be converted to longitude and latitude ({detail})").format(
                detail=_gdal_detail(exc)
            ),
            _export_again(),
        ) from None
    drop = [frame.geometry.name]
    if path.suffix.lower() in (".kml", ".kmz"):
        drop += [c for c in _KML_FIELDS if c in frame.columns]
    attributes = frame.drop(columns=drop)
    text = pd.DataFrame(
        {column: _as_text(attributes[column]).to_numpy() for column in attributes.columns},
        index=range(len(frame)),
    )
    if path.suffix.lower() in (".kml", ".kmz"):
        # KML text is HTML (viewers render it so; AssetMap's exports escape it for HTML), so its
        # character references are read back as the characters they stand for.
        text = text.map(lambda v: html.unescape(v) if isinstance(v, str) else v)
    names = list(text.columns)
    if not names:
        text = pd.DataFrame(index=range(len(frame)))
    table = SourceTable(
        path, text_columns(text, names), kind="layer", part=layer, geometry=np.asarray(wgs84, dtype=object)
    )
    table.notes.extend(notes)
    table.row_notes.update(row_notes)
    for position in non_finite_rows:
        table.flag(
            position,
            "error",
            "lon",
            tr(
                "Its coordinates are not numbers (NaN or Infinity); give it real longitude and latitude, "
                "or leave it out."
            ),
        )
    return table


def _non_finite(values: np.ndarray, present: np.ndarray) -> np.ndarray:
    """Which shapes have a coordinate that is NaN or infinite."""
    out = np.zeros(len(values), dtype=bool)
    if not present.any():
        return out
    shapes = values[present]
    counts = shapely.get_num_coordinates(shapes)
    coordinates = shapely.get_coordinates(shapes, include_z=True)
    bad = ~np.isfinite(coordinates[:, :2]).all(axis=1)
    if bad.any():
        owners = np.repeat(np.arange(len(shapes)), counts)
        flagged = np.zeros(len(shapes), dtype=bool)
        flagged[owners[bad]] = True
        out[np.flatnonzero(present)] = flagged
    return out
