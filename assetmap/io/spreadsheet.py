"""Reading one sheet of an Excel workbook (.xlsx) with openpyxl in read-only mode."""

from __future__ import annotations

import datetime as dt
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from assetmap.errors import quoted
from assetmap.io.archives import check_archive
from assetmap.io.problems import UnreadableFileError
from assetmap.io.source import SourceTable, text_columns
from assetmap.messages import tr


def _not_a_workbook() -> str:
    return tr("Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV")


@contextmanager
def _workbook(path: Path):
    import openpyxl

    if not zipfile.is_zipfile(path):
        raise UnreadableFileError(path, tr("this is not an Excel workbook (.xlsx)"), _not_a_workbook())
    check_archive(path, "workbook", _not_a_workbook())
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged package
        raise UnreadableFileError(
            path,
            tr("the workbook is damaged or is not really .xlsx ({detail})").format(detail=type(exc).__name__),
            _not_a_workbook(),
        ) from None
    try:
        yield book
    finally:
        book.close()


def sheet_names(path: Path) -> list[str]:
    """The names of the sheets of a workbook, in order."""
    with _workbook(Path(path)) as book:
        return list(book.sheetnames)


def cell_text(value: object) -> str:
    """A cell's value as the text a person sees: ``None`` → ``""``, ``53.4`` → ``"53.4"``, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def read_sheet(path: Path, sheet: str | None = None) -> SourceTable:
    """Read ``sheet`` (default: the first) of an .xlsx workbook; the first non-empty row names the columns."""
    path = Path(path)
    with _workbook(path) as book:
        if sheet is None:
            sheet = book.sheetnames[0]
        if sheet not in book.sheetnames:
            raise UnreadableFileError(
                path,
                tr("the workbook has no sheet called {sheet}").format(sheet=quoted(sheet)),
                tr("Choose one of: {names}").format(names=", ".join(book.sheetnames)),
            )
        try:
            rows = [[cell_text(v) for v in row] for row in book[sheet].iter_rows(values_only=True)]
        except Exception as exc:
            raise UnreadableFileError(
                path,
                tr("sheet {sheet} is damaged ({detail})").format(
                    sheet=quoted(sheet), detail=type(exc).__name__
                ),
                _not_a_workbook(),
            ) from None
    first = next((i for i, row in enumerate(rows) if any(cell.strip() for cell in row)), None)
    if first is None:
        raise UnreadableFileError(
            path,
            tr("sheet {sheet} is empty").format(sheet=quoted(sheet)),
            tr("Choose the sheet that holds the list"),
        )
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows[first:]]
    while width > 1 and all(not row[width - 1].strip() for row in rows):
        width -= 1
    header = rows[0][:width]
    numbers: list[int] = []
    kept: list[list[str]] = []
    for offset, row in enumerate(rows[1:]):
        if any(cell.strip() for cell in row[:width]):
            kept.append(row[:width])
            numbers.append(first + 2 + offset)
    frame = (
        pd.DataFrame(kept, columns=range(width), dtype=object) if kept else pd.DataFrame(columns=range(width))
    )
    table = SourceTable(path, text_columns(frame, header), kind="xlsx", part=sheet, formula_quoted=True)
    table.row_numbers = pd.Series(numbers, dtype="int64").to_numpy()
    return table
