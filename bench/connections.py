"""The connections benchmarks: a 10,000-asset, 30,000-link register, its wards' networks laid out, and the
map with link lines.

    .venv/bin/python -m bench.connections [--quick] [--no-doc] [--before DIR]

1. **Ward layout**: for the wards with the most assets, the time from reading the ward's links from the
   register to having its network laid out (``ward_network`` and ``laid_out``, what the Connections view
   calls before drawing). Target: ≤ 1 s per ward.
2. **Whole register layout** (context): the same for all 10,000 assets and 30,000 links.
3. **Map ready with link lines** (``bench._links_map_ready``, a fresh process each): window to map ready,
   and on until every link line is drawn. Target: the map-ready target (≤ 1.5 s). With ``--before DIR``
   (an earlier commit exported there, ``git archive d4f7eab | tar -x -C DIR``, its id in ``DIR/COMMIT``)
   the map is measured with that code too, its runs alternating with these, so both share the load.
4. **The lines' read** (context): the full read of ``Link`` records with ``links_json`` against the light
   read (``Register.link_ends``) with ``layer_json``, alternating, in this process.

The links are clustered as real ones are: four in five join two assets of the same ward, the rest any
two assets. They are added in one write (``Register.add_links``). The register is cached under bench/out/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.foundation import OUT, environment, fresh_home, run_child, say, scratch_copy
from bench.synthetic import build_register

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
MARK_START = "<!-- connections-view:start -->"
MARK_END = "<!-- connections-view:end -->"
ASSETS = 10_000
LINKS = 30_000
SAME_WARD = 0.8
WARD_LAYOUT_S = 1.0
MAP_READY_S = 1.5
LINES_NOTE = (
    " The lines are read while the page loads, by the light read (`Register.link_ends`: both ends and the"
    " kind of each live link, as NumPy columns, never a `Link` record), built into the compact layer"
    " with array operations (`maps.links.layer_json`), and sent as soon as the markers are drawn; the"
    " page draws them one pixel wide, which its canvas paints as hairlines (at 1.2 px each line was"
    " outlined and filled, about a second of the renderer's time for 30,000). The rest of the time to the"
    " lines is the time to map ready itself, which includes the abundance panel's full read of the links"
    " (`Register.links()`, the records row above) on the UI thread when the map is first ready."
)
KINDS = ("meets_at", "runs", "supports", "funds", "shares_members", "refers_to")


def build_linked_register(path: Path, seed: int = 7) -> tuple[Path, int]:
    """The 10,000-asset register with 30,000 links (built once), and how many lines the map draws."""
    from assetmap.register import Register

    if not path.exists():
        os.environ.setdefault("ASSETMAP_HOME", str(OUT / "homes" / "prepare"))
        base = build_register(OUT / f"synthetic-{ASSETS}-seed1.assetmap", ASSETS)
        Register.open(base).close()  # the schema upgraded before copying
        scratch_copy(base, path.name).replace(path)
        with Register.open(path) as register:
            assets = register.assets()
            rng = np.random.default_rng(seed)
            by_ward: dict[str | None, list[str]] = {}
            for asset in assets:
                by_ward.setdefault(asset.ward_code, []).append(asset.id)
            ids = [a.id for a in assets]
            ward_of = {a.id: a.ward_code for a in assets}
            seen: set[tuple[str, str]] = set()
            rows: list[dict[str, Any]] = []
            while len(rows) < LINKS:
                a = ids[int(rng.integers(len(ids)))]
                pool = by_ward[ward_of[a]] if rng.random() < SAME_WARD else ids
                b = pool[int(rng.integers(len(pool)))]
                if a == b or (a, b) in seen or (b, a) in seen:
                    continue
                seen.add((a, b))
                rows.append({"from_id": a, "to_id": b, "kind": KINDS[int(rng.integers(len(KINDS)))]})
            register.add_links(rows)
    with Register.open(path) as register:
        drawn = len(register.links())
    return path, drawn


def measure_ward_layouts(path: Path, wards: int) -> dict[str, Any]:
    from assetmap.maps.network import laid_out, ward_network
    from assetmap.register import Register

    with Register.open(path) as register:
        assets = register.assets()
        people = register.people_view()
        counts: dict[str, int] = {}
        for asset in assets:
            if asset.ward_code:
                counts[asset.ward_code] = counts.get(asset.ward_code, 0) + 1
        busiest = sorted(counts, key=lambda code: -counts[code])[:wards]
        samples = []
        for code in busiest:
            t0 = time.perf_counter()
            c0 = time.process_time()
            inside = [a.id for a in assets if a.ward_code == code]
            links = register.links(inside)
            network = ward_network(assets, links, people=people, ward_code=code)
            laid_out(network)
            samples.append(
                {
                    "ward": code,
                    "assets_in_ward": counts[code],
                    "nodes": len(network.nodes),
                    "edges": len(network.edges),
                    "seconds": time.perf_counter() - t0,
                    "cpu_s": time.process_time() - c0,
                }
            )
        t0 = time.perf_counter()
        links = register.links()
        network = ward_network(assets, links, people=people)
        read = time.perf_counter() - t0
        laid_out(network)
        whole = {
            "nodes": len(network.nodes),
            "edges": len(network.edges),
            "seconds": time.perf_counter() - t0,
            "read_s": read,
        }
    return {"wards": samples, "whole": whole}


def _child(code: Path | None) -> list[str]:
    """How to start the map child: with this tree's code, or with the code exported under ``code``."""
    if code is None:
        return ["-m", "bench._links_map_ready"]
    start = (
        f"import runpy, sys; sys.path.insert(0, {str(code.resolve())!r}); "
        "runpy.run_module('bench._links_map_ready', run_name='__main__')"
    )
    return ["-c", start]


