"""Many people editing the same assets at once: lost updates (must be 0), conflicts, edits per second,
and how soon a change made through one register is seen through another (LISTEN/NOTIFY).

Run with ``python -m bench.concurrency`` (``--workers``, ``--edits``, ``--assets``, ``--changes``);
``--doc`` writes the figures to the "Edits from many people" section of docs/performance.md (between its
``concurrency`` markers). The server is a throwaway PostgreSQL 15 + PostGIS cluster started by
tests/pgcluster.py; the same edits run against a register file in the same run, as the baseline.

Each worker is a process with its own ``Register``. An edit reads an asset (picked at random from a small
set, so workers collide), then writes its description back with a token of its own appended, stating the
version it read. The register either applies it or refuses it with ``StaleWriteError`` (a conflict the
window would show). Afterwards every applied token must be in the final descriptions: one missing is a
lost update.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import queue
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "performance.md"
MARK_START, MARK_END = "<!-- concurrency:start -->", "<!-- concurrency:end -->"


def _worker(location: str, number: int, edits: int, asset_ids: list[str], ready, start, results) -> None:
    from assetmap.errors import StaleWriteError
    from assetmap.geo.wards import WardIndex
    from assetmap.register import Register

    register = Register.open(location, ward_index=WardIndex.for_gm(), user=f"worker {number}")
    pick = random.Random(number)
    applied: list[str] = []
    conflicts = 0
    ready.put(number)
    start.wait()
    began = time.perf_counter()
    for edit in range(edits):
        asset_id = pick.choice(asset_ids)
        read = register.asset(asset_id)
        token = f"w{number}e{edit}"
        try:
            register.update_asset(
                asset_id, expected_version=read.version, description=f"{read.description or ''} {token}"
            )
            applied.append(token)
        except StaleWriteError:
            conflicts += 1
    elapsed = time.perf_counter() - began
    register.close()
    results.put({"worker": number, "applied": applied, "conflicts": conflicts, "seconds": elapsed})


def run_edits(location: str, workers: int, edits: int, assets: int) -> dict[str, Any]:
    """``workers`` processes × ``edits`` edits on ``assets`` shared assets of the register at ``location``."""
    from assetmap.geo.wards import WardIndex
    from assetmap.register import Register

    with Register.open(location, ward_index=WardIndex.for_gm(), user="bench") as register:
        ids = [
            register.add_asset(name=f"Shared asset {i}", category="associations", description="").added[0]
            for i in range(assets)
        ]
    context = multiprocessing.get_context("spawn")
    ready, results = context.Queue(), context.Queue()
    start = context.Event()
    processes = [
        context.Process(target=_worker, args=(location, n, edits, ids, ready, start, results))
        for n in range(workers)
    ]
    for process in processes:
        process.start()
    for _ in processes:
        ready.get(timeout=300)
    began = time.perf_counter()
    start.set()
    done = [results.get(timeout=3600) for _ in processes]
    wall = time.perf_counter() - began
    for process in processes:
        process.join()
    with Register.open(location, ward_index=WardIndex.for_gm(), user="bench") as register:
        final = " ".join(register.asset(i).description or "" for i in ids).split()
        versions = sum(register.asset(i).version - 1 for i in ids)
    present = set(final)
    applied = [token for result in done for token in result["applied"]]
    conflicts = sum(result["conflicts"] for result in done)
    return {
        "edits": workers * edits,
        "applied": len(applied),
        "conflicts": conflicts,
        "lost": sum(1 for token in applied if token not in present),
        "unaccounted": workers * edits - len(applied) - conflicts,
        "versions_added": versions,
        "seconds": wall,
        "per_second": workers * edits / wall,
        "applied_per_second": len(applied) / wall,
    }


def notice_latency(location: str, changes: int) -> dict[str, float]:
    """Median (and 90th percentile) seconds from a write through one register to another register
    holding the changed record, told by the server's change notice."""
    from assetmap.geo.wards import WardIndex
    from assetmap.register import Register
    from assetmap.register.notices import ChangeListener, Notice

    wards = WardIndex.for_gm()
    writer = Register.open(location, ward_index=wards, user="writer")
    reader = Register.open(location, ward_index=wards, user="reader")
    heard: queue.Queue[Notice] = queue.Queue()
    listener = ChangeListener(reader.engine.url, lambda notices: [heard.put(n) for n in notices])
    listener.start()
    if not listener.wait_until_listening(30):
        raise RuntimeError("The listener did not connect to the server.")
    asset = writer.add_asset(name="Latency probe", category="associations").assets[0]
    heard.get(timeout=30)  # the addition's own notice
    samples = []
    try:
        for n in range(changes):
            began = time.perf_counter()
            change = writer.update_asset(asset.id, expected_version=asset.version, description=f"change {n}")
            asset = change.assets[0]
            while True:
                notice = heard.get(timeout=30)
                if (asset.id, asset.version) in notice.rows:
                    break
            seen = reader.asset(asset.id)
            samples.append(time.perf_counter() - began)
            assert seen.version == asset.version
    finally:
        listener.stop()
        writer.close()
        reader.close()
    samples.sort()
    return {
        "median": statistics.median(samples),
        "p90": samples[int(len(samples) * 0.9) - 1],
        "max": samples[-1],
        "changes": changes,
    }


