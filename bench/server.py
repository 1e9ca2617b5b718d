"""A team register on a PostgreSQL server beside the same register as a file: opening, reading, writing.

Run with ``python -m bench.server`` (``--assets N``, ``--runs N``, median reported); ``--doc`` writes the
figures to the "Team register on a server" section of docs/performance.md (between its ``server``
markers). The server is a throwaway PostgreSQL with PostGIS started by ``tests/pgcluster.py`` on this
machine (TCP on 127.0.0.1), or the one ``ASSETMAP_TEST_POSTGRES_URL`` names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.synthetic import synthetic_records


def _seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(n: int, runs: int) -> dict[str, dict[str, float]]:
    from assetmap.geo.wards import WardIndex
    from assetmap.register import Register
    from assetmap.register.upload import upload
    from tests.pgcluster import start_cluster

    wards = WardIndex.for_gm()
    records = synthetic_records(n)
    cluster = start_cluster()
    samples: dict[str, dict[str, list[float]]] = {"file": {}, "server": {}}
    try:
        with tempfile.TemporaryDirectory(prefix="assetmap-bench-server-") as folder:
            os.environ["ASSETMAP_HOME"] = str(Path(folder) / "home")
            locations: dict[str, Path | str] = {
                "file": Path(folder) / "register.assetmap",
                "server": cluster.url(cluster.new_database("bench")),
            }
            for label, location in locations.items():
                with Register.open(location, ward_index=wards) as register:
                    samples[label]["add"] = [_seconds(lambda r=register: r.add_assets(records))]
            # File and server take turns (and swap who goes first), so both see the same load.
            for run in range(runs):
                order = list(locations) if run % 2 == 0 else list(reversed(locations))
                for label in order:
                    location = locations[label]
                    taken = samples[label]
                    taken.setdefault("open", []).append(
                        _seconds(lambda loc=location: Register.open(loc, ward_index=wards).close())
                    )
                    with Register.open(location, ward_index=wards) as register:
                        assets = register.assets()
                        assert len(assets) == n
                        taken.setdefault("read", []).append(_seconds(register.assets))
                        taken.setdefault("count", []).append(_seconds(register.count))
                        asset_id = assets[run].id
                        taken.setdefault("edit", []).append(
                            _seconds(
                                lambda r=register, a=asset_id, i=run: r.update_asset(
                                    a, cost=("free", "low")[i % 2]
                                )
                            )
                        )
            for _run in range(runs):
                target = cluster.url(cluster.new_database("upload"))
                with (
                    Register.open(locations["file"], ward_index=wards) as source,
                    Register.open(target, ward_index=wards) as team,
                ):
                    samples["server"].setdefault("upload", []).append(
                        _seconds(lambda s=source, t=team: upload(s, t))
                    )
    finally:
        cluster.stop()
    return {
        label: {name: statistics.median(values) for name, values in taken.items()}
        for label, taken in samples.items()
    }


DOC = Path(__file__).resolve().parents[1] / "docs" / "performance.md"
MARK_START = "<!-- server:start -->"
MARK_END = "<!-- server:end -->"

SECTION = """
## Team register on a server

`python -m bench.server --doc`, {when} ({cores} cores, shared machine, 1-minute load {load:.2f}). One register
of {n} synthetic assets, as a file (SQLite {sqlite}, WAL, `synchronous=FULL`) and on a throwaway PostgreSQL
{postgres} with PostGIS on the same machine (TCP on 127.0.0.1, psycopg {psycopg}; `fsync` off, as in the
tests). Median of {runs}, file and server taking turns. Adding the assets is one `add_assets` call into an
empty register (one transaction, with their history); reading every asset is what the map and the table
draw from; the edit is one `update_asset` (one transaction: the asset, its history entry and the audit
trail); the upload moves the {n}-asset file, with its history and trail, onto an empty server register
(`assetmap server upload`, one transaction).

| | file | server | server / file |
|---|---:|---:|---:|
| Open (`Register.open`, checks, `close`) | {file[open]:.3f} s | {server[open]:.3f} s | ×{r_open:.2f} |
| Add {n} assets (`add_assets`) | {file[add]:.2f} s | {server[add]:.2f} s | ×{r_add:.2f} |
| Read every asset (`register.assets()`) | {file[read]:.3f} s | {server[read]:.3f} s | ×{r_read:.2f} |
| One small read (`register.count()`) | {file[count]:.4f} s | {server[count]:.4f} s | ×{r_count:.2f} |
| One edit (`update_asset`) | {file[edit]:.4f} s | {server[edit]:.4f} s | ×{r_edit:.2f} |
| Move the file onto a server (`upload`) | | {server[upload]:.2f} s | |
"""


def write_section(figures: dict[str, dict[str, float]], n: int, runs: int) -> str:
    import sqlite3

    import psycopg

    from tests.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        with psycopg.connect(cluster.libpq()) as conn:
            row = conn.execute("SHOW server_version").fetchone()
            postgres = row[0].split()[0] if row else "?"
    finally:
        cluster.stop()
    file, server = figures["file"], figures["server"]
    section = SECTION.format(
        when=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        cores=os.cpu_count(),
        load=os.getloadavg()[0],
        n=f"{n:,}",
        runs=runs,
        sqlite=sqlite3.sqlite_version,
        postgres=postgres,
        psycopg=psycopg.__version__,
        file=file,
        server=server,
        **{f"r_{name}": server[name] / file[name] for name in ("open", "add", "read", "count", "edit")},
    )
    text = DOC.read_text(encoding="utf-8")
    block = f"{MARK_START}{section}{MARK_END}"
    if MARK_START in text:
        text = re.sub(
            re.escape(MARK_START) + r".*?" + re.escape(MARK_END), lambda _m: block, text, flags=re.S
        )
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")
    return section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--doc", action="store_true", help="write the figures to docs/performance.md")
    args = parser.parse_args()
    figures = measure(args.assets, args.runs)
    for label, values in figures.items():
        print(label, {name: round(value, 4) for name, value in values.items()})
    if args.doc:
        print(write_section(figures, args.assets, args.runs))


if __name__ == "__main__":
    main()
