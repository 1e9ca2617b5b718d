"""Backups of a register through SQLite's online backup API, and restoring one."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from assetmap import paths
from assetmap.errors import RegisterError
from assetmap.register.connection import raw_connection

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5
_SUFFIX = ".backup.assetmap"


def backups_of(register: Path) -> list[Path]:
    """Backups of ``register``, newest first."""
    folder = paths.backup_dir(register)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{_SUFFIX}"), key=lambda p: p.name, reverse=True)


def take_backup(register: Path, *, reason: str) -> Path:
    """Copy ``register`` with the online backup API, check the copy, and keep the last few.

    A plain file copy of a live SQLite file can catch it half-written (and misses the WAL);
    the backup API copies a consistent snapshot.
    """
    folder = paths.backup_dir(register)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{register.stem}-{stamp}-{reason}{_SUFFIX}"
    source = raw_connection(register, read_only=True)
    destination = raw_connection(target)
    try:
        source.backup(destination)
        result = destination.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        destination.close()
        source.close()
    if result != "ok":
        target.unlink(missing_ok=True)
        raise RegisterError(
            register, f"The backup of {register} did not check out ({result}); nothing was changed."
        )
    for old in backups_of(register)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    log.info("Backed up %s to %s", register, target)
    return target


def restore_backup(backup: Path, register: Path) -> Path | None:
    """Put ``backup`` in the place of ``register``; a damaged file there is kept beside it.

    Returns where the previous file was kept, if there was one.
    """
    kept = None
    if register.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = register.with_name(f"{register.name}.damaged-{stamp}")
        register.rename(kept)
        for side in ("-wal", "-shm", "-journal"):
            extra = register.with_name(register.name + side)
            if extra.exists():
                extra.rename(kept.with_name(kept.name + side))
    source = raw_connection(backup, read_only=True)
    destination = raw_connection(register)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    log.warning("Restored %s from %s (previous file kept as %s)", register, backup, kept)
    return kept
