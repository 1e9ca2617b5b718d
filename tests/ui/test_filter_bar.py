"""The filter bar drives the asset filter proxy."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register.store import Register
from assetmap.ui.asset_table import AssetFilterProxy, AssetTableModel
from assetmap.ui.filter_bar import FilterBar


@pytest.fixture
def setup(qtbot, tmp_path: Path):
    register = Register.open(tmp_path / "r.assetmap")
    register.add_asset(name="Bolton Central Library", category="institutions", lon=-2.431294, lat=53.577385)
    register.add_asset(name="Deansgate Choir", category="associations", lon=-2.244869, lat=53.483768,
                       description="Sings on Thursdays", status="draft")
    b = gm_boundaries()
    model = AssetTableModel(register.categories(), b.ward_names, b.ward_district, b.district_names)
    model.set_assets(register.assets())
    proxy = AssetFilterProxy()
    proxy.setSourceModel(model)
    bar = FilterBar(register.categories(), b)
    qtbot.addWidget(bar)
    bar.bind(proxy)
    yield bar, proxy
    register.close()


def shown(proxy: AssetFilterProxy) -> list[str]:
    return sorted(proxy.asset_at(r).name for r in range(proxy.rowCount()))


def test_search_box_has_its_placeholder_and_clear_button(setup) -> None:
    bar, _ = setup
    assert bar.search.placeholderText() == "Search name, description, tags"
    assert bar.search.isClearButtonEnabled()


def test_typing_filters_after_a_short_pause(qtbot, setup) -> None:
    bar, proxy = setup
    bar.search.setText("thursday")
    assert proxy.rowCount() == 2  # not yet: typing is debounced
    with qtbot.waitSignal(bar.filters_changed, timeout=1000):
        pass
    assert shown(proxy) == ["Deansgate Choir"]


def test_choosing_a_category_filters_at_once(setup) -> None:
    bar, proxy = setup
    bar.category_combo.setCurrentIndex(bar.category_combo.findData("institutions"))
    assert shown(proxy) == ["Bolton Central Library"]


def test_choosing_a_status_filters_at_once(setup) -> None:
    bar, proxy = setup
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("draft"))
    assert shown(proxy) == ["Deansgate Choir"]


def test_choosing_a_district_narrows_the_ward_list(setup) -> None:
    bar, proxy = setup
    all_wards = bar.ward_combo.count()
    assert all_wards == 216  # "All wards" and the 215 GM wards
    bar.district_combo.setCurrentIndex(bar.district_combo.findData("E08000003"))  # Manchester
    assert bar.ward_combo.count() == 33
    assert bar.ward_combo.itemText(0) == "All wards"
    assert shown(proxy) == ["Deansgate Choir"]
    bar.ward_combo.setCurrentIndex(bar.ward_combo.findData("E05011361"))  # Deansgate
    assert shown(proxy) == ["Deansgate Choir"]


def test_a_chosen_ward_outside_the_new_district_is_dropped(setup) -> None:
    bar, proxy = setup
    bar.ward_combo.setCurrentIndex(bar.ward_combo.findData("E05011361"))
    bar.district_combo.setCurrentIndex(bar.district_combo.findData("E08000001"))  # Bolton
    assert bar.ward() is None
    assert shown(proxy) == ["Bolton Central Library"]


def test_every_combo_starts_with_all(setup) -> None:
    bar, _ = setup
    assert bar.category_combo.itemText(0) == "All categories"
    assert bar.district_combo.itemText(0) == "All districts"
    assert bar.ward_combo.itemText(0) == "All wards"
    assert bar.status_combo.itemText(0) == "All statuses"


def test_clear_shows_everything(setup) -> None:
    bar, proxy = setup
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("draft"))
    bar.search.setText("choir")
    bar.clear()
    assert not bar.is_filtering()
    assert proxy.rowCount() == 2
