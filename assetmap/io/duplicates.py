"""Finding rows that are likely the same place as an asset already in the register."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

import numpy as np
import shapely

from assetmap.io.coordinates import transformer
from assetmap.register.records import Asset

NEAR_METRES = 50.0
NAME_RATIO = 0.85
_DROP = {"the", "and", "of"}


def normal_name(name: str) -> str:
    """``"The St. Mary's Hall & Gardens"`` → ``"st mary s hall gardens"`` (no case, punctuation, filler)."""
    words = re.sub(r"[^0-9a-z]+", " ", name.casefold().replace("&", " and ")).split()
    return " ".join(w for w in words if w not in _DROP)


def similar_names(a: str, b: str) -> bool:
    """Whether two names likely name one thing: equal once normalised, the same words, or close spelling."""
    na, nb = normal_name(a), normal_name(b)
    if not na or not nb:
        return False
    if na == nb or sorted(na.split()) == sorted(nb.split()):
        return True
    return difflib.SequenceMatcher(None, na, nb, autojunk=False).ratio() >= NAME_RATIO


def find_duplicates(
    names: Sequence[str | None] | np.ndarray,
    lons: np.ndarray,
    lats: np.ndarray,
    existing: Sequence[Asset],
    *,
    within: float = NEAR_METRES,
) -> dict[int, Asset]:
    """For each row likely to duplicate an existing asset, the nearest such asset.

    A likely duplicate has a similar name (see :func:`similar_names`) and lies within ``within``
    metres, measured in British National Grid. Candidate pairs come from one STRtree query, so the
    cost grows with the number of rows, not rows times assets.
    """
    located = [a for a in existing if a.has_location]
    rows = np.flatnonzero(np.isfinite(lons) & np.isfinite(lats))
    if not located or rows.size == 0:
        return {}
    to_bng = transformer("EPSG:4326", "EPSG:27700")
    ex_x, ex_y = to_bng.transform(
        np.array([a.lon for a in located], dtype=float), np.array([a.lat for a in located], dtype=float)
    )
    in_x, in_y = to_bng.transform(lons[rows], lats[rows])
    tree = shapely.STRtree(shapely.points(ex_x, ex_y))
    row_idx, asset_idx = tree.query(shapely.points(in_x, in_y), predicate="dwithin", distance=within)
    best: dict[int, tuple[float, Asset]] = {}
    for r, a in zip(row_idx.tolist(), asset_idx.tolist(), strict=True):
        position = int(rows[r])
        name = names[position]
        asset = located[a]
        if not name or not similar_names(name, asset.name):
            continue
        distance = float(np.hypot(in_x[r] - ex_x[a], in_y[r] - ex_y[a]))
        if position not in best or distance < best[position][0]:
            best[position] = (distance, asset)
    return {position: asset for position, (_d, asset) in best.items()}
