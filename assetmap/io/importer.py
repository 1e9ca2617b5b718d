"""Committing a checked import: duplicate choices, one transaction, a summary and the rejected rows."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assetmap.atomic import atomic_path
from assetmap.io import formula
from assetmap.io.duplicates import find_duplicates
from assetmap.io.preview import ImportPreview
from assetmap.messages import tr
from assetmap.register import Register
from assetmap.register.importing import Cancelled, Progress
from assetmap.register.records import Asset, Change

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
        return tr(
            "Added {added}, updated {updated}, skipped {skipped} duplicates, "
            "rejected {rejected} rows with errors."
        ).format(
            added=f"{self.added:,}",
            updated=f"{self.updated:,}",
            skipped=f"{self.skipped:,}",
            rejected=f"{len(self.rejected):,}",
        )


def rejected_reasons(preview: ImportPreview) -> dict[int, str]:
    """The reason each row with an error cannot be imported, by row position."""
    return {
        p: "; ".join(i.message for i in preview.errors(p)) or tr("Not valid.") for p in preview.error_rows
    }


@dataclass
class ImportPlan:
    """What an import will do with the checked rows, once the duplicate choices are made."""

    add: np.ndarray  # per row: written as a new asset
    ids: np.ndarray  # per row: the id a new asset keeps (None for a fresh one)
    updates: list[tuple[str, dict[str, object]]]  # existing asset id and the row's fields
    skipped: int

    @property
    def written(self) -> int:
        """How many assets the import adds or updates."""
        return int(self.add.sum()) + len(self.updates)


def plan_import(
    preview: ImportPreview, *, duplicates: str = SKIP, choices: Mapping[int, str] | None = None
) -> ImportPlan:
    """Decide each importable row's fate: added, updating its likely duplicate, or skipped.

    Parameters
    ----------
    duplicates
        What to do with a likely duplicate ("for all"): ``skip``, ``update`` or ``add``.
    choices
        Per-row choices by row position, overriding ``duplicates``.
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
    return ImportPlan(add, ids, updates, skipped)


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
    plan = plan_import(preview, duplicates=duplicates, choices=choices)
    rows = np.flatnonzero(plan.add)
    # The preview's own clean columns: the register checked them there and writes them unchanged.
    columns = preview.clean.take(rows)
    wards = None if preview.wards is None else preview.wards[rows]

    def repeated(added: Sequence[Asset]) -> list[int]:
        # Rows the person chose to add anyway stay in; the others are checked against newer assets.
        found = find_duplicates(columns["name"], columns["lon"], columns["lat"], added)
        return [p for p in found if (choices or {}).get(int(rows[p]), duplicates) != ADD]

    change = register.import_columns(
        columns,
        plan.updates,
        ids=plan.ids[rows].tolist(),
        wards=wards,
        progress=progress,
        cancelled=cancelled,
        checked_at=preview.checked_at,
        duplicates=repeated,
    )
    # Rows that repeat assets added while this import waited are skipped like any other duplicate.
    skipped = plan.skipped + len(rows) - len(change.added)
    return ImportSummary(change, len(change.added), len(change.updated), skipped, rejected_reasons(preview))


def write_rejected_rows(preview: ImportPreview, reasons: Mapping[int, str], path: Path | str) -> Path:
    """Save the rejected rows as CSV: their row number, every original cell, and a ``reason`` column.

    Cells follow the one formula rule (:func:`assetmap.io.formula.cell`), since the file is meant to be
    opened in a spreadsheet: formulas are neutralised, numbers such as coordinates stay numbers.
    """
    path = Path(path)
    table = preview.table
    columns = table.columns
    with atomic_path(path) as temporary, temporary.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", *map(formula.cell, columns), "reason"])
        for position in sorted(reasons):
            cells = table.frame.iloc[position].tolist()
            writer.writerow(
                [preview.row_number(position), *map(formula.cell, cells), formula.cell(reasons[position])]
            )
    return path
