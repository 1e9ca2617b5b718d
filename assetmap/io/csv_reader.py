"""Reading CSV and TSV text in the encodings and delimiters spreadsheets and databases write."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from assetmap.io.problems import UnreadableFileError
from assetmap.io.source import SourceTable, text_columns
from assetmap.messages import tr, tr_n

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE = 64 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE = re.compile(r"line (\d+)")
_ROW = re.compile(r"row (\d+)")


# A well-formed UTF-8 sequence of two to four bytes (RFC 3629): text in another 8-bit encoding rarely
# holds one by chance, so their count against the count of bytes UTF-8 cannot read tells the two apart.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_REPLACEMENT = "\ufffd"
_ENCODING_NAMES = {
    "utf-8-sig": "UTF-8 with BOM",
    "utf-8": "UTF-8",
    "cp1252": "Windows-1252",
    "utf-16": "UTF-16",
}


def choose_encoding(data: bytes) -> tuple[str, bool]:
    """The encoding of ``data`` as a whole, and whether some of its bytes do not fit it.

    UTF-8 unless the bytes UTF-8 cannot read outnumber its well-formed multi-byte sequences and
    the whole file reads as Windows-1252: one bad byte in a UTF-8 file spoils its row, not the file.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            data.decode("utf-16")
            return "utf-16", False
        except UnicodeDecodeError:
            pass
    utf8 = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        data.decode(utf8)
        return utf8, False
    except UnicodeDecodeError:
        pass
    valid = len(_UTF8_MULTIBYTE.findall(data))
    replaced = data.decode(utf8, errors="replace").count(_REPLACEMENT) - data.count(b"\xef\xbf\xbd")
    if replaced > valid:
        try:
            data.decode("cp1252")
            return "cp1252", valid > 0
        except UnicodeDecodeError:
            pass
    return utf8, True


