"""Benchmark of the report dialog's preview on the demo register: how long until the first pages show.

Run ``python -m bench.report_preview`` (``--no-doc`` to leave docs/performance.md alone). One process,
offscreen, with an empty ``ASSETMAP_HOME``. For each document the preview's three stages are timed apart,
because they hold the window differently:

- *build*: the core lays out the document (measures, SVG maps, HTML), on the preview's worker thread;
- *print*: QtWebEngine prints it to PDF on its own event loop: the dialog keeps answering;
- *draw*: QtPdf draws the first three pages as images on a worker thread.

The preview's QtWebEngine page is started before the clock and reused, as a dialog reuses its own.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.reports import _demo_register

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
START = "<!-- report-preview:start -->"
END = "<!-- report-preview:end -->"
CASES = (
    ("Commissioner report, Stockport (26 pages)", "report", "Stockport"),
    ("Commissioner report, all of GM (229 pages)", "report", None),
    ("Map sheet, Stockport", "map", "Stockport"),
)
REPEATS = 3


def measure() -> list[dict[str, object]]:
    os.environ["ASSETMAP_HOME"] = tempfile.mkdtemp(prefix="assetmap-bench-")
    from assetmap.ui.printing import ensure_application, prepare_headless

    prepare_headless()
    ensure_application()
    from assetmap.register import Register
    from assetmap.reports.analysis import ReportOptions
    from assetmap.reports.mapsheet import build_map_sheet
    from assetmap.reports.report import build_report
    from assetmap.ui.printing import PdfPrinter
    from assetmap.ui.report_actions import ReportContents, make_document
    from assetmap.ui.report_preview import page_images

    register = Register.open(_demo_register())
    rows: list[dict[str, object]] = []
    started = time.perf_counter()
    printer = PdfPrinter()
    rows.append({"label": "start", "seconds": time.perf_counter() - started})
    try:
        for label, kind, area in CASES:
            contents = ReportContents.read(register, kind)
            options = ReportOptions(area=area, prepared_by="Benchmark")
            builds, wholes, draws = [], [], []
            for _ in range(REPEATS):
                started = time.perf_counter()
                if kind == "report":
                    build_report(
                        contents.assets,
                        options,
                        boundaries=contents.boundaries,
                        people=contents.people,
                        links=contents.links,
                        stories=contents.stories,
                        photos=contents.photos,
                    )
                else:
                    build_map_sheet(
                        contents.assets,
                        options,
                        boundaries=contents.boundaries,
                        people=contents.people,
                        links=contents.links,
                    )
                built = time.perf_counter()
                pdf = make_document(kind, options, contents, printer=printer)
                made = time.perf_counter()
                images = page_images(pdf)
                drawn = time.perf_counter()
                assert images
                builds.append(built - started)
                wholes.append(made - built)
                draws.append(drawn - made)
            build = statistics.median(builds)
            rows.append(
                {
                    "label": label,
                    "build": build,
                    # make_document builds again, then prints: its time less the build is the printing.
                    "print": max(0.0, statistics.median(wholes) - build),
                    "draw": statistics.median(draws),
                    "warm": statistics.median(wholes) + statistics.median(draws),
                }
            )
    finally:
        printer.shutdown()
        register.close()
    return rows


def section(rows: list[dict[str, object]]) -> str:
    start, rows = rows[0], rows[1:]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        START,
        "## Report dialog preview",
        "",
        f"`python -m bench.report_preview` on the demo register (4,211 assets), {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"load {load:.1f} (a load above the core count makes every figure pessimistic). "
        f"Median of {REPEATS}. *Build* (the core's layout) runs on the preview's worker thread; *print* runs "
        "on the UI thread, on QtWebEngine's own event loop (the dialog answers meanwhile); *draw* (the "
        "first three pages as images, QtPdf) runs on the worker too. *Until the pages show* is build + "
        "print + draw, with the preview's "
        f"QtWebEngine page already started (starting it, {start['seconds']:.2f} s, adds to a dialog's first "
        "preview).",
        "",
        "| Document | Build (s) | Print (s) | Draw 3 pages (s) | Until the pages show (s) |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['label']} | {row['build']:.2f} | {row['print']:.2f} | {row['draw']:.2f} | "
            f"{row['warm']:.1f} |"
        )
    lines.append(END)
    return "\n".join(lines)


def write_doc(text: str) -> None:
    doc = DOC.read_text(encoding="utf-8")
    if START in doc and END in doc:
        before, rest = doc.split(START, 1)
        doc = before + text + rest.split(END, 1)[1]
    else:
        doc = doc.rstrip("\n") + "\n\n" + text + "\n"
    DOC.write_text(doc, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite docs/performance.md")
    args = parser.parse_args(argv)
    text = section(measure())
    print(text)
    if not args.no_doc:
        write_doc(text)


if __name__ == "__main__":
    main(sys.argv[1:])
