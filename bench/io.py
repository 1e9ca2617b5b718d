"""Import and export speed: a 100k-row CSV import, the raw insert floor, and a GeoPackage export.

Run with ``python -m bench.io``; the figures go in docs/performance.md ("Import and export").
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from bench.synthetic import synthetic_records


def _write_csv(path: Path, records: list[dict[str, object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "category", "description", "tags", "postcode", "lon", "lat"])
        for i, r in enumerate(records):
            postcode = ("M1 1AD", "BL1 1SE", "")[i % 3]
            writer.writerow(
                [
                    r["name"],
                    r["category"],
                    r["description"],
                    ",".join(r["tags"]),
                    postcode,
                    repr(r["lon"]),
                    repr(r["lat"]),
                ]
            )


def _raw_floor(path: Path, records: list[dict[str, object]]) -> float:
    """Insert the same rows with plain sqlite3.executemany into a fresh register: the floor."""
    from assetmap.register import Register

    Register.open(path).close()
    now = "2025-01-01 00:00:00.000000"
    rows = [
        (
            str(uuid.uuid4()),
            r["name"],
            r["category"],
            r["description"],
            json.dumps(r["tags"]),
            r["lon"],
            r["lat"],
            now,
            now,
        )
        for r in records
    ]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO assets (id, name, category, description, tags, lon, lat, created_at, updated_at, "
        "visibility, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'public', 'active', 1)",
        rows,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ASSETMAP_HOME"] = folder
        from assetmap.geo.postcodes import PostcodeIndex
        from assetmap.geo.wards import WardIndex
        from assetmap.io.export import export_assets
        from assetmap.io.importer import commit_import
        from assetmap.io.mapping import guess_mapping
        from assetmap.io.preview import build_preview
        from assetmap.io.source import open_source
        from assetmap.register import Register

        base = Path(folder)
        records = synthetic_records(args.rows)
        source = base / "assets.csv"
        _write_csv(source, records)
        # Reference data loads once per app session; it is not part of an import.
        wards = WardIndex.for_gm()
        PostcodeIndex.for_gm()

        register = Register.open(base / "import.assetmap", ward_index=wards)
        steps: dict[str, float] = {}
        start = time.perf_counter()
        table = open_source(source)
        steps["read"] = time.perf_counter() - start
        mapping = guess_mapping(table, register.categories())
        preview = build_preview(table, mapping, register)
        steps["check"] = time.perf_counter() - start - steps["read"]
        summary = commit_import(register, preview)
        total = time.perf_counter() - start
        steps["write"] = total - steps["read"] - steps["check"]
        assert summary.added == args.rows, summary.text()

        floor = _raw_floor(base / "floor.assetmap", records)

        start = time.perf_counter()
        result = export_assets(register, base / "assets.gpkg", tier="all")
        gpkg = time.perf_counter() - start
        register.close()

    n = args.rows
    print(
        f"Import of {n:,} CSV rows (read, check, wards, duplicates, one transaction): "
        f"{total:.2f} s = {n / total:,.0f} rows/s"
    )
    print("  " + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items()))
    print(f"Raw sqlite3.executemany of the same rows (floor): {floor:.2f} s = {n / floor:,.0f} rows/s")
    print(f"Export of {result.count:,} assets to GeoPackage (assets + wards layers): {gpkg:.2f} s")


if __name__ == "__main__":
    main()
