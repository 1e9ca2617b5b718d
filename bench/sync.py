"""Sync of an offline copy with 5,000 changed assets, against a team register on a PostgreSQL server.

    .venv/bin/python -m bench.sync [--assets 10000] [--changed 5000] [--repeats 3] [--file-server]

Each sample: a team register with ``--assets`` synthetic assets (on a throwaway PostgreSQL server
started by tests/pgcluster.py; with ``--file-server`` a register file stands in for it), taken offline;
``--changed`` assets edited in the copy (one field each) and 500 others on the server; then
``sync(copy, server)`` timed whole (reading both sides, planning, the server's transaction, the
copy's merge), with its parts. A second sync with nothing new is timed too. The figures replace the
"Team register: offline copies" section of docs/performance.md (between its markers); raw figures go
to bench/out/sync.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DOC = ROOT / "docs" / "performance.md"
START, END = "<!-- offline:start -->", "<!-- offline:end -->"
SYNC_TARGET_S = 5.0
SERVER_CHANGES = 500


def say(text: str) -> None:
    print(text, flush=True)


@contextmanager
def team_servers(file_server: bool, folder: Path) -> Iterator[Callable[[str], str]]:
    """A function giving the address of a new, empty team register for each sample."""
    if file_server:
        yield lambda name: str(folder / f"team-{name}.assetmap")
        return
    sys.path.insert(0, str(ROOT))
    from tests.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        yield lambda _name: cluster.url(cluster.new_database())
    finally:
        cluster.stop()


def one_sample(address: str, folder: Path, assets: int, changed: int, name: str) -> dict[str, Any]:
    from assetmap.bundles.offline import apply_sync, plan_sync, sync, take_offline
    from assetmap.register import Register
    from bench.synthetic import synthetic_records

    server = Register.open(address, user="Coordinator")
    try:
        t0 = time.perf_counter()
        server.add_assets(synthetic_records(assets, seed=7))
        filled = time.perf_counter() - t0
        copy_path = folder / f"laptop-{name}.assetmap"
        t0 = time.perf_counter()
        take_offline(server, copy_path, address=address)
        taken = time.perf_counter() - t0
        ids = sorted(a.id for a in server.assets())
        copy = Register.open(copy_path, user="Worker")
        try:
            for asset_id in ids[:changed]:
                copy.update_asset(asset_id, description="Checked on the street survey")
            for asset_id in ids[-SERVER_CHANGES:]:
                server.update_asset(asset_id, contact_phone="0161 000 0000")
            t0 = time.perf_counter()
            plan = plan_sync(copy, server)
            planned = time.perf_counter() - t0
            result = apply_sync(copy, server, plan, {})
            total = time.perf_counter() - t0
            sent = len(result.to_server.ids) if result.to_server else 0
            brought = len(result.to_copy.ids) if result.to_copy else 0
            t0 = time.perf_counter()
            again = sync(copy, server)
            repeat = time.perf_counter() - t0
            if sent != changed or brought != SERVER_CHANGES or again.changed:
                raise RuntimeError(f"sync did not do what was expected: {sent} sent, {brought} brought in")
        finally:
            copy.close()
    finally:
        server.close()
    return {
        "fill_s": filled,
        "take_offline_s": taken,
        "sync_s": total,
        "plan_s": planned,
        "write_s": total - planned,
        "sent": sent,
        "brought": brought,
        "repeat_s": repeat,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=10_000)
    parser.add_argument("--changed", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--file-server", action="store_true", help="a register file stands in for the server")
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/performance.md")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ASSETMAP_HOME", tempfile.mkdtemp(prefix="sync-home-", dir=OUT))
    samples = []
    loads = [os.getloadavg()[0]]
    with (
        tempfile.TemporaryDirectory(dir=OUT) as scratch,
        team_servers(args.file_server, Path(scratch)) as new,
    ):
        for i in range(args.repeats):
            sample = one_sample(new(str(i)), Path(scratch), args.assets, args.changed, str(i))
            say(
                f"  sample {i + 1}: sync {sample['sync_s']:.2f} s (plan {sample['plan_s']:.2f} s, "
                f"write {sample['write_s']:.2f} s); repeat {sample['repeat_s']:.2f} s; "
                f"take offline {sample['take_offline_s']:.2f} s"
            )
            samples.append(sample)
            loads.append(os.getloadavg()[0])
    summary = {
        name: statistics.median(s[name] for s in samples)
        for name in ("sync_s", "plan_s", "write_s", "repeat_s", "take_offline_s")
    }
    record = {
        "when": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "server": "register file" if args.file_server else "PostgreSQL 15 (throwaway cluster, TCP 127.0.0.1)",
        "assets": args.assets,
        "changed": args.changed,
        "server_changes": SERVER_CHANGES,
        "samples": samples,
        "median": summary,
        "machine": f"{platform.processor() or platform.machine()}, {len(os.sched_getaffinity(0))} cores",
        "load": [min(loads), statistics.median(loads), max(loads)],
    }
    (OUT / "sync.json").write_text(json.dumps(record, indent=2))
    say(json.dumps(summary))
    if not args.no_doc:
        write_doc(record)


def write_doc(record: dict[str, Any]) -> None:
    """Replace the sync rows of the offline section of docs/performance.md."""
    from bench._offline_doc import replace_rows

    m = record["median"]
    ok = "pass" if m["sync_s"] <= SYNC_TARGET_S else "**miss**"
    n = len(record["samples"])
    rows = [
        f"| Sync of an offline copy, {record['changed']:,} assets changed in the copy and "
        f"{record['server_changes']:,} on the server ({record['assets']:,} in all; {record['server']}) | "
        f"{m['sync_s']:.2f} s (reading and planning {m['plan_s']:.2f} s, writing both sides "
        f"{m['write_s']:.2f} s) | ≤ {SYNC_TARGET_S:.0f} s | {ok} | median of {n} |",
        f"| A second sync with nothing new (context) | {m['repeat_s']:.2f} s, nothing written | — | — | "
        f"median of {n} |",
        f"| Take offline, {record['assets']:,} assets (context) | {m['take_offline_s']:.2f} s | — | — | "
        f"median of {n} |",
    ]
    low, mid, high = record["load"]
    note = (
        f"Sync: run {record['when']}; {record['machine']}; 1-minute load average while it ran "
        f"{low:.1f}–{high:.1f} (median {mid:.1f}). Each sample's sync: "
        + ", ".join(f"{s['sync_s']:.2f} s" for s in record["samples"])
        + "."
    )
    replace_rows("sync", rows, note)


if __name__ == "__main__":
    main()
