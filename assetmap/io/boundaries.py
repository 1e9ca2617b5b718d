"""Importing another area's wards into a register, so a team outside Greater Manchester can use AssetMap.

Any UK district's wards from GeoJSON, GeoPackage or a zipped Shapefile, with the fields that hold
each ward's code and name named by the person (a first guess is offered: the ONS ``WD23CD`` /
``WD23NM`` style, or ``code`` / ``name``). The wards are checked, repaired with ``make_valid`` where
need be, reprojected to WGS84 with the file's own CRS, and kept in the register
(:meth:`Register.use_boundaries`), which derives every asset's ward again in the same
transaction. The bundled Greater Manchester wards stay the default, and a register can go back to
them. Names are the person's text: they are stored and shown as text, never handed to a template.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from assetmap.errors import AssetMapError, quoted
from assetmap.geo.boundaries import WGS84, Boundaries
from assetmap.io.layers import read_layer
from assetmap.io.problems import MappingError

if TYPE_CHECKING:
    from assetmap.register import Register
    from assetmap.register.records import Change

_POLYGONS = ("Polygon", "MultiPolygon")
_SHOWN_PROBLEMS = 3


class BoundaryError(AssetMapError):
    """A boundary file does not hold usable wards."""


@dataclass(frozen=True)
class BoundaryFields:
    """Which of the file's fields hold each ward's code and name, and optionally district and residents."""

    code: str
    name: str
    district_code: str | None = None
    district_name: str | None = None
    population: str | None = None

    def named(self) -> list[tuple[str, str]]:
        """(what it is, field) for each field given, in the order a person reads them."""
        roles = (
            ("ward code", self.code),
            ("ward name", self.name),
            ("district code", self.district_code),
            ("district name", self.district_name),
            ("population", self.population),
        )
        return [(role, field) for role, field in roles if field]


@dataclass(frozen=True)
class BoundaryImport:
    """What importing wards did: how many, the notes for the person, the assets whose ward changed, and
    how many located assets now lie outside every ward."""

    wards: int
    districts: int
    notes: tuple[str, ...]
    change: Change
    outside: int

    def effect(self) -> str:
        """What the new wards did to the register's assets, in a sentence."""
        return (
            f"{len(self.change.updated):,} assets changed ward; "
            f"{self.outside:,} located assets lie outside every ward."
        )


def describe_boundaries(boundaries: Boundaries) -> str:
    """One line on the wards a register uses, for the app and the command line."""
    size = f"{len(boundaries.wards):,} wards in {len(boundaries.districts):,} district(s)"
    if boundaries.bundled:
        return f"This register uses the bundled {boundaries.name}: {size}."
    return (
        f"This register uses its own wards, {boundaries.name}: {size}, imported from "
        f"{boundaries.source or 'a file'}. Residents: {boundaries.population_note}."
    )


# What each field does, as a person reads it.
ROLE_LABELS = {
    "code": "ward code",
    "name": "ward name",
    "district_code": "district code",
    "district_name": "district name",
    "population": "population",
}

# ONS names its fields by year (WD23CD, LAD24NM); other publishers use plainer words.
_GUESSES: dict[str, tuple[str, ...]] = {
    "code": (r"wd\d{2}cd", r"ward_?code", r"ward_?id", r"code", r"gss_?code", r"id"),
    "name": (r"wd\d{2}nm", r"ward_?name", r"ward", r"name", r"nm"),
    "district_code": (r"lad\d{2}cd", r"lad_?code", r"district_?code", r"la_?code"),
    "district_name": (r"lad\d{2}nm", r"lad_?name", r"district(_?name)?", r"la_?name", r"borough"),
    "population": (r"population", r"pop(ulation)?_?\d*", r"residents", r"usual_?residents"),
}


def guess_fields(columns: Sequence[str]) -> dict[str, str | None]:
    """A first guess at each field's role from the column names (``None`` where nothing fits)."""
    taken: set[str] = set()
    guess: dict[str, str | None] = {}
    for role, patterns in _GUESSES.items():
        found = None
        for pattern in patterns:
            found = next(
                (c for c in columns if c not in taken and re.fullmatch(pattern, c.strip(), re.IGNORECASE)),
                None,
            )
            if found:
                break
        guess[role] = found
        if found:
            taken.add(found)
    return guess


def _polygonal(shape: object) -> object:
    """The polygon parts of a shape (``make_valid`` can return a collection with stray lines)."""
    if shape is None:
        return None
    if shapely.get_type_id(shape) == 7:  # GeometryCollection
        parts = [g for g in shapely.get_parts(shape) if g.geom_type in _POLYGONS]
        return shapely.multipolygons(parts) if parts else None
    return shape if shape.geom_type in _POLYGONS else None


