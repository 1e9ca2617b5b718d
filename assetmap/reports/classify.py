"""Classes and colours for abundance maps: the schemes mapclassify offers, and a sequential palette.

The palette runs from pale yellow through green to deep blue (ColorBrewer YlGnBu): it prints well in
greyscale, stays readable for the common colour-vision deficiencies, and has no red, because these maps
show strengths, not shortfalls.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from assetmap.messages import tr
from assetmap.reports.privacy import WITHHELD_LABEL
from assetmap.reports.selection import ReportInputError

# ColorBrewer YlGnBu (Cynthia Brewer, Penn State; Apache-2.0-style licence), light to dark.
_YLGNBU: dict[int, tuple[str, ...]] = {
    3: ("#edf8b1", "#7fcdbb", "#2c7fb8"),
    4: ("#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"),
    5: ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"),
    6: ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"),
    7: ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"),
}
NO_DATA_COLOUR = "#e5e7eb"
NO_DATA_LABEL = "No residents recorded"
# Wards whose figure is withheld to protect individuals (see assetmap.reports.privacy): a mid grey, set
# apart from the palette and from "no data".
WITHHELD_COLOUR = "#b8bec8"
WITHHELD_CLASS = -2

SCHEMES: dict[str, str] = {
    "quantiles": "Quantiles (equal numbers of wards per class)",
    "natural_breaks": "Natural breaks (Fisher–Jenks)",
    "equal_interval": "Equal intervals",
}
MAX_CLASSES = 7


def palette(k: int) -> tuple[str, ...]:
    """``k`` sequential colours, lightest first."""
    if k <= 0:
        return ()
    if k in _YLGNBU:
        return _YLGNBU[k]
    if k < 3:
        return (_YLGNBU[3][0], _YLGNBU[3][2])[:k] if k == 2 else (_YLGNBU[3][1],)
    return _YLGNBU[MAX_CLASSES]


@dataclass(frozen=True)
class Classification:
    """Class breaks and a class (0 = least) per value; ``-1`` marks a value with no data and ``-2`` one
    withheld to protect individuals."""

    scheme: str
    lower: float
    bins: tuple[float, ...]
    classes: tuple[int, ...]
    colours: tuple[str, ...]

    @property
    def k(self) -> int:
        return len(self.bins)

    def colour_of(self, index: int) -> str:
        cls = self.classes[index]
        if cls == WITHHELD_CLASS:
            return WITHHELD_COLOUR
        return NO_DATA_COLOUR if cls < 0 else self.colours[cls]

    def legend(self, fmt: Callable[[float], str], *, integer: bool = False) -> list[tuple[str, str]]:
        """(colour, label) per class, lightest first, e.g. ``("#ffffcc", "0.00 – 1.25")``.

        A class holds values above the previous break up to its own; with ``integer`` the labels name
        the whole numbers each class holds (``"3 – 5"``).
        """
        entries: list[tuple[str, str]] = []
        low = self.lower
        for i, (colour, high) in enumerate(zip(self.colours, self.bins, strict=True)):
            if integer:
                first = math.ceil(low) if i == 0 else math.floor(low) + 1
                last = math.floor(high)
                label = fmt(last) if first >= last else f"{fmt(first)} – {fmt(last)}"
            else:
                label = fmt(high) if math.isclose(low, high) else f"{fmt(low)} – {fmt(high)}"
            entries.append((colour, label))
            low = high
        if any(c == -1 for c in self.classes):
            entries.append((NO_DATA_COLOUR, NO_DATA_LABEL))
        if any(c == WITHHELD_CLASS for c in self.classes):
            entries.append((WITHHELD_COLOUR, WITHHELD_LABEL))
        return entries


def classify(
    values: Sequence[float] | np.ndarray,
    scheme: str = "quantiles",
    k: int = 5,
    withheld: Sequence[bool] | np.ndarray | None = None,
) -> Classification:
    """Put values into ``k`` classes with a mapclassify scheme.

    Parameters
    ----------
    values
        One value per ward; NaN means no data (class ``-1``).
    scheme
        ``"quantiles"``, ``"natural_breaks"`` (Fisher–Jenks) or ``"equal_interval"``.
    k
        Classes wanted, 2 to 7. Fewer are used when there are fewer distinct values.
    withheld
        Per value, whether it is withheld to protect individuals: such a value takes no part in the
        breaks and gets class ``-2``.

    Raises
    ------
    ReportInputError
        For an unknown scheme or a ``k`` out of range.
    """
    if scheme not in SCHEMES:
        raise ReportInputError(
            tr("Unknown classification {scheme}. Choose from: {choices}.").format(
                scheme=repr(scheme), choices=", ".join(SCHEMES)
            )
        )
    if not 2 <= k <= MAX_CLASSES:
        raise ReportInputError(
            tr("The number of classes must be from 2 to {most}, not {count}.").format(
                most=MAX_CLASSES, count=k
            )
        )
    array = np.asarray(values, dtype=float)
    hidden = np.zeros(array.shape[0], dtype=bool) if withheld is None else np.asarray(withheld, dtype=bool)
    present = ~np.isnan(array) & ~hidden
    known = array[present]
    classes = np.full(array.shape[0], -1, dtype=int)
    classes[hidden] = WITHHELD_CLASS
    if known.size == 0:
        return Classification(scheme, 0.0, (), tuple(classes.tolist()), ())
    distinct = np.unique(known)
    k = min(k, distinct.size)
    if k <= 1:
        classes[present] = 0
        value = float(distinct[0])
        return Classification(scheme, value, (value,), tuple(classes.tolist()), palette(1))
    if scheme == "quantiles":
        bins = quantile_breaks(known, k)
    elif scheme == "natural_breaks":
        bins = fisher_jenks_breaks(known, k)
    else:
        bins = equal_interval_breaks(known, k)
    bins = np.unique(np.asarray(bins, dtype=float))
    bins[-1] = max(bins[-1], float(known.max()))
    classes[present] = np.searchsorted(bins, known, side="left")
    return Classification(
        scheme, float(known.min()), tuple(float(b) for b in bins), tuple(classes.tolist()), palette(len(bins))
    )


def quantile_breaks(values: np.ndarray, k: int) -> np.ndarray:
    """Upper breaks of ``k`` quantile classes, as ``mapclassify.Quantiles`` computes them.

    Quantiles and equal intervals are worked out here with NumPy: loading mapclassify loads
    scikit-learn, whose import holds the interpreter lock for long enough to stall the window.
    """
    width = 100.0 / k
    percents = np.arange(width, 100 + width, width)
    if percents[-1] > 100.0:
        percents[-1] = 100.0
    return np.unique(np.percentile(values, percents))


def equal_interval_breaks(values: np.ndarray, k: int) -> np.ndarray:
    """Upper breaks of ``k`` classes of equal width, as ``mapclassify.EqualInterval`` computes them."""
    high, low = float(np.max(values)), float(np.min(values))
    width = (high - low) / k
    cuts = np.arange(low + width, high + width, width)
    if len(cuts) > k:
        cuts = cuts[:k]
    cuts[-1] = high
    return cuts


def fisher_jenks_breaks(values: np.ndarray, k: int) -> np.ndarray:
    """Upper breaks of ``k`` natural-breaks classes, as ``mapclassify.FisherJenks`` computes them.

    Fisher's exact optimisation (the "Jenks natural breaks"), in mapclassify's single-precision
    arithmetic, with its loop over the classes' last member done as array operations; the result is
    mapclassify's, break for break (a test compares them on many inputs). Worked out here because
    mapclassify loads scikit-learn, about 6 MB of the desktop download, for this one function.
    ``values`` needs at least ``k`` distinct values.
    """
    x = np.sort(np.asarray(values, dtype=float))
    x32 = x.astype(np.float32)
    n = x.size
    last_start = np.zeros((n + 1, k + 1), dtype=np.int32)  # mapclassify's mat1
    variance = np.zeros((n + 1, k + 1), dtype=np.float32)  # mapclassify's mat2
    last_start[1, 1:] = 1
    variance[2:, 1:] = np.inf
    columns = np.arange(k - 1)
    for end in range(2, n + 1):
        # The classes ending at ``end`` whose last member starts at end, end-1, ..., 1, in that order.
        members = x32[end - 1 :: -1]
        sums = np.cumsum(members, dtype=np.float32)
        squares = np.cumsum(members * members, dtype=np.float32)
        counts = np.arange(1, end + 1, dtype=np.float32)
        spread = squares - (sums * sums) / counts
        before = np.arange(end - 1, 0, -1)
        candidates = spread[: end - 1, None] + variance[before, 1:k]
        # mapclassify keeps the last of equally good starts (its comparison is ">="): the last minimum.
        best = (end - 2) - np.argmin(candidates[::-1], axis=0)
        variance[end, 2:] = candidates[best, columns]
        last_start[end, 2:] = end - best
        last_start[end, 1] = 1
        variance[end, 1] = spread[-1]
    breaks = np.zeros(k + 1, dtype=float)
    breaks[k] = x[n - 1]
    breaks[0] = x[0]
    row = n
    for count in range(k, 1, -1):
        pivot = int(last_start[row, count])
        breaks[count - 1] = x[pivot - 2]
        row = pivot - 1
    return breaks[1:]
