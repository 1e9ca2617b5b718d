"""What every reader hands on: the rows of one table, as text, with shapes in WGS84 if it had any."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from assetmap.io.problems import UnreadableFileError
from assetmap.messages import tr

CSV_SUFFIXES = (".csv", ".tsv", ".tab", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
LAYER_SUFFIXES = (".geojson", ".json", ".gpkg", ".zip", ".shp", ".kml", ".kmz")
SUPPORTED = CSV_SUFFIXES + XLSX_SUFFIXES + LAYER_SUFFIXES


def _advice_for(suffix: str) -> str:
    """What to do instead with a file of a type people are likely to offer by mistake."""
    if suffix == ".xls":
        return tr("Open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that")
    if suffix == ".ods":
        return tr("Save it as .xlsx or CSV from LibreOffice, then import that")
    if suffix == ".dbf":
        return tr("Import the whole Shapefile as a .zip holding its .shp, .shx, .dbf and .prj files")
    return tr(
        "AssetMap imports CSV or TSV text, Excel .xlsx, GeoJSON, GeoPackage, zipped Shapefile and KML files"
    )


@dataclass
class SourceTable:
    """One table read from a file: text cells, a person-facing number per row, and shapes if any.

    ``frame`` holds every cell as text (``""`` when empty). ``geometry`` (layers only) holds a
    shapely geometry in WGS84 longitude/latitude per row, or ``None``. ``row_numbers`` are what a
    person would call each row: the spreadsheet row (the header is row 1) or the feature number.
    """

    path: Path
    frame: pd.DataFrame
    kind: str
    part: str | None = None
    geometry: np.ndarray | None = None
    row_numbers: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    notes: list[str] = field(default_factory=list)
    row_notes: dict[int, str] = field(default_factory=dict)
    row_issues: dict[int, list[tuple[str, str | None, str]]] = field(default_factory=dict)
    formula_quoted: bool = False
    _numbers: dict[str, tuple[np.ndarray, np.ndarray]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if len(self.row_numbers) != len(self.frame):
            first = 2 if self.kind in ("csv", "xlsx") else 1
            self.row_numbers = np.arange(first, first + len(self.frame), dtype=np.int64)

    def flag(self, position: int, severity: str, field_name: str | None, message: str) -> None:
        """Note a problem the reader found in a row: an ``"error"`` keeps it out, a ``"warning"`` not."""
        self.row_issues.setdefault(position, []).append((severity, field_name, message))

    @property
    def columns(self) -> list[str]:
        return [str(c) for c in self.frame.columns]

    @property
    def has_geometry(self) -> bool:
        return self.geometry is not None

    def __len__(self) -> int:
        return len(self.frame)

    def numbers(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """:func:`read_numbers` of one column, read once (a table's cells do not change once read)."""
        found = self._numbers.get(column)
        if found is None:
            found = self._numbers[column] = read_numbers(self.frame[column])
        return found


def read_numbers(cells: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The number in each cell (NaN where none can be read), and which cells are empty (read-only).

    Cells are read as text, stripped; a decimal comma (53,48), common in files from continental
    spreadsheets, reads as a point. Plain list work, several times quicker than pandas' ``.str``
    methods on object columns.
    """
    values = cells.tolist()
    try:
        text = list(map(str.strip, values))
    except TypeError:  # not all text (a spreadsheet's numbers, missing cells)
        text = [str(v).strip() for v in values]
    empty = np.fromiter(map(len, text), dtype=np.intp, count=len(text)) == 0
    points = pd.Series([t.replace(",", ".") for t in text], dtype=object)
    numbers = pd.to_numeric(points, errors="coerce").to_numpy(dtype=float)
    numbers.flags.writeable = False
    empty.flags.writeable = False
    return numbers, empty


def file_kind(path: Path) -> str:
    """``"csv"``, ``"xlsx"`` or ``"layer"`` for a file AssetMap can import, else ``UnreadableFileError``."""
    path = Path(path)
    if not path.exists():
        raise UnreadableFileError(path, tr("the file does not exist"), tr("Check the name and folder"))
    if path.is_dir():
        raise UnreadableFileError(path, tr("this is a folder, not a file"), tr("Choose a file inside it"))
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in LAYER_SUFFIXES:
        return "layer"
    if suffix:
        problem = tr("AssetMap cannot import {suffix} files").format(suffix=suffix)
    else:
        problem = tr("AssetMap cannot import files without an extension")
    raise UnreadableFileError(path, problem, _advice_for(suffix))


def parts_of(path: Path | str) -> list[str]:
    """The sheets of a workbook or the layers of a geographic file; empty for CSV (one table)."""
    path = Path(path)
    kind = file_kind(path)
    if kind == "xlsx":
        from assetmap.io.spreadsheet import sheet_names

        return sheet_names(path)
    if kind == "layer":
        from assetmap.io.layers import layer_names

        return layer_names(path)
    return []


def open_source(path: Path | str, part: str | None = None) -> SourceTable:
    """Read one table from ``path``: the named sheet or layer, or the first one.

    Raises
    ------
    UnreadableFileError
        The file is missing, empty, of an unknown type, or damaged; the message says which and what to do.
    """
    path = Path(path)
    kind = file_kind(path)
    if path.stat().st_size == 0:
        raise UnreadableFileError(
            path, tr("the file is empty (0 bytes)"), tr("Check you chose the right file")
        )
    if kind == "csv":
        from assetmap.io.csv_reader import read_csv

        return read_csv(path)
    if kind == "xlsx":
        from assetmap.io.spreadsheet import read_sheet

        return read_sheet(path, part)
    from assetmap.io.layers import read_layer

    return read_layer(path, part)


def text_columns(frame: pd.DataFrame, names: Sequence[str] | None = None) -> pd.DataFrame:
    """``frame`` with unique, non-empty column names (``column 3`` for a blank header)."""
    seen: set[str] = set()
    out: list[str] = []
    for position, raw in enumerate(names if names is not None else frame.columns, start=1):
        base = str(raw).strip() if raw is not None else ""
        if not base or base.startswith("Unnamed: "):
            base = f"column {position}"
        name, n = base, 2
        while name in seen:
            name, n = f"{base} ({n})", n + 1
        seen.add(name)
        out.append(name)
    frame = frame.copy()
    frame.columns = out
    return frame
