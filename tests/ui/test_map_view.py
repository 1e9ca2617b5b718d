"""The map as the page shows it: boundaries, assets, legend, clicks, selection, deltas, filter, place mode."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset, Category
from assetmap.ui.web.view import MapView

pytestmark = pytest.mark.web

WARD = "E05014818"
CATEGORIES = [Category(c.code, c.label, c.colour, c.subcategories) for c in ABCD_CATEGORIES]
READY_MS = 30000


def make_assets(count: int, *, prefix: str = "a", step: float = 1.0) -> list[Asset]:
    """Assets over central Manchester on a grid (``step`` widens it), cycling through the six categories."""
    return [
        Asset(
            id=f"{prefix}{i}",
            name=f"Asset {i}",
            category=CATEGORIES[i % len(CATEGORIES)].code,
            lon=-2.30 + (i % 20) * 0.006 * step,
            lat=53.44 + (i // 20) * 0.004 * step,
            ward_code=WARD,
            address=f"{i} High Street",
            postcode="M1 1AA",
        )
        for i in range(count)
    ]


def load(
    qtbot,
    view: MapView,
    assets: list[Asset],
    categories: list[Category] = CATEGORIES,
    ward_names: dict[str, str] | None = None,
) -> None:
    with qtbot.waitSignal(view.ready, timeout=READY_MS):
        view.load(
            categories,
            assets,
            ward_names if ward_names is not None else {WARD: "Ancoats & Beswick"},
            people=NO_PEOPLE,
        )


def stats(view: MapView) -> dict:
    return view.evaluate("assetmap.stats()")  # type: ignore[return-value]


def click_at(view: MapView, x: float, y: float) -> None:
    target = view.web_view.focusProxy() or view.web_view
    point = QPoint(round(x), round(y))
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_the_map_draws_215_wards_10_districts_and_every_loaded_asset(qtbot, map_view: MapView) -> None:
    assets = make_assets(120)
    unplaced = Asset(id="nowhere", name="No location yet", category="institutions")
    load(qtbot, map_view, [*assets, unplaced])
    shown = stats(map_view)
    assert shown["wards"] == 215
    assert shown["districts"] == 10
    assert shown["assets_drawn"] == 120
    assert shown["basemap"] is False
    assert shown["failed"] is None


def test_a_real_register_is_drawn_asset_for_asset(qtbot, map_view: MapView, tmp_path: Path) -> None:
    from assetmap.register import Register

    with Register.open(tmp_path / "r.assetmap") as register:
        for i in range(5):
            register.add_asset(name=f"Hall {i}", category="physical_spaces", lon=-2.24 + i * 0.01, lat=53.48)
        register.add_asset(name="Unplaced", category="associations")
        assets = register.assets()
        categories = register.categories()
    load(qtbot, map_view, assets, categories, {})
    assert stats(map_view)["assets_drawn"] == 5


def test_the_legend_lists_every_category_by_name(qtbot, map_view: MapView) -> None:
    load(qtbot, map_view, make_assets(6))
    legend = map_view.evaluate("assetmap.legend()")
    assert legend == [[c.code, c.label] for c in CATEGORIES]


def test_clicking_a_marker_reports_its_asset_id(qtbot, map_view: MapView) -> None:
    load(qtbot, map_view, make_assets(12, step=4))  # far enough apart to click one alone
    x, y = map_view.evaluate("assetmap.markerPoint('a7')")  # type: ignore[misc]
    with qtbot.waitSignal(map_view.asset_clicked, timeout=5000) as clicked:
        click_at(map_view, x, y)
    assert clicked.args == ["a7"]
    assert map_view.evaluate("assetmap.stats().selected") is None  # the main window decides what to select


def test_clicking_a_marker_opens_its_popup(qtbot, map_view: MapView) -> None:
    load(qtbot, map_view, make_assets(10))
    with qtbot.waitSignal(map_view.asset_clicked, timeout=5000):
        assert map_view.evaluate("assetmap.clickAsset('a3')") is True
    text = map_view.evaluate("document.querySelector('.leaflet-popup-content [data-field=name]').textContent")
    assert text == "Asset 3"


def test_selecting_an_asset_highlights_it_and_puts_the_handle_on_it(qtbot, map_view: MapView) -> None:
    assets = make_assets(30)
    load(qtbot, map_view, assets)
    map_view.select_asset("a12")
    qtbot.waitUntil(lambda: stats(map_view)["selected"] == "a12", timeout=5000)
    handle = stats(map_view)["handle"]
    assert handle == pytest.approx([assets[12].lon, assets[12].lat])
    map_view.select_asset(None)
    qtbot.waitUntil(lambda: stats(map_view)["selected"] is None, timeout=5000)
    assert stats(map_view)["handle"] is None


def test_selecting_an_asset_off_screen_pans_to_it(qtbot, map_view: MapView) -> None:
    far = Asset(id="far", name="Far", category="institutions", lon=-2.55, lat=53.62)
    load(qtbot, map_view, [*make_assets(5), far])
    # Zoom in on central Manchester so the far asset is off-screen.
    map_view.evaluate("assetmap.zoomTo(12)")
    qtbot.waitUntil(lambda: stats(map_view)["zoom"] == 12, timeout=5000)
    assert not map_view.evaluate("assetmap.inView('far')")
    map_view.select_asset("far")
    qtbot.waitUntil(lambda: map_view.evaluate("assetmap.inView('far')") is True, timeout=5000)
    assert stats(map_view)["zoom"] == 12


def test_dragging_the_handle_reports_the_move_without_moving_the_asset(qtbot, map_view: MapView) -> None:
    assets = make_assets(10)
    load(qtbot, map_view, assets)
    map_view.select_asset("a4")
    qtbot.waitUntil(lambda: stats(map_view)["selected"] == "a4", timeout=5000)
    with qtbot.waitSignal(map_view.asset_dragged, timeout=5000) as dragged:
        map_view.evaluate("assetmap.dragHandleTo(-2.2, 53.5)")
    asset_id, lon, lat = dragged.args
    assert asset_id == "a4" and lon == pytest.approx(-2.2) and lat == pytest.approx(53.5)
    # Only the register's answer (an upsert) moves the marker itself.
    position = map_view.evaluate("assetmap.assetPosition('a4')")
    assert position == pytest.approx([assets[4].lon, assets[4].lat])


def test_edits_arrive_as_deltas_without_reloading_or_moving_the_map(qtbot, map_view: MapView) -> None:
    assets = make_assets(50)
    load(qtbot, map_view, assets)
    map_view.evaluate("assetmap.zoomTo(11)")
    qtbot.waitUntil(lambda: stats(map_view)["zoom"] == 11, timeout=5000)
    map_view.evaluate("(window.__marker = 1)")
    before = stats(map_view)

    moved = Asset(id="a3", name="Renamed hall", category="institutions", lon=-2.25, lat=53.47, ward_code=WARD)
    added = Asset(id="new1", name="New garden", category="physical_spaces", lon=-2.26, lat=53.46)
    map_view.upsert_assets([moved, added])
    map_view.remove_assets(["a5", "a6"])
    qtbot.waitUntil(lambda: stats(map_view)["assets_drawn"] == 49, timeout=5000)

    after = stats(map_view)
    assert map_view.evaluate("window.__marker") == 1
    assert (after["zoom"], after["centre"]) == (before["zoom"], before["centre"])
    assert map_view.evaluate("assetmap.assetPosition('a3')") == pytest.approx([-2.25, 53.47])
    assert map_view.evaluate("assetmap.popupText('a3').name") == "Renamed hall"
    assert map_view.evaluate("assetmap.assetPosition('new1')") == pytest.approx([-2.26, 53.46])
    assert map_view.evaluate("assetmap.assetPosition('a5')") is None


def test_an_upsert_of_a_removed_or_unplaced_asset_takes_it_off_the_map(qtbot, map_view: MapView) -> None:
    import datetime as dt

    load(qtbot, map_view, make_assets(10))
    removed = Asset(
        id="a1",
        name="Gone",
        category="institutions",
        lon=-2.2,
        lat=53.5,
        removed_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
    )
    unplaced = Asset(id="a2", name="Unplaced", category="institutions")
    map_view.upsert_assets([removed, unplaced])
    qtbot.waitUntil(lambda: stats(map_view)["assets_drawn"] == 8, timeout=5000)


def test_deltas_sent_before_the_page_is_ready_are_not_lost(qtbot, map_view: MapView) -> None:
    with qtbot.waitSignal(map_view.ready, timeout=READY_MS):
        map_view.load(CATEGORIES, make_assets(10), {}, people=NO_PEOPLE)
        map_view.remove_assets(["a0"])
        map_view.upsert_assets([Asset(id="late", name="Late", category="institutions", lon=-2.2, lat=53.5)])
        map_view.select_asset("late")
    qtbot.waitUntil(lambda: stats(map_view)["selected"] == "late", timeout=5000)
    assert stats(map_view)["assets_drawn"] == 10


def test_the_table_filter_shows_only_the_visible_assets(qtbot, map_view: MapView) -> None:
    load(qtbot, map_view, make_assets(40))
    map_view.set_visible_ids(["a1", "a2", "a3"])
    qtbot.waitUntil(lambda: stats(map_view)["assets_drawn"] == 3, timeout=5000)
    # A new asset outside the filter stays hidden until the filter is cleared.
    map_view.upsert_assets([Asset(id="x", name="X", category="institutions", lon=-2.2, lat=53.5)])
    qtbot.waitUntil(lambda: stats(map_view)["assets_known"] == 41, timeout=5000)
    assert stats(map_view)["assets_drawn"] == 3
    map_view.set_visible_ids(None)
    qtbot.waitUntil(lambda: stats(map_view)["assets_drawn"] == 41, timeout=5000)


def test_place_mode_reports_the_clicked_location(qtbot, map_view: MapView) -> None:
    load(qtbot, map_view, make_assets(3))
    map_view.set_place_mode(True)
    qtbot.waitUntil(lambda: stats(map_view)["place_mode"] is True, timeout=5000)
    assert map_view.evaluate("document.querySelector('.am-place-mode') !== null") is True
    lon, lat = map_view.evaluate("assetmap.lonLatAt(450, 350)")  # type: ignore[misc]
    with qtbot.waitSignal(map_view.location_picked, timeout=5000) as picked:
        click_at(map_view, 450, 350)
    assert picked.args == pytest.approx([lon, lat], abs=1e-3)
    map_view.set_place_mode(False)
    qtbot.waitUntil(lambda: stats(map_view)["place_mode"] is False, timeout=5000)
    with qtbot.assertNotEmitted(map_view.location_picked, wait=300):
        click_at(map_view, 450, 350)


def test_ward_names_show_only_when_zoomed_in(qtbot, map_view: MapView) -> None:
    load(qtbot, map_view, make_assets(3))
    assert stats(map_view)["ward_labels"] is False
    map_view.evaluate("assetmap.zoomTo(13)")
    qtbot.waitUntil(lambda: stats(map_view)["ward_labels"] is True, timeout=5000)
    names = map_view.evaluate(
        "Array.from(document.querySelectorAll('.am-ward-label span'), e => e.textContent)"
    )
    assert len(names) == 215 and "Ancoats & Beswick" in names


def test_page_console_messages_reach_python_logging(qtbot, map_view: MapView, caplog) -> None:
    load(qtbot, map_view, make_assets(2))
    with caplog.at_level(logging.INFO, logger="assetmap.ui.web.page.console"):
        map_view.evaluate("console.warn('console check from the page')")
        qtbot.waitUntil(lambda: "console check from the page" in caplog.text, timeout=5000)
    assert any(r.levelno == logging.WARNING for r in caplog.records if "console check" in r.getMessage())


# The asset canvas's pixel (RGBA, not premultiplied) under a page point given relative to an asset's centre.
_PIXEL_JS = """(function (id, dx, dy) {
  var canvas = document.querySelector('.leaflet-am-assets-pane canvas');
  var box = canvas.getBoundingClientRect();
  var centre = assetmap.markerPoint(id);
  var k = canvas.width / box.width;
  var x = Math.floor((centre[0] + dx - box.left) * k), y = Math.floor((centre[1] + dy - box.top) * k);
  return Array.from(canvas.getContext('2d').getImageData(x, y, 1, 1).data);
})(%r, %r, %r)"""


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def near(pixel: list[int], colour: str, tolerance: int) -> bool:
    return pixel[3] > 0 and all(abs(p - c) <= tolerance for p, c in zip(pixel, hex_rgb(colour), strict=False))


def painted_as(view: MapView, asset_id: str, colour: str) -> bool:
    """The pixel just below and right of the marker's centre is its category colour."""
    return near(view.evaluate(_PIXEL_JS % (asset_id, 0.5, 0.5)), colour, 12)  # type: ignore[arg-type]


