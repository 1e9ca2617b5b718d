"""Encrypting a register at rest (SQLCipher) and decrypting it again, and remembering its passphrase.

The register must be closed and its lock held by the caller. The new file is written beside the old
one, checked table by table against it, and renamed over it in one step. The register's own backups
are converted alike, so a restore opens with the same passphrase. After encryption the plain file's
bytes are overwritten with zeros before it is deleted: an unencrypted copy left behind would defeat
the point. Overwriting reaches the file's blocks on an ordinary disk; an SSD, a filesystem snapshot
or a sync client's history may still hold older copies (:data:`OLDER_COPIES` says so to the person).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from assetmap.atomic import discard, replace_with, temporary_beside
from assetmap.errors import RegisterError
from assetmap.messages import tr
from assetmap.register.backup import backups_of
from assetmap.register.connection import (
    DATABASE_ERRORS,
    CipherKey,
    check_key,
    derive_key,
    is_encrypted,
    key_for_file,
    raw_connection,
)

log = logging.getLogger(__name__)

PASSPHRASE_VARIABLE = "ASSETMAP_PASSPHRASE"
KEYRING_SERVICE = "AssetMap register"
MINIMUM_LENGTH = 8
_CONVERSION_ERRORS: tuple[type[Exception], ...] = (RegisterError, OSError, *DATABASE_ERRORS)

OLDER_COPIES = (
    "Copies made before now (exports, bundles, copies on other drives, a sync service's history, an SSD's "
    "spare blocks) are not encrypted by this: delete the ones you no longer need."
)


@dataclass(frozen=True)
class Conversion:
    """What encrypting or decrypting did: the register, and its backups converted alike."""

    register: Path
    encrypted: bool
    backups: tuple[Path, ...]
    left_as_they_were: tuple[Path, ...]

    @property
    def summary(self) -> str:
        """What happened, in words for the person."""
        if self.encrypted:
            text = tr(
                "{name} is now encrypted: it opens only with its passphrase. Keep the "
                "passphrase safe: without it no one, not even AssetMap, can read the register or its "
                "backups. "
                "The unencrypted file was overwritten and deleted. Copies made before now (exports, "
                "bundles, copies on other drives, a sync service's history, an SSD's spare blocks) are not "
                "encrypted by this: delete the ones you no longer need."
            ).format(name=self.register.name)
        else:
            text = tr("{name} is no longer encrypted: anyone with the file can read it.").format(
                name=self.register.name
            )
        if self.left_as_they_were:
            names = ", ".join(str(p) for p in self.left_as_they_were)
            text += " " + tr(
                "These backups could not be converted and were left as they were: {names}."
            ).format(names=names)
        return text


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` will not do for a new encryption, or ``None``."""
    if len(passphrase) < MINIMUM_LENGTH:
        return tr(
            "A passphrase needs at least {minimum} characters; a few words are easiest to remember."
        ).format(minimum=MINIMUM_LENGTH)
    return None


def encrypt_register(path: Path, passphrase: str) -> Conversion:
    """Encrypt the plain register at ``path`` (closed, its lock held) with ``passphrase``.

    Parameters
    ----------
    path
        The register file. Its backups are encrypted with the same key.
    passphrase
        The new passphrase (see :func:`passphrase_problem`).

    Raises
    ------
    RegisterError
        The register is already encrypted, the passphrase is too short, or the encrypted copy did not
        check out (the register is then left as it was).
    """
    path = Path(path).resolve()
    problem = passphrase_problem(passphrase)
    if problem:
        raise RegisterError(path, problem)
    if is_encrypted(path):
        raise RegisterError(path, tr("The register {path} is already encrypted.").format(path=path))
    key = derive_key(passphrase)
    _convert_in_place(path, None, key, scrub=True)
    done, left = _convert_backups(path, None, key, scrub=True)
    log.info("Encrypted %s and %d of its backups", path, len(done))
    return Conversion(path, True, done, left)


def decrypt_register(path: Path, passphrase: str) -> Conversion:
    """Return the encrypted register at ``path`` (closed, its lock held) to a plain SQLite file.

    Raises
    ------
    WrongPassphraseError
        ``passphrase`` does not open it; nothing is changed.
    RegisterError
        The register is not encrypted, or the plain copy did not check out.
    """
    path = Path(path).resolve()
    if not is_encrypted(path):
        raise RegisterError(path, tr("The register {path} is not encrypted.").format(path=path))
    key = key_for_file(path, passphrase)
    check_key(path, key)
    _convert_in_place(path, key, None, scrub=False)
    done, left = _convert_backups(path, key, None, scrub=False)
    log.info("Decrypted %s and %d of its backups", path, len(done))
    return Conversion(path, False, done, left)


