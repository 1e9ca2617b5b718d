"""Placing ward labels on a printed map so that none overlap and each is readable in print.

Each ward gets, in order of preference: its name inside the ward (on one line, or on two), its name
just outside with a leader line (small areas only, where there is room), or a number inside or beside
the ward with a leader line, listed in a key (number → ward name) printed beside the map. Wards are
taken greedily, the largest first; a candidate box is accepted when it lies inside the map frame (and,
for a name inside, inside its ward) and meets no label already placed. A map has at most a few hundred
labels, so the collision test compares all of a ward's candidates with every placed box in one NumPy
operation; a spatial index would cost more than it saves at this size.

Text widths are measured from the Noto Sans font the documents are typeset with (its advance widths),
so the boxes tested are those the printed words take, to within kerning.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import shapely

from assetmap import paths

# 6.5 pt, the smallest size readable on a printed map, is 2.29 mm; labels are printed a little larger.
MIN_PRINTED_MM = 6.5 * 25.4 / 72
LABEL_MM = 2.4
# Line height and the part of it above the baseline, as fractions of the font size (Noto Sans).
LINE = 1.18
ASCENT = 0.80
DESCENT = 0.26
# Space kept clear around each label, in mm, so neighbouring labels do not read as one.
GAP = 0.5
# Names are offered outside their ward (with a leader line) only on maps of up to this many wards.
NAMES_OUTSIDE_UP_TO = 40
_FALLBACK_ADVANCE = 0.6  # em, for a character the font does not have
ADVANCES = "noto-sans-advances.json"


@cache
def _advances(bold: bool) -> dict[int, float]:
    """Each character's advance in Noto Sans, in em (resources/fonts/noto-sans-advances.json, made from the
    font files by installer/font_advances.py)."""
    table = json.loads((paths.resources_dir() / "fonts" / ADVANCES).read_text(encoding="utf-8"))
    return {int(code): float(advance) for code, advance in table["bold" if bold else "regular"].items()}


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The printed width of ``text`` at ``size`` mm in Noto Sans, in mm (advance widths, no kerning)."""
    advances = _advances(bold)
    return size * sum(advances.get(ord(ch), _FALLBACK_ADVANCE) for ch in text)


@dataclass(frozen=True)
class Label:
    """One placed label: its lines of text centred on ``x``, its box, and a leader line if it has one."""

    code: str
    lines: tuple[str, ...]
    x: float
    y: float  # the box's vertical centre
    size: float
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in mm, y downwards
    number: int | None = None  # set when the label is a number listed in the key
    leader: tuple[float, float, float, float] | None = None  # from the ward to the label's edge

    def baselines(self) -> list[float]:
        """The baseline of each line, for SVG ``<text y=...>``."""
        top = self.y - len(self.lines) * self.size * LINE / 2
        return [
            top + self.size * (LINE * i + (LINE - ASCENT - DESCENT) / 2 + ASCENT)
            for i in range(len(self.lines))
        ]


@dataclass(frozen=True)
class Placement:
    """Every ward's label, and the key of numbered wards (number, ward code, name) in number order."""

    labels: tuple[Label, ...]
    key: tuple[tuple[int, str, str], ...] = field(default=())

    def boxes(self) -> np.ndarray:
        return np.array([label.box for label in self.labels], dtype=float).reshape(-1, 4)


def _two_lines(name: str) -> tuple[str, ...] | None:
    words = name.split(" ")
    if len(words) < 2:
        return None
    # The split that makes the longer line shortest.
    best = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))))
    return (" ".join(words[:best]), " ".join(words[best:]))


def _boxes(centres: np.ndarray, width: float, height: float) -> np.ndarray:
    half = np.array([width / 2 + GAP / 2, height / 2 + GAP / 2])
    return np.hstack([centres - half, centres + half])


