"""The asset table model and its filter proxy, over records from a real register."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register.records import Asset
from assetmap.register.store import Register
from assetmap.ui.asset_table import NO_LOCATION, OUTSIDE_WARDS, AssetFilterProxy, AssetIdRole, AssetTableModel

DEANSGATE = (-2.244869, 53.483768)  # M1 1AD, Deansgate ward, Manchester
BOLTON = (-2.431294, 53.577385)  # Bolton Central Library
LONDON = (-0.1276, 51.5072)


@pytest.fixture
def register(tmp_path: Path) -> Register:
    reg = Register.open(tmp_path / "r.assetmap")
    reg.add_asset(name="Bolton Central Library", category="institutions", subcategory="Library",
                  lon=BOLTON[0], lat=BOLTON[1], tags=("books", "warm space"), status="active")
    reg.add_asset(name="Deansgate Choir", category="associations", description="Sings on Thursday evenings",
                  lon=DEANSGATE[0], lat=DEANSGATE[1], status="draft")
    reg.add_asset(name="Knitting circle", category="gifts_skills", tags=("Crafts",), status="active")
    reg.add_asset(name="A London hall", category="physical_spaces", lon=LONDON[0], lat=LONDON[1])
    yield reg
    reg.close()


@pytest.fixture
def model(register: Register) -> AssetTableModel:
    b = gm_boundaries()
    table = AssetTableModel(register.categories(), b.ward_names, b.ward_district, b.district_names)
    table.set_assets(register.assets())
    return table


@pytest.fixture
def proxy(model: AssetTableModel) -> AssetFilterProxy:
    filtered = AssetFilterProxy()
    filtered.setSourceModel(model)
    return filtered


def names(proxy: AssetFilterProxy) -> list[str]:
    return sorted(proxy.asset_at(row).name for row in range(proxy.rowCount()))


def cell(model: AssetTableModel, asset_id: str, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return model.index(model.row_of(asset_id), column).data(role)


def by_name(register: Register, name: str) -> str:
    return next(a.id for a in register.assets() if a.name == name)


def test_table_model_passes_the_qt_model_tester(qtmodeltester, model: AssetTableModel) -> None:
    qtmodeltester.check(model)


def test_filter_proxy_passes_the_qt_model_tester(qtmodeltester, proxy: AssetFilterProxy) -> None:
    proxy.set_search("library")
    qtmodeltester.check(proxy)


def test_filter_proxy_stays_consistent_through_filters_edits_and_sorting(
    qtmodeltester, proxy: AssetFilterProxy, model: AssetTableModel, register: Register
) -> None:
    qtmodeltester.check(proxy)  # stays attached: checks every signal from here on
    proxy.set_search("e")
    model.apply_change(register.add_asset(name="Eccles Choir", category="associations"))
    model.apply_change(register.add_asset(name="Bury Park", category="physical_spaces"))  # no "e": hidden
    choir = by_name(register, "Deansgate Choir")
    model.apply_change(register.update_asset(choir, name="Deansgate Singers", description="Sings"))
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    model.apply_change(register.remove_assets([by_name(register, "Eccles Choir")]))
    proxy.set_filters(search="", category="associations")
    model.set_assets(register.assets())
    proxy.set_category(None)
    assert proxy.rowCount() == model.rowCount() == 5
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == sorted(shown, key=str.casefold, reverse=True)


def test_the_column_titles_stay_when_no_row_passes(proxy: AssetFilterProxy) -> None:
    proxy.set_search("nothing matches this")
    assert proxy.rowCount() == 0
    titles = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    assert titles == [column.title for column in AssetTableModel.COLUMNS]


def test_a_filter_change_keeps_the_selection_on_rows_that_stay(view_with_selection, proxy, register) -> None:
    choir = by_name(register, "Deansgate Choir")
    proxy.set_search("sings")
    assert names(proxy) == ["Deansgate Choir"]
    assert selected_ids(view_with_selection) == {choir}
    proxy.set_search("library")
    assert selected_ids(view_with_selection) == set()  # hidden rows are not kept selected
    proxy.set_search("")
    assert proxy.rowCount() == 4


def test_rows_show_category_label_ward_and_district_names(model: AssetTableModel, register: Register) -> None:
    library = by_name(register, "Bolton Central Library")
    assert cell(model, library, 1) == "Institutions"
    assert cell(model, library, 3) == "Queens Park & Central"
    assert cell(model, library, 4) == "Bolton"
    assert cell(model, library, 0, AssetIdRole) == library


def test_an_asset_outside_every_ward_is_flagged(model: AssetTableModel, register: Register) -> None:
    hall = by_name(register, "A London hall")
    assert cell(model, hall, 3) == OUTSIDE_WARDS
    assert "outside every ward on the map" in cell(model, hall, 3, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, hall, 3, Qt.ItemDataRole.DecorationRole) is not None
    library = by_name(register, "Bolton Central Library")
    assert cell(model, library, 3, Qt.ItemDataRole.DecorationRole) is None


def test_an_asset_without_a_location_says_so(model: AssetTableModel, register: Register) -> None:
    assert cell(model, by_name(register, "Knitting circle"), 3) == NO_LOCATION


def test_row_of_finds_each_asset(model: AssetTableModel) -> None:
    for row in range(model.asset_count()):
        assert model.row_of(model.asset_at(row).id) == row
    assert model.row_of("no-such-id") is None


def selected_ids(view: QTableView) -> set[str]:
    return {i.data(AssetIdRole) for i in view.selectionModel().selectedRows()}


@pytest.fixture
def view_with_selection(qtbot, proxy: AssetFilterProxy, register: Register) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    row = proxy.row_of(by_name(register, "Deansgate Choir"))
    view.selectionModel().select(
        proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    return view


def test_applying_an_insert_keeps_the_selection(view_with_selection, model, register) -> None:
    before = selected_ids(view_with_selection)
    change = register.add_asset(name="Aardvark allotments", category="physical_spaces")
    model.apply_change(change)
    assert model.row_of(change.added[0]) is not None
    assert model.asset_count() == 5
    assert selected_ids(view_with_selection) == before


def test_applying_an_update_changes_the_row_and_keeps_the_selection(view_with_selection, model, register):
    choir = by_name(register, "Deansgate Choir")
    before = selected_ids(view_with_selection)
    model.apply_change(register.update_asset(choir, name="Deansgate Community Choir"))
    assert cell(model, choir, 0) == "Deansgate Community Choir"
    assert model.asset_count() == 4
    assert selected_ids(view_with_selection) == before == {choir}


def test_applying_a_removal_takes_the_row_out_and_keeps_the_selection(view_with_selection, model, register):
    library = by_name(register, "Bolton Central Library")
    model.apply_change(register.remove_assets([library]))
    assert model.row_of(library) is None
    assert model.asset_count() == 3
    assert selected_ids(view_with_selection) == {by_name(register, "Deansgate Choir")}


def test_applying_a_purge_takes_the_row_out(model: AssetTableModel, register: Register) -> None:
    hall = by_name(register, "A London hall")
    change, _snapshot = register.purge_asset(hall)
    model.apply_change(change)
    assert model.row_of(hall) is None
    for row in range(model.asset_count()):
        assert model.row_of(model.asset_at(row).id) == row


def test_search_matches_name_description_and_tags_in_any_case(proxy: AssetFilterProxy) -> None:
    proxy.set_search("LIBRARY")
    assert names(proxy) == ["Bolton Central Library"]
    proxy.set_search("thursday")
    assert names(proxy) == ["Deansgate Choir"]
    proxy.set_search("crafts")
    assert names(proxy) == ["Knitting circle"]
    proxy.set_search("warm space")
    assert names(proxy) == ["Bolton Central Library"]
    proxy.set_search("")
    assert proxy.rowCount() == 4


def test_category_filter_keeps_only_that_category(proxy: AssetFilterProxy) -> None:
    proxy.set_category("associations")
    assert names(proxy) == ["Deansgate Choir"]


def test_district_filter_keeps_assets_in_that_district(proxy: AssetFilterProxy) -> None:
    proxy.set_district("E08000001")  # Bolton
    assert names(proxy) == ["Bolton Central Library"]
    proxy.set_district("E08000003")  # Manchester
    assert names(proxy) == ["Deansgate Choir"]


def test_ward_filter_keeps_assets_in_that_ward(proxy: AssetFilterProxy) -> None:
    proxy.set_ward("E05011361")  # Deansgate
    assert names(proxy) == ["Deansgate Choir"]


def test_status_filter_keeps_assets_with_that_status(proxy: AssetFilterProxy) -> None:
    proxy.set_status("draft")
    assert names(proxy) == ["Deansgate Choir"]
    proxy.set_status(None)
    assert proxy.rowCount() == 4


def test_filters_combine(proxy: AssetFilterProxy) -> None:
    proxy.set_filters(search="e", category="institutions", status="active")
    assert names(proxy) == ["Bolton Central Library"]
    proxy.set_status("draft")
    assert names(proxy) == []


def test_a_new_asset_is_filtered_as_it_arrives(proxy: AssetFilterProxy, model, register) -> None:
    proxy.set_category("associations")
    model.apply_change(register.add_asset(name="Bolton Wanderers Supporters", category="associations"))
    model.apply_change(register.add_asset(name="Bury Library", category="institutions"))
    assert names(proxy) == ["Bolton Wanderers Supporters", "Deansgate Choir"]


def test_an_edit_that_stops_matching_hides_the_row(proxy: AssetFilterProxy, model, register) -> None:
    proxy.set_search("choir")
    choir = by_name(register, "Deansgate Choir")
    model.apply_change(register.update_asset(choir, name="Deansgate Singers", description=None))
    assert names(proxy) == []


def test_sorting_by_name_ignores_case(proxy: AssetFilterProxy, model, register) -> None:
    model.apply_change(register.add_asset(name="zebra crossing club", category="associations"))
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == sorted(shown, key=str.casefold)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "zebra crossing club"


def test_sorting_by_updated_uses_the_time(proxy: AssetFilterProxy, model, register) -> None:
    choir = by_name(register, "Deansgate Choir")
    model.apply_change(register.update_asset(choir, status="active"))
    proxy.sort(8, Qt.SortOrder.DescendingOrder)
    assert proxy.asset_at(0).id == choir


def test_a_new_asset_lands_in_sorted_place(model: AssetTableModel, register: Register) -> None:
    model.sort(0, Qt.SortOrder.AscendingOrder)
    change = register.add_asset(name="Central Allotments", category="physical_spaces")
    model.apply_change(change)
    shown = [model.asset_at(r).name for r in range(model.asset_count())]
    assert shown == sorted(shown, key=str.casefold)


def test_a_large_register_s_rows_are_out_of_the_garbage_collector_s_reach() -> None:
    """A full collection walking 50,000 rows holds the GIL long enough to freeze the window."""
    b = gm_boundaries()
    table = AssetTableModel([], b.ward_names, b.ward_district, b.district_names)
    try:
        table.set_assets(Asset(id=f"a{i}", name=f"Asset {i}", category="associations") for i in range(5_000))
        tracked = {id(o) for o in gc.get_objects()}
        assert gc.get_freeze_count() >= 5_000
        assert id(table.asset_at(0)) not in tracked and id(table.asset_at(4_999)) not in tracked
        assert table.rowCount() == 5_000
    finally:
        gc.unfreeze()


def test_a_small_register_s_rows_stay_with_the_garbage_collector(model: AssetTableModel) -> None:
    tracked = {id(o) for o in gc.get_objects()}
    assert id(model.asset_at(0)) in tracked
