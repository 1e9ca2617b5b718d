"""The abundance panel: its choices give the layer and chart data, and "Show on map" switches the layer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset
from assetmap.ui import abundance_panel as panel_module
from assetmap.ui.abundance_panel import EMPTY_TEXT, AbundancePanel

BRAMHALL_NORTH = "E05015014"
IN_BRAMHALL = (-2.16507, 53.37156)
PEOPLE = ("Jane Mender-Kq9", "Omar Singer-Kq9", "Ada Listener-Kq9")


def make_assets() -> list[Asset]:
    """Bramhall North (Stockport): 2 associations, 1 partner-only space and 3 people."""
    spots = [("associations", "public"), ("associations", "public"), ("physical_spaces", "partners")]
    assets = [
        Asset(
            id=f"a{i}",
            name=f"Group {i}",
            category=category,
            visibility=visibility,
            lon=IN_BRAMHALL[0],
            lat=IN_BRAMHALL[1],
            ward_code=BRAMHALL_NORTH,
        )
        for i, (category, visibility) in enumerate(spots)
    ]
    assets += [
        Asset(id=f"p{i}", name=name, category="gifts_skills", ward_code=BRAMHALL_NORTH)
        for i, name in enumerate(PEOPLE)
    ]
    return assets


@pytest.fixture
def panel(qtbot) -> Iterator[AbundancePanel]:
    widget = AbundancePanel(assets=make_assets(), boundaries=gm_boundaries())
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def choose(combo, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_panel_starts_on_assets_and_sends_only_charts(qtbot, panel: AbundancePanel) -> None:
    assert panel.assets_radio.isChecked()
    with qtbot.assertNotEmitted(panel.layer_changed), qtbot.waitSignal(panel.charts_changed) as charts:
        panel.refresh()
    # 2 groups; the space is partners-only, and the 3 people are withheld (the total would give them away).
    assert charts.args[0]["counted"] == 2
    assert panel.summary_label.text().startswith("2 places and groups counted in 215 wards")
    assert "withheld to protect individuals" in panel.summary_label.text()
    assert panel.layer is None
    assert panel.options().tier == "public" and panel.options().measure == "per1000"


def test_choosing_abundance_sends_the_layer_for_the_current_choices(qtbot, panel: AbundancePanel) -> None:
    choose(panel.area_combo, "Stockport")
    choose(panel.measure_combo, "count")
    with qtbot.waitSignal(panel.layer_changed) as sent:
        panel.abundance_radio.setChecked(True)
    layer = sent.args[0]
    assert layer["area"] == "Stockport" and layer["title"] == "Assets"
    assert len(layer["wards"]) == 21
    assert dict(layer["wards"][BRAMHALL_NORTH]["figures"])["People's gifts and skills"] == "<5"
    with qtbot.waitSignal(panel.layer_changed) as sent:
        panel.assets_radio.setChecked(True)
    assert sent.args == [None]


def test_a_change_of_choice_resends_the_layer_shortly(qtbot, panel: AbundancePanel) -> None:
    panel.abundance_radio.setChecked(True)
    with qtbot.waitSignal(panel.layer_changed, timeout=3000) as sent:
        choose(panel.scheme_combo, "equal_interval")
    assert sent.args[0]["area"] == "Greater Manchester"
    with qtbot.waitSignal(panel.layer_changed, timeout=3000) as sent:
        panel.category_boxes["gifts_skills"].setChecked(False)
    assert sent.args[0]["categories"] == [
        "associations",
        "institutions",
        "physical_spaces",
        "local_economy",
        "culture_stories",
    ]


def test_new_assets_refresh_the_layer(qtbot, panel: AbundancePanel) -> None:
    with qtbot.waitSignal(panel.layer_changed, timeout=3000):
        panel.abundance_radio.setChecked(True)
    assert panel.layer["counted"] == 2
    more = [*make_assets(), Asset(id="n", name="New", category="institutions", ward_code=BRAMHALL_NORTH)]
    with qtbot.waitSignal(panel.layer_changed, timeout=3000) as sent:
        panel.set_assets(more, people=NO_PEOPLE)
    assert sent.args[0]["counted"] == 3
    # Two more people make five: shown exactly, and counted in the total again.
    people = [
        Asset(id=f"m{i}", name=f"More {i}", category="gifts_skills", ward_code=BRAMHALL_NORTH)
        for i in range(2)
    ]
    with qtbot.waitSignal(panel.layer_changed, timeout=3000) as sent:
        panel.set_assets([*more, *people], people=NO_PEOPLE)
    assert sent.args[0]["counted"] == 8
    assert panel.summary_label.text() == "8 assets counted in 215 wards of Greater Manchester."


def test_the_partners_tier_says_it_contains_partner_only_information(qtbot, panel: AbundancePanel) -> None:
    assert not panel.notice_label.isVisible()
    panel.abundance_radio.setChecked(True)
    with qtbot.waitSignal(panel.layer_changed, timeout=3000) as sent:
        choose(panel.tier_combo, "partners")
    assert panel.notice_label.isVisible()
    assert panel.notice_label.text() == "Contains partner-only information"
    assert sent.args[0]["partner_notice"] == "Contains partner-only information"
    assert sent.args[0]["counted"] == 3  # 2 groups and the partner-only space; the 3 people are withheld


def test_the_last_chosen_category_cannot_be_unchecked(panel: AbundancePanel) -> None:
    boxes = panel.category_boxes
    for code, box in boxes.items():
        if code != "associations":
            box.setChecked(False)
    assert not boxes["associations"].isEnabled()
    assert panel.options().categories == ["associations"]
    boxes["institutions"].setChecked(True)
    assert boxes["associations"].isEnabled()


def test_the_walking_distance_is_offered_for_reach_only(panel: AbundancePanel) -> None:
    assert not panel.walk_spin.isEnabled()
    choose(panel.measure_combo, "reach")
    assert panel.walk_spin.isEnabled()
    panel.walk_spin.setValue(400)
    assert panel.measure_combo.currentText() == "Share of postcodes within 400 m of an asset"
    assert panel.options().walk_m == 400


def test_per_1000_names_its_population_source(panel: AbundancePanel) -> None:
    assert panel.measure_note.isVisible()
    assert "Census 2021, estimated for 2023 wards" in panel.measure_note.text()


def test_nothing_counted_explains_what_to_do(qtbot) -> None:
    empty = AbundancePanel(assets=[], boundaries=gm_boundaries())
    qtbot.addWidget(empty)
    with qtbot.waitSignal(empty.charts_changed) as charts:
        empty.refresh()
    assert charts.args[0]["counted"] == 0
    assert empty.summary_label.text() == EMPTY_TEXT


def test_show_layer_switches_like_the_panels_own_switch(qtbot, panel: AbundancePanel) -> None:
    with qtbot.waitSignal(panel.layer_changed) as sent:
        panel.show_layer("abundance")
    assert sent.args[0]["kind"] == "abundance" and panel.showing_abundance
    with qtbot.waitSignal(panel.layer_changed) as sent:
        panel.show_layer("assets")
    assert sent.args == [None]


@pytest.mark.web
def test_the_panels_switch_drives_the_map(qtbot, panel: AbundancePanel) -> None:
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    from assetmap.register.categories import ABCD_CATEGORIES
    from assetmap.register.records import Category
    from assetmap.ui.web.view import MapView

    view = MapView(boundaries=gm_boundaries())
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    try:
        with qtbot.waitSignal(view.ready, timeout=30000):
            view.load(
                [Category(c.code, c.label, c.colour, c.subcategories) for c in ABCD_CATEGORIES],
                make_assets(),
                {},
                people=NO_PEOPLE,
            )
        panel.layer_changed.connect(view.set_abundance_layer)
        choose(panel.area_combo, "Bolton")
        panel.abundance_radio.setChecked(True)
        qtbot.waitUntil(lambda: view.evaluate("assetmap.abundance().filled_wards") == 20, timeout=5000)
        panel.assets_radio.setChecked(True)
        qtbot.waitUntil(lambda: view.evaluate("assetmap.abundance().shown") is False, timeout=5000)
    finally:
        view.shutdown()
        view.close()
        view.deleteLater()
        qtbot.wait(50)


def test_the_analysis_runs_off_the_ui_thread(qtbot, panel: AbundancePanel) -> None:
    import threading

    threads: list[str] = []
    original = panel_module.analyse

    def spy(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    panel_module.analyse = spy
    try:
        with qtbot.waitSignal(panel.charts_changed, timeout=5000):
            panel.set_assets(make_assets(), people=NO_PEOPLE)
    finally:
        panel_module.analyse = original
    assert threads and all(name.startswith("abundance") for name in threads)


def test_the_charts_and_the_layer_are_built_off_the_ui_thread(qtbot, panel: AbundancePanel) -> None:
    import threading

    from assetmap.reports import layer as layer_module

    threads: dict[str, list[str]] = {"analyse": [], "chart_data_from": [], "layer_from": []}
    originals = {
        "analyse": panel_module.analyse,
        "chart_data_from": layer_module.chart_data_from,
        "layer_from": layer_module.layer_from,
    }

    def spy(name: str):
        def recorded(*args, **kwargs):
            threads[name].append(threading.current_thread().name)
            return originals[name](*args, **kwargs)

        return recorded

    panel_module.analyse = spy("analyse")
    layer_module.chart_data_from = spy("chart_data_from")
    layer_module.layer_from = spy("layer_from")
    try:
        with qtbot.waitSignal(panel.charts_changed, timeout=5000):
            panel.set_assets(make_assets(), people=NO_PEOPLE)
        assert threads["layer_from"] == []  # no layer while the map shows assets
        with qtbot.waitSignal(panel.layer_changed, timeout=5000) as sent:
            panel.abundance_radio.setChecked(True)
    finally:
        panel_module.analyse = originals["analyse"]
        layer_module.chart_data_from = originals["chart_data_from"]
        layer_module.layer_from = originals["layer_from"]
    assert sent.args[0]["counted"] == 2
    assert len(threads["analyse"]) == 1  # the layer was built from the analysis the charts came from
    assert threads["chart_data_from"] and threads["layer_from"]
    every = [name for names in threads.values() for name in names]
    assert all(name.startswith("abundance") for name in every), every
