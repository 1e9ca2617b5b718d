"""Writing a subject access copy: a zip of CSV files (one per part) and the readable PDF beside them.

Every cell goes through :func:`assetmap.io.formula.cell`, and each CSV is UTF-8 with a BOM, as every
other CSV export is. The zip is written whole or not at all.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from assetmap.atomic import atomic_path
from assetmap.errors import AssetMapError
from assetmap.io.formula import cell
from assetmap.messages import tr
from assetmap.register.subject_access import Table

PDF_NAME = "everything-held.pdf"


class SubjectAccessFileError(AssetMapError):
    """The subject access copy cannot be written where asked."""


def csv_bytes(table: Table) -> bytes:
    """One table as CSV: UTF-8 with a BOM, a header row, every cell formula-safe."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow([cell(header) for header in table.headers])
    for row in table.rows:
        writer.writerow([cell(value) for value in row])
    return text.getvalue().encode("utf-8-sig")


def write_subject_access(target: Path, parts: Sequence[Table], pdf: bytes) -> Path:
    """Write the zip at ``target``: ``NAME.csv`` for each part and :data:`PDF_NAME`.

    Raises
    ------
    SubjectAccessFileError
        The folder does not exist or cannot be written; nothing is left at ``target``.
    """
    target = Path(target).expanduser().absolute()
    if not target.parent.is_dir():
        raise SubjectAccessFileError(
            tr("The folder {folder} does not exist. Create it or choose another place for the copy.").format(
                folder=target.parent
            )
        )
    if target.is_dir():
        raise SubjectAccessFileError(
            tr("{path} is a folder. Give a file name ending in .zip for the copy.").format(path=target)
        )
    try:
        with atomic_path(target) as temporary, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as out:
            for table in parts:
                out.writestr(f"{table.name}.csv", csv_bytes(table))
            out.writestr(PDF_NAME, pdf)
    except OSError as exc:
        raise SubjectAccessFileError(
            tr(
                "Cannot write {path} ({detail}). Check that the folder can be written and the "
                "disk has space, or choose another folder."
            ).format(path=target, detail=exc.strerror or exc)
        ) from exc
    return target
