"""Benchmarks for connections in outputs: the connection measures and the links and stories files.

Run ``python -m bench.connections_out``. 10,000 synthetic assets over GM's wards with 30,000 links and
10,000 stories, held as records in memory (the register's reads are not timed here): the measures for all
of GM with and without the links, and the stories and links written as CSV, GeoJSON and GeoPackage related
tables. Then, end to end, whole exports from a register holding the assets and the links. Figures go to
the "Connections in outputs" section of docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
START = "<!-- connections-out:start -->"
END = "<!-- connections-out:end -->"
ASSETS, LINKS, STORIES = 10_000, 30_000, 10_000


def _records() -> tuple[list, list, list]:
    from assetmap.geo.boundaries import gm_boundaries
    from assetmap.geo.wards import WardIndex
    from assetmap.register.connections import Link, Story
    from assetmap.register.records import Asset
    from bench.synthetic import synthetic_records

    raw = synthetic_records(ASSETS)
    wards = WardIndex(gm_boundaries().wards).assign(
        np.array([r["lon"] for r in raw], dtype=float), np.array([r["lat"] for r in raw], dtype=float)
    )
    now = dt.datetime(2026, 12, 1)
    assets = [
        Asset(
            id=f"a{i}",
            name=str(r["name"]),
            category=str(r["category"]),
            lon=float(r["lon"]),  # type: ignore[arg-type]
            lat=float(r["lat"]),  # type: ignore[arg-type]
            ward_code=wards[i],
            created_at=now,
            updated_at=now,
        )
        for i, r in enumerate(raw)
    ]
    rng = np.random.default_rng(7)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < LINKS:
        a, b = (int(x) for x in rng.integers(0, ASSETS, 2))
        if a != b:
            pairs.add((a, b))
    kinds = ("meets_at", "runs", "supports", "funds", "shares_members", "refers_to")
    links = [
        Link(f"l{n}", "asset", f"a{a}", f"a{b}", kinds[n % len(kinds)], note=f"Note {n}", created_at=now)
        for n, (a, b) in enumerate(sorted(pairs))
    ]
    stories = [
        Story(f"s{n}", f"a{n}", f"Story {n}: " + "what happened here. " * 10, teller="T", created_at=now)
        for n in range(STORIES)
    ]
    return assets, links, stories


def _median(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(repeat: int) -> list[tuple[str, float]]:
    from assetmap.geo.boundaries import gm_boundaries
    from assetmap.io import connections
    from assetmap.io.geofiles import write_geopackage
    from assetmap.io.tables import asset_rows
    from assetmap.register.consent import NO_PEOPLE
    from assetmap.reports.measures import compute_measures

    assets, links, stories = _records()
    boundaries = gm_boundaries()
    names = {a.id: a.name for a in assets}
    records = connections.ConnectionRecords(
        links=tuple(links), stories=tuple(stories), kind_labels={}, tier="public"
    )
    where = connections.locations(assets)
    compute_measures(assets, boundaries=boundaries, people=NO_PEOPLE)  # warm the postcode cache
    results = [
        (
            "Abundance measures for all GM, without links",
            _median(lambda: compute_measures(assets, boundaries=boundaries, people=NO_PEOPLE), repeat),
        ),
        (
            "Abundance and connection measures for all GM, with 30,000 links",
            _median(
                lambda: compute_measures(assets, boundaries=boundaries, people=NO_PEOPLE, links=links), repeat
            ),
        ),
    ]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)

        def csv_files() -> None:
            connections.write_csv(
                connections.story_rows(records, names), connections.STORY_COLUMNS, out / "s.csv"
            )
            connections.write_csv(
                connections.link_rows(records, names), connections.LINK_COLUMNS, out / "l.csv"
            )

        def geojson_files() -> None:
            connections.write_stories_geojson(
                connections.story_rows(records, names), where, out / "s.geojson"
            )
            connections.write_links_geojson(connections.link_rows(records, names), where, out / "l.geojson")

        rows = asset_rows(assets, boundaries.ward_names, {})

        def geopackage() -> None:
            target = out / "g.gpkg"
            target.unlink(missing_ok=True)
            write_geopackage(rows, target)
            connections.write_geopackage_tables(records, names, target, lambda _id: b"")

        started = time.perf_counter()
        write_geopackage(rows, out / "assets-only.gpkg")
        assets_only = time.perf_counter() - started
        results += [
            ("Stories and links CSV files (10,000 + 30,000 rows)", _median(csv_files, repeat)),
            ("Stories and links GeoJSON files (10,000 + 30,000 features)", _median(geojson_files, repeat)),
            ("GeoPackage assets layer alone (context)", assets_only),
            ("GeoPackage assets layer plus stories and links related tables", _median(geopackage, repeat)),
        ]
    return results


def measure_register(repeat: int) -> list[tuple[str, float]]:
    """End to end on a real register: reading, filtering and writing, as the export dialog runs it."""
    from assetmap.io.export import export_assets
    from assetmap.register import Register
    from bench.connections_register import _random_links
    from bench.synthetic import synthetic_records

    results = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        with Register.open(out / "r.assetmap") as register:
            register.add_assets(synthetic_records(ASSETS))
            register.add_links(_random_links([a.id for a in register.assets()]))
            for what, name in (("CSV", "e.csv"), ("GeoJSON", "e.geojson"), ("GeoPackage", "e.gpkg")):
                results.append(
                    (
                        f"Export to {what}, everything tier, from a register with 30,000 links (end to end)",
                        _median(lambda name=name: export_assets(register, out / name, tier="all"), repeat),
                    )
                )
    return results


def write_doc(results: list[tuple[str, float]], repeat: int) -> str:
    load = os.getloadavg()[0]
    lines = [
        START,
        f"Measured {dt.date.today().isoformat()} with `python -m bench.connections_out` on "
        f"{platform.machine()}, {os.cpu_count()} cores, load {load:.2f}; {ASSETS:,} synthetic assets over "
        f"GM's wards, {LINKS:,} links, {STORIES:,} stories, as records in memory (reading them from a "
        "register is not timed), then whole exports from a register holding the assets and links. "
        f"Median of {repeat}.",
        "",
        "| What | Time (s) |",
        "|---|---:|",
        *[f"| {what} | {seconds:.2f} |" for what, seconds in results],
        END,
    ]
    section = "\n".join(lines)
    text = DOC.read_text(encoding="utf-8")
    if START in text:
        head, rest = text.split(START, 1)
        text = head + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n## Connections in outputs\n\n" + section + "\n"
    DOC.write_text(text, encoding="utf-8")
    return section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-doc", action="store_true")
    args = parser.parse_args()
    results = measure(args.repeat) + measure_register(args.repeat)
    for what, seconds in results:
        print(f"{what}: {seconds:.2f} s")
    if not args.no_doc:
        write_doc(results, args.repeat)


if __name__ == "__main__":
    main()
