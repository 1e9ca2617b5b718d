"""Backups of a register through SQLite's online backup API, and restoring one.

A backup of an encrypted register is encrypted with the register's own key (and salt), so it opens
with the same passphrase and a plain SQLite tool cannot read it.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from assetmap import paths
from assetmap.errors import RegisterError
from assetmap.messages import tr
from assetmap.register.connection import DATABASE_ERRORS, CipherKey, raw_connection, unwritable

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5
_SUFFIX = ".backup.assetmap"
_COPY_ERRORS: tuple[type[Exception], ...] = (OSError, *DATABASE_ERRORS)


def backups_of(register: Path) -> list[Path]:
    """Backups of ``register``, newest first."""
    folder = paths.backup_dir(register)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{_SUFFIX}"), key=lambda p: p.name, reverse=True)


def take_backup(register: Path, *, reason: str, key: CipherKey | None = None) -> Path:
    """Copy ``register`` with the online backup API, check the copy, and keep the last few.

    A plain file copy of a live SQLite file can catch it half-written (and misses the WAL);
    the backup API copies a consistent snapshot. ``key`` is an encrypted register's key.
    """
    folder = paths.backup_dir(register)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{register.stem}-{stamp}-{reason}{_SUFFIX}"
    _copy_checked(register, target, key)
    for old in backups_of(register)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    log.info("Backed up %s to %s", register, target)
    return target


def _copy_checked(register: Path, target: Path, key: CipherKey | None) -> None:
    """Copy ``register`` to ``target`` with the online backup API and run the integrity check on the copy."""
    source = raw_connection(register, read_only=True, key=key)
    destination = raw_connection(target, key=key)
    try:
        source.backup(destination)
        result = destination.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        destination.close()
        source.close()
    if result != "ok":
        target.unlink(missing_ok=True)
        raise RegisterError(
            register,
            tr("The backup of {register} did not check out ({result}); nothing was changed.").format(
                register=register, result=result
            ),
        )


def backup_to(register: Path, target: Path, key: CipherKey | None = None) -> Path:
    """Copy ``register`` to a file the person chose, check the copy, and return where it is.

    The copy is made beside ``target`` under a temporary name and moved into place only once it checks
    out, so a failed backup never leaves a half-written file where the person expects a good one.
    ``key`` is an encrypted register's key: the copy is encrypted with it.

    Raises
    ------
    RegisterError
        ``target`` is the register itself, or the copy did not check out.
    RegisterUnwritableError
        The chosen folder is read-only or its disk is full.
    """
    register, target = Path(register).resolve(), Path(target).expanduser().resolve()
    if target == register:
        raise RegisterError(
            register,
            tr(
                "A backup cannot replace the register it copies ({register}); choose another file name."
            ).format(register=register),
        )
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        _copy_checked(register, partial, key)
        partial.replace(target)
    except _COPY_ERRORS as exc:
        partial.unlink(missing_ok=True)
        plain = unwritable(target, exc)
        if plain is None:
            reason = getattr(exc, "strerror", None) or exc
            raise RegisterError(
                target,
                tr("The backup could not be written to {target} ({reason}).").format(
                    target=target, reason=reason
                ),
            ) from exc
        raise plain from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("Backed up %s to %s at the person's request", register, target)
    return target


def restore_backup(backup: Path, register: Path, key: CipherKey | None = None) -> Path | None:
    """Put ``backup`` in the place of ``register``; a damaged file there is kept beside it.

    Returns where the previous file was kept, if there was one. ``key`` is the key of an encrypted
    register's backup: the restored register is encrypted with it too.
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
    source = raw_connection(backup, read_only=True, key=key)
    destination = raw_connection(register, key=key)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    log.warning("Restored %s from %s (previous file kept as %s)", register, backup, kept)
    return kept
