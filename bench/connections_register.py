"""Benchmarks of links and stories in the register and through bundles: 10,000 assets, 30,000 links.

Run ``python -m bench.connections_register`` (``--no-doc`` to leave docs/performance.md alone). A fresh
register of 10,000 synthetic assets (``bench/synthetic.py``) takes 30,000 random links between them in
one ``add_links`` write, and 200 stories (one write each); the clock then times the reads the window and
reports make (every link, the links of one ward's assets, every story), a bundle of everything written and
read back, planning and writing its merge into an empty register, and planning the next bundle (nothing
changed).
Each figure is the median of three runs in this one process, after the register is built.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import read_bundle
from assetmap.bundles.planning import plan_merge
from assetmap.register import Register
from bench.synthetic import synthetic_records

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
MARK_START = "<!-- connections-register:start -->"
MARK_END = "<!-- connections-register:end -->"
ASSETS = 10_000
LINKS = 30_000
STORIES = 200
KINDS = ("meets_at", "runs", "supports", "funds", "shares_members", "refers_to")


def _timed(action: Callable[[], object], runs: int = 3) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _random_links(ids: list[str], seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    seen: set[tuple[str, str, str]] = set()
    links: list[dict[str, object]] = []
    while len(links) < LINKS:
        a, b = rng.sample(ids, 2)
        kind = rng.choice(KINDS)
        if (a, b, kind) in seen:
            continue
        seen.add((a, b, kind))
        links.append({"from_id": a, "to_id": b, "kind": kind})
    return links


def measure(folder: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    with Register.open(folder / "a.assetmap") as a:
        a.add_assets(synthetic_records(ASSETS))
        assets = a.assets()
        ids = [asset.id for asset in assets]
        started = time.perf_counter()
        a.add_links(_random_links(ids))
        figures["add_links (30,000 in one write)"] = time.perf_counter() - started
        started = time.perf_counter()
        for i in range(STORIES):
            a.add_story(
                ids[i], f"Story {i}: what happened here", teller=f"Teller {i}", quote_consent=i % 2 == 0
            )
        figures["add_story (one write, mean)"] = (time.perf_counter() - started) / STORIES
        counts: dict[str, int] = {}
        for asset in assets:
            if asset.ward_code:
                counts[asset.ward_code] = counts.get(asset.ward_code, 0) + 1
        ward = max(counts, key=counts.__getitem__)
        in_ward = [x.id for x in assets if x.ward_code == ward]
        figures["links() every link"] = _timed(a.links)
        figures[f"links(one ward's {len(in_ward)} assets)"] = _timed(lambda: a.links(in_ward))
        figures["stories() every story"] = _timed(a.stories)
        bundle = folder / "a.assetmap-bundle"
        figures["export_bundle everything"] = _timed(lambda: export_bundle(a, bundle), runs=1)
        figures["read_bundle"] = _timed(lambda: read_bundle(bundle), runs=1)
        with Register.open(folder / "b.assetmap") as b:
            read = read_bundle(bundle)
            started = time.perf_counter()
            plan = plan_merge(b, read)
            figures["plan_merge into an empty register"] = time.perf_counter() - started
            started = time.perf_counter()
            b.merge_bundle(plan)
            figures["merge_bundle (10,000 assets, 30,000 links)"] = time.perf_counter() - started
            export_bundle(a, bundle, "last")
            started = time.perf_counter()
            again = plan_merge(b, read_bundle(bundle))
            figures["read and plan the next bundle (nothing new)"] = time.perf_counter() - started
            assert not again.records and len(b.links()) == LINKS
    return figures


def section(figures: dict[str, float]) -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        "## Links and stories in the register and bundles",
        "",
        f"`python -m bench.connections_register`, {dt.date.today().isoformat()}, {platform.machine()}, "
        f"{os.cpu_count()} cores, load {load:.1f}: a register of {ASSETS:,} synthetic assets with {LINKS:,} "
        f"random links and {STORIES} stories, one process, median of 3 for the reads.",
        "",
        "| What | Seconds |",
        "| --- | ---: |",
    ]
    lines += [f"| {name} | {value:.3f} |" for name, value in figures.items()]
    return "\n".join(lines)


def write_section(text: str) -> None:
    block = f"{MARK_START}\n{text.strip()}\n{MARK_END}"
    doc = DOC.read_text(encoding="utf-8")
    marked = re.compile(rf"{re.escape(MARK_START)}.*?{re.escape(MARK_END)}", re.S)
    doc = marked.sub(lambda _m: block, doc) if marked.search(doc) else doc.rstrip() + "\n\n" + block + "\n"
    DOC.write_text(doc, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-doc", action="store_true", help="print the figures only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="assetmap-bench-") as folder:
        os.environ.setdefault("ASSETMAP_HOME", folder)
        text = section(measure(Path(folder)))
    print(text)
    if not args.no_doc:
        write_section(text)


if __name__ == "__main__":
    main()
