"""Stories' photos in the real window's QtWebEngine map: a popup asks for its thumbnails when it opens and
shows each with its alternative text as ``alt`` and as a caption, hostile text staying text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PIL import Image

from assetmap.register import Register
from assetmap.ui.main_window import MainWindow

pytestmark = pytest.mark.web

HALL = (-2.2426, 53.4808)
ALT = "Children Rz4 planting bulbs by the hall door"
HOSTILE_ALT = '<img src=x onerror="window.__hostile_ran=1"> Rz5 & <b>bold</b> "quoted"'

PHOTOS_JS = (
    "Array.prototype.map.call(document.querySelectorAll('.leaflet-popup .am-story-photo'), function (f) {"
    " var img = f.querySelector('img'); return {alt: img.getAttribute('alt'), complete: img.complete,"
    " width: img.naturalWidth, src: img.getAttribute('src').slice(0, 22),"
    " caption: f.querySelector('figcaption').textContent}; })"
)


def _photo(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (800, 600), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "photos-map.assetmap")
    register.add_asset(name="Church hall", category="physical_spaces", lon=HALL[0], lat=HALL[1])
    yield register
    register.close()


def _links(window: MainWindow) -> dict:
    return window.map_view.evaluate("assetmap.links()")  # type: ignore[return-value]


def test_a_popup_shows_its_storys_thumbnails_with_alt_text_fetched_when_it_opens(
    qtbot, window: MainWindow, register: Register
) -> None:
    [hall] = [a.id for a in register.assets()]
    story = register.add_story(hall, "The garden Rz1 began here.", featured=True).stories[0]
    register.add_photo(hall, _photo((220, 40, 40)), ALT, story_id=story)
    register.add_photo(hall, _photo((40, 40, 220)), HOSTILE_ALT, story_id=story)
    asked: list[str] = []
    window.map_view.story_photos_wanted.connect(asked.append)
    window.connections.send_stories()
    qtbot.waitUntil(lambda: _links(window)["stories"] == 1, timeout=10000)
    # The stories' list says how many photos a story has; no image travels with it.
    assert asked == []

    window.map_view.evaluate(f"assetmap.popupText('{hall}')")
    qtbot.waitUntil(lambda: asked == [hall], timeout=10000)
    qtbot.waitUntil(
        lambda: (
            len(window.map_view.evaluate(PHOTOS_JS)) == 2
            and all(p["complete"] for p in window.map_view.evaluate(PHOTOS_JS))
        ),
        timeout=10000,
    )
    shown = window.map_view.evaluate(PHOTOS_JS)
    assert [p["alt"] for p in shown] == [ALT, HOSTILE_ALT]
    assert [p["caption"] for p in shown] == [ALT, HOSTILE_ALT]
    # The stored thumbnail itself, as a data: URI (the page loads nothing from anywhere else).
    assert all(p["src"] == "data:image/png;base64," and 0 < p["width"] <= 320 for p in shown)
    # The hostile alternative text made no element and ran nothing.
    assert window.map_view.evaluate("document.querySelectorAll('.leaflet-popup img').length") == 2
    qtbot.wait(300)
    assert window.map_view.evaluate("window.__hostile_ran === undefined")


def test_a_request_for_an_unknown_assets_photos_is_refused(
    qtbot, window: MainWindow, register: Register
) -> None:
    bridge = window.map_view.bridge
    asked: list[str] = []
    window.map_view.story_photos_wanted.connect(asked.append)
    window.map_view.evaluate("assetmap.bridgeForTests().request_story_photos('no-such-asset'), true")
    qtbot.waitUntil(lambda: len(bridge.rejected) >= 1, timeout=5000)
    assert asked == []
