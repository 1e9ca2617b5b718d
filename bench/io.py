"""Import and export speed: a 100k-row CSV import, the raw insert floor, and a GeoPackage export.

Run with ``python -m bench.io`` (``--runs N`` imports, median reported); ``--doc`` writes the figures to
the "Import and export" section of docs/performance.md (between its ``io`` markers).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import re
import sqlite3
import statistics
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


def _cpu() -> tuple[float, float, float]:
    """(wall time, CPU seconds the whole machine spent busy, CPU seconds of this process)."""
    with open("/proc/stat") as handle:
        fields = [int(v) for v in handle.readline().split()[1:]]
    busy = (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")
    return time.time(), busy, time.process_time()


def _others(start: tuple[float, float, float], end: tuple[float, float, float]) -> float:
    """Share of the machine's CPU capacity other processes used between two snapshots."""
    capacity = (end[0] - start[0]) * len(os.sched_getaffinity(0))
    return max(0.0, (end[1] - start[1]) - (end[2] - start[2])) / capacity if capacity else 0.0


def _import_once(base: Path, source: Path, run: int, wards: object) -> tuple[object, dict[str, float]]:
    from assetmap.io.importer import commit_import
    from assetmap.io.mapping import guess_mapping
    from assetmap.io.preview import build_preview
    from assetmap.io.source import open_source
    from assetmap.register import Register

    register = Register.open(base / f"import-{run}.assetmap", ward_index=wards)
    steps: dict[str, float] = {}
    start = time.perf_counter()
    table = open_source(source)
    steps["read"] = time.perf_counter() - start
    mapping = guess_mapping(table, register.categories())
    preview = build_preview(table, mapping, register)
    steps["check"] = time.perf_counter() - start - steps["read"]
    summary = commit_import(register, preview)
    steps["total"] = time.perf_counter() - start
    steps["write"] = steps["total"] - steps["read"] - steps["check"]
    assert summary.added == len(table), summary.text()
    return register, steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--runs", type=int, default=5, help="imports (each with its floor) to take the median of"
    )
    parser.add_argument("--doc", action="store_true", help="write the figures to docs/performance.md")
    parser.add_argument("--note", default="", help="a paragraph to add under the figures (with --doc)")
    args = parser.parse_args()
    n = args.rows
    runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ASSETMAP_HOME"] = folder
        from assetmap.geo.postcodes import PostcodeIndex
        from assetmap.geo.wards import WardIndex
        from assetmap.io.export import export_assets

        base = Path(folder)
        records = synthetic_records(n)
        source = base / "assets.csv"
        _write_csv(source, records)
        # Reference data loads once per app session; it is not part of an import.
        wards = WardIndex.for_gm()
        PostcodeIndex.for_gm()

        for run in range(args.runs):
            load = os.getloadavg()[0]
            before = _cpu()
            register, steps = _import_once(base, source, run, wards)
            steps["floor"] = _raw_floor(base / f"floor-{run}.assetmap", records)
            steps["others"] = _others(before, _cpu())
            steps["load"] = load
            runs.append(steps)
            print(
                f"run {run + 1}: import {steps['total']:.2f} s = {n / steps['total']:,.0f} rows/s "
                f"(read {steps['read']:.2f}, check {steps['check']:.2f}, write {steps['write']:.2f}); "
                f"floor {steps['floor']:.2f} s = {n / steps['floor']:,.0f} rows/s; "
                f"load {load:.2f}, other processes {steps['others']:.0%} of the CPU"
            )
            if run < args.runs - 1:
                register.close()

        gpkg_load = os.getloadavg()[0]
        start = time.perf_counter()
        result = export_assets(register, base / "assets.gpkg", tier="all")
        gpkg = time.perf_counter() - start
        register.close()

    total = statistics.median(r["total"] for r in runs)
    floor = statistics.median(r["floor"] for r in runs)
    print(
        f"Import of {n:,} CSV rows (read, check, wards, duplicates, one transaction), median of {len(runs)}: "
        f"{total:.2f} s = {n / total:,.0f} rows/s"
    )
    print(
        "  "
        + ", ".join(f"{k} {statistics.median(r[k] for r in runs):.2f} s" for k in ("read", "check", "write"))
    )
    print(
        f"Raw sqlite3.executemany of the same rows (floor), median: {floor:.2f} s = {n / floor:,.0f} rows/s"
    )
    print(
        f"Export of {result.count:,} assets to GeoPackage (assets + wards layers): {gpkg:.2f} s "
        f"(load {gpkg_load:.2f})"
    )
    if args.doc:
        write_section(_section(n, runs, gpkg, gpkg_load, result.count, args.note))
        print(f"Wrote {DOC}")


DOC = Path(__file__).resolve().parents[1] / "docs" / "performance.md"
MARK_START = "<!-- io:start -->"
MARK_END = "<!-- io:end -->"


