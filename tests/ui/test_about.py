"""The About box credits every data source with its licence."""

from __future__ import annotations

import geopandas as gpd
import shapely
from PySide6.QtCore import Qt

import assetmap
from assetmap.geo.boundaries import gm_boundaries
from assetmap.register import Register
from assetmap.sources import DATA_SOURCES
from assetmap.ui.about import AboutDialog


def test_about_names_the_app_version_and_purpose(qtbot) -> None:
    dialog = AboutDialog(gm_boundaries())
    qtbot.addWidget(dialog)
    text = dialog.plain_text()
    assert f"AssetMap {assetmap.__version__}" in text
    assert "start from what a community already has" in text


def test_about_credits_every_licence(qtbot) -> None:
    dialog = AboutDialog(gm_boundaries())
    qtbot.addWidget(dialog)
    text = dialog.plain_text()
    for needle in ("Open Government Licence", "Royal Mail", "OpenStreetMap contributors", "ODbL",
                   "Sport England", "Democracy Club", "Trafford Data Lab"):
        assert needle in text
    for source in DATA_SOURCES:
        assert source.attribution in text
        assert source.licence in text


def test_about_text_is_selectable_and_opens_no_links(qtbot) -> None:
    dialog = AboutDialog(gm_boundaries())
    qtbot.addWidget(dialog)
    assert dialog.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not dialog.text.openLinks()
    assert not dialog.text.openExternalLinks()


def test_about_credits_a_registers_own_wards_as_text(qtbot, tmp_path) -> None:
    wards = gpd.GeoDataFrame(
        {
            "ward_code": ["W1"],
            "ward_name": ["One"],
            "lad_code": ["L"],
            "lad_name": ["Leeds"],
        },
        geometry=[shapely.box(-1.6, 53.7, -1.5, 53.8)],
        crs="EPSG:4326",
    )
    with Register.open(tmp_path / "r.assetmap") as register:
        register.use_boundaries(wards, name="<b>Leeds</b> wards", source="leeds.gpkg")
        dialog = AboutDialog(register.boundaries())
        qtbot.addWidget(dialog)
        text = dialog.plain_text()
    assert "This register's wards: <b>Leeds</b> wards" in text
    assert "Imported from leeds.gpkg" in text
