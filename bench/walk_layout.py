"""The walk measure and the connections layout on NumPy alone, against the scipy code they replace.

    .venv/bin/python -m bench.walk_layout [--repeats N] [--no-doc]

1. **Walk measure** (``reports.measures.reached_postcodes``): which of GM's 72,135 postcodes have an asset
   within the walk, for the demo register's 4,211 assets and for 50,000 synthetic ones (uniform over GM's
   wards), at the default 800 m and at 2,000 m. The former reading, a scipy k-d tree's nearest asset
   within the walk, is timed on the same input, the two alternating; the answers are checked equal.
2. **Connections layout** (``maps.network.layout``, what ``laid_out`` runs): a network the size of the
   busiest ward's in ``bench.connections`` (526 nodes, 880 links) and one of the whole register's
   (10,000 nodes, 30,000 links), four links in five within a group of about 47 nodes (a ward's assets),
   as the connections benchmark draws them. The former reading is the same layout with scipy's
   ``cKDTree.query_pairs`` and ``fftconvolve`` put back in, alternating with it.

scipy is the oracle of the tests and this benchmark only; AssetMap runs without it. The figures go to the
walk-and-layout section of docs/performance.md.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from bench.foundation import environment, say

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"

MARK_START = "<!-- walk-layout:start -->"
MARK_END = "<!-- walk-layout:end -->"
LIMIT = 1.5  # the NumPy code may take at most this many times the scipy code's time


def reached_by_tree(postcode_xy: np.ndarray, asset_xy: np.ndarray, walk_m: float) -> np.ndarray:
    """The walk measure as it was: one scipy k-d tree over the assets, the nearest asset per postcode."""
    from scipy.spatial import KDTree

    walk = float(walk_m)
    nearest, _ = KDTree(asset_xy).query(postcode_xy, k=1, distance_upper_bound=np.nextafter(walk, np.inf))
    return nearest <= walk


@contextmanager
def scipy_layout() -> Iterator[None]:
    """The layout with scipy's close pairs and convolution, as it was."""
    from scipy.signal import fftconvolve
    from scipy.spatial import cKDTree

    from assetmap.maps import network

    saved = network.pairs_within, network.convolved_same
    network.pairs_within = lambda pos, r: cKDTree(pos).query_pairs(r, output_type="ndarray")  # type: ignore[assignment]
    network.convolved_same = lambda image, kernels: [  # type: ignore[assignment]
        fftconvolve(image, kernel, mode="same") for kernel in kernels
    ]
    try:
        yield
    finally:
        network.pairs_within, network.convolved_same = saved


def alternate(now: Callable[[], Any], before: Callable[[], Any], repeats: int) -> dict[str, list[float]]:
    """Seconds (wall and CPU) of each run of ``now`` and ``before``, taking turns, one warm-up each first."""
    now(), before()
    times: dict[str, list[float]] = {"now": [], "before": [], "now_cpu": [], "before_cpu": []}
    for _ in range(repeats):
        for key, work in (("before", before), ("now", now)):
            started, cpu = time.perf_counter(), time.process_time()
            work()
            times[key].append(time.perf_counter() - started)
            times[f"{key}_cpu"].append(time.process_time() - cpu)
    return times


def walk_inputs() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    import pandas as pd

    from assetmap.demo import demo_assets_file
    from assetmap.reports.measures import _gm_postcodes, to_bng
    from bench.synthetic import random_points_in_gm

    postcodes = _gm_postcodes()[["x", "y"]].to_numpy()
    demo = pd.read_csv(demo_assets_file(), usecols=["lon", "lat"]).dropna()
    demo_xy = to_bng(demo["lon"].to_numpy(), demo["lat"].to_numpy())
    lons, lats = random_points_in_gm(50_000, seed=3)
    return {
        f"demo register's {len(demo_xy):,} assets": (postcodes, demo_xy),
        "50,000 synthetic assets": (postcodes, to_bng(lons, lats)),
    }


