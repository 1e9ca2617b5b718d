"""Every tabular output (CSV, XLSX, Open Referral CSVs, rejected rows) holds no cell a spreadsheet runs."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from assetmap.io.export import export_assets
from assetmap.io.formula import cell, neutralise
from assetmap.io.importer import rejected_reasons, write_rejected_rows
from assetmap.register import Register
from tests.io.conftest import CITY_CENTRE, import_file, preview_file

LON, LAT = CITY_CENTRE
FORMULAS = [
    '=HYPERLINK("http://evil.example","click")',
    "=1+1",
    "-2+3",
    "+44 161 000 0000",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "-cmd|' /C calc'!A0",
]
# What a spreadsheet takes for a number, not a formula (written independently of the code under test).
_NUMBER = re.compile(r"[+-]?[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?")


def _would_run(value: object) -> bool:
    """Whether a spreadsheet opening this cell would evaluate it as a formula."""
    if not isinstance(value, str) or not value:
        return False
    return value[0] in "=+-@\t\r" and not _NUMBER.fullmatch(value)


def _hostile_texts(hostile_strings: list[str]) -> list[str]:
    return [*FORMULAS, *hostile_strings]


def _csv_cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-2.35", "-2.35"),
        ("+44", "+44"),
        ("1e3", "1e3"),
        ("-1.5E-3", "-1.5E-3"),
        ("-2+3", "'-2+3"),
        ("=1+1", "'=1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-", "'-"),
        ("+44 161", "'+44 161"),
    ],
)
def test_a_plain_number_stays_and_what_a_spreadsheet_would_run_is_quoted(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_numbers_stay_numbers_and_nothing_becomes_none() -> None:
    assert cell(-2.35) == -2.35 and cell(7) == 7
    assert cell(None) == "" and cell(float("nan")) == ""
    assert cell("=1") == "'=1"


@pytest.fixture
def hostile(register: Register, hostile_strings: list[str]) -> Register:
    """Public associations whose every free-text field carries a formula or a hostile string."""
    for i, text in enumerate(_hostile_texts(hostile_strings)):
        register.add_asset(
            name=text,
            category="associations",
            subcategory=text,
            description=text,
            address=text,
            postcode="M1 1AD",
            contact_phone=text,
            opening_times=text,
            audience=text,
            accessibility=text,
            tags=(text.strip() or f"t{i}", f"t{i}"),
            lon=LON + i * 1e-4,
            lat=LAT - i * 1e-4,
        )
    return register


def test_csv_export_has_no_cell_a_spreadsheet_would_run(tmp_path: Path, hostile: Register) -> None:
    export_assets(hostile, tmp_path / "out.csv")
    rows = _csv_cells((tmp_path / "out.csv").read_text(encoding="utf-8-sig"))
    assert len(rows) == len(hostile.assets()) + 1
    assert [c for row in rows for c in row if _would_run(c)] == []
    header = rows[0]
    lon = [float(r[header.index("lon")]) for r in rows[1:]]
    assert min(lon) == pytest.approx(LON)  # negative longitudes written as plain numbers


def test_xlsx_export_has_no_formula_and_coordinates_stay_numbers(tmp_path: Path, hostile: Register) -> None:
    export_assets(hostile, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert [c.value for c in cells if c.data_type == "f" or _would_run(c.value)] == []
    header = [c.value for c in next(sheet.iter_rows())]
    lon = [row[header.index("lon")].value for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(v, float) for v in lon) and min(lon) == pytest.approx(LON)


def test_open_referral_tables_have_no_cell_a_spreadsheet_would_run(tmp_path: Path, hostile: Register) -> None:
    export_assets(hostile, tmp_path / "oruk.zip", "oruk-csv")
    checked = 0
    with zipfile.ZipFile(tmp_path / "oruk.zip") as archive:
        for name in archive.namelist():
            if not name.endswith(".csv"):
                continue
            rows = _csv_cells(archive.read(name).decode("utf-8"))
            assert [c for row in rows for c in row if _would_run(c)] == [], name
            checked += sum(len(r) for r in rows)
        locations = list(csv.DictReader(io.StringIO(archive.read("locations.csv").decode("utf-8"))))
    assert checked > 1000
    assert min(float(r["longitude"]) for r in locations) == pytest.approx(LON)


def _source_with_errors(path: Path, texts: list[str]) -> Path:
    """A CSV whose every row has a real error (a visibility that is not one) and a hostile description."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "category", "description", "visibility", "longitude", "latitude"])
        for i, text in enumerate(texts):
            writer.writerow([f"Group {i}", "associations", text, "secret", -2.35 + i * 1e-4, 53.48])
    return path


def test_rejected_rows_file_has_no_cell_a_spreadsheet_would_run(
    tmp_path: Path, register: Register, hostile_strings: list[str]
) -> None:
    texts = _hostile_texts(hostile_strings)
    preview = preview_file(register, _source_with_errors(tmp_path / "in.csv", texts))
    reasons = rejected_reasons(preview)
    assert len(reasons) == len(texts)
    out = write_rejected_rows(preview, reasons, tmp_path / "rejected.csv")
    rows = _csv_cells(out.read_text(encoding="utf-8-sig"))
    assert len(rows) == len(texts) + 1
    assert [c for row in rows for c in row if _would_run(c)] == []


def test_rejected_rows_fixed_and_imported_again_keep_their_coordinates(
    tmp_path: Path, register: Register, hostile_strings: list[str]
) -> None:
    texts = _hostile_texts(hostile_strings)
    preview = preview_file(register, _source_with_errors(tmp_path / "in.csv", texts))
    rejected = write_rejected_rows(preview, rejected_reasons(preview), tmp_path / "rejected.csv")
    # The person corrects the real error (the visibility) in the rejected file and imports it again.
    with rejected.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "visibility": "public"})
    summary = import_file(register, fixed)
    assert summary.rejected == {} and summary.added == len(texts)
    assets = sorted(register.assets(), key=lambda a: a.lon or 0.0)
    assert all(a.has_location for a in assets)
    assert [round(a.lon, 6) for a in assets] == [round(-2.35 + i * 1e-4, 6) for i in range(len(texts))]
    assert all(a.lat == pytest.approx(53.48) for a in assets)
    assert {a.description for a in assets} == {t.strip() for t in texts}
