"""The audit trail: who did what to which record, appended in the same transaction as the write.

An entry holds the AssetMap user, the time, an action and a record kind from the fixed lists below,
and the record's id: never text from the record it describes, so the trail can be shown to anyone who
may see who did what, and it stays true after a person is erased. Triggers refuse to change or
delete an entry.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from assetmap.register.records import utc_now
from assetmap.register.schema import AuditRow

_AUDIT = AuditRow.__table__

ACTIONS: dict[str, str] = {
    "add": "Added",
    "update": "Changed",
    "remove": "Removed",
    "restore": "Restored",
    "purge": "Undid adding",
    "import": "Imported",
    "merge": "Merged in",
    "boundaries": "Changed ward boundaries",
    "subcategory": "Changed subcategories",
    "consent": "Recorded consent",
    "withdraw": "Recorded withdrawal",
    "link": "Linked",
    "unlink": "Unlinked",
    "export": "Exported a subject access copy",
    "erase": "Erased",
    "encrypt": "Encrypted",
    "separate": "Made a separate register",
    "bundle": "Wrote a bundle",
    "reorder": "Reordered",
    "suggest": "Suggested",
    "accept": "Accepted",
    "discard": "Discarded",
    "reopen": "Reopened",
    "upload": "Moved onto the team server",
    "offline": "Took an offline copy",
    "sync": "Synced with the team register",
}
KINDS: dict[str, str] = {
    "asset": "Asset",
    "person": "Person",
    "consent": "Consent",
    "boundaries": "Ward boundaries",
    "category": "Category",
    "register": "Register",
    "view": "Saved view",
    "suggestion": "Suggestion",
    "link": "Link",
    "link_kind": "Kind of link",
    "story": "Story",
    "photo": "Photo",
    "login": "Login to a team register",
}


def default_user() -> str:
    """The OS account name, the user a register records when no one has been chosen."""
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):
        return os.environ.get("USERNAME") or "unknown"


def clean_user(name: str | None) -> str:
    """A user name as the trail keeps it: one line, at most 80 characters; the OS account if blank."""
    text = " ".join((name or "").split())[:80]
    return text or default_user()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    user: str
    action: str
    record_kind: str
    record_id: str | None


def append(
    conn: Connection,
    user: str,
    action: str,
    record_kind: str,
    record_ids: Iterable[str | None],
    at: dt.datetime | None = None,
) -> None:
    """Append one entry per record, inside the caller's transaction."""
    if action not in ACTIONS or record_kind not in KINDS:
        raise ValueError(f"unknown audit action or record kind: {action!r}, {record_kind!r}")
    when = at or utc_now()
    rows = [
        {"at": when, "user": user, "action": action, "record_kind": record_kind, "record_id": rid}
        for rid in record_ids
    ]
    for start in range(0, len(rows), 10_000):
        conn.execute(insert(_AUDIT), rows[start : start + 10_000])


def read(
    conn: Connection,
    *,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    user: str | None = None,
    action: str | None = None,
    record_ids: Sequence[str] | None = None,
    limit: int | None = None,
    newest_first: bool = False,
    before_seq: int | None = None,
) -> list[AuditEntry]:
    """Entries filtered by time, user, action and records, oldest first (or newest first).

    ``before_seq`` keeps only entries older than that one, so a viewer reads the trail a page at a
    time, newest first, with ``limit``.
    """
    query = select(_AUDIT).order_by(_AUDIT.c.seq.desc() if newest_first else _AUDIT.c.seq)
    if since is not None:
        query = query.where(_AUDIT.c.at >= since)
    if until is not None:
        query = query.where(_AUDIT.c.at < until)
    if user:
        query = query.where(_AUDIT.c.user == user)
    if action:
        query = query.where(_AUDIT.c.action == action)
    if record_ids is not None:
        query = query.where(_AUDIT.c.record_id.in_(list(record_ids)))
    if before_seq is not None:
        query = query.where(_AUDIT.c.seq < before_seq)
    if limit is not None:
        query = query.limit(limit)
    return [AuditEntry(*row) for row in conn.execute(query)]


def users(conn: Connection) -> list[str]:
    """Everyone the trail names, in alphabetical order."""
    return sorted(conn.scalars(select(_AUDIT.c.user).distinct()))
