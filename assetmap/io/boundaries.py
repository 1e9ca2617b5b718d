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
from shapely.geometry.base import BaseGeometry

from assetmap.errors import AssetMapError, quoted
from assetmap.geo.boundaries import WGS84, Boundaries, gm_boundaries
from assetmap.io.blanks import blank_mask
from assetmap.io.layers import read_layer
from assetmap.io.mapping import normal_header
from assetmap.io.problems import MappingError
from assetmap.io.source import open_source
from assetmap.messages import tr, tr_n

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
        return tr("{changed} assets changed ward; {outside} located assets lie outside every ward.").format(
            changed=f"{len(self.change.updated):,}", outside=f"{self.outside:,}"
        )


def describe_boundaries(boundaries: Boundaries) -> str:
    """One line on the wards a register uses, for the app and the command line."""
    districts = len(boundaries.districts)
    if boundaries.bundled:
        text = tr_n(
            "This register uses the bundled {name}: {wards} wards in {n} district(s).",
            "This register uses the bundled {name}: {wards} wards in {n} district(s).",
            districts,
        )
    elif boundaries.source:
        text = tr_n(
            "This register uses its own wards, {name}: {wards} wards in {n} district(s), imported from "
            "{source}. Residents: {residents}.",
            "This register uses its own wards, {name}: {wards} wards in {n} district(s), imported from "
            "{source}. Residents: {residents}.",
            districts,
        )
    else:
        text = tr_n(
            "This register uses its own wards, {name}: {wards} wards in {n} district(s), imported from "
            "a file. Residents: {residents}.",
            "This register uses its own wards, {name}: {wards} wards in {n} district(s), imported from "
            "a file. Residents: {residents}.",
            districts,
        )
    return text.format(
        name=boundaries.name,
        wards=f"{len(boundaries.wards):,}",
        n=f"{districts:,}",
        source=boundaries.source,
        residents=boundaries.population_note,
    )


# What each field does, as a person reads it.
ROLE_LABELS = {
    "code": "ward code",
    "name": "ward name",
    "district_code": "district code",
    "district_name": "district name",
    "population": "population",
}

# ONS names its fields by area type and year (WD24CD, LAD23NM, MSOA21CD); other publishers use plainer
# words (area_code, ward_name, code). Compared with :func:`normal_header` (any case; spaces, hyphens and
# underscores alike), in this order, so a ward field wins over another area's.
_DISTRICT_PREFIX = r"(?:lad|lau1?|ltla|utla|cty|ctyua|cauth|rgn|ctry)"
_GUESSES: dict[str, tuple[str, ...]] = {
    "code": (
        r"wd\d{2}cd",
        r"ward_?code",
        r"ward_?id",
        r"area_?code",
        r"gss_?code",
        r"code",
        rf"(?!{_DISTRICT_PREFIX}\d)[a-z]+\d{{2}}cd",
        r"[a-z]+\d{2}cd",
        r"id",
    ),
    "name": (
        r"wd\d{2}nm",
        r"ward_?name",
        r"area_?name",
        r"ward",
        r"name",
        rf"(?!{_DISTRICT_PREFIX}\d)[a-z]+\d{{2}}nm",
        r"[a-z]+\d{2}nm",
        r"nm",
    ),
    "district_code": (rf"{_DISTRICT_PREFIX}\d{{2}}cd", r"lad_?code", r"district_?code", r"la_?code"),
    "district_name": (
        rf"{_DISTRICT_PREFIX}\d{{2}}nm",
        r"lad_?name",
        r"district(_?name)?",
        r"la_?name",
        r"borough",
    ),
    "population": (
        r"population",
        r"pop(ulation)?_?\d*",
        r"(total_|all_|usual_)?residents",
        r"total_population",
        r"all_persons",
        r"persons",
    ),
}
# Codes of the ONS kinds: wards are E05 (England), W05 (Wales), S13 (Scotland), N08 (Northern Ireland);
# districts are E06-E09 (unitary, non-metropolitan and metropolitan districts, London boroughs).
_DISTRICT_CODE = re.compile(r"^E0[6-9]\d{6}$")


