"""An offline copy of a team register: where it came from, and the points its last sync reached.

A copy taken with "Take offline" is an ordinary register file with an identity of its own (so its
writes carry its own register id in their history). Four facts in ``register_meta`` make it an
offline copy:

- ``offline_of``: the team register's address, without any password;
- ``offline_register_id``: the team register's id, so a sync never goes to another register;
- ``offline_server_seq``: the team register's last history entry the copy holds;
- ``offline_local_seq``: the copy's own last history entry the team register holds;
- ``offline_role``: the role of the login it was taken with (a viewer's copy cannot be synced).

A sync sends the copy's entries after ``offline_local_seq`` and brings in the team register's after
``offline_server_seq`` (:mod:`assetmap.bundles.offline`), then moves both points on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, func, insert, select, text

from assetmap.messages import tr
from assetmap.register import audit
from assetmap.register.connection import write_unit
from assetmap.register.records import utc_now
from assetmap.register.schema import AssetHistoryRow, RegisterMetaRow

if TYPE_CHECKING:
    from sqlalchemy import Engine

_META = RegisterMetaRow.__table__
_HISTORY = AssetHistoryRow.__table__
# How far below the last history entry a sync looks for entries still being committed on a server.
_GAP_WINDOW = 2_000
_KEYS = (
    "offline_of",
    "offline_register_id",
    "offline_server_seq",
    "offline_local_seq",
    "offline_taken_at",
    "offline_synced_at",
    "offline_role",
)


@dataclass(frozen=True, slots=True)
class OfflineOrigin:
    """The team register an offline copy was taken from, and the points its last sync reached."""

    address: str
    register_id: str
    server_seq: int
    local_seq: int
    taken_at: dt.datetime
    synced_at: dt.datetime | None
    role: str = ""  # the taker's role on the team register ("" for a copy taken before roles were noted)

    @property
    def label(self) -> str:
        """How the window names the origin: ``offline copy of <address>``."""
        return tr("offline copy of {address}").format(address=self.address)


def history_upto(conn: Connection) -> int:
    """The number of the last history entry (0 for none)."""
    return int(conn.execute(select(func.coalesce(func.max(_HISTORY.c.seq), 0))).scalar_one())


def _write_meta(conn: Connection, values: dict[str, str]) -> None:
    conn.execute(delete(_META).where(_META.c.key.in_(list(values))))
    conn.execute(insert(_META), [{"key": k, "value": v} for k, v in values.items()])


class OfflineCopies:
    """Register methods of an offline copy (mixed into ``Register``)."""

    _engine: Engine
    user: str

    def offline_origin(self) -> OfflineOrigin | None:
        """Where this register was taken offline from, or ``None`` for a register that is no copy."""
        with self._engine.connect() as conn:
            meta = dict(conn.execute(select(_META.c.key, _META.c.value).where(_META.c.key.in_(_KEYS))).all())
        if "offline_register_id" not in meta:
            return None
        synced = meta.get("offline_synced_at")
        return OfflineOrigin(
            address=meta.get("offline_of", ""),
            register_id=meta["offline_register_id"],
            server_seq=int(meta.get("offline_server_seq", "0")),
            local_seq=int(meta.get("offline_local_seq", "0")),
            taken_at=dt.datetime.fromisoformat(meta.get("offline_taken_at", "2000-01-01T00:00:00")),
            synced_at=dt.datetime.fromisoformat(synced) if synced else None,
            role=meta.get("offline_role", ""),
        )

    def settled_history_point(self) -> int:
        """The history entry number up to which every entry is committed: what a sync may count as read.

        On a file, writes take turns, so that is the last entry. On a server, an entry is numbered when
        written but seen only when its transaction commits: a missing number below the last one is a
        transaction still open (or rolled back), whose entries may appear later. The point is then
        just below the oldest such gap among the last ``_GAP_WINDOW`` numbers, so the next sync reads
        from there again (entries read twice merge as nothing).
        """
        with self._engine.connect() as conn:
            last = history_upto(conn)
            if conn.dialect.name != "postgresql" or last == 0:
                return last
            low = max(0, last - _GAP_WINDOW)
            gap = conn.execute(
                text(
                    "SELECT min(n) FROM generate_series(CAST(:low AS bigint) + 1, CAST(:last AS bigint)) "
                    "AS n WHERE NOT EXISTS (SELECT 1 FROM asset_history h WHERE h.seq = n)"
                ),
                {"low": low, "last": last},
            ).scalar()
        return last if gap is None else int(gap) - 1

    def mark_offline_copy(
        self, address: str, register_id: str, server_seq: int, role: str = ""
    ) -> OfflineOrigin:
        """Note that this register is an offline copy of the team register ``register_id`` at ``address``.

        ``server_seq`` is the team register's last history entry the copy was made from; every
        history entry this register holds now counts as already on the team register. ``role`` is the
        role of the login the copy was taken with.
        """
        now = utc_now()
        with write_unit(self._engine) as conn:
            local = history_upto(conn)
            _write_meta(
                conn,
                {
                    "offline_of": address,
                    "offline_register_id": register_id,
                    "offline_server_seq": str(server_seq),
                    "offline_local_seq": str(local),
                    "offline_taken_at": now.isoformat(),
                    "offline_role": role,
                },
            )
            audit.append(conn, self.user, "offline", "register", [register_id], now)
        return OfflineOrigin(address, register_id, server_seq, local, now, None, role)

    def record_sync(self, server_seq: int, local_seq: int) -> OfflineOrigin:
        """Note that a sync brought in the team register's entries up to ``server_seq`` and sent this
        register's up to ``local_seq``."""
        origin = self.offline_origin()
        if origin is None:
            raise ValueError("record_sync on a register that is not an offline copy")
        now = utc_now()
        with write_unit(self._engine) as conn:
            _write_meta(
                conn,
                {
                    "offline_server_seq": str(max(server_seq, origin.server_seq)),
                    "offline_local_seq": str(max(local_seq, origin.local_seq)),
                    "offline_synced_at": now.isoformat(),
                },
            )
            audit.append(conn, self.user, "sync", "register", [origin.register_id], now)
        return self.offline_origin() or origin
