"""Writing export files so that a cancelled or failed export leaves nothing half-written behind."""

from __future__ import annotations

from pathlib import Path

from assetmap.atomic import atomic_path
from assetmap.errors import AssetMapError
from assetmap.messages import tr
from assetmap.reports.progress import CancelCheck, ExportCancelled


class ExportFileError(AssetMapError):
    """The export file cannot be written where asked."""


def check_target(path: Path) -> Path:
    """The absolute target path, after checking its folder exists and the name is not a folder."""
    target = Path(path).expanduser().absolute()
    if not target.parent.is_dir():
        raise ExportFileError(
            tr("The folder {folder} does not exist. Create it or choose another place.").format(
                folder=target.parent
            )
        )
    if target.is_dir():
        raise ExportFileError(tr("{path} is a folder. Give a file name for the export.").format(path=target))
    return target


def write_atomically(path: Path, data: bytes, *, cancelled: CancelCheck | None = None) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    A reader never sees a partial file: until the rename, ``path`` holds its old content (or nothing).

    Raises
    ------
    ExportCancelled
        If ``cancelled()`` is True just before the rename; the temporary file is removed.
    ExportFileError
        If the folder cannot be written.
    """
    target = check_target(path)
    try:
        with atomic_path(target) as temporary:
            temporary.write_bytes(data)
            if cancelled is not None and cancelled():
                raise ExportCancelled()
    except OSError as exc:
        raise ExportFileError(
            tr(
                "Cannot write {path} ({reason}). Check that the folder can be written and the disk "
                "has space, or choose another folder."
            ).format(path=target, reason=exc.strerror)
        ) from exc
    return target