def guess_fields(columns: Sequence[str]) -> dict[str, str | None]:
    """A first guess at each field's role from the column names (``None`` where nothing fits).

    ``WD24CD``/``WD24NM`` (any area type and year), ``area_code``/``area_name`` and ``code``/``name``
    are found in any case; a district's fields (``LAD23CD``) are the district's when a ward's are there,
    and the areas' own in a file of districts alone (the import then warns of district codes).
    """
    guess = _guess(columns, _GUESSES)
    if guess["code"] is None and guess["district_code"]:
        guess["code"], guess["district_code"] = guess["district_code"], None
        if guess["name"] is None:
            guess["name"], guess["district_name"] = guess["district_name"], None
    return guess


def _guess(columns: Sequence[str], guesses: dict[str, tuple[str, ...]]) -> dict[str, str | None]:
    taken: set[str] = set()
    guess: dict[str, str | None] = {}
    for role, patterns in guesses.items():
        found = None
        for pattern in patterns:
            found = next(
                (c for c in columns if c not in taken and re.fullmatch(pattern, normal_header(c))),
                None,
            )
            if found:
                break
        guess[role] = found
        if found:
            taken.add(found)
    return guess


@dataclass(frozen=True)
class PopulationTable:
    """Residents per ward code, read from a CSV to join to wards whose file has no population."""

    path: Path
    code_column: str
    population_column: str
    residents: dict[str, float]

    @property
    def label(self) -> str:
        return f"{self.population_column} in {self.path.name}"


def guess_population_columns(columns: Sequence[str]) -> dict[str, str | None]:
    """A first guess at a residents CSV's ward code column and residents column.

    Beside the boundary files' names, the Census tables' ``geography code`` and ``Observation`` are known.
    """
    guesses = {
        "code": (*_GUESSES["code"], r"geography_code", r".*_code"),
        "population": (*_GUESSES["population"], r"observation", r"obs_value", r".*total.*"),
    }
    return _guess(columns, guesses)


def read_population_csv(
    path: Path | str, *, code_column: str | None = None, population_column: str | None = None
) -> PopulationTable:
    """Residents per ward code from a CSV (such as an ONS Census table); columns are guessed when not named.

    Raises ``MappingError`` naming the columns when the code or residents column cannot be found, and
    ``BoundaryError`` naming the rows whose residents are not a number.
    """
    table = open_source(Path(path))
    columns = table.columns
    guess = guess_population_columns(columns)
    code = code_column or guess["code"]
    population = population_column or guess["population"]
    for role, column, option in (
        ("code", code, "--population-code-column"),
        ("residents", population, "--population-column"),
    ):
        if not column or column not in columns:
            if column:
                message = tr(
                    "{file} has no column {column}. Name it with {option} (or choose it in the dialog); "
                    "its columns are: {columns}."
                )
            elif role == "code":
                message = tr(
                    "{file} has no column AssetMap knows holds the ward code. Name it with {option} "
                    "(or choose it in the dialog); its columns are: {columns}."
                )
            else:
                message = tr(
                    "{file} has no column AssetMap knows holds the residents. Name it with {option} "
                    "(or choose it in the dialog); its columns are: {columns}."
                )
            raise MappingError(
                message.format(
                    file=table.path.name,
                    column=repr(column),
                    option=option,
                    columns=", ".join(columns) or tr("none"),
                )
            )
    assert code is not None and population is not None
    codes = table.frame[code].astype(str).str.strip()
    text = table.frame[population].astype(str).str.strip().str.replace(",", "", regex=False)
    numbers = pd.to_numeric(text, errors="coerce")
    bad = (numbers.isna() & ~blank_mask(text.tolist())) | (numbers < 0)
    if bad.any():
        rows = [int(table.row_numbers[p]) for p in np.flatnonzero(bad.to_numpy())[:_SHOWN_PROBLEMS]]
        raise BoundaryError(
            tr_n(
                "{file}: {column} is not a number of residents on row(s) {rows}. Correct those rows, "
                "or name another column with --population-column.",
                "{file}: {column} is not a number of residents on row(s) {rows}. Correct those rows, "
                "or name another column with --population-column.",
                len(rows),
            ).format(file=table.path.name, column=population, rows=", ".join(map(str, rows)))
        )
    keep = (codes != "") & numbers.notna()
    residents = dict(zip(codes[keep], numbers[keep].astype(float), strict=True))
    return PopulationTable(table.path, code, population, residents)