def clustered_network(count: int, links: int, seed: int = 7) -> list[tuple[int, int]]:
    """Links as ``bench.connections`` draws them: four in five within a group of ~47 nodes."""
    rng = np.random.default_rng(seed)
    groups = max(1, count // 47)
    group = rng.integers(0, groups, count)
    members = [np.flatnonzero(group == g) for g in range(groups)]
    edges: set[tuple[int, int]] = set()
    while len(edges) < links:
        a = int(rng.integers(count))
        pool = members[group[a]] if rng.random() < 0.8 else np.arange(count)
        b = int(pool[int(rng.integers(len(pool)))])
        if a != b and (b, a) not in edges:
            edges.add((a, b))
    return sorted(edges)


def measure(repeats: int) -> dict[str, Any]:
    from assetmap.maps.network import layout
    from assetmap.reports.measures import reached_postcodes

    results: dict[str, Any] = {"walk": [], "layout": []}
    for label, (postcodes, assets) in walk_inputs().items():
        for walk in (800, 2000):
            say(f"walk measure: {label}, {walk} m")
            same = np.array_equal(
                reached_postcodes(postcodes, assets, walk), reached_by_tree(postcodes, assets, walk)
            )
            times = alternate(
                lambda: reached_postcodes(postcodes, assets, walk),  # noqa: B023  (run within the loop)
                lambda: reached_by_tree(postcodes, assets, walk),  # noqa: B023
                repeats,
            )
            results["walk"].append({"input": label, "walk_m": walk, "same": same, **times})
    for label, count, links, runs in (
        ("busiest ward's size", 526, 880, repeats),
        ("whole register's size", 10_000, 30_000, max(3, repeats // 2)),
    ):
        say(f"layout: {label}")
        edges = clustered_network(count, links)

        def before() -> np.ndarray:
            with scipy_layout():
                return layout(count, edges)  # noqa: B023

        times = alternate(lambda: layout(count, edges), before, runs)  # noqa: B023
        results["layout"].append({"input": f"{label} ({count:,} nodes, {links:,} links)", **times})
    return results


def render(env: dict[str, str], results: dict[str, Any], load: str) -> str:
    def row(name: str, entry: dict[str, Any], note: str = "") -> str:
        now, before = statistics.median(entry["now"]), statistics.median(entry["before"])
        now_cpu, before_cpu = statistics.median(entry["now_cpu"]), statistics.median(entry["before_cpu"])
        verdict = "pass" if now / before <= LIMIT and now_cpu / before_cpu <= LIMIT else "miss"
        return (
            f"| {name} | {before * 1000:,.0f} ms ({before_cpu * 1000:,.0f}) | {now * 1000:,.0f} ms "
            f"({now_cpu * 1000:,.0f}) | {now / before:.2f}× ({now_cpu / before_cpu:.2f}×) | ≤ {LIMIT}× | "
            f"{verdict}{note} | median of {len(entry['now'])} each |"
        )

    rows = [
        "| What | scipy (before), wall (CPU) | NumPy (now), wall (CPU) | now / before, wall (CPU) | Target "
        "| Verdict | Samples |",
        "|---|---:|---:|---:|---|---|---|",
    ]
    for entry in results["walk"]:
        same = "" if entry["same"] else "; **answers differ**"
        rows.append(
            row(f"Walk measure, 72,135 postcodes, {entry['input']}, {entry['walk_m']:,} m", entry, same)
        )
    for entry in results["layout"]:
        rows.append(row(f"Connections layout, {entry['input']}, 80 steps", entry))
    head = (
        "## Walk measure and connections layout without scipy\n\n"
        f"`python -m bench.walk_layout`, {env['date']}, {env['cpu']}, {env['cores']} cores, Python "
        f"{env['python']}; 1-minute load average {load} (above 2 means other work competed for the CPU). "
        "The scipy code is the one these replaced, run in the same process on the same input, the two "
        "taking turns after one warm-up each, so both meet the same load; CPU time is the process's own "
        "(`time.process_time`), which other work on the machine disturbs less.\n\n"
    )
    notes = (
        "\n\nWalk measure: `reached_postcodes` counts the assets into cells just under walk/√2 wide "
        "(`assetmap/geo/proximity.py`): a postcode sharing a cell with an asset is reached unmeasured, "
        "the others measure the assets of the 5 × 5 cells around theirs, found as five runs of the assets "
        "sorted by cell number. The answers are checked equal to the k-d tree's on every input. Layout: "
        "the close pairs come from the same grid search (cells as wide as the distance, each pair once "
        "from the half of the neighbourhood after it), and the grid's push is a real FFT of 128 × 128 "
        "(the least length that keeps the wrap-around out of the part kept) instead of scipy's 192 × 192 "
        "linear convolution. The layouts agree to the last bits for the first steps and to within 1% of "
        "the picture after all 80 (`tests/maps/test_layout_grid.py`)."
    )
    return head + "\n".join(rows) + notes


def write_section(section: str) -> None:
    """Put ``section`` between its markers in docs/performance.md (after the connections view's at first)."""
    text = DOC.read_text(encoding="utf-8")
    block = f"{MARK_START}\n{section.strip()}\n{MARK_END}\n"
    marked = re.compile(rf"{re.escape(MARK_START)}.*?{re.escape(MARK_END)}\n?", re.S)
    if marked.search(text):
        text = marked.sub(lambda _m: block, text, count=1)
    elif "<!-- connections-view:end -->\n" in text:
        text = text.replace("<!-- connections-view:end -->\n", "<!-- connections-view:end -->\n\n" + block, 1)
    else:
        text = text.rstrip("\n") + "\n\n" + block
    DOC.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import os

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=7, help="runs of each, taking turns (default 7)")
    parser.add_argument("--no-doc", action="store_true", help="do not touch docs/performance.md")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    results = measure(args.repeats)
    env = environment()
    section = render(env, results, f"{load_before:.1f}–{os.getloadavg()[0]:.1f}")
    print(section)
    if not args.no_doc:
        write_section(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