def read_boundaries(
    path: Path | str, fields: BoundaryFields, *, name: str, layer: str | None = None
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Read, check and reproject wards from ``path``; the frame :meth:`Register.use_boundaries` takes.

    Returns the wards (``ward_code``, ``ward_name``, ``lad_code``, ``lad_name``, ``population``,
    polygons in WGS84) and notes for the person (repaired shapes). Raises ``UnreadableFileError``
    for a file that cannot be read, ``MappingError`` for a field it does not have, and
    ``BoundaryError`` naming the features that cannot be wards (no code, a repeated code, not a
    polygon, a population that is not a number).
    """
    table = read_layer(Path(path), layer)
    label = name.strip()
    if not label:
        raise BoundaryError("Give the boundaries a name, such as the district they cover.")
    for role, field in fields.named():
        if field not in table.columns:
            raise MappingError(
                f"{table.path.name} has no field {quoted(field)} for the {role}. "
                f"Its fields are: {', '.join(table.columns) or 'none'}."
            )
    frame = table.frame
    codes = frame[fields.code].astype(str).str.strip()
    names = frame[fields.name].astype(str).str.strip()
    shapes = np.array([_polygonal(g) for g in table.geometry], dtype=object)  # type: ignore[union-attr]
    population = np.full(len(table), np.nan)
    problems = []
    if fields.population:
        text = frame[fields.population].astype(str).str.strip()
        # Residents are whole numbers, often written with thousands separators (12,345).
        population = pd.to_numeric(text.str.replace(",", "", regex=False), errors="coerce").to_numpy(float)
        unreadable = (np.isnan(population) & (text != "").to_numpy()) | (population < 0)
        for position in np.flatnonzero(unreadable):
            problems.append(
                f"feature {int(table.row_numbers[position])}: {fields.population} "
                f"{quoted(frame[fields.population].iloc[position])} is not a number of residents"
            )
    for position in range(len(table)):
        row = int(table.row_numbers[position])
        if not codes.iloc[position]:
            problems.append(f"feature {row} has no {fields.code}")
        if shapes[position] is None:
            problems.append(f"feature {row} is not a polygon")
    repeated = codes[codes.duplicated() & (codes != "")].unique().tolist()
    if repeated:
        problems.append(f"the code {quoted(repeated[0])} in {fields.code} is used by more than one feature")
    if len(table) == 0:
        problems.append("it holds no features")
    if problems:
        more = f" (and {len(problems) - _SHOWN_PROBLEMS} more)" if len(problems) > _SHOWN_PROBLEMS else ""
        raise BoundaryError(
            f"{table.path.name} cannot be used as ward boundaries: "
            f"{'; '.join(problems[:_SHOWN_PROBLEMS])}{more}. "
            "Check that the code field holds the ward codes and that the layer holds ward polygons, "
            "then import it again."
        )

    def column(field: str | None, default: str) -> np.ndarray:
        if not field:
            return np.full(len(table), default, dtype=object)
        values = frame[field].astype(str).str.strip()
        return values.where(values != "", default).to_numpy(dtype=object)

    wards = gpd.GeoDataFrame(
        {
            "ward_code": codes.to_numpy(dtype=object),
            "ward_name": names.where(names != "", codes).to_numpy(dtype=object),
            "lad_code": column(fields.district_code, label),
            "lad_name": column(fields.district_name, label),
            "population": pd.array(population, dtype="Float64"),
        },
        geometry=gpd.GeoSeries(shapes, crs=WGS84),
        crs=WGS84,
    )
    if fields.district_code and not fields.district_name:
        wards["lad_name"] = wards["lad_code"]
    return wards, list(table.notes)


def population_label(fields: BoundaryFields, path: Path | str) -> str:
    return f"{fields.population} in {Path(path).name}" if fields.population else ""


def import_boundaries(
    register: Register,
    path: Path | str,
    fields: BoundaryFields,
    *,
    name: str,
    layer: str | None = None,
) -> BoundaryImport:
    """Read wards from ``path`` and make them the register's wards, in one transaction.

    Nothing is written when the file cannot be used (see :func:`read_boundaries`).
    """
    wards, notes = read_boundaries(path, fields, name=name, layer=layer)
    change = register.use_boundaries(
        wards, name=name.strip(), source=Path(path).name, population_label=population_label(fields, path)
    )
    return BoundaryImport(
        len(wards), wards["lad_code"].nunique(), tuple(notes), change, register.count_outside_wards()
    )
