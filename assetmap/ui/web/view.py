"""The map widget: one long-lived web view showing the ward map, updated in place through the bridge.

The view and its page are created once and never replaced (re-creating them has crashed QtWebEngine).
``load()`` navigates the page; later edits travel as small JSON deltas, so the map keeps its zoom and centre.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QFile, QIODevice, Qt, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from assetmap.geo.boundaries import Boundaries
from assetmap.maps import page as map_page
from assetmap.maps import payload
from assetmap.register.consent import NO_PEOPLE, PeopleView
from assetmap.register.records import Asset, Category
from assetmap.settings import load_preferences
from assetmap.ui.i18n import translate
from assetmap.ui.web.bridge import MapBridge
from assetmap.ui.web.page import HardenedPage, RequestGuard, evaluate, make_hardened_profile
from assetmap.ui.web.scheme import AppSchemeHandler, app_url, is_app_scheme_registered
from assetmap.ui.web.words import words_script

log = logging.getLogger(__name__)

PAGE_PATH = "map.html"
QWEBCHANNEL_RESOURCE = ":/qtwebchannel/qwebchannel.js"
MAX_RENDERER_RESTARTS = 3

# Runs when the document is ready, after folium's map script: connecting earlier races it.
_CONNECT_SCRIPT = """
(function () {
  if (typeof qt === "undefined" || !qt.webChannelTransport || !window.assetmap) { return; }
  new QWebChannel(qt.webChannelTransport, function (channel) {
    window.assetmap.connect(channel.objects.bridge);
  });
})();
"""


def _qwebchannel_js() -> str:
    source = QFile(QWEBCHANNEL_RESOURCE)
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"Qt's {QWEBCHANNEL_RESOURCE} is missing; the PySide6 installation is incomplete")
    try:
        return bytes(source.readAll().data()).decode("utf-8")
    finally:
        source.close()


def _rows_json(rows: list[list[object]]) -> str:
    return json.dumps({"fields": payload.ASSET_FIELDS, "rows": rows}, ensure_ascii=False, allow_nan=False)


class MapView(QWidget):
    """The ward map with the register's assets. Reports clicks, picks and drags; never edits the register."""

    ready = Signal()
    asset_clicked = Signal(str)
    location_picked = Signal(float, float)
    asset_dragged = Signal(str, float, float)
    suggestion_point_picked = Signal(float, float)
    link_drawn = Signal(str, str)  # a drag from one marker to another: (from asset id, to asset id)
    story_photos_wanted = Signal(str)  # a popup opened on an asset whose stories have photos

    def __init__(
        self, parent: QWidget | None = None, *, boundaries: Boundaries, online_basemap: bool = False
    ) -> None:
        super().__init__(parent)
        if not is_app_scheme_registered():
            raise RuntimeError("register_app_scheme() must run before the QApplication is created")
        self._boundaries = boundaries
        self._online = online_basemap
        self._categories: list[Category] = []
        self._ward_names: dict[str, str] = {}
        self._assets: dict[str, Asset] = {}
        self._people: PeopleView = NO_PEOPLE
        self._selected: str | None = None
        self._visible: list[str] | None = None
        self._place_mode = False
        self._abundance: str | None = None  # the last abundance layer sent, as JSON
        self._abundance_shown = False
        self._suggestions: str | None = None
        self._capture_mode = False
        self._links: str | None = None  # the Links layer last sent, as JSON; None while it is off
        self._stories = "{}"
        self._link_mode = False
        self._ready = False
        self._loaded = False
        self._generation = 0
        self._keep_view: dict[str, object] | None = None
        self._pending: list[Callable[[], None]] = []

        # Creation order is destruction order for children: view (and its page) before the profile.
        self._view = QWebEngineView(self)
        self._web = make_hardened_profile(self, allow_tiles=online_basemap)
        self._page: HardenedPage | None = HardenedPage(self._web.profile, self._view)
        self._bridge = MapBridge(self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("bridge", self._bridge)
        self._page.setWebChannel(self._channel)
        self._page.scripts().insert(self._words_script())
        self._page.scripts().insert(self._connect_script())
        self._view.setPage(self._page)
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        # Tab reaches the map; inside it, arrows pan and Tab moves on to the assets and the wards.
        self._view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._view.setAccessibleName(translate("view", "Map of assets and wards"))
        self._view.setAccessibleDescription(
            translate(
                "view",
                "Arrow keys pan, plus and minus zoom; Tab moves to the assets, then to the wards; "
                "Enter opens one",
            )
        )
        self.setFocusProxy(self._view)

        self._web.scheme_handler.set_blob(payload.DATA_PATHS["wards"], payload.wards_geojson(boundaries))
        self._web.scheme_handler.set_blob(
            payload.DATA_PATHS["districts"], payload.districts_geojson(boundaries)
        )

        self._bridge.page_ready.connect(self._on_page_ready)
        self._bridge.asset_clicked.connect(self.asset_clicked)
        self._bridge.location_picked.connect(self.location_picked)
        self._bridge.asset_dragged.connect(self.asset_dragged)
        self._bridge.suggestion_point_picked.connect(self.suggestion_point_picked)
        self._bridge.link_drawn.connect(self.link_drawn)
        self._bridge.story_photos_wanted.connect(self.story_photos_wanted)
        self._page.loadFinished.connect(self._on_load_finished)
        self._page.renderProcessTerminated.connect(self._on_renderer_gone)
        self._restarts = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)

    @staticmethod
    def _words_script() -> QWebEngineScript:
        """The page's words in the window's language, and its direction, before any script of the page."""
        script = QWebEngineScript()
        script.setName("assetmap-words")
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        script.setRunsOnSubFrames(False)
        script.setSourceCode(words_script())
        return script

    @staticmethod
    def _connect_script() -> QWebEngineScript:
        script = QWebEngineScript()
        script.setName("assetmap-channel")
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        script.setRunsOnSubFrames(False)
        script.setSourceCode(_qwebchannel_js() + _CONNECT_SCRIPT)
        return script

    # -- what tests and diagnostics may look at -----------------------------------------------------------

    @property
    def page(self) -> HardenedPage:
        return self._live_page()

    @property
    def web_view(self) -> QWebEngineView:
        return self._view

    @property
    def request_guard(self) -> RequestGuard:
        return self._web.guard

    @property
    def scheme_handler(self) -> AppSchemeHandler:
        return self._web.scheme_handler

    @property
    def bridge(self) -> MapBridge:
        return self._bridge

    @property
    def is_ready(self) -> bool:
        return self._ready

    # -- loading ------------------------------------------------------------------------------------------

    def load(
        self,
        categories: list[Category],
        assets: list[Asset],
        ward_names: dict[str, str],
        *,
        people: PeopleView,
    ) -> None:
        """Draw the map with these assets. Meant for the first load; later changes go through the deltas.

        ``people`` is the consent in force: a person's gift without it is not drawn.
        """
        self._people = people
        self._categories = list(categories)
        self._ward_names = dict(ward_names)
        self._assets = {asset.id: asset for asset in assets}
        self._loaded = True
        self._navigate()

    def _navigate(self) -> None:
        self._ready = False
        self._pending.clear()  # the data written below already holds every change so far
        self._generation += 1
        assets, drawn = payload.assets_json_and_ids(
            self._assets.values(), self._ward_names, people=self._people
        )
        self._bridge.set_known_ids(drawn)
        self._bridge.expect_new_page()
        handler = self._web.scheme_handler
        handler.set_blob(
            payload.DATA_PATHS["config"],
            payload.config_json(
                self._categories,
                boundaries=self._boundaries,
                online_basemap=self._online,
                ward_label_zoom=self._ward_label_zoom(),
                view=self._keep_view,
            ),
        )
        handler.set_blob(payload.DATA_PATHS["assets"], assets)
        handler.set_blob(PAGE_PATH, map_page.build_page_html(online_basemap=self._online).encode("utf-8"))
        url = app_url(PAGE_PATH)
        url.setQuery(f"g={self._generation}")
        self._live_page().load(url)

    @staticmethod
    def _ward_label_zoom() -> int:
        return load_preferences().ward_label_zoom

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            log.error("the map page failed to load")

    def _on_renderer_gone(self, status: object, exit_code: int) -> None:
        log.error("the map's renderer process ended (%s, exit code %d)", status, exit_code)
        if self._loaded and self._page is not None and self._restarts < MAX_RENDERER_RESTARTS:
            self._restarts += 1
            self._navigate()

    def _on_page_ready(self) -> None:
        self._ready = True
        pending, self._pending = self._pending, []
        for send in pending:
            send()
        if self._visible is not None:
            self._bridge.visible_ids_changed.emit(json.dumps(self._visible))
        if self._place_mode:
            self._bridge.place_mode_changed.emit(True)
        if self._selected is not None:
            self._bridge.selection_changed.emit(self._selected)
        if self._abundance_shown and self._abundance is not None:
            self._bridge.abundance_layer_changed.emit(self._abundance)
        if self._suggestions is not None:
            self._bridge.suggestions_changed.emit(self._suggestions)
        if self._capture_mode:
            self._bridge.capture_mode_changed.emit(True)
        self._resend_links()
        log.info("map ready with %d assets", len(self._assets))
        self.ready.emit()

    def _send(self, send: Callable[[], None]) -> None:
        if self._ready:
            send()
        else:
            self._pending.append(send)

    # -- deltas -------------------------------------------------------------------------------------------

    def upsert_assets(self, assets: Iterable[Asset]) -> None:
        """Show added or edited assets; removed ones and ones without a location leave the map."""
        assets = list(assets)
        for asset in assets:
            self._assets[asset.id] = asset
        rows = payload.asset_rows(assets, self._ward_names, people=self._people)
        _drawn, hidden = payload.drawable_ids(assets, people=self._people)
        self._bridge.add_known_ids(str(row[0]) for row in rows)
        self._bridge.discard_known_ids(hidden)
        if rows:
            text = _rows_json(rows)
            self._send(lambda: self._bridge.assets_upserted.emit(text))
        if hidden:
            ids = json.dumps(hidden)
            self._send(lambda: self._bridge.assets_removed.emit(ids))

    def set_people(self, people: PeopleView) -> None:
        """The consent in force changed: draw the gifts it now allows and take off those it no longer does."""
        if people == self._people:
            return
        self._people = people
        gifts = [a for a in self._assets.values() if a.person_id is not None]
        if gifts:
            self.upsert_assets(gifts)

    def remove_assets(self, asset_ids: Iterable[str]) -> None:
        """Take these assets off the map."""
        ids = [str(i) for i in asset_ids]
        for asset_id in ids:
            self._assets.pop(asset_id, None)
        self._bridge.discard_known_ids(ids)
        if self._selected in ids:
            self._selected = None
        text = json.dumps(ids)
        self._send(lambda: self._bridge.assets_removed.emit(text))

    def select_asset(self, asset_id: str | None) -> None:
        """Highlight one asset (with a drag handle) and pan to it if it is off-screen; None clears."""
        self._selected = asset_id or None
        selected = self._selected or ""
        if self._ready:
            self._bridge.selection_changed.emit(selected)

    def set_visible_ids(self, asset_ids: Iterable[str] | None) -> None:
        """Show only these assets (the table's filter); None shows all."""
        self._visible = None if asset_ids is None else [str(i) for i in asset_ids]
        if self._ready:
            self._bridge.visible_ids_changed.emit(json.dumps(self._visible))

    def set_place_mode(self, on: bool) -> None:
        """While on, a click on the map reports its location through ``location_picked``."""
        self._place_mode = bool(on)
        if self._ready:
            self._bridge.place_mode_changed.emit(self._place_mode)

    def set_suggestions(self, layer_json: str) -> None:
        """Show the meeting's suggestions layer (JSON from ``maps.suggestions.suggestions_json``)."""
        self._suggestions = layer_json
        if self._ready:
            self._bridge.suggestions_changed.emit(layer_json)

    def set_capture_mode(self, on: bool) -> None:
        """While on, a click on the map reports its point through ``suggestion_point_picked``."""
        self._capture_mode = bool(on)
        if self._ready:
            self._bridge.capture_mode_changed.emit(self._capture_mode)

    def set_links(self, layer_json: str | None) -> None:
        """Show the Links layer (JSON from ``maps.links.links_json``); None takes the lines off."""
        self._links = layer_json
        if self._ready:
            self._bridge.links_changed.emit(layer_json or "null")

    def set_stories(self, stories_json: str) -> None:
        """The stories the popups list (JSON from ``maps.links.stories_json``)."""
        self._stories = stories_json
        if self._ready:
            self._bridge.stories_changed.emit(stories_json)

    def set_story_photos(self, photos_json: str) -> None:
        """One asset's stories' thumbnails for its open popup (JSON from ``maps.links.photos_json``)."""
        if self._ready:
            self._bridge.story_photos_ready.emit(photos_json)

    def set_link_mode(self, on: bool) -> None:
        """While on, a drag from one marker to another reports ``link_drawn`` (Ctrl+drag does at any time)."""
        self._link_mode = bool(on)
        if self._ready:
            self._bridge.link_mode_changed.emit(self._link_mode)

    def drawn_ids(self) -> set[str]:
        """The ids of the assets the map draws (consent and location allowing)."""
        drawn, _hidden = payload.drawable_ids(self._assets.values(), people=self._people)
        return set(drawn)

    def _resend_links(self) -> None:
        if self._stories != "{}":
            self._bridge.stories_changed.emit(self._stories)
        if self._links is not None:
            self._bridge.links_changed.emit(self._links)
        if self._link_mode:
            self._bridge.link_mode_changed.emit(True)

    def set_abundance_layer(self, layer: dict[str, object] | None) -> None:
        """Show an abundance choropleth instead of the assets; None shows the assets again.

        ``layer`` is the dict ``assetmap.reports.layer.abundance_layer`` builds.
        The layer travels through the bridge as JSON: the page is not rebuilt and keeps its zoom and centre.
        Its texts are shown as text, never parsed as HTML.
        """
        if layer is None:
            self._abundance_shown = False
            text = "null"
        else:
            text = json.dumps(layer, ensure_ascii=False, allow_nan=False)
            self._abundance = text
            self._abundance_shown = True
        if self._ready:
            self._bridge.abundance_layer_changed.emit(text)

    def fly_to_bounds(self, bounds: Iterable[float]) -> None:
        """Move the map smoothly to show this box (west, south, east, north, in degrees), without a reload."""
        box = [float(v) for v in bounds]
        if len(box) != 4 or not all(math.isfinite(v) for v in box):
            raise ValueError(f"a box is four finite numbers: west, south, east, north, not {box!r}")
        script = f"window.assetmap.flyToBounds({json.dumps(box)})"
        self._send(lambda: self._live_page().runJavaScript(script))

    @property
    def abundance_shown(self) -> bool:
        return self._abundance_shown

    def set_online_basemap(self, on: bool) -> None:
        """Turn the OpenStreetMap tiles on or off. The page is rebuilt, keeping the view where it was."""
        if bool(on) == self._online:
            return
        self._online = bool(on)
        self._web.guard.allow_tiles = self._online
        if not self._loaded:
            return
        if not self._ready:
            self._navigate()
            return

        def reload_here(view: object) -> None:
            if self._page is None:  # shut down meanwhile
                return
            try:
                kept = json.loads(view) if isinstance(view, str) and view else None
            except ValueError:
                kept = None
            # A map still fitted to the area is fitted again, so it goes on following the window's size.
            self._keep_view = None if not isinstance(kept, dict) or kept.get("fitted") else kept
            self._navigate()

        self._live_page().runJavaScript("JSON.stringify(window.assetmap.view())", 0, reload_here)

    def set_boundaries(self, boundaries: Boundaries, assets: Iterable[Asset]) -> None:
        """Draw the register's new wards: the page is rebuilt to fit the new area."""
        self._boundaries = boundaries
        self._ward_names = dict(boundaries.ward_names)
        self._assets = {asset.id: asset for asset in assets}
        self._web.scheme_handler.set_blob(payload.DATA_PATHS["wards"], payload.wards_geojson(boundaries))
        self._web.scheme_handler.set_blob(
            payload.DATA_PATHS["districts"], payload.districts_geojson(boundaries)
        )
        # The old view and abundance layer belong to the old wards.
        self._keep_view = None
        self._abundance = None
        self._abundance_shown = False
        if self._loaded:
            self._navigate()

    # -- helpers ------------------------------------------------------------------------------------------

    def evaluate(self, script: str, timeout_ms: int = 10000) -> object:
        """Run a JavaScript expression in the page and return its value, JSON-decoded (tests, diagnostics)."""
        return evaluate(self._live_page(), script, timeout_ms)

    def _live_page(self) -> HardenedPage:
        if self._page is None:
            raise RuntimeError("The map view was shut down; its page is gone.")
        return self._page

    def shutdown(self) -> None:
        """Tear down the page, then the view, then the profile, in that order."""
        if self._page is None:
            return
        self._bridge.page_ready.disconnect(self._on_page_ready)
        self._page.loadFinished.disconnect(self._on_load_finished)
        self._page.renderProcessTerminated.disconnect(self._on_renderer_gone)
        # Qt takes no channel and no page (nullptr) to detach them; PySide6's stubs omit the None.
        self._page.setWebChannel(None)  # type: ignore[arg-type]
        self._view.setPage(None)  # type: ignore[arg-type]
        page, view, profile = self._page, self._view, self._web.profile
        self._page = None
        self._ready = False
        # Deleted now, in this order, rather than left to the event loop: a page still alive when its
        # profile goes (as at interpreter exit, in whatever order Python frees objects) crashes Chromium.
        for doomed in (page, view, profile):
            if shiboken6.isValid(doomed):
                shiboken6.delete(doomed)
        log.debug("map view shut down")