ORANGE, BLUE = "#E69F00", "#0072B2"  # physical spaces, associations


def overlapping_pairs(qtbot, view: MapView, *pairs: tuple[str, str], gap_px: int = 5) -> list[Asset]:
    """Pairs of assets of these categories, the second ``gap_px`` right of the first, at zoom 17.

    They are added pair by pair, first then second, and the pairs lie over 40 px apart, one below the other.
    """
    load(qtbot, view, make_assets(3))
    view.evaluate("assetmap.zoomTo(17)")
    lon, lat = view.evaluate("assetmap.view().centre")  # type: ignore[misc]
    degrees_per_px = 360 / (256 * 2**17)
    added = []
    for i, codes in enumerate(pairs):
        for j, code in enumerate(codes):
            added.append(
                Asset(
                    id=f"p{i}{'ab'[j]}",
                    name=f"Pair {i} {'ab'[j]}",
                    category=code,
                    lon=lon + j * gap_px * degrees_per_px,
                    lat=lat - i * 40 * degrees_per_px,  # a degree of latitude spans more pixels: > 40 px
                )
            )
    view.upsert_assets(added)
    last = added[-1].id
    qtbot.waitUntil(lambda: view.evaluate(_PIXEL_JS % (last, 0.5, 0.5))[3] > 0, timeout=5000)
    return added