def _free(candidates: np.ndarray, placed: np.ndarray) -> np.ndarray:
    """For each candidate box (k, 4), whether it meets none of the placed boxes (m, 4)."""
    if len(placed) == 0:
        return np.ones(len(candidates), dtype=bool)
    c = candidates[:, None, :]
    p = placed[None, :, :]
    overlaps = (
        (c[..., 0] < p[..., 2]) & (p[..., 0] < c[..., 2]) & (c[..., 1] < p[..., 3]) & (p[..., 1] < c[..., 3])
    )
    free: np.ndarray = np.asarray(~overlaps.any(axis=1), dtype=bool)
    return free


def _in_frame(candidates: np.ndarray, width: float, height: float, margin: float = 0.8) -> np.ndarray:
    return (
        (candidates[:, 0] >= margin)
        & (candidates[:, 1] >= margin)
        & (candidates[:, 2] <= width - margin)
        & (candidates[:, 3] <= height - margin)
    )


def _around(anchor: np.ndarray, reach: Sequence[float], directions: int = 12) -> np.ndarray:
    angles = np.linspace(0, 2 * np.pi, directions, endpoint=False)
    unit = np.column_stack([np.cos(angles), np.sin(angles)])
    return np.vstack([anchor + r * unit for r in reach])


def _leader(anchor: np.ndarray, box: np.ndarray) -> tuple[float, float, float, float]:
    """A line from the ward's point to where it meets the label's box (the box's nearest point)."""
    x = float(np.clip(anchor[0], box[0] + GAP / 2, box[2] - GAP / 2))
    y = float(np.clip(anchor[1], box[1] + GAP / 2, box[3] - GAP / 2))
    return float(anchor[0]), float(anchor[1]), x, y