def measure_map(
    path: Path, lines: int, repeats: int, before: Path | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The map runs with this code, and (alternating with them) with the code under ``before``."""
    runs: list[dict[str, Any]] = []
    earlier: list[dict[str, Any]] = []
    for i in range(repeats):
        for code, into, label in ((before, earlier, "before"), (None, runs, "now")):
            if label == "before" and before is None:
                continue
            say(f"  map with link lines ({label}), run {i + 1} of {repeats}")
            into.append(
                run_child(
                    f"links-map-{label}-{i}",
                    [*_child(code), str(path), fresh_home(), str(lines)],
                    240.0,
                )
            )
    return runs, earlier


def measure_reads(path: Path, lines: int, repeats: int = 5) -> dict[str, list[float]]:
    """Reading the links the map's lines need and building the layer: the full read (``Link`` records,
    ``links_json``) against the light read (``link_ends``, ``layer_json``), alternating."""
    from assetmap.maps.links import layer_json, links_json
    from assetmap.register import Register

    times: dict[str, list[float]] = {"full": [], "light": []}
    with Register.open(path) as register:
        drawn = {a.id for a in register.assets()}
        labels = {k.code: k.label for k in register.link_kinds()}
        for _ in range(repeats):
            t0 = time.perf_counter()
            links_json(register.links(), labels, drawn)
            times["full"].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            layer_json(register.link_ends(), labels, drawn)
            times["light"].append(time.perf_counter() - t0)
    return times


def verdict(ok: bool) -> str:
    return "pass" if ok else "miss"


def map_rows(runs: list[dict[str, Any]], lines: int, label: str) -> list[str]:
    ready = [r["ready_s"] for r in runs if r.get("ready_s") is not None]
    drawn = [r["lines_s"] for r in runs if r.get("lines_s") is not None]
    med_lines = statistics.median(drawn) if drawn else float("nan")
    med_ready = statistics.median(ready)
    spread = f"({min(drawn):.2f}–{max(drawn):.2f})" if drawn else "(none drawn)"
    return [
        f"| Window to map ready, Links layer on{label} | {med_ready:.2f} s "
        f"({min(ready):.2f}–{max(ready):.2f}) | ≤ {MAP_READY_S} s | {verdict(med_ready <= MAP_READY_S)} "
        f"| median of {len(ready)} |",
        f"| Window to every link line drawn ({lines:,} lines){label} | {med_lines:.2f} s "
        f"{spread} | ≤ {MAP_READY_S} s | {verdict(med_lines <= MAP_READY_S)} "
        f"| median of {len(drawn)} |",
    ]


def render(
    env: dict[str, str],
    layouts: dict[str, Any],
    runs: list[dict[str, Any]],
    lines: int,
    reads: dict[str, list[float]],
    earlier: list[dict[str, Any]],
    before: str | None,
) -> str:
    wards = layouts["wards"]
    seconds = [w["seconds"] for w in wards]
    cpu = [w["cpu_s"] for w in wards]
    worst = max(wards, key=lambda w: w["seconds"])
    whole = layouts["whole"]
    full, light = statistics.median(reads["full"]), statistics.median(reads["light"])
    rows = [
        "| Measure | Result | Target | Verdict | Samples |",
        "|---|---|---|---|---|",
        f"| Ward network laid out (read, build, layout), {len(wards)} busiest wards | median "
        f"{statistics.median(seconds):.2f} s, worst {worst['seconds']:.2f} s ({worst['nodes']} nodes, "
        f"{worst['edges']} links); CPU time median {statistics.median(cpu):.2f} s, worst {max(cpu):.2f} s "
        f"| ≤ {WARD_LAYOUT_S:.0f} s | {verdict(max(seconds) <= WARD_LAYOUT_S)} (CPU time: "
        f"{verdict(max(cpu) <= WARD_LAYOUT_S)}) | one per ward |",
        f"| Whole register laid out ({whole['nodes']:,} nodes, {whole['edges']:,} links) | "
        f"{whole['seconds']:.1f} s (reading the links {whole['read_s']:.2f} s) | — (behind a progress "
        "dialog) | — | 1 |",
        f"| The lines' links read and built into the layer (all {ASSETS:,} assets drawn) | light read "
        f"{light:.2f} s, full read (records) {full:.2f} s | — | — | median of {len(reads['light'])} each, "
        "alternating |",
        *map_rows(runs, lines, ""),
    ]
    if earlier:
        rows += map_rows(earlier, lines, f", before (commit {before})")
    head = (
        "## Connections view and link lines\n\n"
        f"{ASSETS:,} synthetic assets (`bench/synthetic.py`) and {LINKS:,} links, four in five within a ward "
        "(`bench/connections.py`). "
        f"{env['date']}, {env['cpu']}, {env['cores']} cores, Qt {env['qt']}, offscreen; load average "
        f"during the run {env['load']}.\n\n"
    )
    notes = (
        "\n\nWard layout: from reading the ward's links from the register to the laid-out network "
        "(`assetmap.maps.network`), as the Connections view does before drawing; a ward's network holds "
        "its assets and everything linked to them elsewhere. Up to 250 nodes the layout's push is summed "
        "over every pair; above that it is read from a 64 × 64 grid (particle-mesh), which is what keeps "
        "the whole register to seconds. Map: as the foundation map-ready figure, in a fresh process each "
        "run; the link lines cross the bridge when the markers are drawn and are painted on one canvas "
        "under the markers. `--before` runs alternate with these, so both share the load." + LINES_NOTE
    )
    return head + "\n".join(rows) + notes


def _commit_of(code: Path) -> str:
    """The commit an exported tree came from, as noted in its ``COMMIT`` file, or the directory's name."""
    noted = code / "COMMIT"
    return noted.read_text(encoding="utf-8").strip()[:7] if noted.exists() else code.name


