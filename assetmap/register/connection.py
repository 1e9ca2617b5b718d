"""SQLite engines with real transactions, safe pragmas, and a check for shared folders."""

from __future__ import annotations

import errno
import hashlib
import logging
import re
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from assetmap.errors import RegisterUnwritableError, WrongPassphraseError
from assetmap.messages import tr

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000

# What either driver raises: the standard library's sqlite3 for a plain register, sqlcipher3 (whose
# classes are its own, not sqlite3's) for an encrypted one.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError, sqlcipher.OperationalError)
_WRITE_ERRORS: tuple[type[Exception], ...] = (OperationalError, *OPERATIONAL_ERRORS)

# macOS keeps iCloud Drive in "Mobile Documents" and other sync clients under "CloudStorage".
_SYNCED_FOLDER = re.compile(
    r"(onedrive|dropbox|google ?drive|icloud ?drive|mobile documents|cloudstorage|box sync|nextcloud"
    r"|owncloud)",
    re.I,
)
_NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "9p",
    "afs",
    "ncpfs",
    "davfs",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
}


def shared_location_reason(path: Path) -> str | None:
    """Say why ``path`` lies on a network or synced folder, or ``None`` for a local disk.

    SQLite's locking does not hold across computers, and sync clients copy half-written files,
    so such places are not safe for a register that is being written.
    """
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return tr("a network folder (UNC path)")
    match = _SYNCED_FOLDER.search(text)
    if match:
        return tr("a synced folder ({name})").format(name=match.group(1))
    fstype = _filesystem_type(path)
    if fstype in _NETWORK_FILESYSTEMS:
        return tr("a network folder ({kind})").format(kind=fstype)
    return None


