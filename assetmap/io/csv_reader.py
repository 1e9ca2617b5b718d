"""Reading CSV and TSV text in the encodings and delimiters spreadsheets and databases write."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from assetmap.io.problems import UnreadableFileError
from assetmap.io.source import SourceTable, text_columns

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE = 64 * 1024
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE = re.compile(r"line (\d+)")
_ROW = re.compile(r"row (\d+)")


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the name of its encoding: UTF-8 (with or without BOM), UTF-16, Windows-1252.

    Raises ``UnreadableFileError`` for binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    head = data[:_SAMPLE]
    if b"\x00" in head or head.startswith((b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xd0\xcf\x11\xe0")):
        advice = "If it is a spreadsheet, save it as CSV (or .xlsx) and import that"
        if head.startswith(b"PK\x03\x04"):
            advice = "It looks like an Excel workbook or zip file: rename it to .xlsx or .zip and try again"
        raise UnreadableFileError(path, "this is not a text file (it holds binary data)", advice)
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    for name in (encoding, "cp1252"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL.findall(text[:_SAMPLE])) > max(3, len(text[:_SAMPLE]) // 100):
            raise UnreadableFileError(
                path,
                "this is not a text file (it is full of control characters)",
                "If it is a spreadsheet, save it as CSV (or .xlsx) and import that",
            )
        return text, {"utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252"}[name]
    raise UnreadableFileError(
        path,
        "this is not a text file in an encoding AssetMap knows (UTF-8 or Windows-1252)",
        "Save it again as CSV UTF-8 (in Excel: File, Save As, CSV UTF-8)",
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter of CSV ``text``: comma, semicolon, tab or bar, by ``csv.Sniffer`` or by counting."""
    sample = text[:_SAMPLE]
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        found = None
    # The sniffer can be fooled by punctuation inside quoted text; the header line rarely lies.
    header = sample.split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    if found in DELIMITERS and counts.get(found, 0) > 0:
        return found
    return best if counts[best] > 0 else ","


def read_csv(path: Path) -> SourceTable:
    """Read a CSV or TSV file into a :class:`SourceTable` of text cells.

    The encoding (UTF-8, UTF-8 with BOM, UTF-16 or Windows-1252) and the delimiter (comma, semicolon,
    tab or bar) are detected. Raises ``UnreadableFileError`` naming the file and, where known, the row.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(
            path, f"the file cannot be opened ({exc.strerror})", "Check it is not open elsewhere"
        ) from exc
    if not data.strip():
        raise UnreadableFileError(path, "the file is empty", "Check you chose the right file")
    text, encoding = decode(path, data)
    delimiter = sniff_delimiter(text)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=True,
            engine="c",
        )
    except pd.errors.EmptyDataError:
        raise UnreadableFileError(
            path, "the file has no header row", "The first row must name the columns"
        ) from None
    except (pd.errors.ParserError, ValueError, OverflowError, MemoryError) as exc:
        raise _parse_error(path, str(exc), delimiter) from None
    if frame.empty:
        raise UnreadableFileError(path, "the file has no header row", "The first row must name the columns")
    header = frame.iloc[0].tolist()
    body = frame.iloc[1:].reset_index(drop=True).fillna("").astype(object)
    table = SourceTable(path, text_columns(body, header), kind="csv", formula_quoted=True)
    table.notes.append(f"Read as {encoding} text with {_DELIMITER_NAMES[delimiter]}-separated columns.")
    return table


def _parse_error(path: Path, detail: str, delimiter: str) -> UnreadableFileError:
    # pandas counts lines from 1 but rows from 0; both include the header line here.
    line, row_match = _LINE.search(detail), _ROW.search(detail)
    row = int(line.group(1)) if line else int(row_match.group(1)) + 1 if row_match else None
    if "EOF inside string" in detail or "EOF following" in detail:
        return UnreadableFileError(
            path,
            "a quoted cell is never closed (the file may be cut short)",
            "Check the quotes on that row, or export the file again",
            row=row,
        )
    if "Expected" in detail and "fields" in detail:
        return UnreadableFileError(
            path,
            f"this row has more cells than the header ({_DELIMITER_NAMES[delimiter]}-separated)",
            "Put quotes around cells that contain the separator, or export the file again",
            row=row,
        )
    return UnreadableFileError(
        path, "the file cannot be read as CSV", "Export it again as CSV UTF-8", row=row
    )
