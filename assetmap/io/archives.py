"""Zip files (workbooks, zipped Shapefiles, KMZ) checked for decompression bombs before a reader opens them.

A reader handed a zip trusts it: openpyxl, GDAL and pandas inflate whatever the members hold, and a
1 MB file can hold gigabytes. Every member is inflated here first in small chunks, counting the real
bytes (not the sizes the archive declares), and the file is refused as soon as a member grows past
a plain limit or far past what ordinary data compresses to.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from assetmap.io.problems import UnreadableFileError
from assetmap.messages import tr

# The largest file inside an archive AssetMap will read (a 100,000-row sheet's XML is ~100 MB).
MEMBER_LIMIT = 256 * 1024 * 1024
# All members together.
TOTAL_LIMIT = 512 * 1024 * 1024
# Spreadsheet XML and attribute tables compress 5 to 50 times; a bomb, hundreds or thousands of times.
# Small members are let through whatever their ratio (an empty sheet compresses very well).
RATIO_LIMIT = 200
RATIO_FROM = 8 * 1024 * 1024
_CHUNK = 1024 * 1024


def check_archive(path: Path, kind: str, advice: str) -> None:
    """Refuse ``path`` (a zip) if it inflates past :data:`MEMBER_LIMIT`, :data:`TOTAL_LIMIT` or the ratio.

    ``kind`` says which file it is for the message: ``"workbook"``, ``"zipped Shapefile"`` or ``"KMZ file"``
    (each has sentences of its own). Memory use stays at one chunk whatever the archive holds. Damaged
    archives are refused too.
    """
    total = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                if member.is_dir():
                    continue
                # Declared sizes first: a bomb that says what it is costs nothing to refuse.
                _check_size(path, kind, member.filename, member.file_size, member.compress_size, advice)
                inflated = 0
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        inflated += len(chunk)
                        _check_size(path, kind, member.filename, inflated, member.compress_size, advice)
                        if total + inflated > TOTAL_LIMIT:
                            raise _too_big(
                                path,
                                kind,
                                tr("its files expand to more than {size}").format(size=_mb(TOTAL_LIMIT)),
                                advice,
                            )
                total += inflated
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError) as exc:
        raise UnreadableFileError(path, _damaged(kind, str(exc)), advice) from None
    except OSError as exc:
        raise UnreadableFileError(path, _unreadable(kind, str(exc.strerror or exc)), advice) from None


def _check_size(path: Path, kind: str, name: str, size: int, packed: int, advice: str) -> None:
    if size > MEMBER_LIMIT:
        raise _too_big(
            path,
            kind,
            tr("{name} inside it expands to more than {size}").format(name=name, size=_mb(MEMBER_LIMIT)),
            advice,
        )
    if size > RATIO_FROM and size > RATIO_LIMIT * max(packed, 1):
        raise _too_big(
            path,
            kind,
            tr(
                "{name} inside it expands more than {ratio} times ({packed} to over {size}), "
                "which ordinary data never does"
            ).format(name=name, ratio=RATIO_LIMIT, packed=_mb(packed), size=_mb(size)),
            advice,
        )


def _too_big(path: Path, kind: str, detail: str, advice: str) -> UnreadableFileError:
    if kind == "workbook":
        problem = tr("AssetMap will not open this workbook: {detail}")
    elif kind == "zipped Shapefile":
        problem = tr("AssetMap will not open this zipped Shapefile: {detail}")
    else:
        problem = tr("AssetMap will not open this KMZ file: {detail}")
    return UnreadableFileError(path, problem.format(detail=detail), advice)


def _damaged(kind: str, detail: str) -> str:
    if kind == "workbook":
        return tr("the workbook is damaged ({detail})").format(detail=detail)
    if kind == "zipped Shapefile":
        return tr("the zipped Shapefile is damaged ({detail})").format(detail=detail)
    return tr("the KMZ file is damaged ({detail})").format(detail=detail)


def _unreadable(kind: str, detail: str) -> str:
    if kind == "workbook":
        return tr("the workbook cannot be read ({detail})").format(detail=detail)
    if kind == "zipped Shapefile":
        return tr("the zipped Shapefile cannot be read ({detail})").format(detail=detail)
    return tr("the KMZ file cannot be read ({detail})").format(detail=detail)


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:,.0f} KB"
