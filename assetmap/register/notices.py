"""Change notices from a team register on a PostgreSQL server, heard on a connection of their own.

Migration 0010 makes the server send a notice (``NOTIFY``) on :data:`CHANNEL` after every committed
write, naming the rows it touched by id and version, never by their text. A :class:`ChangeListener`
listens on its own psycopg connection in a thread of its own (no Qt here: the window adapts it) and
hands each batch of notices to a callback. When the server goes away it says so, tries again with a
growing wait, and says so again once it is back; whoever listens then reads what changed meanwhile.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import psycopg
from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

CHANNEL = "assetmap_changes"
# How long a quiet connection waits before checking the server is still there.
HEARTBEAT_SECONDS = 2.0
# After a first notice, how long to gather the ones that follow it into one batch.
GATHER_SECONDS = 0.02


@dataclass(frozen=True, slots=True)
class Notice:
    """One statement's committed change: its table, ``insert``/``update``/``delete``, and its rows.

    ``rows`` holds (id, version) pairs (version ``None`` for a table without versions). A statement
    that touched too many rows to list has ``many`` set to how many, and no ``rows``: read the table
    afresh.
    """

    table: str
    op: str
    rows: tuple[tuple[str, int | None], ...] = ()
    many: int = 0


def parse_notice(payload: str) -> Notice | None:
    """The notice in a payload, or ``None`` for one this version of AssetMap does not read."""
    try:
        data = json.loads(payload)
        rows = tuple((str(r[0]), None if r[1] is None else int(r[1])) for r in data.get("rows") or ())
        return Notice(str(data["table"]), str(data["op"]), rows, int(data.get("many") or 0))
    except (ValueError, KeyError, TypeError, IndexError):
        log.warning("Ignored a change notice that could not be read: %.200s", payload)
        return None


def libpq_conninfo(url: str | URL) -> str:
    """A libpq connection string for a register's SQLAlchemy URL (``postgresql+psycopg://...``)."""
    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def server_name(url: str | URL) -> str:
    """How a message names the server: host, port and database, never the password."""
    parsed = make_url(url) if isinstance(url, str) else url
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


NoticesHeard = Callable[[Sequence[Notice]], None]
ConnectionChanged = Callable[[bool], None]


class ChangeListener:
    """Listens for a register's change notices on its own connection, in a thread of its own.

    ``heard`` is called (from that thread) with each batch of notices; ``connection_changed`` with
    ``False`` when the server can no longer be reached and ``True`` when it is listening (again).
    Reconnecting waits ``first_wait`` seconds, doubling up to ``longest_wait``.
    """

    def __init__(
        self,
        url: str | URL,
        heard: NoticesHeard,
        connection_changed: ConnectionChanged | None = None,
        *,
        first_wait: float = 0.25,
        longest_wait: float = 5.0,
    ) -> None:
        self.conninfo = libpq_conninfo(url)
        self.server = server_name(url)
        self._heard = heard
        self._connection_changed = connection_changed
        self._first_wait = first_wait
        self._longest_wait = longest_wait
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None
        self._connected: bool | None = None

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="assetmap-notices", daemon=True)
        self._thread.start()

    def wait_until_listening(self, seconds: float = 10.0) -> bool:
        return self._listening.wait(seconds)

    def stop(self) -> None:
        # The thread looks up from its wait for notices at least every half second.
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5.0)

    def _set_connected(self, connected: bool) -> None:
        if connected:
            self._listening.set()
        else:
            self._listening.clear()
        if connected != self._connected:
            self._connected = connected
            log.info("Change notices from %s: %s", self.server, "listening" if connected else "lost")
            if self._connection_changed is not None:
                self._connection_changed(connected)

    def _run(self) -> None:
        wait = self._first_wait
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    wait = self._first_wait
                    self._set_connected(True)
                    self._listen(conn)
            except psycopg.Error as exc:
                if self._stopping.is_set():
                    break
                log.debug("Change notices from %s interrupted: %s", self.server, exc)
            if self._stopping.is_set():
                break
            self._set_connected(False)
            self._stopping.wait(wait)
            wait = min(wait * 2, self._longest_wait)

    def _listen(self, conn: psycopg.Connection) -> None:
        quiet_since = time.monotonic()
        while not self._stopping.is_set():
            first = list(conn.notifies(timeout=0.5, stop_after=1))
            if first:
                more = list(conn.notifies(timeout=GATHER_SECONDS))
                notices = _parsed(n.payload for n in first + more)
                if notices:
                    self._heard(notices)
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since > HEARTBEAT_SECONDS:
                # A cut cable sends nothing: ask the server something, so a dead link is found.
                conn.execute("SELECT 1")
                quiet_since = time.monotonic()


def _parsed(payloads: Iterable[str]) -> list[Notice]:
    return [n for n in (parse_notice(p) for p in payloads) if n is not None]
