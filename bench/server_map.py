"""Map ready at 50,000 assets from a team register on a PostgreSQL server, beside the same register as a file.

    .venv/bin/python -m bench.server_map [--assets 50000] [--repeats 5]

A throwaway PostgreSQL 15 + PostGIS server (tests/pgcluster.py) gets a team register of ``--assets``
synthetic assets (bench/synthetic.py); "Take offline" copies it into a register file, so both hold the
very same assets. Each sample is a fresh process running ``bench._map_ready`` (the foundation
benchmark's child: from constructing ``MainWindow`` until the page reports every asset drawn), on the
server and on the file in turn, alternating so both see the same machine load. Target: the server
≤ 1.5× the file. The rows replace the map block of the "Team register" section of
docs/performance.md; raw figures go to bench/out/server_map.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any

from bench._offline_doc import replace_rows
from bench.foundation import OUT, ChildFailed, fresh_home, run_child, say

ROOT = Path(__file__).resolve().parent.parent
RATIO_TARGET = 1.5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/performance.md")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ASSETMAP_HOME", str(OUT / "homes" / "prepare"))
    sys.path.insert(0, str(ROOT))
    from assetmap.bundles.offline import take_offline
    from assetmap.register import Register
    from bench.synthetic import synthetic_records
    from tests.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        url = cluster.url(cluster.new_database("map"))
        copy = OUT / "scratch" / f"server-map-{args.assets}.assetmap"
        copy.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
        with Register.open(url, user="Coordinator") as server:
            server.add_assets(synthetic_records(args.assets, seed=1))
            take_offline(server, copy)
        loads: list[float] = []
        runs: dict[str, list[dict[str, Any]]] = {"server": [], "file": []}
        for i in range(args.repeats):
            for side, location in (("server", url), ("file", str(copy))):
                loads.append(os.getloadavg()[0])
                run = run_child(
                    f"server_map-{side}-{i}",
                    ["-m", "bench._map_ready", location, fresh_home()],
                    timeout_s=240,
                )
                if "error" in run or not run.get("all_drawn"):
                    raise ChildFailed(f"map ready from the {side}: {run}")
                runs[side].append(run)
                say(f"  {side:>6}: ready {run['ready_s']:.2f} s (constructor {run['constructor_s']:.2f} s)")
    finally:
        cluster.stop()
    median = {side: statistics.median(r["ready_s"] for r in found) for side, found in runs.items()}
    spread = {
        side: (min(r["ready_s"] for r in found), max(r["ready_s"] for r in found))
        for side, found in runs.items()
    }
    constructor = {side: statistics.median(r["constructor_s"] for r in found) for side, found in runs.items()}
    ratio = median["server"] / median["file"]
    record = {
        "when": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "assets": args.assets,
        "runs": runs,
        "median_ready_s": median,
        "ratio": ratio,
        "load": [min(loads), statistics.median(loads), max(loads)],
    }
    (OUT / "server_map.json").write_text(json.dumps(record, indent=2))
    say(f"server {median['server']:.2f} s, file {median['file']:.2f} s, ratio {ratio:.2f}")
    if args.no_doc:
        return
    n = args.repeats
    ok = "pass" if ratio <= RATIO_TARGET else "**miss**"
    rows = [
        f"| Window to map ready, {args.assets:,} assets, team register on the server | "
        f"{median['server']:.2f} s ({spread['server'][0]:.2f}–{spread['server'][1]:.2f}); constructor "
        f"{constructor['server']:.2f} s | — | — | median of {n} |",
        f"| Window to map ready, the same {args.assets:,} assets in a register file (same run) | "
        f"{median['file']:.2f} s ({spread['file'][0]:.2f}–{spread['file'][1]:.2f}); constructor "
        f"{constructor['file']:.2f} s | — | — | median of {n} |",
        f"| Server / file | {ratio:.2f}× | ≤ {RATIO_TARGET}× | {ok} | medians above |",
    ]
    note = (
        f"Map from the server: run {record['when']}; 1-minute load average while it ran "
        f"{record['load'][0]:.1f}–{record['load'][2]:.1f} (median {record['load'][1]:.1f}) on 2 cores. "
        "Server and file samples alternate, each a fresh `bench._map_ready` process."
    )
    replace_rows("map", rows, note)


if __name__ == "__main__":
    main()
