"""What merging links, stories and assets shares: states' ancestry, their stamps, and fields in conflict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from assetmap.register.records import HistoryEntry

Stamp = tuple[dt.datetime, str, str]


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """One field (or the location, as ``[lon, lat]``) changed differently on both sides."""

    field: str
    base: object
    mine: object
    theirs: object


def ancestors(start: str, graph: Mapping[str, Sequence[str]]) -> set[str]:
    """``start`` and every state it came from."""
    seen = {start}
    stack = [start]
    while stack:
        for parent in graph.get(stack.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return seen


def merge_bases(a: str, b: str, graph: Mapping[str, Sequence[str]]) -> list[str]:
    """The newest states both ``a`` and ``b`` came from, sorted (the same list seen from either side)."""
    common = ancestors(a, graph) & ancestors(b, graph)
    older: set[str] = set()
    for node in common:
        older |= ancestors(node, graph) - {node}
    return sorted(common - older)


def stamp(entries: Iterable[HistoryEntry], node: str, fallback: Stamp) -> Stamp:
    """When and where a state was first made: what "newest" compares."""
    for entry in entries:
        if entry.node == node:
            return (entry.recorded_at, entry.register_id, node)
    return fallback


def three_way(
    base: Mapping[str, object] | None,
    mine: Mapping[str, object],
    theirs: Mapping[str, object],
    units: Mapping[str, Sequence[str]],
) -> tuple[dict[str, object], list[FieldConflict]]:
    """Merge per unit: a unit changed on one side only takes that side; changed on both, a conflict."""
    merged = dict(mine)
    conflicts = []
    for unit, names in units.items():
        m = [mine[n] for n in names]
        t = [theirs[n] for n in names]
        if m == t:
            continue
        b = None if base is None else [base[n] for n in names]
        if b == m:
            for name in names:
                merged[name] = theirs[name]
        elif b != t:
            single = len(names) == 1
            conflicts.append(
                FieldConflict(
                    unit,
                    None if b is None else (b[0] if single else b),
                    m[0] if single else m,
                    t[0] if single else t,
                )
            )
    return merged, conflicts