def boundary_warnings(wards: gpd.GeoDataFrame, fields: BoundaryFields) -> list[str]:
    """Warnings about wards that can be used but may not be what the person meant."""
    notes = []
    codes = wards["ward_code"].astype(str)
    districts = int(codes.str.match(_DISTRICT_CODE).sum())
    if districts and districts >= len(codes) / 2:
        notes.append(
            tr(
                "{districts} of the {codes} codes in {field} are district codes (E06 to E09), "
                "not ward codes (E05): each area will be a whole district. If you meant wards, import the "
                "ward boundaries file instead (its codes start with E05)."
            ).format(districts=f"{districts:,}", codes=f"{len(codes):,}", field=fields.code)
        )
    if wards["population"].isna().all():
        notes.append(
            tr(
                "The file has no residents' figures, so assets per 1,000 residents will be unavailable. "
                "Join them from a CSV of residents by ward code (--population-csv on the command line, or "
                "'Residents from a CSV' in the dialog)."
            )
        )
    elif wards["population"].isna().any():
        missing = int(wards["population"].isna().sum())
        notes.append(
            tr_n(
                "{n} ward(s) have no residents' figure; their per 1,000 residents is unavailable.",
                "{n} ward(s) have no residents' figure; their per 1,000 residents is unavailable.",
                missing,
            ).format(n=f"{missing:,}")
        )
    return notes


def _polygonal(shape: BaseGeometry | None) -> BaseGeometry | None:
    """The polygon parts of a shape (``make_valid`` can return a collection with stray lines)."""
    if shape is None:
        return None
    if shapely.get_type_id(shape) == 7:  # GeometryCollection
        parts = [g for g in shapely.get_parts(shape) if g.geom_type in _POLYGONS]
        return shapely.multipolygons(parts) if parts else None
    return shape if shape.geom_type in _POLYGONS else None