def decode(path: Path, data: bytes) -> tuple[str, str, bool]:
    """The text of ``data``, the name of its encoding, and whether some cells may be mis-read.

    UTF-8 (with or without BOM), UTF-16 or Windows-1252, by :func:`choose_encoding`. In a UTF-8
    file, bytes that are not UTF-8 become U+FFFD (the replacement character) and the flag is set,
    so their rows can be named. Raises ``UnreadableFileError`` for binary data.
    """
    head = data[:_SAMPLE]
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and (
        b"\x00" in head or head.startswith((b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xd0\xcf\x11\xe0"))
    ):
        advice = tr("If it is a spreadsheet, save it as CSV (or .xlsx) and import that")
        if head.startswith(b"PK\x03\x04"):
            advice = tr(
                "It looks like an Excel workbook or zip file: rename it to .xlsx or .zip and try again"
            )
        raise UnreadableFileError(path, tr("this is not a text file (it holds binary data)"), advice)
    encoding, mixed = choose_encoding(data)
    text = data.decode(encoding, errors="replace")
    if len(_CONTROL.findall(text[:_SAMPLE])) > max(3, len(text[:_SAMPLE]) // 100):
        raise UnreadableFileError(
            path,
            tr("this is not a text file (it is full of control characters)"),
            tr("If it is a spreadsheet, save it as CSV (or .xlsx) and import that"),
        )
    return text, _ENCODING_NAMES[encoding], mixed


def _suspect(encoding: str, cell: str) -> bool:
    """Whether a cell holds bytes its file's encoding could not read (UTF-8) or looks mis-read (1252)."""
    if encoding == "Windows-1252":
        return bool(_UTF8_MULTIBYTE.search(cell.encode("cp1252", errors="ignore")))
    return _REPLACEMENT in cell


def _flag_misread_cells(table: SourceTable, text: str, delimiter: str, encoding: str) -> int:
    """Warn on each row with a cell its encoding could not read, naming the line and column.

    The lines come from the ``csv`` module, whose ``line_num`` counts physical lines (a quoted cell
    may span several); pandas skips blank lines, and so does this.
    """
    records: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                records.append((start, record))
            start = reader.line_num + 1
    except csv.Error:
        records = []
    aligned = len(records) == len(table) + 1
    columns = table.columns
    flagged = 0
    for position in range(len(table)):
        if aligned:
            line, cells = records[position + 1]
        else:
            line, cells = int(table.row_numbers[position]), [str(v) for v in table.frame.iloc[position]]
        bad = [
            columns[i] if i < len(columns) else tr("column {number}").format(number=i + 1)
            for i, c in enumerate(cells)
            if _suspect(encoding, c)
        ]
        if not bad:
            continue
        flagged += 1
        named = ", ".join(repr(b) for b in bad)
        if encoding == "Windows-1252" and aligned:
            message = tr(
                "Line {line}, column {columns}: looks like UTF-8 text read as Windows-1252 "
                "(letters such as é may show as Ã©). Check the text, or save the file again as CSV UTF-8."
            )
        elif encoding == "Windows-1252":
            message = tr(
                "Row {line}, column {columns}: looks like UTF-8 text read as Windows-1252 (letters such as é "
                "may show as Ã©). Check the text, or save the file again as CSV UTF-8."
            )
        elif aligned:
            message = tr(
                "Line {line}, column {columns}: holds bytes that are not UTF-8; they are shown as \ufffd. "
                "Check the text, or save the file again as CSV UTF-8."
            )
        else:
            message = tr(
                "Row {line}, column {columns}: holds bytes that are not UTF-8; they are shown as \ufffd. "
                "Check the text, or save the file again as CSV UTF-8."
            )
        table.flag(position, "warning", None, message.format(line=line, columns=named))
    return flagged


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
            path,
            tr("the file cannot be opened ({detail})").format(detail=exc.strerror),
            tr("Check it is not open elsewhere"),
        ) from exc
    if not data.strip():
        raise UnreadableFileError(path, tr("the file is empty"), tr("Check you chose the right file"))
    text, encoding, mixed = decode(path, data)
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
            path, tr("the file has no header row"), tr("The first row must name the columns")
        ) from None
    except (pd.errors.ParserError, ValueError, OverflowError, MemoryError) as exc:
        raise _parse_error(path, str(exc), delimiter) from None
    if frame.empty:
        raise UnreadableFileError(
            path, tr("the file has no header row"), tr("The first row must name the columns")
        )
    header = frame.iloc[0].tolist()
    body = frame.iloc[1:].reset_index(drop=True).fillna("").astype(object)
    table = SourceTable(path, text_columns(body, header), kind="csv", formula_quoted=True)
    table.notes.append(_read_as(delimiter).format(encoding=_shown(encoding)))
    if mixed:
        flagged = _flag_misread_cells(table, text, delimiter, encoding)
        if flagged:
            table.notes.append(
                tr_n(
                    "{n} row holds text that may be mis-read as {encoding}; see its warning.",
                    "{n} rows hold text that may be mis-read as {encoding}; see their warnings.",
                    flagged,
                ).format(n=f"{flagged:,}", encoding=_shown(encoding))
            )
    return table


def _shown(encoding: str) -> str:
    """An encoding's name as a note says it (only "with BOM" has words to translate)."""
    return tr("UTF-8 with BOM") if encoding == "UTF-8 with BOM" else encoding


def _read_as(delimiter: str) -> str:
    """The note saying how the file was read, with ``{encoding}`` to fill in."""
    if delimiter == ";":
        return tr("Read as {encoding} text with semicolon-separated columns.")
    if delimiter == "\t":
        return tr("Read as {encoding} text with tab-separated columns.")
    if delimiter == "|":
        return tr("Read as {encoding} text with bar-separated columns.")
    return tr("Read as {encoding} text with comma-separated columns.")


def _more_cells(delimiter: str) -> str:
    if delimiter == ";":
        return tr("this row has more cells than the header (semicolon-separated)")
    if delimiter == "\t":
        return tr("this row has more cells than the header (tab-separated)")
    if delimiter == "|":
        return tr("this row has more cells than the header (bar-separated)")
    return tr("this row has more cells than the header (comma-separated)")


def _parse_error(path: Path, detail: str, delimiter: str) -> UnreadableFileError:
    # pandas counts lines from 1 but rows from 0; both include the header line here.
    line, row_match = _LINE.search(detail), _ROW.search(detail)
    row = int(line.group(1)) if line else int(row_match.group(1)) + 1 if row_match else None
    if "EOF inside string" in detail or "EOF following" in detail:
        return UnreadableFileError(
            path,
            tr("a quoted cell is never closed (the file may be cut short)"),
            tr("Check the quotes on that row, or export the file again"),
            row=row,
        )
    if "Expected" in detail and "fields" in detail:
        return UnreadableFileError(
            path,
            _more_cells(delimiter),
            tr("Put quotes around cells that contain the separator, or export the file again"),
            row=row,
        )
    return UnreadableFileError(
        path, tr("the file cannot be read as CSV"), tr("Export it again as CSV UTF-8"), row=row
    )
