"""Points near each other, found on a uniform grid: which places have a point within a distance, and
which pairs of points are at most a distance apart.

Both searches count the points into square cells and number the cells column after column, so that the
cells of a column are consecutive numbers; sorted by cell number, the points of a few cells one above
the other are one run of the sorted points, found by a binary search. Only the points in the runs
around a place are measured. The edge counts: a point exactly at the distance is near.
NumPy only, in array operations, so other threads run meanwhile.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

# Cells are made a little larger or smaller than the distance asks, so that rounding in placing points
# into cells can never move a pair across the line the search relies on.
_MARGIN = 1e-6
# At most this many cells along the grid's longer side: the cell numbers stay well inside int64 and the
# rounding in placing a point stays far below the margin. A tiny distance over a wide area gets wider
# cells, which only adds candidates.
_MAX_CELLS = 2**20
# Empty cells kept below and above each column, so that a run reaching two rows past the edge stays in it.
_PAD = 2
# Candidates measured at once, to bound memory.
_CHUNK = 1_000_000


@dataclass(frozen=True)
class _Grid:
    origin_x: float
    origin_y: float
    cell: float
    stride: int  # cell numbers per column

    @classmethod
    def over(cls, x: np.ndarray, y: np.ndarray, cell: float) -> _Grid:
        low_x, low_y = float(x.min()), float(y.min())
        span = max(float(x.max()) - low_x, float(y.max()) - low_y)
        cell = max(cell, span / _MAX_CELLS)
        if cell <= 0 or not math.isfinite(cell):
            cell = 1.0  # every point in one place and a distance of nothing: any cell will do
        rows = int(span / cell) + 1
        return cls(low_x, low_y, cell, rows + 2 * _PAD)

    def numbers(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Each point's cell number: cell (i, j) is ``i * stride + j + _PAD``."""
        column = np.floor((x - self.origin_x) / self.cell).astype(np.int64)
        row = np.floor((y - self.origin_y) / self.cell).astype(np.int64)
        return column * self.stride + row + _PAD


@dataclass(frozen=True)
class _Sorted:
    """Points sorted by cell number."""

    order: np.ndarray
    numbers: np.ndarray
    x: np.ndarray
    y: np.ndarray

    @classmethod
    def of(cls, grid: _Grid, x: np.ndarray, y: np.ndarray) -> _Sorted:
        numbers = grid.numbers(x, y)
        order = np.argsort(numbers, kind="stable")
        return cls(order, numbers[order], x[order], y[order])


def _columns(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    xy = np.asarray(x, dtype=float).reshape(-1, 2)
    return np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1])


def _chunks(
    starts: np.ndarray, stops: np.ndarray, owners: np.ndarray
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The runs ``starts[k]:stops[k]`` end to end, a chunk at a time: each item with its run's owner."""
    counts = np.maximum(stops - starts, 0)
    ends = np.cumsum(counts)
    first = 0
    while first < len(counts):
        before = int(ends[first] - counts[first])
        last = max(int(np.searchsorted(ends, before + _CHUNK, "right")), first + 1)
        part = counts[first:last]
        # Each item is its run's start plus its place in the run.
        item = np.arange(before, int(ends[last - 1]), dtype=np.int64)
        item += np.repeat(starts[first:last] - (ends[first:last] - part), part)
        yield np.repeat(owners[first:last], part), item
        first = last


def any_within(places: np.ndarray, points: np.ndarray, distance: float) -> np.ndarray:
    """A boolean per place: is any of ``points`` within ``distance`` of it, the edge included?

    The cells are just under ``distance / √2`` wide, so a place sharing a cell with a point is reached
    without measuring; the others measure the points of the 5 × 5 cells around their own.

    Parameters
    ----------
    places, points
        ``(n, 2)`` arrays of x, y in one projected coordinate system (metres for BNG).
    distance
        The distance, in the same units; not negative.

    Returns
    -------
    numpy.ndarray
        ``len(places)`` booleans.
    """
    place_x, place_y = _columns(places)
    point_x, point_y = _columns(points)
    reached = np.zeros(len(place_x), dtype=bool)
    if len(place_x) == 0 or len(point_x) == 0:
        return reached
    distance = float(distance)
    grid = _Grid.over(
        np.concatenate([place_x, point_x]),
        np.concatenate([place_y, point_y]),
        distance / math.sqrt(2) * (1 - _MARGIN),
    )
    found = _Sorted.of(grid, point_x, point_y)
    numbers = grid.numbers(place_x, place_y)
    if grid.cell * math.sqrt(2) * (1 + _MARGIN) < distance:
        # A cell's diagonal is shorter than the distance: a point in the place's own cell is near.
        at = np.searchsorted(found.numbers, numbers)
        reached = found.numbers[np.minimum(at, len(found.numbers) - 1)] == numbers
    open_places = np.flatnonzero(~reached)
    numbers = numbers[open_places]
    # Within the distance means at most two cells across (the cells are never narrower than d/√2 − ε).
    offsets = np.arange(-_PAD, _PAD + 1) * grid.stride
    starts = np.searchsorted(found.numbers, (numbers[:, None] + offsets - _PAD).ravel(), "left")
    stops = np.searchsorted(found.numbers, (numbers[:, None] + offsets + _PAD).ravel(), "right")
    for owner, item in _chunks(starts, stops, np.repeat(open_places, len(offsets))):
        dx = place_x[owner] - found.x[item]
        dy = place_y[owner] - found.y[item]
        # The square root of the sum, as a k-d tree's nearest distance is compared with the walk.
        near = np.sqrt(dx * dx + dy * dy) <= distance
        reached[owner[near]] = True
    return reached


def pairs_within(points: np.ndarray, distance: float) -> np.ndarray:
    """Every pair of points at most ``distance`` apart, as an ``(m, 2)`` array of indices with ``i < j``
    in each row, the same rows in the same order for the same input.

    Parameters
    ----------
    points
        An ``(n, 2)`` array of x, y.
    distance
        The distance, in the same units; not negative. Points in the same place are a pair at any distance.
    """
    x, y = _columns(points)
    if len(x) < 2:
        return np.zeros((0, 2), dtype=np.intp)
    distance = float(distance)
    grid = _Grid.over(x, y, distance * (1 + _MARGIN))
    found = _Sorted.of(grid, x, y)
    # Each pair once: from a point, the points after it in its own cell and in the cell above it (one
    # run), and the points of the three cells beside those in the next column (another run).
    at = np.arange(len(x))
    starts = np.concatenate([at + 1, np.searchsorted(found.numbers, found.numbers + grid.stride - 1, "left")])
    stops = np.concatenate(
        [
            np.searchsorted(found.numbers, found.numbers + 1, "right"),
            np.searchsorted(found.numbers, found.numbers + grid.stride + 1, "right"),
        ]
    )
    squared = distance * distance
    pairs: list[np.ndarray] = []
    for owner, item in _chunks(starts, stops, np.concatenate([at, at])):
        dx = found.x[owner] - found.x[item]
        dy = found.y[owner] - found.y[item]
        # Squared distances against the squared distance, as scipy's k-d tree compares them.
        dx *= dx
        dy *= dy
        dx += dy
        near = dx <= squared
        i, j = found.order[owner[near]], found.order[item[near]]
        pairs.append(np.stack([np.minimum(i, j), np.maximum(i, j)], axis=1))
    if not pairs:
        return np.zeros((0, 2), dtype=np.intp)
    return np.concatenate(pairs).astype(np.intp, copy=False)
