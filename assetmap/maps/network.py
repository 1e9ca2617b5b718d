"""The connections network: which assets and people are linked, where each sits in a force-directed
layout, and who the connectors are.

Qt-free: the window's connections view draws what :func:`ward_network` and :func:`layout` return.
The layout is Fruchterman-Reingold; for large networks the repulsion is read from a grid (see
:func:`layout`), so a ward lays out in milliseconds and the whole register in about a second.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from assetmap.geo.proximity import pairs_within
from assetmap.messages import tr
from assetmap.register import consent, sharing
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset

ASSET, PERSON = "asset", "person"
# A connector is linked to at least this many others, and to more than most nodes in the network shown:
# the top tenth by number of links, never fewer than this.
CONNECTOR_MIN_LINKS = 5
CONNECTOR_SHARE = 0.1
# How a person is shown when their consent does not let them be named.
UNNAMED_PERSON = "A person (not named)"  # in English; person_label gives it in the language spoken
ITERATIONS = 80


class LinkLike(Protocol):
    """What the network reads of a link (the register's ``Link`` record)."""

    @property
    def from_kind(self) -> str: ...

    @property
    def from_id(self) -> str: ...

    @property
    def to_id(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def removed_at(self) -> object: ...


@dataclass(frozen=True, slots=True)
class Node:
    """One asset or person in the network.

    ``category`` is the asset's category code (``None`` for a person); ``inside`` is False for an
    asset outside the ward shown that is linked to one inside it.
    """

    id: str
    kind: str
    label: str
    category: str | None
    links: int
    connector: bool
    inside: bool = True


@dataclass(frozen=True, slots=True)
class Network:
    """Nodes, and edges as ``(from index, to index, link kind code)``."""

    nodes: tuple[Node, ...]
    edges: tuple[tuple[int, int, str], ...]

    def index_of(self, node_id: str) -> int | None:
        for i, node in enumerate(self.nodes):
            if node.id == node_id:
                return i
        return None

    @property
    def connectors(self) -> list[Node]:
        """The connectors, most linked first."""
        return sorted((n for n in self.nodes if n.connector), key=lambda n: (-n.links, n.label))


def person_shown(person_id: str, people: PeopleView) -> bool:
    """Whether a person may appear in the team's own connections view: consent to be kept in force."""
    return consent.at_least(people.level(person_id), consent.REGISTER)


def person_label(person_id: str, people: PeopleView) -> str:
    """A person's name where their consent lets them be named, else a neutral label."""
    return people.named.get(person_id) or tr("A person (not named)")


def _connector_threshold(degrees: Sequence[int]) -> int:
    if not degrees:
        return CONNECTOR_MIN_LINKS
    ordered = sorted(degrees, reverse=True)
    top = ordered[max(0, math.ceil(len(ordered) * CONNECTOR_SHARE) - 1)]
    return max(CONNECTOR_MIN_LINKS, top)


def ward_network(
    assets: Iterable[Asset],
    links: Iterable[LinkLike],
    *,
    people: PeopleView,
    ward_code: str | None = None,
) -> Network:
    """The network of one ward's assets (``ward_code``), or of the whole register (``None``).

    A ward's network holds its assets and everything linked to them: assets elsewhere (``inside`` False)
    and people. Removed links and assets are left out; a person appears only with consent to be kept
    (:func:`person_shown`), named only with consent to be named; a person's gift appears only where the
    map may draw it.
    """
    live = {a.id: a for a in assets if a.removed_at is None and sharing.on_team_map(a, people=people)}
    inside_ids = {i for i, a in live.items() if ward_code is None or a.ward_code == ward_code}
    edges_by_id: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for link in links:
        if link.removed_at is not None or link.to_id not in live:
            continue
        if link.from_kind == PERSON:
            if not person_shown(link.from_id, people):
                continue
            source = f"{PERSON}:{link.from_id}"
        elif link.from_id in live:
            source = link.from_id
        else:
            continue
        if ward_code is not None and link.to_id not in inside_ids and source not in inside_ids:
            continue
        key = (source, link.to_id, link.kind)
        if key not in seen:
            seen.add(key)
            edges_by_id.append(key)

    order: list[str] = sorted(inside_ids, key=lambda i: (live[i].name.casefold(), i))
    placed = set(order)
    for source, target, _kind in edges_by_id:
        for end in (source, target):
            if end not in placed:
                placed.add(end)
                order.append(end)
    index = {node_id: i for i, node_id in enumerate(order)}
    neighbours: list[set[int]] = [set() for _ in order]
    edges: list[tuple[int, int, str]] = []
    for source, target, kind in edges_by_id:
        a, b = index[source], index[target]
        edges.append((a, b, kind))
        neighbours[a].add(b)
        neighbours[b].add(a)
    degrees = [len(n) for n in neighbours]
    threshold = _connector_threshold(degrees)
    nodes: list[Node] = []
    for node_id, degree in zip(order, degrees, strict=True):
        if node_id.startswith(f"{PERSON}:"):
            person_id = node_id.split(":", 1)[1]
            nodes.append(
                Node(node_id, PERSON, person_label(person_id, people), None, degree, degree >= threshold)
            )
        else:
            asset = live[node_id]
            nodes.append(
                Node(
                    asset.id,
                    ASSET,
                    asset.name,
                    asset.category,
                    degree,
                    degree >= threshold,
                    inside=asset.id in inside_ids,
                )
            )
    return Network(tuple(nodes), tuple(edges))


def layout(
    count: int,
    edges: Sequence[tuple[int, int]] | Sequence[tuple[int, int, str]],
    *,
    iterations: int = ITERATIONS,
    seed: int = 1,
) -> np.ndarray:
    """Positions for ``count`` nodes in the unit square, as an ``(count, 2)`` array.

    Fruchterman-Reingold: linked nodes pull together (force d²/k), all nodes push apart (k²/d), a
    weak pull to the middle keeps parts that are not linked to each other in view, and each step's moves
    are capped by a temperature that cools to nothing. The result is scaled to the unit square. Up to
    ``EXACT_UP_TO`` nodes the push is summed over every pair; above that it is read from a grid: the
    nodes are counted into ``GRID`` × ``GRID`` cells and the push of every cell on every other found
    by one convolution (particle-mesh), with pairs in neighbouring cells pushed exactly. The same
    input always gives the same layout (``seed``).

    Parameters
    ----------
    count
        The number of nodes.
    edges
        Pairs of node indices (a third item, such as the link kind, is ignored).
    iterations
        Steps of the simulation.
    seed
        Seed of the starting positions.
    """
    if count == 0:
        return np.zeros((0, 2))
    if count == 1:
        return np.array([[0.5, 0.5]])
    rng = np.random.default_rng(seed)
    pos = 0.1 + 0.8 * rng.random((count, 2))
    pairs = np.array([(e[0], e[1]) for e in edges if e[0] != e[1]], dtype=np.intp).reshape(-1, 2)
    k = math.sqrt(1.0 / count)
    push = _exact_push if count <= EXACT_UP_TO else _grid_push
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        shift = push(pos, k)
        shift -= GRAVITY * k * (pos - pos.mean(axis=0))
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            distance = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-6)
            pull = (distance / k)[:, None] * delta
            shift -= _spread(pairs[:, 0], pull, count)
            shift += _spread(pairs[:, 1], pull, count)
        length = np.maximum(np.hypot(shift[:, 0], shift[:, 1]), 1e-9)
        pos += shift / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cooling
    low, high = pos.min(axis=0), pos.max(axis=0)
    span = np.where(high - low > 1e-9, high - low, 1.0)
    return (pos - low) / span


EXACT_UP_TO = 250
GRID = 64
GRAVITY = 1.0


def _exact_push(pos: np.ndarray, k: float) -> np.ndarray:
    """The push k²/d on every node from every other, summed pair by pair."""
    dx = pos[:, 0, None] - pos[None, :, 0]
    dy = pos[:, 1, None] - pos[None, :, 1]
    d2 = dx * dx + dy * dy
    np.maximum(d2, 1e-12, out=d2)
    strength = (k * k) / d2
    np.fill_diagonal(strength, 0.0)
    return np.stack([(dx * strength).sum(axis=1), (dy * strength).sum(axis=1)], axis=1)


def _spread(index: np.ndarray, values: np.ndarray, count: int) -> np.ndarray:
    """Sum 2-vectors into their nodes (``np.add.at``, many times faster through ``bincount``)."""
    return np.stack(
        [
            np.bincount(index, weights=values[:, 0], minlength=count),
            np.bincount(index, weights=values[:, 1], minlength=count),
        ],
        axis=1,
    )


@functools.lru_cache(maxsize=2)
def _grid_kernel(grid: int) -> tuple[np.ndarray, np.ndarray]:
    """The push of one node on a cell at each offset (dx, dy) in cells: (dx, dy) / |d|², for a grid of
    side 1."""
    cell = 1.0 / grid
    offsets = np.arange(-grid + 1, grid) * cell
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    d2 = dx**2 + dy**2
    d2[grid - 1, grid - 1] = np.inf
    return dx / d2, dy / d2


def _grid_push(pos: np.ndarray, k: float) -> np.ndarray:
    """The push k²/d, far from a node read from the grid, near it (the same or a touching cell) exact."""
    grid = GRID
    low = pos.min(axis=0)
    span = max(float((pos.max(axis=0) - low).max()), 1e-9) * (1 + 1e-9)
    cells = np.minimum(((pos - low) / span * grid).astype(np.intp), grid - 1)
    counts = np.zeros((grid, grid))
    np.add.at(counts, (cells[:, 0], cells[:, 1]), 1.0)
    kx, ky = _grid_kernel(grid)
    field_x, field_y = convolved_same(counts, (kx, ky))
    # The grid measures from cell centres; near a node that is too coarse, so nearby pairs are done exactly
    # and the grid's share of the node's own and neighbouring cells is taken back out.
    shift = np.stack([field_x[cells[:, 0], cells[:, 1]], field_y[cells[:, 0], cells[:, 1]]], axis=1)
    shift -= _near_grid_share(counts, cells, kx, ky)
    close = pairs_within(pos, min(1.5 * span / grid, k))
    shift *= k * k / span  # the kernel is in units of the grid's side
    if len(close):
        delta = pos[close[:, 0]] - pos[close[:, 1]]
        d2 = np.maximum((delta**2).sum(axis=1), 1e-12)
        near = (k * k / d2)[:, None] * delta
        shift += _spread(close[:, 0], near, len(pos))
        shift -= _spread(close[:, 1], near, len(pos))
    return shift


def _fast_length(n: int) -> int:
    """The smallest length at least ``n`` with no prime factor above 5 (quick for the FFT)."""
    best = 1 << max(n - 1, 0).bit_length()
    fives = 1
    while fives < best:
        threes = fives
        while threes < best:
            length = threes
            while length < n:
                length *= 2
            best = min(best, length)
            threes *= 3
        fives *= 5
    return best


def convolved_same(image: np.ndarray, kernels: Sequence[np.ndarray]) -> list[np.ndarray]:
    """``image`` convolved with each kernel, each result the size of ``image`` and centred on the full
    convolution (``scipy.signal.fftconvolve(image, kernel, mode="same")``), by NumPy's real FFT.

    The transforms wrap around; they are made long enough that nothing wraps into the part kept
    (image + kernel − 1 − the kernel's centre offset, and never shorter than the kernel, rounded up to a
    length the FFT is quick at), so no more is padded than the result needs; the image's transform is
    shared by every kernel.
    """
    shape = image.shape
    if image.size == 0 or not kernels:
        return [np.zeros(shape) for _ in kernels]
    first = [(k - 1) // 2 for k in kernels[0].shape]
    if any(kernel.shape != kernels[0].shape for kernel in kernels):
        raise ValueError("the kernels differ in shape")
    size = tuple(
        _fast_length(max(n + k - 1 - start, k))
        for n, k, start in zip(shape, kernels[0].shape, first, strict=True)
    )
    spectrum = np.fft.rfft2(image, s=size)
    window = tuple(slice(start, start + n) for start, n in zip(first, shape, strict=True))
    return [np.fft.irfft2(spectrum * np.fft.rfft2(kernel, s=size), s=size)[window] for kernel in kernels]


def _near_grid_share(counts: np.ndarray, cells: np.ndarray, kx: np.ndarray, ky: np.ndarray) -> np.ndarray:
    """What the grid counted for each node from the cells touching its own (left to the exact sum)."""
    grid = counts.shape[0]
    padded = np.pad(counts, 1)
    share = np.zeros((len(cells), 2))
    centre = grid - 1
    for ox in (-1, 0, 1):
        for oy in (-1, 0, 1):
            if ox == 0 and oy == 0:
                continue
            # A cell at offset (ox, oy) from the node's pushes it along -(ox, oy).
            n = padded[cells[:, 0] + 1 + ox, cells[:, 1] + 1 + oy]
            share[:, 0] += n * kx[centre - ox, centre - oy]
            share[:, 1] += n * ky[centre - ox, centre - oy]
    return share


def laid_out(network: Network, *, iterations: int = ITERATIONS) -> np.ndarray:
    """Positions for a network's nodes: the linked ones by :func:`layout` in the unit square, the ones
    with no link yet in rows below it (``y`` > 1), so they neither crowd nor stretch the picture."""
    linked = [i for i, node in enumerate(network.nodes) if node.links]
    alone = [i for i, node in enumerate(network.nodes) if not node.links]
    positions = np.zeros((len(network.nodes), 2))
    if linked:
        index = {old: new for new, old in enumerate(linked)}
        edges = [(index[a], index[b]) for a, b, _kind in network.edges]
        positions[linked] = layout(len(linked), edges, iterations=iterations)
    if alone:
        per_row = max(8, math.ceil(math.sqrt(len(alone)) * 2))
        step = 1.0 / max(per_row - 1, 1)
        top = 1.12 if linked else 0.0
        for n, i in enumerate(alone):
            positions[i] = ((n % per_row) * step, top + (n // per_row) * step)
    return positions


def link_counts(links: Iterable[LinkLike]) -> Mapping[str, int]:
    """How many live links touch each asset (either end)."""
    counts: dict[str, int] = {}
    for link in links:
        if link.removed_at is not None:
            continue
        for end in (link.from_id if link.from_kind == ASSET else None, link.to_id):
            if end is not None:
                counts[end] = counts.get(end, 0) + 1
    return counts
