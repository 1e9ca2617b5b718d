"""Decompression bombs are refused with bounded memory: each is built here, small on disk, and opened
in a child process that reports its own peak memory (VmHWM), a measurement, not a timing.
"""

from __future__ import annotations

import gzip
import io
import os
import struct
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

PEAK_LIMIT_MB = 500
INFLATED = 1024 * 1024 * 1024  # each bomb expands to 1 GB


def _stream_into(write: Callable[[bytes], object], head: bytes, unit: bytes, tail: bytes) -> None:
    block = unit * max(1, (1024 * 1024) // len(unit))
    write(head)
    for _ in range(INFLATED // len(block)):
        write(block)
    write(tail)


def _workbook_with(tmp_path: Path, member: str, head: bytes, unit: bytes, tail: bytes) -> Path:
    import openpyxl

    small = io.BytesIO()
    book = openpyxl.Workbook()
    book.active.append(["Name", "Category"])
    book.save(small)
    path = tmp_path / "bomb.xlsx"
    with (
        zipfile.ZipFile(small) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
    ):
        for item in source.infolist():
            if item.filename != member:
                out.writestr(item, source.read(item))
        with out.open(member, "w", force_zip64=True) as stream:
            _stream_into(stream.write, head, unit, tail)
    return path


def sheet_bomb(tmp_path: Path) -> Path:
    return _workbook_with(
        tmp_path,
        "xl/worksheets/sheet1.xml",
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData>',
        b'<row><c t="inlineStr"><is><t>Bolton Lads and Girls Club</t></is></c></row>',
        b"</sheetData></worksheet>",
    )


def shared_strings_bomb(tmp_path: Path) -> Path:
    return _workbook_with(
        tmp_path,
        "xl/sharedStrings.xml",
        b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main">',
        b"<si><t>Bolton Lads and Girls Club</t></si>",
        b"</sst>",
    )


def shapefile_bomb(tmp_path: Path) -> Path:
    """A real one-point Shapefile whose .dbf claims, and holds, a gigabyte of blank records."""
    import geopandas as gpd
    import shapely

    folder = tmp_path / "shp"
    folder.mkdir()
    gpd.GeoDataFrame({"name": ["Hall"]}, geometry=[shapely.Point(-2.24, 53.48)], crs="EPSG:4326").to_file(
        folder / "groups.shp"
    )
    dbf = (folder / "groups.dbf").read_bytes()
    header_length, record_length = struct.unpack("<HH", dbf[8:12])
    records = INFLATED // record_length
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for suffix in (".shp", ".shx", ".prj"):
            out.write(folder / f"groups{suffix}", f"groups{suffix}")
        with out.open("groups.dbf", "w", force_zip64=True) as stream:
            stream.write(dbf[:4] + struct.pack("<I", records) + dbf[8:header_length])
            _stream_into(stream.write, b"", b" " * record_length, b"\x1a")
    return path


def kmz_bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.kmz"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
        out.open("doc.kml", "w", force_zip64=True) as stream,
    ):
        _stream_into(
            stream.write,
            b'<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>',
            b"<Placemark><name>Hall</name><Point><coordinates>-2.24,53.48</coordinates></Point></Placemark>",
            b"</Document></kml>",
        )
    return path


def bundle_bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.assetmap-bundle"
    with gzip.open(path, "wb", compresslevel=1) as stream:
        _stream_into(
            stream.write,
            b'{"format": "assetmap-register-bundle", "format_version": 1, "assets": [',
            b" ",
            b"]}",
        )
    return path


OPEN_IMPORT = "from assetmap.io.source import open_source as open_it"
OPEN_BUNDLE = "from assetmap.bundles.format import read_bundle as open_it"


@pytest.mark.parametrize(
    ("build", "opener"),
    [
        (sheet_bomb, OPEN_IMPORT),
        (shared_strings_bomb, OPEN_IMPORT),
        (shapefile_bomb, OPEN_IMPORT),
        (kmz_bomb, OPEN_IMPORT),
        (bundle_bomb, OPEN_BUNDLE),
    ],
    ids=["xlsx sheet", "xlsx shared strings", "zipped shapefile", "kmz", "bundle"],
)
def test_a_decompression_bomb_is_refused_within_bounded_memory(tmp_path: Path, build, opener: str) -> None:
    bomb = build(tmp_path)
    assert bomb.stat().st_size < 20 * 1024 * 1024

    child = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            from pathlib import Path
            from assetmap.errors import AssetMapError
            {opener}
            try:
                open_it(Path({str(bomb)!r}))
                print("opened")
            except AssetMapError as exc:
                print("refused:", exc)
            status = Path("/proc/self/status").read_text()
            print("peak", next(int(l.split()[1]) for l in status.splitlines() if l.startswith("VmHWM")))
            """),
        ],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=600,
    )

    assert "refused:" in child.stdout, child.stdout + child.stderr
    assert "expand" in child.stdout
    peak_mb = int(child.stdout.split("peak")[-1]) / 1024
    assert peak_mb <= PEAK_LIMIT_MB, f"peak memory {peak_mb:.0f} MB"