def read_boundaries(
    path: Path | str,
    fields: BoundaryFields,
    *,
    name: str,
    layer: str | None = None,
    residents: PopulationTable | None = None,
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Read, check and reproject wards from ``path``; the frame :meth:`Register.use_boundaries` takes.

    Returns the wards (``ward_code``, ``ward_name``, ``lad_code``, ``lad_name``, ``population``,
    polygons in WGS84) and notes for the person (repaired shapes, district codes, no residents).
    ``residents`` joins residents from a CSV by ward code, over the file's own. Raises
    ``UnreadableFileError`` for a file that cannot be read, ``MappingError`` for a field it does not have, and
    ``BoundaryError`` naming the features that cannot be wards (no code, a repeated code, not a
    polygon, a population that is not a number).
    """
    table = read_layer(Path(path), layer)
    label = name.strip()
    if not label:
        raise BoundaryError(tr("Give the boundaries a name, such as the district they cover."))
    for role, field in fields.named():
        if field not in table.columns:
            raise MappingError(
                _no_field(role).format(
                    file=table.path.name, field=quoted(field), fields=", ".join(table.columns) or tr("none")
                )
            )
    frame = table.frame
    codes = frame[fields.code].astype(str).str.strip()
    names = frame[fields.name].astype(str).str.strip()
    if table.geometry is None:
        raise BoundaryError(tr("{file} has no shapes; wards need polygons.").format(file=table.path.name))
    shapes = np.array([_polygonal(g) for g in table.geometry], dtype=object)
    population = np.full(len(table), np.nan)
    problems = []
    if fields.population:
        text = frame[fields.population].astype(str).str.strip()
        # Residents are whole numbers, often written with thousands separators (12,345).
        population = pd.to_numeric(text.str.replace(",", "", regex=False), errors="coerce").to_numpy(float)
        unreadable = (np.isnan(population) & ~blank_mask(text.tolist())) | (population < 0)
        for position in np.flatnonzero(unreadable).tolist():
            problems.append(
                tr("feature {row}: {field} {value} is not a number of residents").format(
                    row=int(table.row_numbers[position]),
                    field=fields.population,
                    value=quoted(frame[fields.population].iloc[position]),
                )
            )
    for position in range(len(table)):
        row = int(table.row_numbers[position])
        if not codes.iloc[position]:
            problems.append(tr("feature {row} has no {field}").format(row=row, field=fields.code))
        if shapes[position] is None:
            problems.append(tr("feature {row} is not a polygon").format(row=row))
    repeated = codes[codes.duplicated() & (codes != "")].unique().tolist()
    if repeated:
        problems.append(
            tr("the code {code} in {field} is used by more than one feature").format(
                code=quoted(repeated[0]), field=fields.code
            )
        )
    if len(table) == 0:
        problems.append(tr("it holds no features"))
    if problems:
        shown = "; ".join(problems[:_SHOWN_PROBLEMS])
        if len(problems) > _SHOWN_PROBLEMS:
            message = tr(
                "{file} cannot be used as ward boundaries: {problems} (and {more} more). "
                "Check that the code field holds the ward codes and that the layer holds ward polygons, "
                "then import it again."
            )
        else:
            message = tr(
                "{file} cannot be used as ward boundaries: {problems}. "
                "Check that the code field holds the ward codes and that the layer holds ward polygons, "
                "then import it again."
            )
        raise BoundaryError(
            message.format(file=table.path.name, problems=shown, more=len(problems) - _SHOWN_PROBLEMS)
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
    notes = list(table.notes)
    if residents is not None:
        joined = wards["ward_code"].map(residents.residents)
        wards["population"] = pd.array(joined.to_numpy(dtype=float, na_value=np.nan), dtype="Float64")
        found = int(joined.notna().sum())
        if found == 0:
            raise BoundaryError(
                tr(
                    "None of the codes in {column} of {file} (such as {example}) is a ward code in {field} "
                    "(such as {ward}). Choose the column of ward codes with --population-code-column "
                    "(or in the dialog), or a CSV of residents by ward."
                ).format(
                    column=residents.code_column,
                    file=residents.path.name,
                    example=next(iter(residents.residents), tr("none")),
                    field=fields.code,
                    ward=wards["ward_code"].iloc[0],
                )
            )
        notes.append(
            tr("Residents joined from {source} for {found} of {wards} wards.").format(
                source=residents.label, found=f"{found:,}", wards=f"{len(wards):,}"
            )
        )
    notes += boundary_warnings(wards, fields)
    return wards, notes


def _no_field(role: str) -> str:
    """That the file lacks the field named for ``role`` (see :meth:`BoundaryFields.named`), to format with
    ``file``, ``field`` and ``fields``."""
    if role == "ward code":
        return tr("{file} has no field {field} for the ward code. Its fields are: {fields}.")
    if role == "ward name":
        return tr("{file} has no field {field} for the ward name. Its fields are: {fields}.")
    if role == "district code":
        return tr("{file} has no field {field} for the district code. Its fields are: {fields}.")
    if role == "district name":
        return tr("{file} has no field {field} for the district name. Its fields are: {fields}.")
    return tr("{file} has no field {field} for the population. Its fields are: {fields}.")


def population_label(
    fields: BoundaryFields, path: Path | str, population: PopulationTable | None = None
) -> str:
    if population is not None:
        return population.label
    return f"{fields.population} in {Path(path).name}" if fields.population else ""


def import_boundaries(
    register: Register,
    path: Path | str,
    fields: BoundaryFields,
    *,
    name: str,
    layer: str | None = None,
    residents: PopulationTable | None = None,
) -> BoundaryImport:
    """Read wards from ``path`` and make them the register's wards, in one transaction.

    ``residents`` joins residents by ward code from a CSV (:func:`read_population_csv`). Nothing is
    written when the file cannot be used (see :func:`read_boundaries`).
    """
    wards, notes = read_boundaries(path, fields, name=name, layer=layer, residents=residents)
    label = population_label(fields, path, residents)
    change = register.use_boundaries(wards, name=name.strip(), source=Path(path).name, population_label=label)
    return BoundaryImport(
        len(wards), wards["lad_code"].nunique(), tuple(notes), change, register.count_outside_wards()
    )


def district_wards(boundaries: Boundaries, lad_code: str) -> gpd.GeoDataFrame:
    """The wards of one district of ``boundaries``, with their residents, ready for ``use_boundaries``."""
    wards = boundaries.wards[boundaries.wards["lad_code"] == lad_code].copy()
    wards["population"] = [boundaries.population.get(code) for code in wards["ward_code"]]
    return wards


def use_gm_district(register: Register, lad_code: str) -> None:
    """Make one Greater Manchester district's bundled wards the wards of ``register``."""
    gm = gm_boundaries()
    register.use_boundaries(
        district_wards(gm, lad_code),
        name=f"{gm.district_names[lad_code]} wards (May 2023)",
        source="Greater Manchester wards bundled with AssetMap",
        population_label=gm.population_label,
    )
