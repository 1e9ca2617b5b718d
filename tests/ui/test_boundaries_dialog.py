"""File → Ward boundaries…: another area's wards in the real window, map, filters and panels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtWidgets import QMessageBox

from assetmap.register import Register
from assetmap.ui.boundaries_dialog import BoundariesDialog
from assetmap.ui.main_window import MainWindow
from tests.ui.conftest import page_stats

pytestmark = pytest.mark.web

LEEDS_HALL = (-1.52, 53.80)
ATTRIBUTION_JS = (
    "(() => { const c = document.querySelector('.leaflet-control-attribution');"
    " return [c.textContent, c.querySelectorAll('i').length]; })()"
)
CITY_CENTRE = (-2.2374, 53.4808)


def _leeds(tmp_path: Path, name: str = "Headingley") -> Path:
    frame = gpd.GeoDataFrame(
        {
            "WD23CD": ["E05099001", "E05099002", "E05099003"],
            "WD23NM": ["Hyde Park", name, "Kirkstall"],
            "LAD23CD": ["E08000035"] * 3,
            "LAD23NM": ["Leeds"] * 3,
        },
        geometry=[
            shapely.box(-1.60, 53.78, -1.55, 53.82),
            shapely.box(-1.55, 53.78, -1.50, 53.82),
            shapely.box(-1.65, 53.78, -1.60, 53.82),
        ],
        crs="EPSG:4326",
    ).to_crs("EPSG:27700")
    path = tmp_path / "leeds_wards.gpkg"
    frame.to_file(path, layer="wards", engine="pyogrio")
    return path


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "team.assetmap")
    register.add_assets(
        [
            {"name": "Leeds hall", "category": "physical_spaces", "lon": LEEDS_HALL[0], "lat": LEEDS_HALL[1]},
            {
                "name": "Central library",
                "category": "institutions",
                "lon": CITY_CENTRE[0],
                "lat": CITY_CENTRE[1],
            },
        ]
    )
    yield register
    register.close()


def _row_texts(window: MainWindow, name: str) -> list[str]:
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.asset_at(r).name == name)
    return [model.index(row, c).data() or "" for c in range(model.columnCount())]


def test_imported_wards_replace_gm_everywhere_and_back(
    qtbot, window: MainWindow, register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page_stats(window)["wards"] == 215
    assert window.map_view.evaluate(ATTRIBUTION_JS)[0].startswith("Boundaries: ONS, Open Government Licence")
    dialog = BoundariesDialog(register, window)
    qtbot.addWidget(dialog)
    dialog.changed.connect(lambda _change: window.boundaries_changed())
    assert "bundled Greater Manchester wards" in dialog.current_label.text()
    assert not dialog.bundled_button.isEnabled() and not dialog.import_button.isEnabled()

    dialog.set_file(_leeds(tmp_path, name="<img src=x onerror=alert(1)>"))
    assert dialog.field_combos["code"].currentText() == "WD23CD"
    assert dialog.field_combos["district_name"].currentText() == "LAD23NM"
    assert dialog.field_combos["population"].currentData() is None
    dialog.name_edit.setText("Leeds <i>wards</i>")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.map_view.ready, timeout=30000):
        dialog.import_button.click()

    assert "now uses 3 wards in 1 district(s)" in dialog.result_label.text()
    assert "its own wards, Leeds <i>wards</i>" in dialog.current_label.text()
    # The map draws the new wards, and the asset in Leeds is in its ward; the other is flagged outside.
    stats = page_stats(window)
    assert (stats["wards"], stats["districts"], stats["assets_drawn"]) == (3, 1, 2)
    # The map credits the register's own wards, as text (Leaflet takes attributions as HTML).
    assert window.map_view.evaluate(ATTRIBUTION_JS) == [
        "Wards: Leeds <i>wards</i> (imported from leeds_wards.gpkg)",
        0,
    ]
    assert _row_texts(window, "Leeds hall")[3] == "<img src=x onerror=alert(1)>"
    assert _row_texts(window, "Leeds hall")[4] == "Leeds"
    assert _row_texts(window, "Central library")[3] == "Outside the wards"
    # Filters and the abundance panel list the new area.
    districts = [
        window.filter_bar.district_combo.itemText(i) for i in range(window.filter_bar.district_combo.count())
    ]
    assert districts == ["All districts", "Leeds"]
    assert window.filter_bar.ward_combo.count() == 4
    assert window.abundance_panel.area_combo.itemText(0) == "All of Leeds <i>wards</i>"
    # These wards came without residents' figures, so the panel counts assets rather than rates.
    assert window.abundance_panel.measure_combo.currentData() == "count"
    window.filter_bar.district_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "2 assets, 1 shown")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.map_view.ready, timeout=30000):
        dialog.bundled_button.click()
    assert page_stats(window)["wards"] == 215
    assert window.map_view.evaluate(ATTRIBUTION_JS)[0].startswith("Boundaries: ONS, Open Government Licence")
    assert _row_texts(window, "Leeds hall")[3] == "Outside the wards"
    assert _row_texts(window, "Central library")[3] not in ("", "Outside the wards")
    assert window.abundance_panel.area_combo.itemText(0) == "All of Greater Manchester"
    assert not dialog.bundled_button.isEnabled()


def test_a_file_that_cannot_be_read_is_named_in_the_dialog(qtbot, register: Register, tmp_path: Path) -> None:
    bad = tmp_path / "wards.gpkg"
    bad.write_bytes(b"not a geopackage at all")
    dialog = BoundariesDialog(register)
    qtbot.addWidget(dialog)
    dialog.set_file(bad)
    assert "wards.gpkg" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    assert not dialog.import_button.isEnabled()
    assert register.boundaries().bundled


def test_residents_are_joined_from_a_csv_chosen_in_the_dialog(
    qtbot, register: Register, tmp_path: Path
) -> None:
    census = tmp_path / "residents.csv"
    census.write_text(
        "geography code,Observation\nE05099001,21004\nE05099002,19870\nE05099003,18000\n", encoding="utf-8"
    )
    dialog = BoundariesDialog(register)
    qtbot.addWidget(dialog)
    dialog.set_file(_leeds(tmp_path))
    dialog.set_population_csv(census)
    assert dialog.population_code_combo.currentText() == "geography code"
    assert dialog.population_column_combo.currentText() == "Observation"
    dialog.import_button.click()
    assert "Residents joined from Observation in residents.csv for 3 of 3 wards" in dialog.result_label.text()
    assert "unavailable" not in dialog.result_label.text()
    assert register.boundaries().population["E05099002"] == 19870.0


def test_the_dialog_warns_when_the_file_has_no_residents(qtbot, register: Register, tmp_path: Path) -> None:
    dialog = BoundariesDialog(register)
    qtbot.addWidget(dialog)
    dialog.set_file(_leeds(tmp_path))
    dialog.import_button.click()
    assert "per 1,000 residents will be unavailable" in dialog.result_label.text()
    assert "'Residents from a CSV' in the dialog" in dialog.result_label.text()
