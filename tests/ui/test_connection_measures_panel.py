"""The abundance panel offers the connection measures and works them out from the register's links."""

from __future__ import annotations

from pathlib import Path

from assetmap.register import Register
from assetmap.reports.measures import measure_label
from assetmap.ui.abundance_panel import AbundancePanel

BRAMHALL_NORTH = "E05015014"
IN_BRAMHALL = (-2.16507, 53.37156)


def test_the_panel_offers_the_connection_measures_and_counts_the_links_it_is_given(
    qtbot, tmp_path: Path
) -> None:
    with Register.open(tmp_path / "panel.assetmap") as register:
        lon, lat = IN_BRAMHALL
        hall = register.add_asset(name="Hall", category="physical_spaces", lon=lon, lat=lat).added[0]
        club = register.add_asset(name="Club", category="associations", lon=lon, lat=lat).added[0]
        register.add_asset(name="Choir", category="associations", lon=lon, lat=lat)
        register.add_link(club, hall, "meets_at")
        panel = AbundancePanel(boundaries=register.boundaries())
        qtbot.addWidget(panel)
        panel.show()
        labels = [panel.measure_combo.itemText(i) for i in range(panel.measure_combo.count())]
        assert measure_label("linked") in labels and measure_label("groups") in labels
        panel.set_assets(register.assets(), people=register.people_view(), links=register.links())
        panel.measure_combo.setCurrentIndex(panel.measure_combo.findData("groups"))
        panel.refresh()
        assert panel._analysis is not None and panel._analysis.shown(BRAMHALL_NORTH) == "1"
        panel.measure_combo.setCurrentIndex(panel.measure_combo.findData("linked"))
        panel.refresh()
        assert panel._analysis.shown(BRAMHALL_NORTH) == "67%"  # hall and club of three
        assert "Links among the counted assets" in panel.measure_note.text()
        # New assets without new links keep the links the panel was given.
        panel.set_assets(register.assets(), people=register.people_view())
        panel.refresh()
        assert panel._analysis.shown(BRAMHALL_NORTH) == "67%"
