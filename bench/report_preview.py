"""Benchmark of the report dialog's preview on the demo register: how long until the first pages show.

Run ``python -m bench.report_preview`` (``--no-doc`` to leave docs/performance.md alone). One process,
offscreen, with an empty ``ASSETMAP_HOME``. For each document the preview's two stages are timed apart,
both on the preview's worker thread (the dialog keeps answering meanwhile):

- *make*: the document as Save makes it (``reports.files.make_document`` with a cancel check, as the
  preview and Save call it: the core's layout, then Typst's typesetting of the tagged PDF in the child
  process that Cancel can end, kept between documents);
- *draw*: QtPdf draws the first three pages as images.
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

from bench._doc import write_section
from bench.reports import _demo_register

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
START = "<!-- report-preview:start -->"
END = "<!-- report-preview:end -->"
CASES = (
    ("Commissioner report, Stockport", "report", "Stockport"),
    ("Commissioner report, all of GM", "report", None),
    ("Map sheet, Stockport", "map", "Stockport"),
)
REPEATS = 3


def measure() -> list[dict[str, object]]:
    os.environ["ASSETMAP_HOME"] = tempfile.mkdtemp(prefix="assetmap-bench-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from assetmap.register import Register
    from assetmap.reports.analysis import ReportOptions
    from assetmap.reports.files import DocumentContents, make_document
    from assetmap.ui.report_preview import page_images

    _app = QApplication.instance() or QApplication([])

    def never() -> bool:  # a cancel check, as the preview's: Typst runs in its child process
        return False

    register = Register.open(_demo_register())
    rows: list[dict[str, object]] = []
    try:
        for label, kind, area in CASES:
            contents = DocumentContents.read(register, kind)
            options = ReportOptions(area=area, prepared_by="Benchmark")
            makes, draws = [], []
            for _ in range(REPEATS):
                started = time.perf_counter()
                pdf = make_document(kind, options, contents, cancelled=never)
                made = time.perf_counter()
                images = page_images(pdf)
                drawn = time.perf_counter()
                assert images
                makes.append(made - started)
                draws.append(drawn - made)
            make, draw = statistics.median(makes), statistics.median(draws)
            rows.append({"label": label, "make": make, "draw": draw, "warm": make + draw})
    finally:
        register.close()
    return rows


def section(rows: list[dict[str, object]]) -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        START,
        "## Report dialog preview",
        "",
        f"`python -m bench.report_preview` on the demo register (4,211 assets), {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"load {load:.1f} (a load above the core count makes every figure pessimistic). "
        f"Median of {REPEATS}. *Make* is the document as Save makes it (the core's layout and Typst's "
        "tagged PDF, typeset in the child process that Cancel can end); *draw* is the first three pages "
        "as images (QtPdf). Both run on the preview's worker "
        "thread; the dialog answers meanwhile.",
        "",
        "| Document | Make (s) | Draw 3 pages (s) | Until the pages show (s) |",
        "|---|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(f"| {row['label']} | {row['make']:.2f} | {row['draw']:.2f} | {row['warm']:.1f} |")
    lines.append(END)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite docs/performance.md")
    args = parser.parse_args(argv)
    text = section(measure())
    print(text)
    if not args.no_doc:
        write_section(text, START, END, DOC)


if __name__ == "__main__":
    main(sys.argv[1:])
