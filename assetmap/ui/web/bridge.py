"""The one object the map page sees over QWebChannel: deltas go to the page, checked reports come back.

Nothing here writes to the register. The page can only report what the person did (clicked an asset,
picked a location, dragged the handle); after checking the arguments the bridge re-emits them as signals,
and the main window decides what to do with them through its undo stack.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

_HISTORY = 200
MAX_ID_LENGTH = 200


def valid_location(lon: object, lat: object) -> bool:
    """True for finite WGS84 degrees: longitude in [-180, 180], latitude in [-90, 90]."""
    if isinstance(lon, bool) or isinstance(lat, bool):
        return False
    if not isinstance(lon, (int, float)) or not isinstance(lat, (int, float)):
        return False
    return math.isfinite(lon) and math.isfinite(lat) and -180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0


class MapBridge(QObject):
    """Published to the page as ``bridge``: deltas go out as JSON signals, reports come back as slots."""

    # To the page (JSON text, parsed there).
    assets_upserted = Signal(str)
    assets_removed = Signal(str)
    visible_ids_changed = Signal(str)
    selection_changed = Signal(str)
    place_mode_changed = Signal(bool)
    abundance_layer_changed = Signal(str)  # the layer as JSON, or "null" for the assets view
    suggestions_changed = Signal(str)  # the meeting's suggestions layer as JSON (maps/suggestions.py)
    capture_mode_changed = Signal(bool)  # while on, a click on the map reports a point for a suggestion
    links_changed = Signal(str)  # the Links layer as JSON (maps/links.py), or "null" when it is off
    stories_changed = Signal(str)  # the stories popups list, as JSON (maps/links.py)
    link_mode_changed = Signal(bool)  # while on, a drag from one marker to another reports a link
    story_photos_ready = Signal(str)  # one asset's stories' thumbnails, as JSON (maps/links.py)

    # To the map view, after checking.
    page_ready = Signal()
    asset_clicked = Signal(str)
    location_picked = Signal(float, float)
    asset_dragged = Signal(str, float, float)
    suggestion_point_picked = Signal(float, float)
    link_drawn = Signal(str, str)
    story_photos_wanted = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known: set[str] = set()
        self._ready_reported = False
        self.rejected: deque[str] = deque(maxlen=_HISTORY)

    # Plain methods (not slots), so the page cannot call them.
    def set_known_ids(self, ids: Iterable[str]) -> None:
        self._known = set(ids)

    def add_known_ids(self, ids: Iterable[str]) -> None:
        self._known.update(ids)

    def discard_known_ids(self, ids: Iterable[str]) -> None:
        self._known.difference_update(ids)

    def expect_new_page(self) -> None:
        self._ready_reported = False

    def _known_id(self, asset_id: object) -> bool:
        return isinstance(asset_id, str) and 0 < len(asset_id) <= MAX_ID_LENGTH and asset_id in self._known

    def _reject(self, what: str, *args: object) -> None:
        text = f"{what}{args!r}"[:300]
        self.rejected.append(text)
        log.warning("ignored a report from the map page: %s", text)

    # Called by the page.
    @Slot()
    def report_ready(self) -> None:
        if self._ready_reported:
            return
        self._ready_reported = True
        self.page_ready.emit()

    @Slot(str)
    def report_asset_clicked(self, asset_id: str) -> None:
        if not self._known_id(asset_id):
            self._reject("asset_clicked", asset_id)
            return
        self.asset_clicked.emit(asset_id)

    @Slot(float, float)
    def report_location_picked(self, lon: float, lat: float) -> None:
        if not valid_location(lon, lat):
            self._reject("location_picked", lon, lat)
            return
        self.location_picked.emit(float(lon), float(lat))

    @Slot(str, float, float)
    def report_asset_dragged(self, asset_id: str, lon: float, lat: float) -> None:
        if not self._known_id(asset_id) or not valid_location(lon, lat):
            self._reject("asset_dragged", asset_id, lon, lat)
            return
        self.asset_dragged.emit(asset_id, float(lon), float(lat))

    @Slot(float, float)
    def report_suggestion_point(self, lon: float, lat: float) -> None:
        if not valid_location(lon, lat):
            self._reject("suggestion_point", lon, lat)
            return
        self.suggestion_point_picked.emit(float(lon), float(lat))

    @Slot(str, str)
    def report_link_drawn(self, from_id: str, to_id: str) -> None:
        if not self._known_id(from_id) or not self._known_id(to_id) or from_id == to_id:
            self._reject("link_drawn", from_id, to_id)
            return
        self.link_drawn.emit(from_id, to_id)

    @Slot(str)
    def request_story_photos(self, asset_id: str) -> None:
        """A popup opened on an asset whose stories have photos: the page asks for their thumbnails."""
        if not self._known_id(asset_id):
            self._reject("story_photos", asset_id)
            return
        self.story_photos_wanted.emit(asset_id)
