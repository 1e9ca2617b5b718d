"""A throwaway PostgreSQL server with PostGIS, for the team register's tests and benchmarks.

The server is Debian's (``postgresql`` and ``postgresql-postgis``, which ``installer/setup.sh``
installs when run as root). A cluster is made in a temporary folder with ``initdb``, run as a non-root
user (PostgreSQL refuses to run as root: as root, the ``postgres`` account the package made runs it),
listening on 127.0.0.1 on a free port and on a socket in its own folder, and removed with its folder
when stopped.

``ASSETMAP_TEST_POSTGRES_URL`` names an existing server instead (a superuser's URL, such as
``postgresql://admin:secret@db.example:5432/postgres``); then nothing is started or removed.

Each test gets a database of its own, copied from a template that already has PostGIS, which takes
tens of milliseconds instead of the second that ``CREATE EXTENSION postgis`` takes.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

TEMPLATE = "assetmap_template"
SUPERUSER = "assetmap_admin"
_TEMPLATE_LOCK = 0x41535354  # an advisory lock key of our own


class ClusterError(RuntimeError):
    """A PostgreSQL server could not be started (or reached): the team register cannot be tested."""


def _bindir() -> Path:
    given = os.environ.get("ASSETMAP_PG_BINDIR")
    if given:
        return Path(given)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise ClusterError(
        "PostgreSQL's server programs (initdb, pg_ctl) were not found. Install Debian's postgresql and "
        "postgresql-postgis (installer/setup.sh does, as root), or set ASSETMAP_TEST_POSTGRES_URL to a "
        "server's superuser URL."
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_account() -> str | None:
    """The account to run the server as: ``None`` for this one, or ``postgres`` when this is root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise ClusterError("Running as root, and there is no postgres or nobody account to run the server as.")


@dataclass
class Cluster:
    """A running server: where it listens, and its superuser's name and password."""

    host: str
    port: int
    password: str
    user: str = SUPERUSER
    folder: Path | None = None  # the cluster's own folder, removed on stop (None: a server not ours)
    _account: str | None = None
    _bindir: Path | None = None
    _counter: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def url(self, database: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        """A SQLAlchemy URL (psycopg 3) for ``database`` as ``user`` (the superuser by default)."""
        name = user or self.user
        secret = self.password if user is None else password
        auth = quote(name, safe="") + (f":{quote(secret, safe='')}" if secret else "")
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{quote(database, safe='')}"

    def libpq(self, database: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        """The same as a libpq connection string, for psql and ogrinfo."""
        from psycopg.conninfo import make_conninfo

        name = user or self.user
        secret = self.password if user is None else password
        extra = {"password": secret} if secret else {}
        return make_conninfo(host=self.host, port=self.port, dbname=database, user=name, **extra)

    def run_sql(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.libpq(database), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, prefix: str = "register") -> str:
        """A new, empty database with PostGIS, named ``prefix`` and a number; returns its name."""
        name = f"{prefix}_{os.getpid()}_{next(self._counter)}"
        self.run_sql(f'CREATE DATABASE "{name}" TEMPLATE {TEMPLATE}')
        return name

    def drop_database(self, name: str) -> None:
        self.run_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.folder is None or self._bindir is None:
            return
        data = self.folder / "data"
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            _run(
                self._account,
                [str(self._bindir / "pg_ctl"), "stop", "-D", str(data), "-m", "immediate", "-w"],
                timeout=60,
            )
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def _run(account: str | None, command: list[str], timeout: float = 120) -> str:
    if account is not None:
        command = ["runuser", "-u", account, "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise ClusterError(
            f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr or result.stdout}"
        )
    return result.stdout


def _prepare_template(cluster: Cluster) -> None:
    import psycopg

    # Parallel test workers sharing one server (ASSETMAP_TEST_POSTGRES_URL) prepare it one at a time.
    with psycopg.connect(cluster.libpq(), autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_TEMPLATE_LOCK,))
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (TEMPLATE,)).fetchone()
        if exists is None:
            conn.execute(f"CREATE DATABASE {TEMPLATE}")  # type: ignore[arg-type]
        try:
            cluster.run_sql("CREATE EXTENSION IF NOT EXISTS postgis", TEMPLATE)
        except Exception as exc:  # psycopg's errors: PostGIS is not installed for this server
            raise ClusterError(
                f"PostGIS is not installed for this PostgreSQL server ({exc}). Install Debian's "
                "postgresql-postgis (installer/setup.sh does, as root)."
            ) from exc


def start_cluster() -> Cluster:
    """Start a throwaway cluster (or use ``ASSETMAP_TEST_POSTGRES_URL``) with a PostGIS template."""
    given = os.environ.get("ASSETMAP_TEST_POSTGRES_URL")
    if given:
        parts = urlsplit(given)
        cluster = Cluster(
            host=parts.hostname or "127.0.0.1",
            port=parts.port or 5432,
            password=parts.password or "",
            user=parts.username or SUPERUSER,
        )
        _prepare_template(cluster)
        return cluster
    bindir = _bindir()
    account = _server_account()
    folder = Path(tempfile.mkdtemp(prefix="assetmap-pg-"))
    data, sockets = folder / "data", folder / "socket"
    sockets.mkdir()
    password = secrets.token_urlsafe(16)
    (folder / "pw").write_text(password + "\n", encoding="utf-8")
    if account is not None:
        info = pwd.getpwnam(account)
        for path in (folder, sockets, folder / "pw"):
            os.chown(path, info.pw_uid, info.pw_gid)
    folder.chmod(0o700)
    port = _free_port()
    cluster = Cluster("127.0.0.1", port, password, folder=folder, _account=account, _bindir=bindir)
    try:
        _run(
            account,
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                f"--pwfile={folder / 'pw'}",
                "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
        )
        (folder / "pw").unlink()
        _start_server(cluster, account, bindir, data, sockets)
        _wait_until_ready(cluster)
        _prepare_template(cluster)
    except BaseException:
        log_file = folder / "log"
        detail = log_file.read_text(errors="replace")[-2000:] if log_file.exists() else ""
        cluster.stop()
        if detail:
            raise ClusterError(f"The PostgreSQL server did not start:\n{detail}") from None
        raise
    return cluster


def _start_server(cluster: Cluster, account: str | None, bindir: Path, data: Path, sockets: Path) -> None:
    """Start the server on ``cluster.port``, moving to another free port if that one was taken meanwhile.

    The port is free when picked but not held: another process (a parallel test worker starting its own
    server) may take it first, so a start that fails to bind tries again on a new port.
    """
    assert cluster.folder is not None
    log = cluster.folder / "log"
    for attempt in itertools.count(1):
        options = (
            f"-p {cluster.port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        command = [str(bindir / "pg_ctl"), "start", "-D", str(data), "-o", options, "-l", str(log), "-w"]
        try:
            _run(account, command)
            return
        except ClusterError:
            said = log.read_text(errors="replace") if log.exists() else ""
            if attempt >= 5 or ("could not bind" not in said and "already in use" not in said):
                raise
            log.unlink()
            cluster.port = _free_port()


def _wait_until_ready(cluster: Cluster, seconds: float = 30) -> None:
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            with psycopg.connect(cluster.libpq(), connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def with_password(url: str, user: str, password: str) -> str:
    """``url`` with another user and password (for logging in as a role)."""
    parts = urlsplit(url)
    netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{parts.hostname}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