def _filesystem_type(path: Path) -> str | None:
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    target = path.resolve()
    while not target.exists() and target != target.parent:
        target = target.parent
    best, best_type = "", None
    for line in mounts.read_text(errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (str(target) == mount_point or str(target).startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


# -- encrypted registers (SQLCipher 4) ------------------------------------------------------------
#
# SQLCipher derives a page key from the passphrase with PBKDF2-HMAC-SHA512 (256,000 rounds, the
# 16-byte salt that opens the file). That takes a tenth of a second, and a register opens a new
# connection for every read and write, so the key is derived here once per opening, with SQLCipher 4's
# own parameters, and each connection is given the raw key: the file stays one that the sqlcipher
# shell opens with the passphrase. A copy made with the same raw key and salt (a backup) opens with it too.

_SQLITE_HEADER = b"SQLite format 3\x00"
_SALT_BYTES = 16
_KDF_ROUNDS = 256_000


@dataclass(frozen=True, repr=False)
class CipherKey:
    """The raw SQLCipher key of one encrypted register (and of its backups), with the file's salt."""

    key: bytes
    salt: bytes

    @property
    def pragma(self) -> str:
        """The value of ``PRAGMA key``: the raw key and salt in SQLCipher's blob-literal form."""
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""

    def __repr__(self) -> str:
        return "CipherKey(<hidden>)"


def derive_key(passphrase: str, salt: bytes | None = None) -> CipherKey:
    """The key SQLCipher 4 derives from ``passphrase`` for a file with ``salt`` (a new salt if ``None``)."""
    salt = secrets.token_bytes(_SALT_BYTES) if salt is None else salt
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, _KDF_ROUNDS, 32)
    return CipherKey(key, salt)


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like an SQLCipher file: whole pages, not starting with SQLite's header.

    An encrypted file starts with its salt where a plain one says "SQLite format 3"; both are made of
    whole pages (512 bytes at the least), which a text file or a truncated copy seldom is. Such a file
    is only *likely* encrypted: the key check (:func:`check_key`) says whether a passphrase opens it.
    """
    try:
        size = path.stat().st_size
        if size < 1024 or size % 512:
            return False
        with path.open("rb") as file:
            return file.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER
    except OSError:
        return False


def key_for_file(path: Path, passphrase: str) -> CipherKey:
    """The key of the encrypted file at ``path`` (its salt read from its first bytes) for ``passphrase``."""
    with path.open("rb") as file:
        salt = file.read(_SALT_BYTES)
    return derive_key(passphrase, salt)


def _driver(key: CipherKey | None) -> ModuleType:
    return sqlite3 if key is None else sqlcipher


def _apply_key(dbapi_connection: Any, key: CipherKey | None) -> None:
    """Give a new connection its key: SQLCipher requires it before any other statement."""
    if key is not None:
        # A wrong key is an error the caller reports plainly; SQLCipher would also print it to stderr.
        dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
        dbapi_connection.execute(f"PRAGMA key = {key.pragma}")


def check_key(path: Path, key: CipherKey) -> None:
    """Raise ``WrongPassphraseError`` unless ``key`` decrypts the register at ``path``."""
    conn = raw_connection(path, read_only=True, key=key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        if "not a database" in str(exc):
            raise WrongPassphraseError(path) from None
        raise
    finally:
        conn.close()


def sqlite_engine(
    path: Path, *, wal: bool = True, read_only: bool = False, key: CipherKey | None = None
) -> Engine:
    """An engine for one register file with SQLAlchemy's recipe for real pysqlite transactions.

    The driver's own transaction handling is switched off and ``BEGIN`` is emitted by us, so a
    unit of work marked ``immediate`` takes the write lock up front (``BEGIN IMMEDIATE``) and
    waits on ``busy_timeout`` instead of failing with "database is locked" half-way through.
    With ``key`` the register is an encrypted one, read through sqlcipher3 with the same recipe.
    """
    if read_only:
        url = f"sqlite+pysqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path.as_posix()}"
    # An encrypted register is read through sqlcipher3, a plain one through the standard library's sqlite3.
    driver = {} if key is None else {"module": sqlcipher}
    engine = create_engine(
        url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **driver
    )
    journal = "WAL" if wal else "DELETE"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        _apply_key(dbapi_connection, key)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cursor.execute(f"PRAGMA journal_mode={journal}")
            cursor.execute("PRAGMA synchronous=FULL")
            # Deleted content is overwritten, not left in free pages: an erased person stays erased.
            cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def unwritable(path: Path, exc: BaseException) -> RegisterUnwritableError | None:
    """The plain error for SQLite's "read-only" and "disk full" failures, or ``None`` for any other.

    Both leave the register as it was (the transaction is rolled back); neither is damage.
    """
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "readonly" in text or "read-only" in text or "unable to open database file" in text:
        return RegisterUnwritableError(path, RegisterUnwritableError.READ_ONLY)
    if "disk is full" in text or "no space left" in text:
        return RegisterUnwritableError(path, RegisterUnwritableError.DISK_FULL)
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return RegisterUnwritableError(path, RegisterUnwritableError.READ_ONLY)
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return RegisterUnwritableError(path, RegisterUnwritableError.DISK_FULL)
    return None


@contextmanager
def write_unit(engine: Engine) -> Iterator[Connection]:
    """One write transaction: on a file, it holds SQLite's write lock from its first statement.

    On a server it is a plain transaction (PostgreSQL locks the rows it writes). A read-only or full
    disk raises ``RegisterUnwritableError`` (the transaction is rolled back).
    """
    if engine.dialect.name != "sqlite":
        from assetmap.register.server import server_write_unit

        with server_write_unit(engine) as conn:
            yield conn
        return
    try:
        with engine.connect() as conn:
            conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn
    except _WRITE_ERRORS as exc:
        plain = unwritable(Path(engine.url.database or ""), exc)
        if plain is None:
            raise
        raise plain from exc


def on_file(conn: Connection | Engine) -> bool:
    """Whether ``conn`` is a register file's (SQLite), not a server's: file-only steps ask this."""
    return conn.dialect.name == "sqlite"


def secure_delete(conn: Connection) -> None:
    """Overwrite what the transaction deletes, on a file (SQLite's ``secure_delete``).

    A server has no such switch: deleted rows there are left to its vacuum, and erasing a person
    destroys their key, which is what keeps their sealed fields unreadable anywhere.
    """
    if on_file(conn):
        conn.exec_driver_sql("PRAGMA secure_delete=ON")


def driver_sql(conn: Connection, statement: str) -> str:
    """``statement``, written with ``?`` placeholders, as the connection's driver takes it."""
    return statement if conn.dialect.paramstyle == "qmark" else statement.replace("?", "%s")


# How a team register on a PostgreSQL server is named where a file's path would be.
SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_server_location(location: object) -> bool:
    """Whether ``location`` (a path or text) names a register on a server rather than a file."""
    return isinstance(location, str) and location.lower().startswith(SERVER_SCHEMES)


def driver_of(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under an open SQLAlchemy one, for pragmas and bulk reads past the ORM."""
    driver = conn.connection.driver_connection
    if driver is None:
        raise RuntimeError("The register's database connection was closed while in use.")
    return driver


def raw_connection(
    path: Path, *, read_only: bool = False, key: CipherKey | None = None
) -> sqlite3.Connection:
    """A DBAPI connection outside SQLAlchemy, for the backup API, checkpoints and checks.

    With ``key`` it is an sqlcipher3 connection given the key first (the same methods as sqlite3's;
    its errors are in :data:`DATABASE_ERRORS`).
    """
    driver = _driver(key)
    if read_only:
        conn = driver.connect(f"file:{path.as_posix()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = driver.connect(str(path), isolation_level=None)
    _apply_key(conn, key)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn


def peek_connection(path: Path, key: CipherKey | None = None) -> sqlite3.Connection:
    """A read-only connection that leaves nothing beside the file, for looking before opening.

    Even a read-only connection to a WAL file creates its ``-wal`` and ``-shm`` files, and leaves
    them behind. Without a ``-wal`` (or ``-journal``) file no one is writing the database, so it is
    read as immutable (no locks, no side files); with one, an ordinary read-only connection takes
    the writer's locks into account.
    """
    if Path(str(path) + "-wal").exists() or Path(str(path) + "-journal").exists():
        return raw_connection(path, read_only=True, key=key)
    conn = _driver(key).connect(f"file:{quote(path.as_posix())}?immutable=1", uri=True, isolation_level=None)
    _apply_key(conn, key)
    return conn
