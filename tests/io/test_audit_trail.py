"""The audit trail as CSV: every entry, ids and fixed words only, cells safe for a spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from assetmap.io.audit_trail import HEADER, write_trail_csv
from assetmap.register.audit import AuditEntry


def test_the_trail_is_written_as_csv_with_formula_cells_neutralised(tmp_path: Path) -> None:
    entries = [
        AuditEntry(2, dt.datetime(2026, 3, 1, 9, 30), "@SUM(A1)", "erase", "person", "p-1"),
        AuditEntry(1, dt.datetime(2026, 2, 28, 17, 0, 5), "Amira Khan", "boundaries", "boundaries", None),
    ]

    path = write_trail_csv(entries, tmp_path / "trail.csv")

    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == HEADER
    assert rows[1:] == [
        ["2026-03-01T09:30:00+00:00", "'@SUM(A1)", "erase", "Erased", "Person", "p-1"],
        [
            "2026-02-28T17:00:05+00:00",
            "Amira Khan",
            "boundaries",
            "Changed ward boundaries",
            "Ward boundaries",
            "",
        ],
    ]
