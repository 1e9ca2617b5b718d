"""Cell values that published lists use to mean "no value" (``NA``, ``N/A``, ``-``, ``null``...)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# Compared after stripping and case-folding: ``N/A``, ``n/a`` and `` NA `` are all blank.
BLANK_WORDS = frozenset(("", "na", "n/a", "n.a.", "-", "--", "null", "none", "nil", "unknown", "nan", "#n/a"))


def is_blank(value: object) -> bool:
    """Whether a cell means "no value": empty, whitespace, or one of :data:`BLANK_WORDS`."""
    if value is None:
        return True
    if isinstance(value, float):
        return bool(np.isnan(value))
    return str(value).strip().casefold() in BLANK_WORDS


def blank_mask(cells: Sequence[object]) -> np.ndarray:
    """:func:`is_blank` of each cell, as a boolean array."""
    return np.fromiter((is_blank(c) for c in cells), dtype=bool, count=len(cells))