def write_section(section: str) -> None:
    import re

    text = DOC.read_text(encoding="utf-8")
    block = f"{MARK_START}\n{section.strip()}\n{MARK_END}\n"
    marked = re.compile(rf"{re.escape(MARK_START)}.*?{re.escape(MARK_END)}\n?", re.S)
    text = (
        marked.sub(lambda _m: block, text, count=1)
        if marked.search(text)
        else text.rstrip("\n") + "\n\n" + block
    )
    DOC.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--no-doc", action="store_true", help="do not touch docs/performance.md")
    parser.add_argument(
        "--before", type=Path, help="an earlier commit's code exported here, measured alternately with this"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    load_before = os.getloadavg()[0]
    say("building the linked register (cached after the first run)")
    path, lines = build_linked_register(OUT / f"linked-{ASSETS}-{LINKS}.assetmap")
    say("laying out ward networks")
    layouts = measure_ward_layouts(path, 5 if args.quick else 10)
    say("reading the lines' links, full and light")
    reads = measure_reads(path, lines)
    before = args.before
    runs, earlier = measure_map(path, lines, 2 if args.quick else 5, before)
    env = environment()
    env["load"] = f"{load_before:.1f}–{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    label = _commit_of(before) if before is not None else None
    section = render(env, layouts, runs, lines, reads, earlier, label)
    print(section)
    (OUT / "connections.json").write_text(
        __import__("json").dumps(
            {"layouts": layouts, "reads": reads, "map": runs, "map_before": earlier}, indent=2
        ),
        encoding="utf-8",
    )
    if not args.no_doc:
        write_section(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
