"""Benchmarks for the map sheet typeset by Typst: label placement, building the sheet, typesetting it
as PDF/UA-1 and as PNG, on the demo register.

Run ``python -m bench.map_sheet [--runs N] [--doc]``. Each case runs in this one process after a warm-up
(fonts scanned, boundaries projected); with ``--doc`` the medians are written to the Map sheets section
of docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

from bench._doc import write_section

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DOC = ROOT / "docs" / "performance.md"
START = "<!-- map-sheet:start -->"
END = "<!-- map-sheet:end -->"
CASES = [
    ("Stockport, A4 portrait", "Stockport", "A4", False, "en"),
    ("Stockport, A4 landscape", "Stockport", "A4", True, "en"),
    ("Stockport, A4 portrait, Urdu", "Stockport", "A4", False, "ur"),
    ("Greater Manchester, A3 portrait", None, "A3", False, "en"),
    ("Greater Manchester, A4 landscape", None, "A4", True, "en"),
    ("Greater Manchester, A4 portrait", None, "A4", False, "en"),
]


def _demo_register() -> Path:
    path = OUT / "demo.assetmap"
    if not path.exists():
        from assetmap.demo import build_demo_register

        OUT.mkdir(parents=True, exist_ok=True)
        build_demo_register(path).close()
    return path


def _timed(work) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def measure(runs: int) -> list[dict[str, object]]:
    from assetmap.geo.boundaries import gm_boundaries
    from assetmap.register import Register
    from assetmap.reports.analysis import PageSetup, ReportOptions
    from assetmap.reports.mapsheet import build_map_sheet
    from assetmap.reports.selection import resolve_area
    from assetmap.reports.svgmap import fitted_view, ward_labels

    with Register.open(_demo_register()) as register:
        assets, people = register.assets(), register.people_view()
    boundaries = gm_boundaries()
    # Warm-up: project the boundaries, scan the fonts, load Typst; the first typesetting is timed.
    first = build_map_sheet(assets, ReportOptions(area="Bolton"), boundaries=boundaries, people=people)
    rows: list[dict[str, object]] = [{"case": "first", "first_pdf_s": _timed(first.pdf)[0]}]
    codes = list(resolve_area(None, boundaries=boundaries).ward_codes)
    view = fitted_view(codes, 277.0, 207.0, boundaries=boundaries)
    placing = [_timed(lambda: ward_labels(codes, view, boundaries))[0] for _ in range(runs)]
    rows.append({"case": "Placing 215 ward labels (A3 county map)", "place_s": statistics.median(placing)})
    for name, area, size, landscape, language in CASES:
        options = ReportOptions(area=area, page=PageSetup(size, landscape))
        built, pdf, png = [], [], []
        for _ in range(runs):
            seconds, sheet = _timed(
                lambda options=options, language=language: build_map_sheet(
                    assets, options, boundaries=boundaries, people=people, language=language
                )
            )
            built.append(seconds)
            seconds, content = _timed(sheet.pdf)  # type: ignore[attr-defined]
            pdf.append(seconds)
            png_seconds, _png = _timed(lambda sheet=sheet: sheet.png(dpi=200))  # type: ignore[attr-defined]
            png.append(png_seconds)
        rows.append(
            {
                "case": name,
                "build_s": statistics.median(built),
                "pdf_s": statistics.median(pdf),
                "png_s": statistics.median(png),
                "pdf_kb": len(content) / 1024,  # type: ignore[arg-type]
                "map_mm": "{:.0f} × {:.0f}".format(*sheet.map_size),  # type: ignore[attr-defined]
                "numbered": len(sheet.labels.key),  # type: ignore[attr-defined]
            }
        )
    return rows


def section(rows: list[dict[str, object]], runs: int, load: tuple[float, float]) -> str:
    lines = [
        START,
        "## Map sheets",
        "",
        f"`python -m bench.map_sheet --doc` on the demo register (4,211 assets), {os.cpu_count()} cores "
        f"(shared machine), Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')} UTC. "
        f"Median of {runs} runs in one warm process; one-minute load average {load[0]:.1f} before and "
        f"{load[1]:.1f} after.",
        "",
        "| Sheet | Build: measures, labels, layout (s) | Typeset PDF/UA-1 (s) | Typeset PNG, 200 dpi (s) "
        "| PDF (KB) | Map on the page (mm) | Numbered wards |",
        "|---|---:|---:|---:|---:|---|---:|",
    ]
    for row in rows:
        if "place_s" in row or "first_pdf_s" in row:
            continue
        lines.append(
            f"| {row['case']} | {row['build_s']:.2f} | {row['pdf_s']:.2f} | {row['png_s']:.2f} "
            f"| {row['pdf_kb']:.0f} | {row['map_mm']} | {row['numbered']} |"
        )
    placing = next(row for row in rows if "place_s" in row)
    first = next(row for row in rows if "first_pdf_s" in row)
    lines += [
        "",
        f"The first sheet typeset in a process takes {first['first_pdf_s']:.2f} s (Typst scans AssetMap's "
        "fonts once); the table's typesetting times are of later sheets, which reuse Typst's caches.",
        f"Placing the labels of all 215 wards on the A3 county map (candidates, collision test, key): "
        f"{placing['place_s'] * 1000:.0f} ms. Build includes drawing the map up to three times (a first "
        "map without a key, then with room for the key it needs) and, on a crowded county map on A4, "
        "trying the key at 6.5, 6 and 5.5 pt until every ward is labelled: hence the slower A4 county "
        "sheets. No Qt is started for any of these.",
        END,
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--doc", action="store_true", help="write the figures to docs/performance.md")
    args = parser.parse_args()
    before = os.getloadavg()[0]
    rows = measure(args.runs)
    text = section(rows, args.runs, (before, os.getloadavg()[0]))
    print(text)
    if args.doc:
        write_section(text, START, END, DOC)


if __name__ == "__main__":
    main()