def _convert_backups(
    register: Path, old: CipherKey | None, new: CipherKey | None, *, scrub: bool
) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    done, left = [], []
    for backup in backups_of(register):
        if is_encrypted(backup) == (new is not None):
            continue
        try:
            _convert_in_place(backup, old, new, scrub=scrub)
            done.append(backup)
        except _CONVERSION_ERRORS as exc:
            log.warning("Could not convert the backup %s: %s", backup, exc)
            left.append(backup)
    return tuple(done), tuple(left)


def _convert_in_place(path: Path, old: CipherKey | None, new: CipherKey | None, *, scrub: bool) -> None:
    """Write ``path`` again with key ``new`` (``None``: plain), check it, and put it in place."""
    _settle(path, old)
    converted = temporary_beside(path)
    try:
        _export(path, old, converted, new)
        _check_same(path, old, converted, new)
        _swap(converted, path, scrub=scrub)
    except BaseException:
        discard(converted)
        raise


def _settle(path: Path, key: CipherKey | None) -> None:
    """Fold the write-ahead log into the file and remove it, so the file alone holds the register."""
    conn = raw_connection(path, key=key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)


def _export(source: Path, old: CipherKey | None, target: Path, new: CipherKey | None) -> None:
    """Copy every table, index and row of ``source`` into a new file ``target`` with SQLCipher's export."""
    conn = sqlcipher.connect(str(source), isolation_level=None)
    try:
        if old is not None:
            conn.execute(f"PRAGMA key = {old.pragma}")
        target_key = "''" if new is None else new.pragma
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {target_key}", (str(target),))
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()


def _check_same(a: Path, a_key: CipherKey | None, b: Path, b_key: CipherKey | None) -> None:
    """Raise ``RegisterError`` unless ``b`` passes the integrity check and has ``a``'s tables and rows."""
    counts = []
    for path, key in ((a, a_key), (b, b_key)):
        conn = raw_connection(path, read_only=True, key=key)
        try:
            if path == b:
                result = conn.execute("PRAGMA integrity_check").fetchone()[0]
                if result != "ok":
                    raise RegisterError(
                        a,
                        tr("The converted copy of {path} did not check out; nothing was changed.").format(
                            path=a
                        ),
                    )
            tables = [
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            ]
            counts.append({t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables})
        finally:
            conn.close()
    if counts[0] != counts[1]:
        raise RegisterError(
            a, tr("The converted copy of {path} did not hold every row; nothing was changed.").format(path=a)
        )


def _swap(converted: Path, path: Path, *, scrub: bool) -> None:
    """Put ``converted`` in the place of ``path`` in one rename; with ``scrub``, overwrite the old file first.

    A second name (a hard link) keeps the old file's blocks reachable after the rename, so they can be
    overwritten; where links are not allowed, the old file is moved aside first.
    """
    aside = temporary_beside(path)
    try:
        os.link(path, aside)
    except OSError:
        os.replace(path, aside)
    try:
        replace_with(converted, path)
    except BaseException:
        if path.exists():
            aside.unlink()
        else:
            os.replace(aside, path)
        raise
    if scrub:
        overwrite_and_delete(aside)
    else:
        aside.unlink()


def overwrite_and_delete(path: Path) -> None:
    """Overwrite a file's bytes with zeros, flush them to disk, then delete it."""
    size = path.stat().st_size
    chunk = b"\0" * (1 << 20)
    with path.open("r+b") as file:
        written = 0
        while written < size:
            written += file.write(chunk[: min(len(chunk), size - written)])
        file.flush()
        os.fsync(file.fileno())
    path.unlink()


# -- where a passphrase comes from -------------------------------------------------------------------


def passphrase_from_environment() -> str | None:
    """The passphrase a script gives in ``ASSETMAP_PASSPHRASE``, or ``None``."""
    return os.environ.get(PASSPHRASE_VARIABLE) or None


def _account(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def remember_passphrase(path: Path, passphrase: str) -> bool:
    """Keep ``passphrase`` for the register at ``path`` in the computer's keyring.

    Returns ``False`` when there is no keyring to keep it in (a headless Linux machine has none): the
    passphrase is then asked for at each opening.
    """
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _account(path), passphrase)
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("No keyring to remember the passphrase in: %s", exc)
        return False
    return True


def remembered_passphrase(path: Path) -> str | None:
    """The passphrase kept in the keyring for the register at ``path``, or ``None``."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _account(path))
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("No keyring to look the passphrase up in: %s", exc)
        return None


def forget_passphrase(path: Path) -> None:
    """Take the passphrase for the register at ``path`` out of the keyring, if it is there."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, _account(path))
    except PasswordDeleteError:
        pass
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("No keyring to forget the passphrase in: %s", exc)