def centre_pixels(view: MapView, asset_id: str) -> list[list[int]]:
    """The four pixels around a marker's centre."""
    return [
        view.evaluate(_PIXEL_JS % (asset_id, dx, dy))  # type: ignore[misc]
        for dx, dy in ((-0.5, -0.5), (0.5, -0.5), (-0.5, 0.5), (0.5, 0.5))
    ]


def test_overlapping_markers_are_painted_whole_one_after_the_other(qtbot, map_view: MapView) -> None:
    # In each pair the first marker's white outline passes through the centre of the second, drawn after it.
    pairs = (("physical_spaces", "associations"), ("associations", "physical_spaces"))
    overlapping_pairs(qtbot, map_view, *pairs, ("physical_spaces", "physical_spaces"))
    # So the second marker's fill covers it there (90% of its colour over what lies beneath), whatever the
    # categories: neither that outline nor a marker of another category painted later in a batch is on top.
    for asset_id, colour in (("p0b", BLUE), ("p1b", ORANGE), ("p2b", ORANGE)):
        for pixel in centre_pixels(map_view, asset_id):
            assert near(pixel, colour, 40), (asset_id, pixel)
    # The first marker still shows where nothing covers it, with its white outline around it.
    assert near(map_view.evaluate(_PIXEL_JS % ("p0a", -2.5, 0.5)), ORANGE, 12)  # type: ignore[arg-type]
    rim = map_view.evaluate(_PIXEL_JS % ("p0a", -5.5, 0.5))
    assert rim[3] > 0 and min(rim[:3]) > 150, rim  # type: ignore[index]


