"""Sync of an offline copy by a team's worker, held to row-level security, beside the same sync by the
server's administrator, in one run.

    .venv/bin/python -m bench.sync_worker [--assets 10000] [--changed 5000] [--repeats 3] [--no-doc]

Each sample is :func:`bench.sync.one_sample` on a new register of a throwaway PostgreSQL server: once
opened by a worker's login (everything written, taken offline and synced as that login, so the server's
merge writes by batched statements: PostgreSQL allows no COPY under row-level security), once by the
administrator (whose merge writes by COPY). The figures go between the ``offline-sync-worker`` markers
of docs/performance.md; raw figures to bench/out/sync_worker.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.sync import OUT, ROOT, one_sample, say

PASSWORD = "bench worker password"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=10_000)
    parser.add_argument("--changed", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/performance.md")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ASSETMAP_HOME", tempfile.mkdtemp(prefix="sync-home-", dir=OUT))
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import create_engine

    from assetmap.register import Register, team_users
    from tests.pgcluster import start_cluster

    samples: dict[str, list[dict[str, Any]]] = {"worker": [], "administrator": []}
    loads = [os.getloadavg()[0]]
    cluster = start_cluster()
    try:
        with tempfile.TemporaryDirectory(dir=OUT) as scratch:
            for i in range(args.repeats):
                for who in ("worker", "administrator"):
                    database = cluster.new_database()
                    address = cluster.url(database)
                    if who == "worker":
                        Register.open(address).close()
                        admin = create_engine(address)
                        login = f"{database}_amira"
                        try:
                            team_users.add_user(admin, login, "worker", PASSWORD)
                        finally:
                            admin.dispose()
                        address = cluster.url(database, user=login, password=PASSWORD)
                    sample = one_sample(address, Path(scratch), args.assets, args.changed, f"{who}-{i}")
                    say(
                        f"  {who} sample {i + 1}: sync {sample['sync_s']:.2f} s "
                        f"(plan {sample['plan_s']:.2f} s, write {sample['write_s']:.2f} s)"
                    )
                    samples[who].append(sample)
                    loads.append(os.getloadavg()[0])
    finally:
        cluster.stop()
    median = {
        who: {name: statistics.median(s[name] for s in runs) for name in ("sync_s", "plan_s", "write_s")}
        for who, runs in samples.items()
    }
    record = {
        "when": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "assets": args.assets,
        "changed": args.changed,
        "samples": samples,
        "median": median,
        "cores": len(os.sched_getaffinity(0)),
        "load": [min(loads), statistics.median(loads), max(loads)],
    }
    (OUT / "sync_worker.json").write_text(json.dumps(record, indent=2))
    say(json.dumps(median))
    if not args.no_doc:
        write_doc(record)


def write_doc(record: dict[str, Any]) -> None:
    from bench._offline_doc import replace_rows

    n = len(record["samples"]["worker"])
    rows = []
    for who, label in (
        ("worker", "a worker's login (batched statements)"),
        ("administrator", "the administrator (COPY)"),
    ):
        m = record["median"][who]
        runs = ", ".join(f"{s['sync_s']:.2f} s" for s in record["samples"][who])
        rows.append(
            f"| Sync by {label}, {record['changed']:,} assets changed in the copy and 500 on the server "
            f"({record['assets']:,} in all) | {m['sync_s']:.2f} s (reading and planning {m['plan_s']:.2f} s, "
            f"writing both sides {m['write_s']:.2f} s; each: {runs}) | ≤ 5 s | "
            f"{'pass' if m['sync_s'] <= 5 else '**miss**'} | median of {n} |"
        )
    low, mid, high = record["load"]
    note = (
        f"Sync by role: run {record['when']}; {record['cores']} cores; 1-minute load average while it ran "
        f"{low:.1f}–{high:.1f} (median {mid:.1f}). Worker and administrator samples alternate on a throwaway "
        "PostgreSQL 15 cluster (TCP 127.0.0.1), a new register each (`bench/sync_worker.py`)."
    )
    replace_rows("sync-worker", rows, note)


if __name__ == "__main__":
    main()
