"""SQLite engines with real transactions, safe pragmas, and a check for shared folders."""

from __future__ import annotations

import errno
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from assetmap.errors import RegisterUnwritableError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000

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
        return "a network folder (UNC path)"
    match = _SYNCED_FOLDER.search(text)
    if match:
        return f"a synced folder ({match.group(1)})"
    fstype = _filesystem_type(path)
    if fstype in _NETWORK_FILESYSTEMS:
        return f"a network folder ({fstype})"
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


def sqlite_engine(path: Path, *, wal: bool = True, read_only: bool = False) -> Engine:
    """An engine for one register file with SQLAlchemy's recipe for real pysqlite transactions.

    The driver's own transaction handling is switched off and ``BEGIN`` is emitted by us, so a
    unit of work marked ``immediate`` takes the write lock up front (``BEGIN IMMEDIATE``) and
    waits on ``busy_timeout`` instead of failing with "database is locked" half-way through.
    """
    if read_only:
        url = f"sqlite+pysqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path.as_posix()}"
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    journal = "WAL" if wal else "DELETE"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
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
    """One write transaction that holds SQLite's write lock from its first statement.

    A read-only or full disk raises ``RegisterUnwritableError`` (the transaction is rolled back).
    """
    try:
        with engine.connect() as conn:
            conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn
    except (OperationalError, sqlite3.OperationalError) as exc:
        plain = unwritable(Path(engine.url.database or ""), exc)
        if plain is None:
            raise
        raise plain from exc


def driver_of(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under an open SQLAlchemy one, for pragmas and bulk reads past the ORM."""
    driver = conn.connection.driver_connection
    if driver is None:
        raise RuntimeError("The register's database connection was closed while in use.")
    return driver


def raw_connection(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection, for the backup API and checks that run outside SQLAlchemy."""
    if read_only:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn


def peek_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves nothing beside the file, for looking before opening.

    Even a read-only connection to a WAL file creates its ``-wal`` and ``-shm`` files, and leaves
    them behind. Without a ``-wal`` (or ``-journal``) file no one is writing the database, so it is
    read as immutable (no locks, no side files); with one, an ordinary read-only connection takes
    the writer's locks into account.
    """
    if Path(str(path) + "-wal").exists() or Path(str(path) + "-journal").exists():
        return raw_connection(path, read_only=True)
    return sqlite3.connect(f"file:{quote(path.as_posix())}?immutable=1", uri=True, isolation_level=None)
