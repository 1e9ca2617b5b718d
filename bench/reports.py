"""Benchmarks for reports: the tagged GM atlas and one-district reports on the demo register.

Run ``python -m bench.reports``. Each measurement runs in its own child process, so its peak memory is
its own (the child's ``ru_maxrss``, from ``os.wait4``: ``resource.getrusage`` for that one child), and
the figures are written to the Reports section of docs/performance.md. The reports are typeset by
Typst as tagged PDF/UA-1 without Qt; the untagged QtWebEngine path they replaced is gone, so its last
recorded figures stand beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench._doc import write_section

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DOC = ROOT / "docs" / "performance.md"
START = "<!-- reports:start -->"
END = "<!-- reports:end -->"
# name: (area, language)
CASES = {
    "Full GM atlas (215 ward pages)": ("Greater Manchester", "en"),
    "One district (Stockport, 21 ward pages)": ("Stockport", "en"),
    "One district in Urdu (Stockport)": ("Stockport", "ur"),
}
TARGETS = {
    "Full GM atlas (215 ward pages)": "≤ 30 s, ≤ 1 GB",
    "One district (Stockport, 21 ward pages)": "≤ 5 s",
    "One district in Urdu (Stockport)": "≤ 5 s",
}
# The untagged report printed by QtWebEngine (recorded 2026-11-25, whole command, peak memory).
UNTAGGED = {
    "Full GM atlas (215 ward pages)": "12.7 s, 523 MB",
    "One district (Stockport, 21 ward pages)": "4.5 s, 481 MB",
    "One district in Urdu (Stockport)": "–",
}


def _demo_register() -> Path:
    path = OUT / "demo.assetmap"
    if not path.exists():
        from assetmap.demo import build_demo_register

        OUT.mkdir(parents=True, exist_ok=True)
        build_demo_register(path).close()
    return path


def child(register: Path, area: str, language: str, output: Path) -> None:
    """One report, timed by stage; prints a JSON line."""
    started = time.perf_counter()
    from assetmap.register import Register
    from assetmap.reports.analysis import ReportOptions
    from assetmap.reports.report import TEMPLATE, build_report
    from assetmap.reports.typeset import typeset

    ready = time.perf_counter()
    with Register.open(register) as reg:
        assets, boundaries, people = reg.assets(), reg.boundaries(), reg.people_view()
    read = time.perf_counter()
    document = build_report(
        assets,
        ReportOptions(area=area, prepared_by="Benchmark", language=language),
        boundaries=boundaries,
        people=people,
    )
    built = time.perf_counter()
    pdf = typeset(TEMPLATE, document.data, files=document.files)
    output.write_bytes(pdf)
    typeset_at = time.perf_counter()
    import pikepdf

    with pikepdf.open(output) as opened:
        pages = len(opened.pages)
    print(
        json.dumps(
            {
                "start_s": ready - started,
                "read_s": read - ready,
                "build_s": built - read,
                "typeset_s": typeset_at - built,
                "total_s": typeset_at - started,
                "pages": pages,
                "svg_mb": sum(len(v) for v in document.files.values()) / 1e6,
                "pdf_mb": len(pdf) / 1e6,
            }
        )
    )


def _measure(register: Path, area: str, language: str, output: Path) -> dict[str, float]:
    wall = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.reports", "--child", str(register), area, language, str(output)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    _, status, usage = os.wait4(process.pid, 0)
    stdout = process.stdout.read() if process.stdout else ""
    if status != 0:
        raise RuntimeError(f"the {area} report failed (status {status})")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - wall
    result["peak_rss_mb"] = usage.ru_maxrss / 1024
    # CPU seconds the child used: what the report costs, less inflated than wall time by other work.
    result["cpu_s"] = usage.ru_utime + usage.ru_stime
    return result


def _section(results: dict[str, list[dict[str, float]]], load: tuple[float, float]) -> str:
    lines = [
        START,
        "## Reports",
        "",
        f"`python -m bench.reports` on the demo register (4,211 assets), {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Median "
        f"of {len(next(iter(results.values())))} runs, each in a fresh process; the report is typeset by "
        "Typst (`reports/typeset.py`) as tagged PDF/UA-1, without Qt.",
        "",
        "| Report | Pages | Whole command (s) | CPU (s) | Imports (s) | Read register (s) "
        "| Build data and SVG (s) "
        "| Typeset PDF (s) | SVG (MB) | PDF (MB) | Peak memory (MB) | Untagged, QtWebEngine | Target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for name, runs in results.items():
        med = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        lines.append(
            f"| {name} | {med['pages']:.0f} | {med['wall_s']:.1f} | {med['cpu_s']:.1f} "
            f"| {med['start_s']:.1f} "
            f"| {med['read_s']:.1f} | {med['build_s']:.1f} | {med['typeset_s']:.1f} | {med['svg_mb']:.1f} "
            f"| {med['pdf_mb']:.1f} | {med['peak_rss_mb']:.0f} | {UNTAGGED[name]} | {TARGETS[name]} |"
        )
    lines += [
        "",
        "Whole command: from starting Python to the PDF on disk (imports, reading the register, measures, "
        "SVG maps and charts, typesetting with the structure tree, writing); CPU: the child's user and "
        "system time, which other work on the machine inflates far less than the wall time. Peak memory: "
        "the child's "
        "largest resident set (`ru_maxrss` from `os.wait4`). The untagged figures are the last recorded "
        "for the QtWebEngine path (2026-11-25, load 1.0), which no longer exists. "
        f"One-minute load average before and after: {load[0]:.1f} and {load[1]:.1f} (on this 2-core "
        "machine, a load above 2 means other work competed for the CPU and every stage is slower).",
        END,
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--child", nargs=4, metavar=("REGISTER", "AREA", "LANGUAGE", "OUTPUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), args.child[1], args.child[2], Path(args.child[3]))
        return 0
    register = _demo_register()
    load_before = os.getloadavg()[0]
    results: dict[str, list[dict[str, float]]] = {}
    for name, (area, language) in CASES.items():
        results[name] = []
        for run in range(args.runs):
            output = OUT / f"report-{area.split()[0].lower()}-{language}.pdf"
            result = _measure(register, area, language, output)
            results[name].append(result)
            print(
                f"{name}, run {run + 1}: {result['wall_s']:.1f} s (CPU {result['cpu_s']:.1f} s), "
                f"{result['peak_rss_mb']:.0f} MB",
                flush=True,
            )
    section = _section(results, (load_before, os.getloadavg()[0]))
    write_section(section, START, END, DOC)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
