"""Checking every row of a file against the register before anything is written: errors and warnings."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely

from assetmap.errors import ValidationError, quoted
from assetmap.geo.postcodes import PostcodeIndex, normalise_postcode
from assetmap.io.blanks import BLANK_WORDS
from assetmap.io.coordinates import locate
from assetmap.io.duplicates import find_duplicates
from assetmap.io.mapping import ColumnMapping
from assetmap.io.source import SourceTable
from assetmap.messages import tr, tr_n
from assetmap.register import Register
from assetmap.register.importing import CleanColumns, clean_columns, plain_value
from assetmap.register.records import EDITABLE_FIELDS, Asset
from assetmap.register.validation import clean_fields

ERROR = "error"
WARNING = "warning"
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_CHOICE_FIELDS = ("visibility", "status", "cost")
# Fields a row can do without: an invalid value is left blank with a warning rather than refusing the row.
# Visibility and status are not among them: guessing either could show a private record.
OPTIONAL_FIELDS = frozenset(EDITABLE_FIELDS) - {"name", "category", "lon", "lat", "visibility", "status"}
_FORMULA_QUOTE = re.compile(r"^'(?=[=+\-@\t\r'])")


@dataclass(frozen=True)
class Issue:
    """One problem with one row: an ``error`` keeps the row out, a ``warning`` lets it in."""

    severity: str
    field: str | None
    message: str
    cause: str = ""  # what rows with the same problem share (``unnamed``...), to say it once


# A problem on this share of the rows (or more) is said once, before the rows, as their common cause.
_NEARLY_ALL = 0.9
_LEFT_BLANK = "_left_blank"  # the cause of an invalid optional value left blank, after the field's name
# Causes without a sentence of their own: one message on every row, or several about one field.
_ONE_PROBLEM = "_one_problem"
_SOME_PROBLEM = "_some_problem"
_NAMED_CAUSES = frozenset(
    {"name", "category", "unnamed", "postcode_unknown", "postcode_placed", "outside", "category_default"}
)
# What a problem common to (nearly) every row is, by its cause (or an error's field): a whole sentence
# for all the rows (``{n}`` of them) and one for ``{n}`` of ``{count}`` rows. ``{field}`` and ``{problem}``
# name the field and quote the first row's message where the cause has no sentence of its own.
_ALL_ROWS: dict[str, Callable[[int], str]] = {
    "name": lambda n: tr_n("The only row has no name", "All {n} rows have no name", n),
    "category": lambda n: tr_n(
        "The only row has no category, or a category value the mapping does not place",
        "All {n} rows have no category, or a category value the mapping does not place",
        n,
    ),
    "unnamed": lambda n: tr_n(
        "The only row has no name, so it is named from its kind and ward",
        "All {n} rows have no name, so each is named from its kind and ward",
        n,
    ),
    "postcode_unknown": lambda n: tr_n(
        "The only row has a postcode that is not in the bundled postcode list (Greater Manchester's)",
        "All {n} rows have a postcode that is not in the bundled postcode list (Greater Manchester's)",
        n,
    ),
    "postcode_placed": lambda n: tr_n(
        "The only row has no coordinates, so it is placed at the centre of its postcode",
        "All {n} rows have no coordinates, so each is placed at the centre of its postcode",
        n,
    ),
    "outside": lambda n: tr_n(
        "The only row lies outside every ward of the map", "All {n} rows lie outside every ward of the map", n
    ),
    "category_default": lambda n: tr_n(
        "The only row has a category value the mapping does not place, so takes the default",
        "All {n} rows have a category value the mapping does not place, so take the default",
        n,
    ),
    _LEFT_BLANK: lambda n: tr_n(
        "The only row has an invalid {field}, left blank ({problem})",
        "All {n} rows have an invalid {field}, left blank ({problem})",
        n,
    ),
    _ONE_PROBLEM: lambda n: tr_n(
        "The only row has this problem: {problem}", "All {n} rows have this problem: {problem}", n
    ),
    _SOME_PROBLEM: lambda n: tr_n(
        "The only row has a {field} problem ({problem})", "All {n} rows have a {field} problem ({problem})", n
    ),
}
_SOME_ROWS: dict[str, Callable[[int], str]] = {
    "name": lambda n: tr_n("{n} of {count} rows has no name", "{n} of {count} rows have no name", n),
    "category": lambda n: tr_n(
        "{n} of {count} rows has no category, or a category value the mapping does not place",
        "{n} of {count} rows have no category, or a category value the mapping does not place",
        n,
    ),
    "unnamed": lambda n: tr_n(
        "{n} of {count} rows has no name, so it is named from its kind and ward",
        "{n} of {count} rows have no name, so each is named from its kind and ward",
        n,
    ),
    "postcode_unknown": lambda n: tr_n(
        "{n} of {count} rows has a postcode that is not in the bundled postcode list (Greater Manchester's)",
        "{n} of {count} rows have a postcode that is not in the bundled postcode list (Greater Manchester's)",
        n,
    ),
    "postcode_placed": lambda n: tr_n(
        "{n} of {count} rows has no coordinates, so it is placed at the centre of its postcode",
        "{n} of {count} rows have no coordinates, so each is placed at the centre of its postcode",
        n,
    ),
    "outside": lambda n: tr_n(
        "{n} of {count} rows lies outside every ward of the map",
        "{n} of {count} rows lie outside every ward of the map",
        n,
    ),
    "category_default": lambda n: tr_n(
        "{n} of {count} rows has a category value the mapping does not place, so takes the default",
        "{n} of {count} rows have a category value the mapping does not place, so take the default",
        n,
    ),
    _LEFT_BLANK: lambda n: tr_n(
        "{n} of {count} rows has an invalid {field}, left blank ({problem})",
        "{n} of {count} rows have an invalid {field}, left blank ({problem})",
        n,
    ),
    _ONE_PROBLEM: lambda n: tr_n(
        "{n} of {count} rows has this problem: {problem}",
        "{n} of {count} rows have this problem: {problem}",
        n,
    ),
    _SOME_PROBLEM: lambda n: tr_n(
        "{n} of {count} rows has a {field} problem ({problem})",
        "{n} of {count} rows have a {field} problem ({problem})",
        n,
    ),
}


def _advice(key: str) -> str:
    """What to do about a problem common to (nearly) every row, by its cause; empty where nothing is.

    The command line and the wizard may give their own advice (``hints``).
    """
    if key == "name":
        return tr("map the column that holds the names")
    if key == "category":
        return tr("give a default category, or map the category column and place its values")
    if key == "unnamed":
        return tr("map the column that holds the names, if the file has one")
    if key == "postcode_unknown":
        return tr(
            "check the postcodes; the rows keep them, and are placed by their coordinates if they have any"
        )
    if key == "outside":
        return tr(
            "check the coordinate columns in the mapping, or the register's wards (File, Ward boundaries)"
        )
    return ""


@dataclass(frozen=True)
class Cause:
    """One problem common to (nearly) every row: what it is, on how many rows, and what to do.

    ``what`` is the problem as a sentence naming the rows (``All 10 rows have no name``), without its
    full stop; ``advice`` what to do (may be empty). Both are in the language spoken when it was found.
    """

    severity: str
    field: str | None
    rows: int
    of: int
    what: str
    advice: str
    messages: frozenset[str]

    def text(self) -> str:
        if self.advice:
            return tr("{problem}: {advice}.").format(problem=self.what, advice=self.advice)
        return tr("{problem}.").format(problem=self.what)


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

    def common_causes(self, hints: Mapping[str, str] | None = None) -> list[Cause]:
        """Problems that hit every row or nearly every row, each said once with what to do.

        Errors are grouped by field (or by their cause), warnings by their cause. ``hints`` (by cause or
        field, such as ``category``) replaces the general advice with the interface's own, such as a
        command-line option.
        """
        n = len(self)
        groups: dict[tuple[str, str], list[tuple[int, Issue]]] = {}
        for position, issues in self.issues.items():
            for issue in issues:
                key = issue.cause or (issue.field or "" if issue.severity == ERROR else "")
                if key:
                    groups.setdefault((issue.severity, key), []).append((position, issue))
        causes = []
        for (severity, key), hits in groups.items():
            rows = len({p for p, _ in hits})
            if n < 2 or rows < max(2, _NEARLY_ALL * n):
                continue
            messages = frozenset(i.message for _, i in hits)
            first = hits[0][1].message.rstrip(".")
            label = key.removesuffix(_LEFT_BLANK).replace("_", " ")
            sentence = key
            if key.endswith(_LEFT_BLANK):
                sentence = _LEFT_BLANK
            elif key not in _NAMED_CAUSES:
                sentence = _ONE_PROBLEM if len(messages) == 1 else _SOME_PROBLEM
            words = _ALL_ROWS[sentence] if rows == n else _SOME_ROWS[sentence]
            what = words(rows).format(n=f"{rows:,}", count=f"{n:,}", field=label, problem=first)
            advice = (hints or {}).get(key, _advice(key))
            causes.append(Cause(severity, hits[0][1].field, rows, n, what, advice, messages))
        causes.sort(key=lambda c: (c.severity != ERROR, -c.rows))
        return causes

    def report(self, *, limit: int = 40, hints: Mapping[str, str] | None = None) -> str:
        """A plain-text report: counts, problems common to (nearly) all rows, then the first ``limit`` issues.

        A problem said once as a common cause is not repeated on every row.
        """
        c = self.counts()
        if self.table.part:
            heading = tr_n("{file} ({part}): {n} row", "{file} ({part}): {n} rows", c["rows"])
        else:
            heading = tr_n("{file}: {n} row", "{file}: {n} rows", c["rows"])
        lines = [
            heading.format(file=self.table.path.name, part=self.table.part, n=f"{c['rows']:,}"),
            "  "
            + tr(
                "ready to import: {ready} (of which {warnings} with warnings, {duplicates} likely duplicates)"
            ).format(
                ready=f"{c['ready']:,}", warnings=f"{c['warnings']:,}", duplicates=f"{c['duplicates']:,}"
            ),
            "  " + tr("with errors (not imported): {errors}").format(errors=f"{c['errors']:,}"),
        ]
        causes = self.common_causes(hints)
        for cause in causes:
            if cause.severity == ERROR:
                lines.append("  " + tr("error: {problem}").format(problem=cause.text()))
            else:
                lines.append("  " + tr("warning: {problem}").format(problem=cause.text()))
        lines += ["  " + tr("note: {note}").format(note=note) for note in self.notes]
        said = {(cause.field, m) for cause in causes for m in cause.messages}
        shown = 0
        for position, issues in sorted(self.issues.items()):
            for issue in issues:
                if (issue.field, issue.message) in said:
                    continue
                if shown == limit:
                    lines.append("  " + tr("... and more; save the rejected rows to see every error."))
                    return "\n".join(lines)
                if issue.severity == ERROR:
                    line = tr("row {row}: error: {message}")
                else:
                    line = tr("row {row}: warning: {message}")
                lines.append("  " + line.format(row=self.row_number(position), message=issue.message))
                shown += 1
        return "\n".join(lines)

    def add(
        self, position: int, severity: str, field_name: str | None, message: str, *, cause: str = ""
    ) -> None:
        self.issues.setdefault(position, []).append(Issue(severity, field_name, message, cause))
        if severity == ERROR:
            self.importable[position] = False


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, float):
        return not np.isnan(value)
    return value != ""


def _column(table: SourceTable, column: str, *, lower: bool = False) -> np.ndarray:
    """A column's cells stripped, ``None`` where blank (``NA``, ``-``); AssetMap's formula quotes removed."""
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
    out[:] = [None if t.casefold() in BLANK_WORDS else t for t in texts]
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
                    tr("No category: map the category column or give a default category."),
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
                tr(
                    "Category {value} is not placed in an ABCD category; "
                    "place it in the mapping or give a default category."
                ).format(value=quoted(value))
                if value
                else tr("No category: give the row one, or give a default category.")
            )
            for position in rows.tolist():
                preview.add(position, ERROR, "category", message)
        elif value:
            message = tr("Category {value} is not placed; it takes the default {default}.").format(
                value=quoted(value), default=repr(mapping.default_category)
            )
            for position in rows.tolist():
                preview.add(position, WARNING, "category", message, cause="category_default")
    return codes, subs


def build_preview(table: SourceTable, mapping: ColumnMapping, register: Register) -> ImportPreview:
    """Check every row of ``table`` as ``mapping`` reads it, against ``register``; nothing is written.

    Cells such as ``NA``, ``N/A``, ``-`` or ``null`` are blank. Errors (the row is not imported): a
    missing name (when no kind and place can name it) or category, unreadable or out-of-range
    coordinates, and a name, category, visibility or status the register would refuse. Warnings: an
    invalid optional value such as a website that is not an http(s) address (left blank), a name made
    from the row's kind and ward, a postcode missing from the bundled postcode list, a location outside
    every ward, a repaired shape, and a likely duplicate of an existing asset (similar name within
    50 m). Notes say how many shapes became points.

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
        CleanColumns.empty(),
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
    _note_polygons(preview)
    for position in np.flatnonzero(~pd.isna(where.problems)).tolist():
        preview.add(position, ERROR, where.problem_fields[position], str(where.problems[position]))
    _place_by_postcode(preview, columns.get("postcode"), where.lon, where.lat, where.problems)
    columns["lon"], columns["lat"] = where.lon, where.lat
    preview.ids = _ids(preview, table, mapping, register)
    _name_unnamed(preview, columns, register, where.lon, where.lat)
    category_codes = register.category_codes()
    preview.clean, errors = clean_columns(columns, category_codes)
    if _blank_invalid_optional(preview, columns, errors, category_codes):
        preview.clean, errors = clean_columns(columns, category_codes)
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


