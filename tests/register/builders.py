"""Building registers for tests: one written by the first schema, file hashes and row counts."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

from assetmap.register import migrate
from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.connection import sqlite_engine

# Piccadilly Gardens, Manchester city centre.
CITY_CENTRE = (-2.2374, 53.4808)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_first_schema_register(path: Path, *, assets: int) -> dict[str, int]:
    """A register at schema 0001 filled by raw SQL, as AssetMap's first release wrote it.

    Returns how many rows each table holds.
    """
    engine = sqlite_engine(path)
    try:
        assert migrate.upgrade(path, engine, target="0001") == ["0001"]
        now = dt.datetime(2025, 1, 2, 3, 4, 5).isoformat(sep=" ")
        with engine.begin() as conn:
            driver = conn.connection.driver_connection
            driver.executemany(
                "INSERT INTO categories (code, label, sort_order) VALUES (?, ?, ?)",
                [(seed.code, seed.label, order) for order, seed in enumerate(ABCD_CATEGORIES)],
            )
            driver.executemany(
                "INSERT INTO subcategories (category_code, name, sort_order) VALUES (?, ?, ?)",
                [
                    (seed.code, name, i)
                    for seed in ABCD_CATEGORIES
                    for i, name in enumerate(seed.subcategories)
                ],
            )
            driver.executemany(
                "INSERT INTO assets (id, name, category, subcategory, tags, postcode, lon, lat, visibility, "
                "status, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        f"asset-{i:04d}",
                        f"Asset {i}",
                        ABCD_CATEGORIES[i % 6].code,
                        None,
                        json.dumps(["old"]),
                        "M1 1AD",
                        CITY_CENTRE[0],
                        CITY_CENTRE[1],
                        "public",
                        "active",
                        "First release",
                        now,
                        now,
                    )
                    for i in range(assets)
                ],
            )
    finally:
        engine.dispose()
    return table_counts(path)


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("categories", "subcategories", "assets")
        }
    finally:
        conn.close()
