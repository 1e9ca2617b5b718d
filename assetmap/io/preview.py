"""Checking every row of a file against the register before anything is written: errors and warnings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from assetmap.errors import quoted
from assetmap.geo.postcodes import PostcodeIndex, normalise_postcode
from assetmap.io.coordinates import locate
from assetmap.io.duplicates import find_duplicates
from assetmap.io.mapping import ColumnMapping
from assetmap.io.source import SourceTable
from assetmap.register import Register
from assetmap.register.importing import CleanColumns, clean_columns
from assetmap.register.records import Asset

ERROR = "error"
WARNING = "warning"
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_CHOICE_FIELDS = ("visibility", "status", "cost")
_FORMULA_QUOTE = re.compile(r"^'(?=[=+\-@\t\r'])")


@dataclass(frozen=True)
class Issue:
    """One problem with one row: an ``error`` keeps the row out, a ``warning`` lets it in."""

    severity: str
    field: str | None
    message: str


@dataclass
class ImportPreview:
    """Every row of a file checked: which rows can be imported, their values, and their issues.

    ``columns`` holds the values each row gives, by asset field; ``clean`` the same checked and
    normalised by the register's own bulk checks (read-only), which the commit writes as they are;
    ``importable[i]`` says whether row ``i`` has no error.
    ``duplicates[i]`` is the existing asset that row ``i`` likely repeats (the person chooses to
    skip, update or add it).
    """

    table: SourceTable
    mapping: ColumnMapping
    columns: dict[str, np.ndarray]
    clean: CleanColumns
    importable: np.ndarray
    ids: np.ndarray
    wards: np.ndarray | None = None
    issues: dict[int, list[Issue]] = field(default_factory=dict)
    duplicates: dict[int, Asset] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # The register's mark (Register.mark) when the rows were checked: assets added after it are
    # checked for duplicates again when the import is written.
    checked_at: int | None = None

    def __len__(self) -> int:
        return len(self.importable)

    def row_number(self, position: int) -> int:
        """The row number a person sees in the file (the header is row 1 in CSV and spreadsheets)."""
        return int(self.table.row_numbers[position])

    def errors(self, position: int) -> list[Issue]:
        return [i for i in self.issues.get(position, ()) if i.severity == ERROR]

    def warnings(self, position: int) -> list[Issue]:
        return [i for i in self.issues.get(position, ()) if i.severity == WARNING]

    @property
    def error_rows(self) -> list[int]:
        return np.flatnonzero(~self.importable).tolist()

    @property
    def importable_rows(self) -> list[int]:
        return np.flatnonzero(self.importable).tolist()

    def record(self, position: int) -> dict[str, object] | None:
        """The clean fields row ``position`` would be imported with, or ``None`` if it has an error."""
        if not self.importable[position]:
            return None
        out: dict[str, object] = {}
        for name, values in self.clean.items():
            value = values[position]
            if name in ("lon", "lat"):
                value = None if np.isnan(value) else float(value)
            out[name] = value
        return out

    def given(self, position: int) -> dict[str, object]:
        """The fields row ``position`` itself fills, with their clean values: what an update may change."""
        record = self.record(position) or {}
        named = [n for n, v in self.columns.items() if _filled(v[position])]
        if "category" not in self.mapping.fields:
            named = [n for n in named if n not in ("category", "subcategory")]
        return {n: record[n] for n in named if n in record}

    def counts(self) -> dict[str, int]:
        errors = int((~self.importable).sum())
        warned = sum(1 for p, issues in self.issues.items() if self.importable[p] and issues)
        return {
            "rows": len(self),
            "ready": len(self) - errors,
            "errors": errors,
            "warnings": warned,
            "duplicates": sum(1 for p in self.duplicates if self.importable[p]),
        }

    def report(self, *, limit: int = 40) -> str:
        """A plain-text report: counts, then the first ``limit`` issues by row."""
        c = self.counts()
        part = f" ({self.table.part})" if self.table.part else ""
        lines = [
            f"{self.table.path.name}{part}: {c['rows']:,} rows",
            f"  ready to import: {c['ready']:,} (of which {c['warnings']:,} with warnings, "
            f"{c['duplicates']:,} likely duplicates)",
            f"  with errors (not imported): {c['errors']:,}",
        ]
        lines += [f"  note: {note}" for note in self.notes]
        shown = 0
        for position, issues in sorted(self.issues.items()):
            for issue in issues:
                if shown == limit:
                    lines.append("  ... and more; save the rejected rows to see every error.")
                    return "\n".join(lines)
                lines.append(f"  row {self.row_number(position)}: {issue.severity}: {issue.message}")
                shown += 1
        return "\n".join(lines)

    def add(self, position: int, severity: str, field_name: str | None, message: str) -> None:
        self.issues.setdefault(position, []).append(Issue(severity, field_name, message))
        if severity == ERROR:
            self.importable[position] = False


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, float):
        return not np.isnan(value)
    return value != ""


def _column(table: SourceTable, column: str, *, lower: bool = False) -> np.ndarray:
    """A column's cells stripped, ``None`` where empty; AssetMap's own formula quotes taken off."""
    cells = table.frame[column].tolist()
    try:
        texts = list(map(str.strip, cells))
    except TypeError:  # not all text
        texts = [str(value).strip() for value in cells]
    if table.formula_quoted:
        # Undo the quote AssetMap's exports put before text a spreadsheet would run as a formula.
        texts = [t[1:] if t[:1] == "'" and _FORMULA_QUOTE.match(t) else t for t in texts]
    if lower:
        texts = [t.lower() for t in texts]
    out = np.empty(len(texts), dtype=object)
    out[:] = [t or None for t in texts]
    return out


def _categories(preview: ImportPreview, n: int) -> tuple[np.ndarray, np.ndarray]:
    mapping, table = preview.mapping, preview.table
    codes = np.full(n, mapping.default_category, dtype=object)
    subs = np.full(n, None, dtype=object)
    column = mapping.fields.get("category")
    if column is None:
        if mapping.default_category is None:
            for position in range(n):
                preview.add(
                    position,
                    ERROR,
                    "category",
                    "No category: map the category column or give a default category.",
                )
        return codes, subs
    values = np.array(["" if v is None else v for v in _column(table, column)], dtype=object)
    placed = {v: c for v, c in mapping.categories.items() if c is not None}
    for value in pd.unique(values):
        rows = np.flatnonzero(values == value)
        choice = placed.get(value)
        if choice is not None:
            codes[rows] = choice.category
            subs[rows] = choice.subcategory
            continue
        if mapping.default_category is None:
            message = (
                f"Category {quoted(value)} is not placed in an ABCD category; "
                "place it in the mapping or give a default category."
                if value
                else "No category: give the row one, or give a default category."
            )
            for position in rows.tolist():
                preview.add(position, ERROR, "category", message)
        elif value:
            message = (
                f"Category {quoted(value)} is not placed; it takes the default {mapping.default_category!r}."
            )
            for position in rows.tolist():
                preview.add(position, WARNING, "category", message)
    return codes, subs


def build_preview(table: SourceTable, mapping: ColumnMapping, register: Register) -> ImportPreview:
    """Check every row of ``table`` as ``mapping`` reads it, against ``register``; nothing is written.

    Errors (the row is not imported): a missing name or category, unreadable or out-of-range
    coordinates, and any value the register would refuse. Warnings: a postcode missing from the
    Greater Manchester postcode data, a location outside every ward, a repaired shape, and a likely
    duplicate of an existing asset (similar name within 50 m).

    Raises ``MappingError`` if the mapping names a column the file does not have.
    """
    mapping.check_against(table)
    checked_at = register.mark()
    n = len(table)
    columns: dict[str, np.ndarray] = {}
    for name, column in mapping.fields.items():
        if name not in ("category", "id"):
            columns[name] = _column(table, column, lower=name in _CHOICE_FIELDS)
    preview = ImportPreview(
        table,
        mapping,
        columns,
        {},
        np.ones(n, dtype=bool),
        np.full(n, None, dtype=object),
        notes=list(table.notes),
        checked_at=checked_at,
    )
    codes, subs = _categories(preview, n)
    columns["category"] = codes
    if "subcategory" in columns:
        columns["subcategory"] = np.where(pd.isna(columns["subcategory"]), subs, columns["subcategory"])
    else:
        columns["subcategory"] = subs
    where = locate(table, mapping)
    for position in np.flatnonzero(~pd.isna(where.problems)).tolist():
        preview.add(position, ERROR, where.problem_fields[position], str(where.problems[position]))
    _place_by_postcode(preview, columns.get("postcode"), where.lon, where.lat, where.problems)
    columns["lon"], columns["lat"] = where.lon, where.lat
    preview.ids = _ids(preview, table, mapping, register)
    preview.clean, errors = clean_columns(columns, register.category_codes())
    for position, exc in errors.items():
        if not any(i.field == exc.field for i in preview.errors(position)):
            preview.add(position, ERROR, exc.field, str(exc))
    for position, note in table.row_notes.items():
        preview.add(position, WARNING, "geometry", note)
    for position, issues in table.row_issues.items():
        for severity, field_name, message in issues:
            preview.add(position, severity, field_name, message)
    lon, lat = preview.clean["lon"], preview.clean["lat"]
    _warn_postcodes(preview)
    _warn_wards(preview, register, lon, lat)
    _find_duplicates(preview, register, lon, lat)
    return preview


def _ids(
    preview: ImportPreview, table: SourceTable, mapping: ColumnMapping, register: Register
) -> np.ndarray:
    """The id each row carries (a UUID from an AssetMap export), or ``None``; known ids are duplicates."""
    ids = np.full(len(table), None, dtype=object)
    column = mapping.fields.get("id")
    if column is None:
        return ids
    values = _column(table, column, lower=True)
    existing = {a.id: a for a in register.assets(include_removed=True)}
    seen: set[str] = set()
    for position, asset_id in enumerate(values.tolist()):
        if asset_id is None or not _UUID.match(asset_id):
            continue
        if asset_id in seen:
            preview.add(
                position, WARNING, "id", "The same id appears on an earlier row; this row gets a new id."
            )
            continue
        seen.add(asset_id)
        asset = existing.get(asset_id)
        if asset is not None and asset.is_removed:
            preview.add(
                position,
                WARNING,
                "id",
                f"An asset with this id ({asset.name}) was removed; this row is added as a new asset.",
            )
            continue
        ids[position] = asset_id
        if asset is not None:
            preview.duplicates[position] = asset
    return ids


def _place_by_postcode(
    preview: ImportPreview,
    postcodes: np.ndarray | None,
    lon: np.ndarray,
    lat: np.ndarray,
    problems: np.ndarray,
) -> None:
    """Rows with no location but a known GM postcode are placed at the postcode's centre."""
    if postcodes is None:
        return
    missing = np.isnan(lon) & pd.isna(problems) & ~pd.isna(postcodes)
    if not missing.any():
        return
    rows = np.flatnonzero(missing)
    wanted = [normalise_postcode(p) for p in postcodes[rows]]
    hit = PostcodeIndex.for_gm().frame.reindex([p or "" for p in wanted])
    found = hit["lon"].notna().to_numpy()
    lon[rows[found]] = hit["lon"].to_numpy(dtype=float)[found]
    lat[rows[found]] = hit["lat"].to_numpy(dtype=float)[found]
    for position in rows[found].tolist():
        preview.add(position, WARNING, "postcode", "No coordinates; placed at the centre of its postcode.")