def _section(
    n: int, runs: list[dict[str, float]], gpkg: float, gpkg_load: float, exported: int, note: str
) -> str:
    median = {k: statistics.median(r[k] for r in runs) for k in ("total", "read", "check", "write", "floor")}
    rows = [
        f"| {i} | {r['load']:.2f} | {r['others']:.0%} | {r['total']:.2f} s = **{n / r['total']:,.0f}** "
        f"| {r['read']:.2f} / {r['check']:.2f} / {r['write']:.2f} "
        f"| {r['floor']:.2f} s = {n / r['floor']:,.0f} |"
        for i, r in enumerate(runs, start=1)
    ]
    when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return IO_SECTION.format(
        when=when,
        cores=len(os.sched_getaffinity(0)),
        sqlite=sqlite3.sqlite_version,
        n=f"{n:,}",
        runs=len(runs),
        table="\n".join(rows),
        total=median["total"],
        rate=f"{n / median['total']:,.0f}",
        read=median["read"],
        check=median["check"],
        write=median["write"],
        floor=median["floor"],
        floor_rate=f"{n / median['floor']:,.0f}",
        ratio=median["total"] / median["floor"],
        verdict="meets" if n / median["total"] >= 50_000 else "does not meet",
        gpkg=gpkg,
        gpkg_load=gpkg_load,
        exported=f"{exported:,}",
        note=f"\n\n{note.strip()}" if note else "",
    )


def write_section(section: str) -> None:
    """Replace the section between the io markers of docs/performance.md, keeping the rest."""
    text = DOC.read_text(encoding="utf-8")
    block = f"{MARK_START}\n{section.strip()}\n{MARK_END}"
    marked = re.compile(rf"{re.escape(MARK_START)}.*?{re.escape(MARK_END)}", re.S)
    text = (
        marked.sub(lambda _m: block, text, count=1)
        if marked.search(text)
        else f"{text.rstrip()}\n\n{block}\n"
    )
    DOC.write_text(text, encoding="utf-8")


IO_SECTION = """
## Import and export

`python -m bench.io --doc`, {when} ({cores} cores, shared machine; SQLite {sqlite}, `synchronous=FULL`, WAL).
Each run imports a {n}-row CSV (name, category, description, tags, postcode, lon, lat) into an empty
register through the same path as the wizard and `assetmap import`: read (encoding and delimiter detection,
pandas C parser), mapping guess, the full preview (column-wise checks, the GM postcode lookup, ward
assignment, duplicate search), then one `BEGIN IMMEDIATE` transaction of `sqlite3.executemany` in
10,000-row chunks. Then the same rows go into a fresh register with a bare `sqlite3.executemany` (no
checks, no wards, no foreign-key checks): the floor. "Load" is the 1-minute load average when the run
started; "others" the share of the machine's CPU that other processes used during it.

| run | load | others | import, end to end (rows/s) | read / check / write (s) | raw floor (rows/s) |
|---|---|---|---|---|---|
{table}

**Median of {runs}: {total:.2f} s = {rate} rows/s** (read {read:.2f} s, check {check:.2f} s, write
{write:.2f} s); floor {floor:.2f} s = {floor_rate} rows/s, so the import takes {ratio:.1f} times the bare
insert. This {verdict} the 50,000 rows/s target. GeoPackage export of {exported} assets (`assets` and
`wards` layers): {gpkg:.1f} s (load {gpkg_load:.2f}); mostly GDAL writing the `assets` layer (27 text
fields per row).{note}

How the import gets there:

- Checked once. The preview runs the register's own bulk checks (`clean_columns`, the column-wise twin of
  the form's `clean_fields`) and keeps the result as read-only `CleanColumns`, which only `clean_columns`
  can make. `commit_import` hands the importable rows of those (`CleanColumns.take`) to
  `Register.import_columns`, which writes them without checking again when they were checked against its
  own categories; plain columns, or columns checked against other categories, are checked as before.
  A row `clean_columns` refused stays refused in any selection of rows.
- No history rows at import. An imported asset is in its first state, whose `add` entry follows from the
  asset row alone (same state id, version, register, time and content as one written at once), so
  `Register.history` shows it and the entry is written when first needed: by the asset's next write or
  merge, and for all such assets at once before a bundle is read, so bundles "since" a point stay exact by
  entry number. Writing 100k history rows (canonical JSON content, about 470 bytes each) cost more than the
  asset insert itself: 1.0 to 1.7 s of database time plus about 2 s building them.
- A lean insert. Columns empty in every row are left out, the times and version go into the statement
  once, ids are handed out already sorted (the primary-key index appends), tags JSON is encoded once
  per distinct tag list, and the rows go straight to the DBAPI cursor inside the same `write_unit`
  transaction.
- Less Python per cell in the preview: text cells are stripped with list work instead of pandas `.str`
  methods, and the coordinate columns are parsed once per file (the mapping guess and the locating
  share it).
"""


if __name__ == "__main__":
    main()
