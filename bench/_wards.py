"""Child: ward assignment throughput, ``WardIndex.assign`` against a bare shapely STRtree query.

    python -m bench._wards POINTS_DIR [--sizes 100000 1000000] [--repeats 5]

Points are drawn inside GM wards (``bench.synthetic.random_points_in_gm``) and cached as .npy files.
``WardIndex.assign(lons, lats)`` is timed whole (it builds the point geometries and the result array).
The bare figure is ``shapely.STRtree(wards).query(points, predicate="within")`` on point geometries
built beforehand, untimed; the time to build them is reported separately. Both use the same ward
polygons (``gm_boundaries().wards``) and must agree on every point.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np
import shapely

from bench import _qt


def cached_points(directory: Path, n: int) -> tuple[np.ndarray, np.ndarray]:
    from bench.synthetic import random_points_in_gm

    path = directory / f"points-{n}.npy"
    if path.exists():
        both = np.load(path)
        return both[0], both[1]
    lons, lats = random_points_in_gm(n, seed=11)
    directory.mkdir(parents=True, exist_ok=True)
    np.save(path, np.vstack([lons, lats]))
    return lons, lats


def timed(function: object, repeats: int) -> tuple[list[float], object]:
    times: list[float] = []
    value: object = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        value = function()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return times, value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("points_dir", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    from assetmap.geo.boundaries import gm_boundaries
    from assetmap.geo.wards import WardIndex

    wards = gm_boundaries().wards
    index = WardIndex(wards)
    tree = shapely.STRtree(wards.geometry.to_numpy())
    codes = wards["ward_code"].to_numpy(dtype=object)
    results: dict[str, object] = {"wards": len(wards)}
    for n in args.sizes:
        lons, lats = cached_points(args.points_dir, n)
        assign_times, assigned = timed(lambda lo=lons, la=lats: index.assign(lo, la), args.repeats)
        make_times, points = timed(lambda lo=lons, la=lats: shapely.points(lo, la), args.repeats)
        query_times, (point_idx, ward_idx) = timed(  # type: ignore[misc]
            lambda p=points: tree.query(p, predicate="within"), args.repeats
        )
        bare = np.full(n, None, dtype=object)
        bare[point_idx] = codes[ward_idx]
        results[str(n)] = {
            "assign_s": statistics.median(assign_times),
            "bare_query_s": statistics.median(query_times),
            "make_points_s": statistics.median(make_times),
            "assign_runs_s": assign_times,
            "bare_runs_s": query_times,
            "agree": bool(np.array_equal(assigned, bare)),  # type: ignore[arg-type]
            "unassigned": int(sum(code is None for code in assigned)),  # type: ignore[union-attr]
        }
    _qt.emit(results)


if __name__ == "__main__":
    main()
