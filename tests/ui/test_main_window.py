"""The main window on a real register: table and real map kept in step, every edit undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from assetmap.geo.postcodes import PostcodeIndex
from assetmap.register import Register
from assetmap.ui.commands import AddAssetCommand
from assetmap.ui.main_window import MainWindow
from tests.ui.conftest import open_window, page_stats

pytestmark = pytest.mark.web

M1_1AD = PostcodeIndex.for_gm().lookup("M1 1AD")


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "window.assetmap")
    register.add_assets(
        [
            {"name": "Ancoats Library", "category": "institutions", "lon": -2.2270, "lat": 53.4840},
            {"name": "Hulme Community Garden", "category": "physical_spaces", "lon": -2.2490, "lat": 53.4660},
            {"name": "Bolton Choir", "category": "culture_stories", "lon": -2.4300, "lat": 53.5770},
        ]
    )
    yield register
    register.close()


def asset_id(register: Register, name: str) -> str:
    return next(a.id for a in register.assets() if a.name == name)


def test_status_bar_counts_assets_and_those_shown(qtbot, window: MainWindow) -> None:
    assert window.statusBar().currentMessage() == "3 assets, 3 shown"
    window.proxy.set_search("library")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "3 assets, 1 shown")


def test_a_marker_click_selects_the_table_row(qtbot, window: MainWindow, register: Register) -> None:
    target = asset_id(register, "Hulme Community Garden")
    assert window.map_view.evaluate(f"assetmap.clickAsset({target!r})") is True
    qtbot.waitUntil(lambda: window.selected_ids() == [target])


def test_a_table_selection_highlights_the_marker(qtbot, window: MainWindow, register: Register) -> None:
    target = asset_id(register, "Bolton Choir")
    window.select_asset(target)
    qtbot.waitUntil(lambda: page_stats(window)["selected"] == target)


def test_an_added_asset_appears_on_the_map_without_a_reload(qtbot, window: MainWindow) -> None:
    window.map_view.evaluate("(window.__sameDocument = 'yes')")
    view_before = window.map_view.evaluate("assetmap.view()")
    command = AddAssetCommand(
        window.register,
        {"name": "Piccadilly Gardens", "category": "physical_spaces", "lon": M1_1AD.lon, "lat": M1_1AD.lat},
        window.apply_change,
    )
    window.undo_stack.push(command)
    qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 4)
    assert window.map_view.evaluate("window.__sameDocument") == "yes"
    assert window.map_view.evaluate("assetmap.view()") == view_before
    assert window.statusBar().currentMessage() == "4 assets, 4 shown"


def test_undo_and_redo_shortcuts_take_an_addition_back_and_forth(qtbot, window: MainWindow) -> None:
    window.undo_stack.push(
        AddAssetCommand(
            window.register, {"name": "Tool Library", "category": "local_economy"}, window.apply_change
        )
    )
    assert window.model.rowCount() == 4
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == 3
    assert "Tool Library" not in [a.name for a in window.register.assets(include_removed=True)]
    QTest.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.model.rowCount() == 4


def test_dragging_a_marker_moves_the_asset_and_undo_puts_it_back(
    qtbot, window: MainWindow, register: Register
) -> None:
    target = asset_id(register, "Bolton Choir")
    before = register.asset(target)
    window.select_asset(target)
    qtbot.waitUntil(lambda: page_stats(window)["handle"] is not None)
    window.map_view.evaluate(f"assetmap.dragHandleTo({M1_1AD.lon}, {M1_1AD.lat})")
    qtbot.waitUntil(lambda: register.asset(target).ward_code == M1_1AD.ward_code)
    qtbot.waitUntil(
        lambda: window.map_view.evaluate(f"assetmap.assetPosition({target!r})") == [M1_1AD.lon, M1_1AD.lat]
    )
    window.undo_stack.undo()
    after_undo = register.asset(target)
    assert (after_undo.lon, after_undo.lat, after_undo.ward_code) == (
        before.lon,
        before.lat,
        before.ward_code,
    )
    qtbot.waitUntil(
        lambda: window.map_view.evaluate(f"assetmap.assetPosition({target!r})") == [before.lon, before.lat]
    )


def test_place_mode_sets_the_selected_assets_location(qtbot, window: MainWindow, register: Register) -> None:
    target = asset_id(register, "Ancoats Library")
    window.select_asset(target)
    window.place_action.setChecked(True)
    qtbot.waitUntil(lambda: page_stats(window)["place_mode"] is True)
    window.map_view.location_picked.emit(M1_1AD.lon, M1_1AD.lat)
    assert (register.asset(target).lon, register.asset(target).lat) == (M1_1AD.lon, M1_1AD.lat)
    assert window.place_action.isChecked() is False


def test_removing_hides_the_asset_and_restoring_brings_it_back(
    qtbot, window: MainWindow, register: Register
) -> None:
    target = asset_id(register, "Hulme Community Garden")
    window.select_asset(target)
    window.remove_selected()
    qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 2)
    assert [a.id for a in register.removed_assets()] == [target]
    assert window.model.row_of(target) is None
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 3)
    assert window.model.row_of(target) is not None
    assert register.removed_assets() == []


def test_filtering_the_table_filters_the_map(qtbot, window: MainWindow) -> None:
    window.filter_bar.category_combo.setCurrentIndex(
        window.filter_bar.category_combo.findData("institutions")
    )
    qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 1)
    window.filter_bar.clear()
    qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 3)


def test_window_layout_is_remembered(qtbot, register: Register) -> None:
    first = open_window(qtbot, register)
    first.resize(1300, 800)
    first.splitter.setSizes([500, 800])
    size, sizes = (first.width(), first.height()), first.splitter.sizes()
    first.close()
    first.shut_down()
    second = open_window(qtbot, register)
    try:
        assert (second.width(), second.height()) == size == (1300, 800)
        assert second.splitter.sizes() == sizes
    finally:
        second.shut_down()
        second.close()


def test_an_empty_register_shows_a_helpful_empty_state(qtbot, tmp_path: Path) -> None:
    with Register.open(tmp_path / "empty.assetmap") as empty:
        window = open_window(qtbot, empty)
        try:
            assert window.table_stack.currentWidget() is window.empty_state
            assert "Ctrl+N" in window.empty_state.text()
            assert window.statusBar().currentMessage() == "0 assets, 0 shown"
        finally:
            window.shut_down()
            window.close()


def test_after_an_import_the_table_and_map_show_the_register_afresh(
    qtbot, window: MainWindow, register: Register
) -> None:
    window.map_view.evaluate("(window.__sameDocument = 'yes')")
    hall = {"name": "Imported Hall", "category": "physical_spaces", "lon": -2.25, "lat": 53.47}
    register.add_assets([hall])
    register.remove_asset(asset_id(register, "Bolton Choir"))
    window.reload_from_register()
    qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 3)
    assert window.model.row_of(asset_id(register, "Imported Hall")) is not None
    assert window.map_view.evaluate("window.__sameDocument") == "yes"


def test_the_export_filter_is_the_tables_filter(qtbot, window: MainWindow) -> None:
    window.filter_bar.category_combo.setCurrentIndex(window.filter_bar.category_combo.findData("institutions"))
    window.filter_bar.search.setText("library")
    window.filter_bar.flush()
    chosen = window.exchange.current_filter()
    assert (chosen.category, chosen.search) == ("institutions", "library")
    assert [a.name for a in chosen.apply(window.register.assets())] == ["Ancoats Library"]


def test_on_first_run_the_map_gets_the_larger_share_of_the_window(window: MainWindow) -> None:
    table_side, map_side = window.splitter.sizes()
    assert map_side > table_side > 0
