"""Committing a checked import: duplicate choices, one transaction, a summary and the rejected rows."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assetmap.atomic import atomic_path
from assetmap.io.formula import neutralise
from assetmap.io.preview import ImportPreview
from assetmap.register import Register
from assetmap.register.importing import Cancelled, Progress
from assetmap.register.records import Change

SKIP = "skip"
UPDATE = "update"
ADD = "add"
DUPLICATE_CHOICES = (SKIP, UPDATE, ADD)


@dataclass
class ImportSummary:
    """What an import did, and the rows it could not take with the reason for each."""

    change: Change
    added: int
    updated: int
    skipped: int
    rejected: dict[int, str] = field(default_factory=dict)

    def text(self) -> str:
        return (
            f"Added {self.added:,}, updated {self.updated:,}, skipped {self.skipped:,} duplicates, "
            f"rejected {len(self.rejected):,} rows with errors."
        )


def rejected_reasons(preview: ImportPreview) -> dict[int, str]:
    """The reason each row with an error cannot be imported, by row position."""
    return {p: "; ".join(i.message for i in preview.errors(p)) or "Not valid." for p in preview.error_rows}


def commit_import(
    register: Register,
    preview: ImportPreview,
    *,
    duplicates: str = SKIP,
    choices: Mapping[int, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Write the importable rows of ``preview`` to ``register`` in one transaction.

    Parameters
    ----------
    duplicates
        What to do with a likely duplicate of an existing asset ("for all"): ``skip``, ``update`` the
        existing asset with the row's own fields, or ``add`` the row as a new asset.
    choices
        Per-row choices by row position, overriding ``duplicates``.
    progress, cancelled
        Passed to :meth:`Register.import_columns`; a cancel leaves the register as it was
        (``ImportCancelledError``).
    """
    if duplicates not in DUPLICATE_CHOICES:
        raise ValueError(f"duplicates must be one of {DUPLICATE_CHOICES}")
    choices = choices or {}
    add = preview.importable.copy()
    updates: list[tuple[str, dict[str, object]]] = []
    ids = preview.ids.copy()
    skipped = 0
    updated_ids: set[str] = set()
    for position, existing in sorted(preview.duplicates.items()):
        if not preview.importable[position]:
            continue
        choice = choices.get(position, duplicates)
        if choice == ADD:
            if ids[position] == existing.id:
                ids[position] = None
            continue
        add[position] = False
        if choice == UPDATE and existing.id not in updated_ids:
            updated_ids.add(existing.id)
            updates.append((existing.id, preview.given(position)))
        else:
            skipped += 1
    rows = np.flatnonzero(add)
    # The preview's own clean columns: the register checked them there and writes them unchanged.
    columns = preview.clean.take(rows)
    wards = None if preview.wards is None else preview.wards[rows]
    change = register.import_columns(
        columns, updates, ids=ids[rows].tolist(), wards=wards, progress=progress, cancelled=cancelled
    )
    return ImportSummary(change, len(change.added), len(change.updated), skipped, rejected_reasons(preview))


def write_rejected_rows(preview: ImportPreview, reasons: Mapping[int, str], path: Path | str) -> Path:
    """Save the rejected rows as CSV: their row number, every original cell, and a ``reason`` column.

    Cells are neutralised against formula injection, since the file is meant to be opened in a spreadsheet.
    """
    path = Path(path)
    table = preview.table
    columns = table.columns
    with atomic_path(path) as temporary, temporary.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", *columns, "reason"])
        for position in sorted(reasons):
            cells = [str(v) for v in table.frame.iloc[position].tolist()]
            writer.writerow(
                [preview.row_number(position), *(neutralise(c) for c in cells), neutralise(reasons[position])]
            )
    return path
