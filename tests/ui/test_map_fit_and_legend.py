"""The map in a small window: the area fits the window beside the legend, and the window has one switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.store import Register
from assetmap.reports.layer import abundance_layer
from assetmap.ui.web.view import MapView
from tests.ui.conftest import open_window
from tests.ui.test_abundance_layer import BRAMHALL_NORTH, BREDBURY, CATEGORIES, make_assets

pytestmark = pytest.mark.web

READY_MS = 30000


@pytest.fixture
def loaded(qtbot, map_view: MapView) -> MapView:
    with qtbot.waitSignal(map_view.ready, timeout=READY_MS):
        map_view.load(
            CATEGORIES,
            make_assets(),
            {BRAMHALL_NORTH: "Bramhall North", BREDBURY: "Bredbury"},
            people=NO_PEOPLE,
        )
    return map_view


def layout(view: MapView) -> dict:
    return view.evaluate("assetmap.layout()")  # type: ignore[return-value]


def resize(qtbot, view: MapView, width: int, height: int) -> dict:
    view.resize(width, height)
    qtbot.waitUntil(lambda: layout(view)["size"] == [width, height], timeout=5000)
    qtbot.wait(100)  # Leaflet handles the resize on the next animation frame
    return layout(view)


def inside(area: list[float], width: int, height: int) -> bool:
    left, top, right, bottom = area
    return left >= 0 and top >= 0 and right <= width and bottom <= height


def apart(a: list[float], b: list[float]) -> bool:
    """Whether two [left, top, right, bottom] boxes do not overlap."""
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_resizing_the_window_fits_the_area_again_until_the_map_is_moved(qtbot, loaded: MapView) -> None:
    first = layout(loaded)
    assert first["fitted"] and inside(first["area"], 900, 700)
    zoom = loaded.evaluate("assetmap.stats().zoom")
    smaller = resize(qtbot, loaded, 520, 420)
    assert smaller["fitted"] and inside(smaller["area"], 520, 420)
    assert loaded.evaluate("assetmap.stats().zoom") < zoom
    # Once the person zooms in, the view is theirs: a resize keeps their zoom.
    closer = loaded.evaluate("assetmap.stats().zoom") + 1
    loaded.evaluate(f"assetmap.zoomTo({closer})")
    assert layout(loaded)["fitted"] is False
    resize(qtbot, loaded, 900, 700)
    assert loaded.evaluate("assetmap.stats().zoom") == closer
    assert layout(loaded)["fitted"] is False


def test_a_fitted_map_rebuilt_for_the_basemap_still_follows_the_window(qtbot, loaded: MapView) -> None:
    moved = layout(loaded)
    assert moved["fitted"]
    with qtbot.waitSignal(loaded.ready, timeout=READY_MS):
        loaded.set_online_basemap(True)
    assert layout(loaded)["fitted"]
    smaller = resize(qtbot, loaded, 520, 420)
    assert smaller["fitted"] and inside(smaller["area"], 520, 420)


@pytest.mark.parametrize("size", [(900, 700), (480, 700), (900, 380)])
def test_the_legend_never_covers_the_area(qtbot, loaded: MapView, size: tuple[int, int]) -> None:
    shown = resize(qtbot, loaded, *size)
    assert shown["legend"] is not None and shown["legend_entries"] == len(CATEGORIES)
    assert inside(shown["area"], *size)
    assert apart(shown["area"], shown["legend"]), shown
    loaded.set_abundance_layer(abundance_layer(make_assets(), boundaries=gm_boundaries(), people=NO_PEOPLE))
    qtbot.waitUntil(lambda: loaded.evaluate("assetmap.abundance().shown") is True, timeout=5000)
    qtbot.wait(100)
    abundant = layout(loaded)
    assert abundant["legend"] != shown["legend"]  # the measure's legend now
    assert inside(abundant["area"], *size) and apart(abundant["area"], abundant["legend"]), abundant
    assert abundant["info"] is not None and apart(abundant["area"], abundant["info"]), abundant


def test_the_legend_folds_away_from_the_keyboard_and_the_area_takes_the_room(qtbot, loaded: MapView) -> None:
    before = resize(qtbot, loaded, 480, 640)
    zoom = loaded.evaluate("assetmap.stats().zoom")
    assert before["legend_open"] and before["legend_entries_shown"]
    loaded.web_view.setFocus()
    assert loaded.evaluate("assetmap.focusLegendToggle()") is True
    qtbot.keyClick(loaded.web_view.focusProxy(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: layout(loaded)["legend_open"] is False, timeout=5000)
    folded = layout(loaded)
    assert not folded["legend_entries_shown"] and folded["toggle_focused"]
    legend_height = lambda box: box[3] - box[1]  # noqa: E731
    assert legend_height(folded["legend"]) < legend_height(before["legend"]) / 2
    assert folded["fitted"] and apart(folded["area"], folded["legend"])
    assert loaded.evaluate("assetmap.stats().zoom") >= zoom and folded["area"] != before["area"]
    qtbot.keyClick(loaded.web_view.focusProxy(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: layout(loaded)["legend_entries_shown"] is True, timeout=5000)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "switch.assetmap")
    register.add_asset(name="Ancoats Library", category="institutions", lon=-2.2270, lat=53.4840)
    yield register
    register.close()


def test_the_window_has_one_assets_abundance_switch_reached_from_the_keyboard(
    qtbot, register: Register
) -> None:
    window = open_window(qtbot, register)
    try:
        switches = [r for r in window.findChildren(QRadioButton) if "bundance" in r.text()]
        assert switches == [window.abundance_panel.abundance_radio]
        assert switches[0].focusPolicy() & Qt.FocusPolicy.TabFocus
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: window.abundance_panel.showing_abundance, timeout=5000)  # an animated click
        page = window.map_view
        qtbot.waitUntil(lambda: page.evaluate("assetmap.abundance().shown") is True, timeout=15000)
        assert page.evaluate("assetmap.abundance().switches") == 0  # and none on the map
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: page.evaluate("assetmap.abundance().shown") is False, timeout=5000)
    finally:
        window.shut_down()
        window.close()