def _warn_postcodes(preview: ImportPreview) -> None:
    postcodes = preview.clean["postcode"]
    rows = np.flatnonzero(preview.importable & ~pd.isna(postcodes))
    if rows.size == 0:
        return
    unknown = ~pd.Index(postcodes[rows]).isin(PostcodeIndex.for_gm().frame.index)
    for position in rows[unknown].tolist():
        preview.add(
            position,
            WARNING,
            "postcode",
            f"Postcode {postcodes[position]} is not in the Greater Manchester postcode data; check it.",
        )


def _warn_wards(preview: ImportPreview, register: Register, lon: np.ndarray, lat: np.ndarray) -> None:
    preview.wards = register.ward_index.assign(lon, lat)
    outside = preview.importable & np.isfinite(lon) & pd.isna(preview.wards)
    for position in np.flatnonzero(outside).tolist():
        preview.add(
            position,
            WARNING,
            "location",
            "The location lies outside every ward of the map; check the coordinates.",
        )


def _find_duplicates(preview: ImportPreview, register: Register, lon: np.ndarray, lat: np.ndarray) -> None:
    candidates = preview.importable.copy()
    candidates[list(preview.duplicates)] = False
    if candidates.any():
        names = preview.clean["name"]
        found = find_duplicates(names, np.where(candidates, lon, np.nan), lat, register.assets())
        preview.duplicates.update(found)
    for position, asset in sorted(preview.duplicates.items()):
        if preview.importable[position]:
            preview.add(
                position, WARNING, "name", f"Likely the same as {quoted(asset.name)} already in the register."
            )