def test_a_click_on_overlapping_markers_picks_the_one_drawn_last(qtbot, map_view: MapView) -> None:
    overlapping_pairs(qtbot, map_view, ("physical_spaces", "associations"), gap_px=4)
    x, y = map_view.evaluate("assetmap.markerPoint('p0a')")  # type: ignore[misc]
    with qtbot.waitSignal(map_view.asset_clicked, timeout=5000) as clicked:
        click_at(map_view, x + 2, y)
    assert clicked.args == ["p0b"]
    # Filtered out, the upper marker neither shows nor takes the click.
    map_view.set_visible_ids(["p0a"])
    qtbot.waitUntil(lambda: stats(map_view)["assets_drawn"] == 1, timeout=5000)
    with qtbot.waitSignal(map_view.asset_clicked, timeout=5000) as clicked:
        click_at(map_view, x + 2, y)
    assert clicked.args == ["p0a"]


def test_a_click_beside_the_markers_selects_nothing(qtbot, map_view: MapView) -> None:
    load(qtbot, map_view, make_assets(12, step=4))
    x, y = map_view.evaluate("assetmap.markerPoint('a7')")  # type: ignore[misc]
    with qtbot.assertNotEmitted(map_view.asset_clicked, wait=300):
        click_at(map_view, x, y + 12)  # below it: the row's neighbours may be near at the area's zoom


