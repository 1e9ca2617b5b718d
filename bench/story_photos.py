"""Benchmarks for stories' photos in outputs: what a popup reads, and what the HTML map carries.

Run ``python -m bench.story_photos`` (``--doc`` writes the "Stories' photos" section of
docs/performance.md). A register file of 200 assets in one ward, each with 3 stories and 2 photos a story
(1,200 photos: photo-like 2,400 × 1,600 JPEGs, noise over a gradient, stored as the register stores
them). Measured: the thumbnail sizes; reading one asset's thumbnails as its popup asks (median of 30);
the stories' list the map holds, with and without photo counts; the HTML map of the ward with and
without the thumbnails, and how many fit its budget.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
START = "<!-- story-photos:start -->"
END = "<!-- story-photos:end -->"
ASSETS, STORIES_EACH, PHOTOS_EACH = 200, 3, 2
WARD = "Piccadilly"
POINT = (-2.2365, 53.4794)


def _photo(rng: np.random.Generator) -> bytes:
    from PIL import Image

    w, h = 2400, 1600
    x = np.linspace(0, 1, w)[None, :, None]
    y = np.linspace(0, 1, h)[:, None, None]
    base = np.broadcast_to(np.concatenate([x * 200, x * 0 + 90, (1 - x) * 160], axis=2), (h, w, 3)) + y * 60
    base = base + rng.normal(0, 18, (h, w, 3))
    out = io.BytesIO()
    Image.fromarray(np.clip(base, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=88)
    return out.getvalue()


def run() -> list[tuple[str, str]]:
    from assetmap.maps.links import stories_json
    from assetmap.register import Register
    from assetmap.register.story_photos import read_thumbnails
    from assetmap.reports.analysis import ReportOptions
    from assetmap.reports.interactive import HTML_PHOTO_BYTES, build_html_map

    rng = np.random.default_rng(3)
    pictures = [_photo(rng) for _ in range(6)]
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        register = Register.open(Path(folder) / "photos.assetmap")
        ids = []
        for i in range(ASSETS):
            lon, lat = POINT[0] + (i % 20) * 0.0003, POINT[1] + (i // 20) * 0.0003
            asset = register.add_asset(name=f"Place {i}", category="associations", lon=lon, lat=lat).added[0]
            ids.append(asset)
            for s in range(STORIES_EACH):
                story = register.add_story(asset, f"Story {s} of place {i}.", featured=s == 0).stories[0]
                for p in range(PHOTOS_EACH):
                    register.add_photo(
                        asset,
                        pictures[(i + s + p) % len(pictures)],
                        f"Photo {p} of story {s}",
                        story_id=story,
                    )
        sizes = [len(register.photo_thumbnail(p.id)) for p in register.photos()]
        full = [p.byte_size for p in register.photos()]
        rows.append(
            (
                "Thumbnail size (320 px long side) / stored image",
                f"median {statistics.median(sizes) / 1024:.1f} KB / {statistics.median(full) / 1024:.0f} KB",
            )
        )
        stories = register.stories()
        times = []
        for k in range(30):
            asset = ids[k % len(ids)]
            start = time.perf_counter()
            thumbs = read_thumbnails(register, register.stories([asset]), {asset})
            times.append(time.perf_counter() - start)
            assert len(thumbs) == STORIES_EACH * PHOTOS_EACH
        rows.append(
            (
                "One popup's thumbnails read (3 stories, 6 photos)",
                f"median {statistics.median(times) * 1000:.1f} ms (worst {max(times) * 1000:.1f} ms)",
            )
        )
        drawn = set(ids)
        plain = len(stories_json(stories, drawn).encode())
        counted = len(stories_json(stories, drawn, register.photos()).encode())
        rows.append(
            (
                "Stories' list sent to the map (600 stories)",
                f"{plain / 1024:.0f} KB → {counted / 1024:.0f} KB with photo counts",
            )
        )
        options = ReportOptions(area=WARD)
        common = {
            "boundaries": register.boundaries(),
            "people": register.people_view(),
            "stories": stories,
        }
        start = time.perf_counter()
        thumbs = read_thumbnails(register, stories, drawn)
        read_all = time.perf_counter() - start
        without = len(build_html_map(register.assets(), options, **common).encode())
        start = time.perf_counter()
        html = build_html_map(register.assets(), options, photos=thumbs, **common)
        build = time.perf_counter() - start
        embedded = html.count("data:image/")
        shown_count = sum(1 for _ in thumbs)
        rows.append(("Every thumbnail read for the HTML map (1,200)", f"{read_all:.2f} s"))
        rows.append(
            (
                f"HTML map of the ward, without / with thumbnails (budget {HTML_PHOTO_BYTES / 1e6:.0f} MB)",
                f"{without / 1e6:.2f} MB / {len(html.encode()) / 1e6:.2f} MB, {embedded} of {shown_count}"
                f" thumbnails embedded, built in {build:.2f} s",
            )
        )
        register.close()
    return rows


def _section(rows: list[tuple[str, str]]) -> str:
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = os.getloadavg()[0]
    lines = [
        START,
        "## Stories' photos",
        "",
        f"`python -m bench.story_photos --doc`, {when} ({os.cpu_count()} cores, shared machine, 1-minute load"
        f" {load:.2f}, Python {platform.python_version()}). {ASSETS} assets in one ward,"
        f" {STORIES_EACH} stories each, {PHOTOS_EACH} photos a story (photo-like 2,400 × 1,600 JPEGs),"
        " in a register file.",
        "",
        "| Measure | Result |",
        "|---|---|",
        *(f"| {name} | {value} |" for name, value in rows),
        "",
        "The map's popups are sent only a count of photos with each story; an asset's thumbnails are read"
        " and sent over the bridge, as data: URIs, when its popup opens. The HTML map embeds thumbnails"
        " (never the stored images) until its budget is spent; a popup past it says how many more are in"
        " the register.",
        END,
    ]
    return "\n".join(lines)


def write_doc(section: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
        text = before + section + after
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOC.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--doc", action="store_true", help="write the section of docs/performance.md")
    args = parser.parse_args()
    section = _section(run())
    print(section)
    if args.doc:
        write_doc(section)


if __name__ == "__main__":
    main()