def window_latency(location: str, changes: int) -> dict[str, float]:
    """The same, to an open window's map: bench/_live_window.py in a fresh process (Qt offscreen)."""
    import json
    import subprocess

    home = tempfile.mkdtemp(prefix="assetmap-bench-live-home-")
    done = subprocess.run(
        [sys.executable, "-m", "bench._live_window", location, home, "--changes", str(changes)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1800,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"bench._live_window gave no result:\n{done.stderr[-2000:]}")
    result = json.loads(lines[-1])
    if "error" in result:
        raise RuntimeError(f"bench._live_window: {result['error']}")
    return result


SECTION = """\
## Edits from many people

`python -m bench.concurrency --doc`, {when} ({cores} cores, shared machine, 1-minute load {load:.2f}).
{workers} worker processes, each with its own `Register`, make {edits:,} edits each on {assets} shared
assets (picked at random, so they collide all the time): read the asset, write its description back with a
token of the worker's own appended, stating the version read. A stale write is refused with
`StaleWriteError` (what the window shows as a conflict). Lost updates: applied tokens missing from the final
descriptions. The server is a throwaway PostgreSQL {pg_version} cluster on this machine (tests/pgcluster.py,
TCP on 127.0.0.1, `fsync=off`, `synchronous_commit=off`: a server that waits for its disk would be
slower); the file is a register file on the local disk (WAL, `synchronous=FULL`).

| | server | file |
|---|---:|---:|
| Edits tried | {s[edits]:,} | {f[edits]:,} |
| Applied | {s[applied]:,} | {f[applied]:,} |
| Conflicts reported | {s[conflicts]:,} | {f[conflicts]:,} |
| **Lost updates** | **{s[lost]}** | **{f[lost]}** |
| Neither applied nor reported | {s[unaccounted]} | {f[unaccounted]} |
| Wall time | {s[seconds]:.1f} s | {f[seconds]:.1f} s |
| Edits per second, in total | {s[per_second]:,.0f} | {f[per_second]:,.0f} |
| Applied edits per second | {s[applied_per_second]:,.0f} | {f[applied_per_second]:,.0f} |

Every applied edit added one version ({s[versions_added]:,} on the server, {f[versions_added]:,} in the
file, equal to the applied counts), so no write overwrote another unseen.

Edits per second are per machine, not per worker: the 8 processes share 2 cores with the server (and,
on a shared machine, with other work: see the load above), and each edit is a
read and then one transaction that writes the row, its history entry and an audit entry (on the server
also the PostGIS point, by trigger, and the change notice). A write holds only its own row on the server,
the whole file in a register file.

**A change seen in another window.** One register updates an asset {lat[changes]:.0f} times; another,
listening on its own connection, waits for the server's notice naming that asset at its new version, then
reads the record (what the window does before it updates its table and map). From the start of the write
to the record in hand: median {ms[median]:.1f} ms, 90th percentile {ms[p90]:.1f} ms, slowest
{ms[max]:.1f} ms.

**To an open window's map.** A real window (QtWebEngine offscreen) on the team register, listening; another
register in the same process moves an asset {win[changes]} times. From the start of the write to the
window's map page having moved the marker (the window heard the notice, read the asset and applied it to
its table and map, without a reload): median {win[median_ms]:.0f} ms, 90th percentile
{win[p90_ms]:.0f} ms, slowest {win[max_ms]:.0f} ms ({win[missed]} not seen within 10 s). Target: within a
second.
"""


def write_section(
    server: dict,
    file: dict,
    latency: dict,
    window: dict,
    workers: int,
    edits: int,
    assets: int,
    pg_version: str,
) -> str:
    section = SECTION.format(
        when=dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        cores=len(os.sched_getaffinity(0)),
        load=os.getloadavg()[0],
        workers=workers,
        edits=edits,
        assets=assets,
        pg_version=pg_version,
        s=server,
        f=file,
        lat=latency,
        win=window,
        ms={k: v * 1000 for k, v in latency.items()},
    )
    text = DOC.read_text(encoding="utf-8")
    block = f"{MARK_START}\n{section.strip()}\n{MARK_END}"
    marked = re.compile(rf"{re.escape(MARK_START)}.*?{re.escape(MARK_END)}", re.S)
    text = (
        marked.sub(lambda _m: block, text, count=1)
        if marked.search(text)
        else f"{text.rstrip()}\n\n{block}\n"
    )
    DOC.write_text(text, encoding="utf-8")
    return section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--assets", type=int, default=50)
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--doc", action="store_true", help="write the figures to docs/performance.md")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("ASSETMAP_HOME", tempfile.mkdtemp(prefix="assetmap-bench-home-"))
    from tests.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        import psycopg

        with psycopg.connect(cluster.libpq()) as conn:
            row = conn.execute("SHOW server_version").fetchone()
            pg_version = str(row[0]).split()[0] if row else "15"
        server_location = cluster.url(cluster.new_database("concurrency"))
        latency_location = cluster.url(cluster.new_database("latency"))
        folder = Path(tempfile.mkdtemp(prefix="assetmap-bench-concurrency-"))
        file_location = str(folder / "concurrency.assetmap")
        print(f"{args.workers} workers × {args.edits} edits on {args.assets} assets")
        server = run_edits(server_location, args.workers, args.edits, args.assets)
        print("server", server)
        file = run_edits(file_location, args.workers, args.edits, args.assets)
        print("file", file)
        latency = notice_latency(latency_location, args.changes)
        print("notice latency", latency)
        window = window_latency(cluster.url(cluster.new_database("window")), args.changes)
        print("window latency", window)
    finally:
        cluster.stop()
    if args.doc:
        print(write_section(server, file, latency, window, args.workers, args.edits, args.assets, pg_version))


if __name__ == "__main__":
    main()