# Moves the mouse over the asset canvas to a page point, as Chromium would report it.
_MOVE_JS = """(function (x, y) {
  var canvas = document.querySelector('.leaflet-am-assets-pane canvas');
  canvas.dispatchEvent(new MouseEvent('mousemove', {clientX: x, clientY: y, bubbles: true}));
  var tip = document.querySelector('.leaflet-tooltip-pane .am-tooltip');
  return [tip ? tip.textContent : null, canvas.classList.contains('leaflet-interactive')];
})(%r, %r)"""


def test_hovering_a_marker_shows_its_name_and_leaving_it_hides_it(qtbot, map_view: MapView) -> None:
    load(qtbot, map_view, make_assets(12, step=4))
    x, y = map_view.evaluate("assetmap.markerPoint('a7')")  # type: ignore[misc]
    assert map_view.evaluate(_MOVE_JS % (x + 1, y - 1)) == ["Asset 7", True]
    qtbot.wait(60)  # the canvas looks at the mouse at most every 32 ms
    assert map_view.evaluate(_MOVE_JS % (x + 20, y + 20))[1] is False  # type: ignore[index]
    # The tooltip fades out, then leaves the page.
    qtbot.waitUntil(lambda: map_view.evaluate(_MOVE_JS % (x + 20, y + 20)) == [None, False], timeout=5000)


def test_each_marker_is_painted_in_its_category_colour_at_every_zoom(qtbot, map_view: MapView) -> None:
    assets = make_assets(12, step=4)
    load(qtbot, map_view, assets)
    colours = {c.code: c.colour for c in CATEGORIES}
    for zoom in (None, 12, 11.25):
        if zoom is not None:
            map_view.evaluate(f"assetmap.zoomTo({zoom})")
        for asset in assets:
            qtbot.waitUntil(lambda a=asset: painted_as(map_view, a.id, colours[a.category]), timeout=5000)


def test_filtered_out_markers_are_no_longer_painted(qtbot, map_view: MapView) -> None:
    assets = make_assets(12, step=4)
    load(qtbot, map_view, assets)
    colour = {c.code: c.colour for c in CATEGORIES}[assets[7].category]
    qtbot.waitUntil(lambda: painted_as(map_view, "a7", colour), timeout=5000)
    map_view.set_visible_ids(["a1"])
    qtbot.waitUntil(lambda: map_view.evaluate(_PIXEL_JS % ("a7", 0.5, 0.5))[3] == 0, timeout=5000)
    map_view.set_visible_ids(None)
    qtbot.waitUntil(lambda: painted_as(map_view, "a7", colour), timeout=5000)