def unnamed_name(kind: str, *, address: str | None = None, ward: str | None = None) -> str:
    """A name for a feature that has none, from its kind and where it is, as the demo names them.

    ``"Park (unnamed), 1 High St"`` or ``"Park (unnamed) in Hulme, Manchester"``.
    """
    kind = " ".join(kind.replace("_", " ").split())
    kind = kind[:1].upper() + kind[1:]
    if address:
        return f"{kind} (unnamed), {address}"
    return f"{kind} (unnamed) in {ward}"


def _name_unnamed(
    preview: ImportPreview,
    columns: dict[str, np.ndarray],
    register: Register,
    lon: np.ndarray,
    lat: np.ndarray,
) -> None:
    """Give rows with no name one from their kind and address or ward, with a warning.

    A row with neither an address nor a location in a ward keeps no name, and the register refuses it.
    """
    names = columns.get("name")
    if names is None:
        names = columns["name"] = np.full(len(preview), None, dtype=object)
    unnamed = np.flatnonzero(pd.isna(names))
    if unnamed.size == 0:
        return
    boundaries = register.boundaries()
    labels = {c.code: c.label for c in register.categories()}
    kind_column = preview.mapping.fields.get("category")
    kinds = _column(preview.table, kind_column) if kind_column else None
    addresses = columns.get("address")
    wards = register.ward_index.assign(lon[unnamed], lat[unnamed])
    for position, ward in zip(unnamed.tolist(), wards.tolist(), strict=True):
        address = None if addresses is None else addresses[position]
        if address is None and ward is None:
            continue
        place = None
        if ward is not None:
            district = boundaries.district_names.get(boundaries.ward_district.get(ward, ""), "")
            place = ", ".join(p for p in (boundaries.ward_names.get(ward, ward), district) if p)
        kind = (
            (kinds[position] if kinds is not None else None)
            or columns["subcategory"][position]
            or labels.get(columns["category"][position] or "")
            or "Asset"
        )
        names[position] = unnamed_name(str(kind), address=address, ward=place)
        message = tr("No name; named {name} from its kind and place.").format(name=repr(names[position]))
        preview.add(position, WARNING, "name", message, cause="unnamed")


