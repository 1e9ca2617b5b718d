"""Benchmarks for reports: the full GM atlas and a one-district report on the demo register.

Run ``python -m bench.reports``. Each measurement runs in its own child process (so its peak memory is
its own: ``os.wait4`` gives the child's maximum resident set size, including the QtWebEngine helper
processes it waited for), and the figures are written to the Reports section of docs/performance.md.
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

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DOC = ROOT / "docs" / "performance.md"
START = "<!-- reports:start -->"
END = "<!-- reports:end -->"
CASES = {
    "Full GM atlas (215 ward pages)": "Greater Manchester",
    "One district (Stockport, 21 ward pages)": "Stockport",
}


def _demo_register() -> Path:
    path = OUT / "demo.assetmap"
    if not path.exists():
        from assetmap.demo import build_demo_register

        OUT.mkdir(parents=True, exist_ok=True)
        build_demo_register(path).close()
    return path


def child(register: Path, area: str, output: Path) -> None:
    """One report, timed by stage; prints a JSON line."""
    started = time.perf_counter()
    from assetmap.ui.printing import prepare_headless

    prepare_headless()
    from assetmap.register import Register
    from assetmap.reports.analysis import ReportOptions
    from assetmap.reports.report import build_report
    from assetmap.ui.printing import ensure_application, print_html_to_pdf

    ensure_application()
    ready = time.perf_counter()
    with Register.open(register) as reg:
        assets, boundaries, people = reg.assets(), reg.boundaries(), reg.people_view()
    document = build_report(
        assets, ReportOptions(area=area, prepared_by="Benchmark"), boundaries=boundaries, people=people
    )
    built = time.perf_counter()
    print_html_to_pdf(document.html, output, title=document.title, subject=document.subject)
    printed = time.perf_counter()
    print(
        json.dumps(
            {
                "start_s": ready - started,
                "build_s": built - ready,
                "print_s": printed - built,
                "total_s": printed - started,
                "pages": document.page_count,
                "html_mb": len(document.html) / 1e6,
                "pdf_mb": output.stat().st_size / 1e6,
            }
        )
    )


def _measure(register: Path, area: str, output: Path) -> dict[str, float]:
    wall = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.reports", "--child", str(register), area, str(output)],
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
    return result


def _section(results: dict[str, list[dict[str, float]]], load: tuple[float, float]) -> str:
    lines = [
        START,
        "## Reports",
        "",
        f"`python -m bench.reports` on the demo register (4,211 assets), {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}. Median of "
        f"{len(next(iter(results.values())))} runs, each in a fresh process; the report is one HTML document "
        "printed by one QtWebEngine `printToPdf` call.",
        "",
        "| Report | Pages | Whole command (s) | Qt start (s) | Build HTML (s) | Print PDF (s) | PDF (MB) | "
        "Peak memory (MB) | Target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    targets = {
        "Full GM atlas (215 ward pages)": "≤ 60 s",
        "One district (Stockport, 21 ward pages)": "≤ 10 s",
    }
    for name, runs in results.items():
        med = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        lines.append(
            f"| {name} | {med['pages']:.0f} | {med['wall_s']:.1f} | {med['start_s']:.1f} "
            f"| {med['build_s']:.1f} | {med['print_s']:.1f} | {med['pdf_mb']:.1f} "
            f"| {med['peak_rss_mb']:.0f} | {targets[name]} |"
        )
    lines += [
        "",
        "Whole command: from starting Python to the PDF on disk (imports, Qt start-up, reading the register, "
        "measures, SVG maps, printing, adding the title and subject). Peak memory: the largest resident set "
        "of the process and the QtWebEngine helpers it waited for (`ru_maxrss` from `os.wait4`). "
        f"One-minute load average before and after: {load[0]:.1f} and {load[1]:.1f} (other work on the "
        "machine slows every stage, Qt start-up most).",
        END,
    ]
    return "\n".join(lines)


def write_section(section: str) -> None:
    """Replace only the text between the reports markers (adding them at the end if absent)."""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Performance\n"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("REGISTER", "AREA", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), args.child[1], Path(args.child[2]))
        return 0
    register = _demo_register()
    load_before = os.getloadavg()[0]
    results: dict[str, list[dict[str, float]]] = {}
    for name, area in CASES.items():
        results[name] = []
        for run in range(args.runs):
            output = OUT / f"report-{area.split()[0].lower()}.pdf"
            result = _measure(register, area, output)
            results[name].append(result)
            print(
                f"{name}, run {run + 1}: {result['wall_s']:.1f} s, {result['peak_rss_mb']:.0f} MB", flush=True
            )
    section = _section(results, (load_before, os.getloadavg()[0]))
    write_section(section)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
