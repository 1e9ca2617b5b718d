"""The audit trail as a table: rows for a CSV file or the clipboard, with ids, never names.

The trail holds no text from the records it describes, and a copy of it carries none either: names
are resolved only on screen, where the person may see them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from assetmap.atomic import write_atomic
from assetmap.io import formula
from assetmap.register.audit import ACTIONS, KINDS, AuditEntry

HEADER = ("time_utc", "user", "action", "action_label", "record_kind", "record_id")


def trail_rows(entries: Iterable[AuditEntry]) -> Iterator[tuple[str | int | float, ...]]:
    """One row per entry, in the order given, cells made safe for a spreadsheet."""
    for entry in entries:
        yield tuple(
            formula.cell(value)
            for value in (
                entry.at.replace(tzinfo=dt.UTC).isoformat(timespec="seconds"),
                entry.user,
                entry.action,
                ACTIONS.get(entry.action, entry.action),
                KINDS.get(entry.record_kind, entry.record_kind),
                entry.record_id or "",
            )
        )


def trail_text(entries: Iterable[AuditEntry], *, delimiter: str = ",") -> str:
    """The entries as CSV text (tab-separated with ``delimiter="\\t"``), with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(trail_rows(entries))
    return out.getvalue()


def write_trail_csv(entries: Iterable[AuditEntry], path: Path | str) -> Path:
    """Write the entries to a CSV file whole or not at all; raises ``OSError`` if it cannot be written."""
    return write_atomic(Path(path), trail_text(entries).encode("utf-8-sig"))