def _note_polygons(preview: ImportPreview) -> None:
    """Say how many shapes were areas or lines placed at one point inside them."""
    mapping, table = preview.mapping, preview.table
    if mapping.coordinates == "geometry" and table.geometry is not None:
        shapes = table.geometry
    elif mapping.coordinates == "wkt" and mapping.x_column:
        text = _column(table, mapping.x_column)
        shapes = shapely.from_wkt(text, on_invalid="ignore")
    else:
        return
    present = shapes[~pd.isna(shapes)]
    if present.size == 0:
        return
    kinds = shapely.get_type_id(present)
    areas = int(np.isin(kinds, (3, 6)).sum())
    lines = int(np.isin(kinds, (1, 2, 5)).sum())
    if areas:
        preview.notes.append(
            tr_n(
                "{n} polygon (an area such as a park) became a point, placed at a point inside its area.",
                "{n} polygons (areas such as parks) became points, each placed at a point inside its area.",
                areas,
            ).format(n=f"{areas:,}")
        )
    if lines:
        preview.notes.append(
            tr_n(
                "{n} line became a point, placed at a point on its line.",
                "{n} lines became points, each placed at a point on its line.",
                lines,
            ).format(n=f"{lines:,}")
        )


def _blank_invalid_optional(
    preview: ImportPreview,
    columns: dict[str, np.ndarray],
    errors: dict[int, ValidationError],
    codes: tuple[str, ...],
) -> bool:
    """Blank each invalid optional value of the refused rows, with a warning; whether any was blanked.

    A list's bad email or web address should not cost the row: the asset is kept without it. Only
    the name, category, location, visibility and status can keep a row out.
    """
    blanked = False
    for position, refused in errors.items():
        record = {name: plain_value(values[position]) for name, values in columns.items()}
        record = {name: value for name, value in record.items() if value is not None and value != ""}
        exc: ValidationError | None = refused
        while exc is not None and exc.field in OPTIONAL_FIELDS and exc.field in record:
            del record[exc.field]
            columns[exc.field][position] = None
            message = tr("{problem}; it is left blank.").format(problem=str(exc).rstrip("."))
            preview.add(position, WARNING, exc.field, message, cause=exc.field + _LEFT_BLANK)
            blanked = True
            try:
                clean_fields(record, codes, creating=True)
                exc = None
            except ValidationError as again:
                exc = again
    return blanked


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
                position, WARNING, "id", tr("The same id appears on an earlier row; this row gets a new id.")
            )
            continue
        seen.add(asset_id)
        asset = existing.get(asset_id)
        if asset is not None and asset.is_removed:
            preview.add(
                position,
                WARNING,
                "id",
                tr("An asset with this id ({name}) was removed; this row is added as a new asset.").format(
                    name=asset.name
                ),
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
        message = tr("No coordinates; placed at the centre of its postcode.")
        preview.add(position, WARNING, "postcode", message, cause="postcode_placed")


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
            tr(
                "Postcode {postcode} is not in the bundled postcode list (Greater Manchester's postcodes "
                "from OS Code-Point Open), so AssetMap cannot place it by postcode. Check it; the row keeps "
                "its postcode, and its location comes from its coordinates if any."
            ).format(postcode=postcodes[position]),
            cause="postcode_unknown",
        )


def _warn_wards(preview: ImportPreview, register: Register, lon: np.ndarray, lat: np.ndarray) -> None:
    preview.wards = register.ward_index.assign(lon, lat)
    outside = preview.importable & np.isfinite(lon) & pd.isna(preview.wards)
    for position in np.flatnonzero(outside).tolist():
        preview.add(
            position,
            WARNING,
            "location",
            tr("The location lies outside every ward of the map; check the coordinates."),
            cause="outside",
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
                position,
                WARNING,
                "name",
                tr("Likely the same as {name} already in the register.").format(name=quoted(asset.name)),
            )
