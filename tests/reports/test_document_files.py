"""Documents as files, the same from the window and the command line: their endings, resolutions, the
one function that makes each document's bytes, and writing it whole or not at all."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from assetmap.register import Register
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.files import (
    SUFFIXES,
    DocumentContents,
    ExportFileError,
    check_dpi,
    document_suffix,
    make_document,
    write_document,
)
from assetmap.reports.progress import ExportCancelled
from assetmap.reports.selection import ReportInputError


@pytest.fixture
def contents(privacy_register: Register) -> DocumentContents:
    return DocumentContents.read(privacy_register, "map")


def test_each_document_names_the_endings_it_may_be_saved_as(tmp_path: Path) -> None:
    assert SUFFIXES["map"] == (".pdf", ".png")
    assert document_suffix("map", tmp_path / "Sheet.PNG") == ".png"
    with pytest.raises(
        ReportInputError, match=r"^Cannot write sheet\.svg: the file name must end in \.pdf or \.png\.$"
    ):
        document_suffix("map", tmp_path / "sheet.svg")
    with pytest.raises(ReportInputError, match=r"^Cannot write r\.png: the file name must end in \.pdf\.$"):
        document_suffix("report", tmp_path / "r.png")
    assert check_dpi(50) == 50 and check_dpi(600) == 600
    with pytest.raises(ReportInputError, match=r"^The resolution must be from 50 to 600 dpi, not 1200\.$"):
        check_dpi(1200)


def test_a_map_sheet_is_made_as_pdf_or_png_by_one_function(contents: DocumentContents) -> None:
    options = ReportOptions(area="Stockport")
    assert make_document("map", options, contents).startswith(b"%PDF-")
    assert make_document("map", options, contents, suffix=".png", dpi=60)[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ValueError, match="unknown kind"):
        make_document("poster", options, contents)


def test_a_document_is_written_whole_or_not_at_all(contents: DocumentContents, tmp_path: Path) -> None:
    options = ReportOptions(area="Stockport")
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    written = write_document("map", options, contents, tmp_path / "sheet.png", dpi=60)
    assert written == tmp_path / "sheet.png" and written.read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(ExportFileError, match="does not exist"):
        write_document("map", options, contents, tmp_path / "nowhere" / "sheet.pdf")
    with pytest.raises(ReportInputError, match="dpi"):
        write_document("map", options, contents, tmp_path / "big.png", dpi=5)
    stop = threading.Event()
    stop.set()
    with pytest.raises(ExportCancelled):
        write_document("map", options, contents, tmp_path / "never.pdf", cancelled=stop.is_set)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.png"]