def place_labels(
    codes: Sequence[str],
    names: Sequence[str],
    wards: Sequence[shapely.Geometry],
    anchors: np.ndarray,
    width: float,
    height: float,
    *,
    size: float = LABEL_MM,
    obstacles: Sequence[tuple[float, float, float, float]] = (),
    numbers: bool = True,
) -> Placement:
    """Place a label for each ward on a map ``width`` × ``height`` mm.

    Parameters
    ----------
    codes, names
        The wards' codes and their names (the label text, data: the caller escapes it when drawing).
    wards
        Each ward's outline on the paper, in mm (y downwards).
    anchors
        (n, 2) a point inside each ward on the paper, where its label or leader line starts.
    size
        The font size in mm as printed; at least :data:`MIN_PRINTED_MM`.
    obstacles
        Boxes (x0, y0, x1, y1) that labels must keep clear of: the scale bar, the north arrow.
    numbers
        Whether a ward whose name does not fit may be numbered (a key must then be printed); without,
        such a ward is left unlabelled.

    Returns
    -------
    Placement
        The labels, none of whose boxes overlap, and the key of numbered wards, numbered in the
        alphabetical order of their names.
    """
    count = len(codes)
    polygons = np.asarray(wards, dtype=object)
    anchors = np.asarray(anchors, dtype=float).reshape(count, 2)
    placed = np.array(list(obstacles), dtype=float).reshape(-1, 4)
    height_one = size * LINE
    areas = shapely.area(polygons) if count else np.zeros(0)
    order = np.argsort(-areas, kind="stable")
    shapely.prepare(polygons)
    # A number may reach a little over its ward's edge (its gap, not its digits): it still reads as inside.
    roomy = shapely.buffer(polygons, GAP, quad_segs=2) if count else polygons
    shapely.prepare(roomy)
    chosen: dict[int, Label] = {}

    def take(i: int, lines: tuple[str, ...], box: np.ndarray, *, leader: bool, number: bool) -> None:
        nonlocal placed
        placed = np.vstack([placed, box])
        inner = box + np.array([GAP / 2, GAP / 2, -GAP / 2, -GAP / 2])
        chosen[i] = Label(
            codes[i],
            lines,
            float((box[0] + box[2]) / 2),
            float((box[1] + box[3]) / 2),
            size,
            (float(inner[0]), float(inner[1]), float(inner[2]), float(inner[3])),
            number=-1 if number else None,
            leader=_leader(anchors[i], inner) if leader else None,
        )

    def first_fit(
        i: int, lines: tuple[str, ...], centres: np.ndarray, *, inside: bool, bold: bool = False
    ) -> np.ndarray | None:
        box_w = max(text_width(line, size, bold=bold) for line in lines)
        boxes = _boxes(centres, box_w, height_one * len(lines))
        ok = _in_frame(boxes, width, height) & _free(boxes, placed)
        if inside and ok.any():
            shells = shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3])
            ok &= shapely.contains(roomy[i] if bold else polygons[i], shells)
        elif not inside and ok.any():
            shells = shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3])
            ok &= ~shapely.intersects(polygons[i], shells)
        hits = np.flatnonzero(ok)
        return boxes[hits[0]] if len(hits) else None

    def nudges_for(lines: tuple[str, ...]) -> np.ndarray:
        step_x = max(text_width(line, size) for line in lines) / 4
        return np.array(
            [
                [0, 0],
                [step_x, 0],
                [-step_x, 0],
                [0, -height_one / 2],
                [0, height_one / 2],
                [step_x, -height_one / 2],
                [-step_x, height_one / 2],
                [-step_x, -height_one / 2],
                [step_x, height_one / 2],
                [0, -height_one],
                [0, height_one],
            ]
        )

    # Names inside their ward: centred on the ward's point, then nudged around it.
    for i in order:
        anchor = anchors[i]
        for lines in filter(None, [(names[i],), _two_lines(names[i])]):
            box = first_fit(i, lines, anchor + nudges_for(lines), inside=True)
            if box is not None:
                take(i, lines, box, leader=False, number=False)
                break
    # On small maps, names just outside their ward, joined to it by a leader line.
    if count <= NAMES_OUTSIDE_UP_TO:
        for i in order:
            if i in chosen:
                continue
            width_i = text_width(names[i], size)
            centres = _around(anchors[i], [width_i / 2 + 3, width_i / 2 + 6, width_i / 2 + 10])
            box = first_fit(i, (names[i],), centres, inside=False)
            if box is not None:
                take(i, (names[i],), box, leader=True, number=False)
    # The rest are numbered: inside if the number fits, else beside with a leader line.
    if numbers:
        missing = [i for i in order if i not in chosen]
        numbered = sorted(missing, key=lambda i: (names[i].casefold(), codes[i]))
        number_of = {i: n for n, i in enumerate(numbered, start=1)}
        for i in missing:
            text = (str(number_of[i]),)
            box = first_fit(i, text, anchors[i] + nudges_for(text), inside=True, bold=True)
            if box is not None:
                take(i, text, box, leader=False, number=True)
                continue
            rings = [3, 4.5, 6.5, 9, 12, 16, 21, 27, 34, 42, 52]
            box = first_fit(i, text, _around(anchors[i], rings, 16), inside=False, bold=True)
            if box is None:
                box = first_fit(i, text, _around(anchors[i], rings, 16), inside=True, bold=True)
            if box is not None:
                take(i, text, box, leader=True, number=True)
        labels = []
        for i, label in chosen.items():
            if label.number is not None:
                label = Label(**{**label.__dict__, "number": number_of[i]})
            labels.append(label)
        key = tuple(
            (number_of[i], codes[i], names[i])
            for i in numbered
            if i in chosen and chosen[i].number is not None
        )
    else:
        labels, key = list(chosen.values()), ()
    labels.sort(key=lambda label: codes.index(label.code))
    return Placement(tuple(labels), key)


def overlapping_pairs(boxes: np.ndarray) -> list[tuple[int, int]]:
    """The pairs of boxes (n, 4) that intersect: none, for a good placement (used by the tests)."""
    boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
    a = boxes[:, None, :]
    b = boxes[None, :, :]
    meet = (
        (a[..., 0] < b[..., 2]) & (b[..., 0] < a[..., 2]) & (a[..., 1] < b[..., 3]) & (b[..., 1] < a[..., 3])
    )
    i, j = np.nonzero(np.triu(meet, k=1))
    return list(zip(i.tolist(), j.tolist(), strict=True))
