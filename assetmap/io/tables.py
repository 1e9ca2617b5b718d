"""Exporting assets as CSV or Excel, every cell written by the one formula rule (`io.formula`)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from assetmap.io.formula import cell
from assetmap.register.links import web_address
from assetmap.register.records import EDITABLE_FIELDS, Asset

# Column order of CSV, XLSX and the attribute tables of the geographic formats. The first block is
# what an import reads back; ward and district names and the timestamps are for reading only.
EXPORT_COLUMNS: tuple[str, ...] = (
    "id",
    *EDITABLE_FIELDS,
    "ward_code",
    "ward_name",
    "district_name",
    "created_at",
    "updated_at",
)
NUMBER_COLUMNS = ("lon", "lat")
# Characters XML 1.0 (and so .xlsx and KML) cannot hold at all.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Tick = Callable[[int], None]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def asset_rows(
    assets: Sequence[Asset], ward_names: Mapping[str, str], ward_district_names: Mapping[str, str]
) -> list[dict[str, object]]:
    """One dict per asset in :data:`EXPORT_COLUMNS` order: text for text, floats (or ``None``) for lon/lat."""
    rows = []
    for asset in assets:
        row: dict[str, object] = {}
        for column in EXPORT_COLUMNS:
            if column == "tags":
                row[column] = ",".join(asset.tags)
            elif column == "ward_name":
                row[column] = ward_names.get(asset.ward_code or "", "")
            elif column == "district_name":
                row[column] = ward_district_names.get(asset.ward_code or "", "")
            elif column == "website":
                # Whatever the register holds, only an http(s) address leaves it.
                row[column] = asset.website if web_address(asset.website) else ""
            elif column in NUMBER_COLUMNS:
                row[column] = getattr(asset, column)
            else:
                row[column] = _text(getattr(asset, column))
        rows.append(row)
    return rows


def write_csv(rows: Sequence[Mapping[str, object]], path: Path, tick: Tick | None = None) -> None:
    """UTF-8 CSV with a BOM (so Excel reads the accents right); every cell through :func:`formula.cell`."""
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        for done, row in enumerate(rows, start=1):
            writer.writerow([cell(row[c]) for c in EXPORT_COLUMNS])
            if tick and done % 1000 == 0:
                tick(done)


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML cannot hold (each becomes U+FFFD)."""
    return _NOT_IN_XML.sub("\ufffd", text)


def write_xlsx(
    rows: Sequence[Mapping[str, object]],
    path: Path,
    tick: Tick | None = None,
    *,
    extra_sheets: Sequence[tuple[str, Sequence[str], Sequence[Mapping[str, object]]]] = (),
) -> None:
    """An .xlsx workbook with the sheet ``Assets`` and any ``extra_sheets`` (title, columns, rows) after it.

    Numbers are numbers, flags the text ``true``/``false``, and text a string, never a formula.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Assets")

    def sheet_cell(value: object) -> object:
        safe = cell(xml_safe(value) if isinstance(value, str) else value)
        if not isinstance(safe, str):
            return safe
        if not safe:
            return None
        text = WriteOnlyCell(sheet, value=None)
        # Set the value and type directly: openpyxl would otherwise store "=..." as a formula.
        text._value = safe
        text.data_type = "s"
        return text

    sheet.append([sheet_cell(c) for c in EXPORT_COLUMNS])
    for done, row in enumerate(rows, start=1):
        sheet.append([sheet_cell(row[column]) for column in EXPORT_COLUMNS])
        if tick and done % 1000 == 0:
            tick(done)
    for title, columns, extra_rows in extra_sheets:
        sheet = book.create_sheet(title)
        sheet.append([sheet_cell(c) for c in columns])
        for row in extra_rows:
            sheet.append([sheet_cell(row[column]) for column in columns])
    book.save(path)
