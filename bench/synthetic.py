"""Synthetic registers for benchmarks: assets spread over Greater Manchester's wards."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assetmap.geo.boundaries import gm_boundaries
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from assetmap.register.categories import CATEGORY_CODES


def random_points_in_gm(n: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """``n`` points inside GM wards, drawn uniformly over the county's area."""
    rng = np.random.default_rng(seed)
    wards = gm_boundaries().wards
    index = WardIndex(wards)
    minx, miny, maxx, maxy = wards.total_bounds
    lons: list[np.ndarray] = []
    lats: list[np.ndarray] = []
    have = 0
    while have < n:
        x = rng.uniform(minx, maxx, n)
        y = rng.uniform(miny, maxy, n)
        inside = np.array([code is not None for code in index.assign(x, y)])
        lons.append(x[inside])
        lats.append(y[inside])
        have += int(inside.sum())
    return np.concatenate(lons)[:n], np.concatenate(lats)[:n]


def synthetic_records(n: int, seed: int = 1) -> list[dict[str, object]]:
    lons, lats = random_points_in_gm(n, seed)
    rng = np.random.default_rng(seed + 1)
    categories = rng.choice(CATEGORY_CODES, n)
    return [
        {
            "name": f"Asset {i:06d}",
            "category": str(categories[i]),
            "description": f"Synthetic asset number {i} for benchmarks",
            "tags": ["bench", f"group{i % 50}"],
            "lon": float(lons[i]),
            "lat": float(lats[i]),
        }
        for i in range(n)
    ]


def build_register(path: Path, n: int, seed: int = 1) -> Path:
    """A register file at ``path`` holding ``n`` synthetic assets (built once, reused after)."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with Register.open(path) as register:
        register.add_assets(synthetic_records(n, seed))
    return path
