"""The map page cannot be turned against the person: hostile text stays text, and nothing leaves the app."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView

from assetmap import settings
from assetmap.geo.boundaries import gm_boundaries
from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset, Category
from assetmap.ui.web.bridge import MapBridge
from assetmap.ui.web.page import HardenedPage, RequestGuard, evaluate, make_hardened_profile
from assetmap.ui.web.scheme import app_url, clean_path
from assetmap.ui.web.view import MapView

pytestmark = pytest.mark.web

WARD = "E05014818"
CATEGORIES = [Category(c.code, c.label, c.colour, c.subcategories) for c in ABCD_CATEGORIES]
READY_MS = 30000
PRODUCT = str(12345 * 1000003)


def _spread(i: int) -> tuple[float, float]:
    return -2.40 + (i % 9) * 0.03, 53.42 + (i // 9) * 0.03


# -- hostile text ----------------------------------------------------------------------------------


def test_hostile_names_and_descriptions_show_exactly_as_typed_and_never_run(
    qtbot, map_view: MapView, hostile_strings: list[str]
) -> None:
    assert len(hostile_strings) == 45
    assets = [
        Asset(
            id=f"h{i}",
            name=text,
            description=text,
            category=CATEGORIES[i % 6].code,
            lon=_spread(i)[0],
            lat=_spread(i)[1],
            ward_code=WARD,
            address=text,
        )
        for i, text in enumerate(hostile_strings)
    ]
    hostile_category = Category("associations", hostile_strings[0], "#0072B2", ())
    categories = [hostile_category, *CATEGORIES[2:]]
    with qtbot.waitSignal(map_view.ready, timeout=READY_MS):
        map_view.load(categories, assets, {WARD: hostile_strings[1]}, people=NO_PEOPLE)
    assert map_view.evaluate("assetmap.stats().assets_drawn") == 45

    for i, text in enumerate(hostile_strings):
        popup = map_view.evaluate(f"assetmap.popupText('h{i}')")
        assert popup["name"] == text, i
        assert popup["description"] == text, i
        assert popup["ward"] == "Ward: " + hostile_strings[1]
        tooltip = map_view.evaluate(f"assetmap.tooltipText('h{i}')")
        assert tooltip["name"] == text, i
        map_view.select_asset(f"h{i}")
    legend = dict(map_view.evaluate("assetmap.legend()"))  # type: ignore[arg-type]
    assert legend["associations"] == hostile_strings[0]

    qtbot.wait(500)  # give any injected onerror/onload handler time to fire
    assert "PWN" not in map_view.evaluate("document.title")
    html = map_view.evaluate("document.documentElement.outerHTML")
    assert PRODUCT not in html
    assert "<img" not in html.lower() and "<svg" not in html.lower() and "<iframe" not in html.lower()
    assert map_view.request_guard.blocked == type(map_view.request_guard.blocked)()


# -- what the page may request ---------------------------------------------------------------------


def test_with_the_basemap_off_the_page_asks_for_nothing_outside_the_app(qtbot, map_view: MapView) -> None:
    assets = [
        Asset(id=f"a{i}", name=f"A{i}", category="institutions", lon=_spread(i)[0], lat=_spread(i)[1])
        for i in range(20)
    ]
    with qtbot.waitSignal(map_view.ready, timeout=READY_MS):
        map_view.load(CATEGORIES, assets, {}, people=NO_PEOPLE)
    map_view.evaluate("assetmap.zoomTo(13)")
    map_view.evaluate("assetmap.popupText('a1') && true")
    qtbot.wait(300)
    guard = map_view.request_guard
    assert len(guard.seen) >= 5  # the page, Leaflet, our script and style, the data
    assert guard.non_app_requests() == []
    assert list(guard.blocked) == []
    assert map_view.evaluate("assetmap.stats().basemap") is False
    assert map_view.evaluate("document.querySelectorAll('.leaflet-tile').length") == 0


def test_with_the_basemap_on_only_the_osm_tile_host_is_allowed(qtbot) -> None:
    # This test lets the page ask for a few real OpenStreetMap tiles (they fail quietly when offline).
    view = MapView(online_basemap=True, boundaries=gm_boundaries())
    view.resize(600, 400)
    view.show()
    try:
        with qtbot.waitSignal(view.ready, timeout=READY_MS):
            view.load(CATEGORIES, [], {}, people=NO_PEOPLE)
        guard = view.request_guard
        qtbot.waitUntil(lambda: guard.non_app_requests() != [], timeout=10000)
        outside = guard.non_app_requests()
        assert all(QUrl(u).host() == settings.OSM_TILE_HOST and QUrl(u).scheme() == "https" for u in outside)
        assert list(guard.blocked) == []
        assert view.evaluate("assetmap.stats().basemap") is True
        attribution = view.evaluate("document.querySelector('.leaflet-control-attribution').textContent")
        assert "OpenStreetMap" in attribution

        # Switching the basemap off rebuilds the page where it was, with no tiles.
        view.evaluate("assetmap.zoomTo(12)")
        with qtbot.waitSignal(view.ready, timeout=READY_MS):
            view.set_online_basemap(False)
        assert view.evaluate("assetmap.stats().basemap") is False
        assert view.evaluate("assetmap.stats().zoom") == 12
        assert guard.is_allowed(QUrl("https://tile.openstreetmap.org/1/0/0.png")) is False
    finally:
        view.shutdown()
        view.close()
        view.deleteLater()
        qtbot.wait(50)


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("app://assetmap/map.html", True),
        ("https://tile.openstreetmap.org/3/4/2.png", True),
        ("http://tile.openstreetmap.org/3/4/2.png", False),
        ("https://tile.openstreetmap.org:8443/3/4/2.png", False),
        ("https://user@tile.openstreetmap.org/3/4/2.png", False),
        ("https://tile.openstreetmap.org.example.net/3/4/2.png", False),
        ("https://a.tile.openstreetmap.org/3/4/2.png", False),
        ("app://elsewhere/map.html", False),
        ("file:///etc/passwd", False),
        ("data:text/html,x", False),
    ],
)
def test_the_guard_allows_app_pages_and_with_tiles_on_only_the_tile_host(url: str, allowed: bool) -> None:
    assert RequestGuard(allow_tiles=True).is_allowed(QUrl(url)) is allowed
    assert RequestGuard(allow_tiles=False).is_allowed(QUrl(url)) is (allowed and url.startswith("app:"))


# -- a hostile page served by our scheme -----------------------------------------------------------


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def _count(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(b"reached")

    do_GET = do_POST = do_HEAD = do_OPTIONS = _count

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def loopback_server() -> Iterator[tuple[str, list[str]]]:
    _CountingHandler.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _CountingHandler.hits
    server.shutdown()
    server.server_close()


@pytest.fixture
def probe(qtbot) -> Iterator[tuple[HardenedPage, object]]:
    """A hardened page (as the map uses) showing a plain page served by our scheme, with no CSP of its own."""
    view = QWebEngineView()
    web = make_hardened_profile(None)
    page = HardenedPage(web.profile, view)
    view.setPage(page)
    view.resize(400, 300)
    view.show()
    web.scheme_handler.set_blob(
        "probe.html",
        b"<!DOCTYPE html><html><head><title>probe</title></head><body><p>probe</p></body></html>",
    )
    with qtbot.waitSignal(page.loadFinished, timeout=READY_MS) as loaded:
        page.load(app_url("probe.html"))
    assert loaded.args == [True]
    yield page, web
    view.setPage(None)
    page.deleteLater()
    view.deleteLater()
    web.profile.deleteLater()
    qtbot.wait(50)


# Each probe answers "read: <start of the body>" only if it got content; anything else means it was stopped.
_ATTEMPT = """
(function (url) {
  var abort = new AbortController();
  setTimeout(function () { abort.abort(); }, 3000);
  return fetch(url, {signal: abort.signal}).then(function (r) {
    if (!r.ok) { return "refused: status " + r.status; }
    return r.text().then(function (text) { return "read: " + text.slice(0, 40); });
  }).catch(function (e) { return "refused: " + e; });
})(%s)
"""

_XHR = """
new Promise(function (resolve) {
  var xhr = new XMLHttpRequest();
  try {
    xhr.open("GET", %s);
    xhr.timeout = 3000;
    xhr.onload = function () {
      var ok = xhr.status === 200;
      resolve(ok ? "read: " + xhr.responseText.slice(0, 40) : "refused: status " + xhr.status);
    };
    xhr.onerror = function () { resolve("refused: error"); };
    xhr.ontimeout = function () { resolve("refused: timeout"); };
    xhr.send();
  } catch (e) { resolve("refused: " + e); }
})
"""


def refused(outcome: object) -> bool:
    return isinstance(outcome, str) and outcome.startswith("refused")


def test_a_page_cannot_read_local_files_or_the_register(probe, tmp_path: Path) -> None:
    page, web = probe
    register = tmp_path / "r.assetmap"
    register.write_text("SECRET REGISTER CONTENT", encoding="utf-8")
    targets = [
        "file:///etc/passwd",
        QUrl.fromLocalFile(str(register)).toString(),
        "app://assetmap/web/../../../../etc/passwd",
        "app://assetmap/web/%2e%2e/%2e%2e/pyproject.toml",
        "app://assetmap/../data/boundaries/gm_lads.geojson",
    ]
    for target in targets:
        assert refused(evaluate(page, _ATTEMPT % json.dumps(target))), target
        assert refused(evaluate(page, _XHR % json.dumps(target))), target
    # Nothing but the probe page itself was served; every attempt on app:// was refused by the scheme.
    assert list(web.scheme_handler.served) == ["probe.html"]
    assert len(web.scheme_handler.refused) == 6


def test_a_page_cannot_reach_the_network(probe, qtbot, loopback_server) -> None:
    page, web = probe
    base, hits = loopback_server
    assert refused(evaluate(page, _ATTEMPT % json.dumps(base + "/fetch")))
    assert refused(evaluate(page, _XHR % json.dumps(base + "/xhr")))
    evaluate(page, f"(new Image().src = {json.dumps(base + '/image')}, true)")
    evaluate(page, f"navigator.sendBeacon({json.dumps(base + '/beacon')}, 'x')")
    evaluate(
        page,
        f"(function () {{ var s = document.createElement('script'); s.src = "
        f"{json.dumps(base + '/script')}; document.head.appendChild(s); return true; }})()",
    )
    evaluate(page, f"(location.href = {json.dumps(base + '/navigate')}, true)")
    qtbot.wait(800)
    assert hits == []
    assert page.url().scheme() == "app"
    # The request guard stopped every request, and the page refused to navigate away.
    attempts = ("/fetch", "/xhr", "/image", "/beacon", "/script")
    assert sorted(web.guard.blocked) == sorted(base + path for path in attempts)
    assert list(page.refused_navigations) == [base + "/navigate"]


def test_a_page_cannot_open_windows(probe, qtbot) -> None:
    page, _web = probe
    assert evaluate(page, "window.open('app://assetmap/probe.html') === null") is True
    assert evaluate(page, "window.open('about:blank', '_blank') === null") is True
    assert page.createWindow(QWebEnginePage.WebWindowType.WebBrowserTab) is None


def test_the_scheme_refuses_unknown_paths_and_traversal(probe) -> None:
    page, _web = probe
    assert evaluate(page, _ATTEMPT % json.dumps("app://assetmap/web/vendor/leaflet/leaflet.css")).startswith(
        "read:"
    )
    assert evaluate(page, _ATTEMPT % json.dumps("app://assetmap/no-such-thing.json")) == "refused: status 404"
    for bad in [
        "app://assetmap/",
        "app://assetmap/web/./x",
        "app://assetmap/web/%2e%2e/x",
        "app://assetmap/web\\..\\x",
        "app://other/map.html",
        "app://assetmap/web//x",
    ]:
        assert clean_path(QUrl(bad)) is None, bad
    assert clean_path(QUrl("app://assetmap/web/assetmap.js")) == "web/assetmap.js"


# -- the bridge ------------------------------------------------------------------------------------


def test_the_bridge_passes_on_only_known_ids_and_real_coordinates(qtbot) -> None:
    bridge = MapBridge()
    bridge.set_known_ids(["a1"])
    with qtbot.waitSignal(bridge.asset_clicked, timeout=1000) as clicked:
        bridge.report_asset_clicked("a1")
    assert clicked.args == ["a1"]
    with qtbot.assertNotEmitted(bridge.asset_clicked):
        bridge.report_asset_clicked("unknown")
        bridge.report_asset_clicked("")
    with qtbot.assertNotEmitted(bridge.location_picked):
        bridge.report_location_picked(float("nan"), 53.0)
        bridge.report_location_picked(-2.0, float("inf"))
        bridge.report_location_picked(200.0, 53.0)
        bridge.report_location_picked(-2.0, -91.0)
    with qtbot.assertNotEmitted(bridge.asset_dragged):
        bridge.report_asset_dragged("unknown", -2.0, 53.0)
        bridge.report_asset_dragged("a1", float("nan"), 53.0)
    with qtbot.waitSignal(bridge.asset_dragged, timeout=1000) as dragged:
        bridge.report_asset_dragged("a1", -2.1, 53.4)
    assert dragged.args[0] == "a1" and dragged.args[1:] == pytest.approx([-2.1, 53.4])
    assert len(bridge.rejected) == 8


def test_the_page_reaches_only_report_slots_on_the_bridge(qtbot, map_view: MapView) -> None:
    with qtbot.waitSignal(map_view.ready, timeout=READY_MS):
        map_view.load(
            CATEGORIES,
            [Asset(id="a1", name="A", category="institutions", lon=-2.2, lat=53.5)],
            {},
            people=NO_PEOPLE,
        )
    # A script in the page asking for an unknown asset is ignored, and there is no slot that writes.
    with qtbot.assertNotEmitted(map_view.asset_clicked, wait=300):
        map_view.evaluate("assetmap.bridgeForTests().report_asset_clicked('not-an-asset') || true")
    methods = map_view.evaluate(
        "Object.keys(assetmap.bridgeForTests()).filter(k => k.startsWith('report_') && !k.includes('('))"
    )
    assert sorted(methods) == sorted(
        [
            "report_ready",
            "report_asset_clicked",
            "report_location_picked",
            "report_asset_dragged",
            "report_suggestion_point",
            "report_link_drawn",
        ]
    )
    assert map_view.evaluate("typeof assetmap.bridgeForTests().set_known_ids") == "undefined"
