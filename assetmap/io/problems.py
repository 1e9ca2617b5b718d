"""Errors of importing and exporting, each with a message that names the file and what to do."""

from __future__ import annotations

from pathlib import Path

from assetmap.errors import AssetMapError, DataFileError
from assetmap.messages import tr


class UnreadableFileError(DataFileError):
    """A file offered for import cannot be read as the kind of file it claims to be."""

    def __init__(self, path: Path | str, problem: str, advice: str, *, row: int | None = None) -> None:
        self.row = row
        self.problem = problem
        name = Path(path).name
        if row is None:
            message = tr("{file}: {problem}. {advice}").format(file=name, problem=problem, advice=advice)
        else:
            message = tr("{file}, row {row}: {problem}. {advice}").format(
                file=name, row=row, problem=problem, advice=advice
            )
        super().__init__(path, message)


class MappingError(AssetMapError):
    """A column mapping does not fit the file, or a saved mapping file is damaged."""


class ExportError(AssetMapError):
    """An export could not be written; nothing was left half-written at the target."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(message)
