"""Writing a file whole or not at all: a temporary file beside it, flushed to disk, renamed into place."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write; it replaces ``target`` when the block ends.

    The temporary file is in the same folder (so the rename is atomic) and keeps ``target``'s suffix
    (so writers that choose a format by extension choose the same one). It does not exist yet when
    the block starts: whatever the block creates there gets the permissions any new file gets (the
    process umask applies as usual, and the umask is never changed, so writes on other threads are
    unaffected). A reader never sees a partial file: until the rename, ``target`` keeps its old content
    (or stays absent).

    Parameters
    ----------
    target
        The file to write. Its folder must exist.

    Raises
    ------
    OSError
        The folder cannot be written, or the rename fails. Callers turn it into an error of their own
        that names the file and what to do. If the block raises, the temporary file is removed and
        the exception passes through; ``target`` is untouched.
    """
    temporary = temporary_beside(target)
    try:
        yield temporary
        replace_with(temporary, target)
    except BaseException:
        discard(temporary)
        raise


def write_atomic(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` whole or not at all (see :func:`atomic_path`); returns ``target``.

    Raises
    ------
    OSError
        The folder cannot be written or the disk is full; ``target`` is untouched.
    """
    target = Path(target)
    with atomic_path(target) as temporary, open(temporary, "wb") as out:
        out.write(data)
    return target


def temporary_beside(target: Path) -> Path:
    """A fresh, unused name for a temporary file in ``target``'s folder, with ``target``'s suffix.

    The file does not exist: the writer creates it, so it gets the permissions any new file gets.
    Follow with :func:`replace_with` on success and :func:`discard` on failure (:func:`atomic_path`
    does both).

    Raises
    ------
    OSError
        The folder does not exist or cannot be written.
    """
    target = Path(target)
    handle, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=f".part{target.suffix}", dir=target.parent
    )
    os.close(handle)
    temporary = Path(name)
    # mkstemp reserved a unique name with owner-only permissions; the writer creates the file afresh.
    temporary.unlink()
    return temporary


def replace_with(temporary: Path, target: Path) -> None:
    """Flush the written ``temporary`` file to disk and rename it over ``target`` in one step.

    Raises
    ------
    OSError
        The rename failed (for example ``target`` is open in another program on Windows).
    """
    if Path(temporary).is_file():
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
    os.replace(temporary, target)
    _sync_folder(Path(target).parent)


def discard(path: Path) -> None:
    """Remove a temporary file (or folder) left by a failed write; a missing one is fine."""
    path = Path(path)
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX folders can be fsynced)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
