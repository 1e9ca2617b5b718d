"""Child: the baseline, a plain folium map with one ``folium.Marker`` per asset, in a fresh process.

    python -m bench._baseline N OUT_DIR HOME [--timeout 240]

The QApplication and a plain ``QWebEngineView`` exist before the clock starts (as for AssetMap, whose
window-to-map-ready clock also starts with Qt running). Then, timed: folium builds the map in Python
(``folium.Map`` without tiles, one ``folium.Marker`` per point, ``render()``), its CDN addresses are
rewritten to the bundled Leaflet with ``assetmap.maps.page.rewrite_urls`` (folium's other default scripts,
which a plain marker map does not use, are left out, as the app's own page does), the HTML is written to
a file next to a copy of the bundled Leaflet and loaded from its ``file://`` URL. Done when every marker
is in the DOM (``.leaflet-marker-icon`` count). The same points as the synthetic register of that size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from pathlib import Path

from bench import _qt

COUNT_JS = "document.querySelectorAll('.leaflet-marker-icon').length"
# The end of the next animation frame (see bench/_qt.py: FIRST_FRAME_JS), as Date.now().
NEXT_FRAME_JS = (
    "new Promise(function (done) { requestAnimationFrame(function () {"
    " setTimeout(function () { done(Date.now()); }, 0); }); })"
)


def build_html(lons: list[float], lats: list[float]) -> str:
    import folium

    from assetmap.maps import page as map_page

    fmap = folium.Map(location=map_page.GM_CENTRE, zoom_start=map_page.START_ZOOM, tiles=None)
    fmap.default_js = [(n, u) for n, u in folium.Map.default_js if n in map_page.BUNDLED]
    fmap.default_css = [(n, u) for n, u in folium.Map.default_css if n in map_page.BUNDLED]
    for lon, lat in zip(lons, lats, strict=True):
        folium.Marker([lat, lon]).add_to(fmap)
    return map_page.rewrite_urls(fmap.get_root().render())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("home", type=Path)
    parser.add_argument("--timeout", type=float, default=240.0)
    args = parser.parse_args()

    _qt.prepare(args.home)
    app = _qt.make_app()
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEngineSettings
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from assetmap import paths
    from assetmap.ui.web.page import JavaScriptError, evaluate
    from bench.synthetic import random_points_in_gm

    lons_array, lats_array = random_points_in_gm(args.n)
    lons, lats = lons_array.tolist(), lats_array.tolist()
    vendor = args.out / "web" / "vendor" / "leaflet"
    if not vendor.exists():
        shutil.copytree(paths.resources_dir() / "web" / "vendor" / "leaflet", vendor)
    html_path = args.out / f"folium-{args.n}.html"

    view = QWebEngineView()
    view.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
    view.resize(960, 860)
    view.show()
    app.processEvents()
    import folium  # noqa: F401  (imported before the clock, as the app has folium loaded when it starts)

    wall0 = time.time()
    t0 = time.perf_counter()
    html = build_html(lons, lats)
    html_path.write_text(html, encoding="utf-8")
    built = time.perf_counter()
    view.load(QUrl.fromLocalFile(str(html_path.resolve())))
    deadline = t0 + args.timeout
    count = 0
    peak = 0.0
    while True:
        remaining_ms = int((deadline - time.perf_counter()) * 1000)
        if remaining_ms <= 0:
            break
        try:
            value = evaluate(view.page(), COUNT_JS, remaining_ms)
            count = int(value) if isinstance(value, (int, float)) else 0
        except JavaScriptError:
            pass
        peak = max(peak, _qt.process_tree_rss_mb())
        if count >= args.n:
            break
        _qt.spin(100)
    done = time.perf_counter()
    frame_s = None
    if count >= args.n:
        try:
            frame = evaluate(view.page(), NEXT_FRAME_JS, 60_000)
            frame_s = float(frame) / 1000 - wall0  # type: ignore[arg-type]
        except JavaScriptError:
            pass
    result: dict[str, object] = {
        "n": args.n,
        "build_s": built - t0,
        "html_mb": len(html.encode("utf-8")) / 1e6,
        "markers_in_dom": count,
        "peak_rss_mb": peak,
    }
    if count >= args.n:
        result.update(total_s=done - t0, render_s=done - built, first_frame_s=frame_s, timed_out=False)
    else:
        result.update(total_s=None, render_s=None, timed_out=True, waited_s=done - t0)
    _qt.emit(result)
    os._exit(0)


if __name__ == "__main__":
    main()
