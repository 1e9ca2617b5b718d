"""The abundance panel, its map layer and the chart panel with the window in Urdu: titles, figures, axes
and notes in Urdu, nothing in English but the places' own names."""

from __future__ import annotations

import pytest

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Category
from assetmap.reports.analysis import analyse
from assetmap.reports.layer import abundance_layer, chart_data_from, options
from assetmap.ui.abundance_panel import AbundancePanel
from assetmap.ui.chart_panel import ChartPanel
from tests.language_checks import english_left
from tests.ui.test_abundance_panel import make_assets as panel_assets
from tests.ui.test_chart_panel import make_assets


def test_the_chart_panel_in_urdu_has_urdu_titles_bars_axes_and_notes(qtbot, urdu, monkeypatch) -> None:
    from assetmap.ui.bar_chart import BarChart

    # Urdu labels are drawn by Qt, not matplotlib: what each chart is asked to draw is what it shows.
    asked: list[tuple[list[str], list[str], str]] = []
    draw_bars = BarChart.draw_bars

    def recorded(chart, bars, *, percent=False, axis=""):
        asked.append(([str(b["label"]) for b in bars], [str(b["shown"]) for b in bars], axis))
        draw_bars(chart, bars, percent=percent, axis=axis)

    monkeypatch.setattr(BarChart, "draw_bars", recorded)
    categories = [Category(c.code, c.label, c.colour, c.subcategories) for c in ABCD_CATEGORIES]
    panel = ChartPanel(categories=categories)
    qtbot.addWidget(panel)
    panel.resize(500, 700)
    panel.show()
    analysis = analyse(
        make_assets(),
        options(area="Stockport", measure="count", tier="partners"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    panel.show_charts(chart_data_from(analysis))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not panel.is_drawing, timeout=30_000)
    assert panel.category_title.text() == "Stockport میں زمرے کے لحاظ سے اثاثے"
    assert panel.ward_title.text() == "وارڈز بلحاظ اثاثے"
    assert panel.subtitle_label.text() == "Stockport · تمام زمرے · عوامی اور صرف شراکت داروں کے اثاثے"
    assert panel.notice_label.text() == "صرف شراکت داروں کے لیے معلومات شامل ہیں"
    assert panel.notes_label.isVisible() and panel.notes_label.text().startswith("* افراد کے تحفظ")
    (bars, values, category_axis), (wards, _shown, ward_axis) = asked[-2:]
    assert bars[:3] == ["لوگوں کے تحفے اور ہنر", "انجمنیں اور گروپ", "ادارے"]
    assert values[0] == "*" and len(wards) == 21
    axes = [category_axis, ward_axis]
    assert axes == ["گنے گئے اثاثے", "اثاثے"]
    shown = [
        panel.category_title.text(),
        panel.ward_title.text(),
        panel.subtitle_label.text(),
        panel.notice_label.text(),
        panel.notes_label.text(),
        *bars,
        *wards,
        *axes,
    ]
    left = english_left(shown)
    assert not left, f"Still in English: {left}"


def test_the_abundance_panel_in_urdu_sends_an_urdu_layer_and_says_what_it_counted(qtbot, urdu) -> None:
    panel = AbundancePanel(assets=panel_assets(), boundaries=gm_boundaries())
    qtbot.addWidget(panel)
    panel.show()
    assert panel.area_combo.itemText(0) == "پورا گریٹر مانچسٹر"
    with qtbot.waitSignal(panel.layer_changed, timeout=30_000):
        panel.show_layer("abundance")
    layer = panel.layer
    assert layer is not None
    assert layer["title"] == "فی 1,000 رہائشی اثاثے"
    assert layer["subtitle"] == "گریٹر مانچسٹر · تمام زمرے · عوامی اثاثے"
    texts = [layer["title"], layer["subtitle"], layer["note"], *(label for _c, label in layer["legend"])]
    for ward in layer["wards"].values():
        texts += [text for pair in ward["figures"] for text in pair]
    summary = panel.summary_label.text()
    assert summary.startswith("گریٹر مانچسٹر کے 215 وارڈز میں")
    charts = panel.charts
    assert charts is not None
    texts += [summary, charts["categories"]["title"], charts["wards"]["title"], *charts["notes"]]
    # The measure's note under the panel's choices: where the residents' figures come from.
    texts.append(panel.measure_note.text())
    left = english_left(texts)
    assert not left, f"Still in English: {left[:10]}"


@pytest.mark.web
def test_the_map_page_in_urdu_shows_the_layers_legend_and_hover_figures_in_urdu(
    urdu, qtbot, map_view
) -> None:
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    from tests.ui.test_abundance_layer import BRAMHALL_NORTH, CATEGORIES, READY_MS, abundance, show
    from tests.ui.test_abundance_layer import make_assets as map_assets

    with qtbot.waitSignal(map_view.ready, timeout=READY_MS):
        map_view.load(CATEGORIES, map_assets(), {BRAMHALL_NORTH: "Bramhall North"}, people=NO_PEOPLE)
    layer = abundance_layer(
        map_assets(), area="Stockport", measure="count", boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    show(qtbot, map_view, layer)
    shown = abundance(map_view)
    assert shown["title"] == "اثاثے"
    assert shown["subtitle"] == "Stockport · تمام زمرے · عوامی اثاثے"
    assert shown["legend"][-1][1] == "افراد کے تحفظ کے لیے روکا گیا"
    lines = map_view.evaluate(f"assetmap.hoverWard('{BRAMHALL_NORTH}')").split("\n")
    assert lines[:3] == ["Bramhall North", "Stockport", "اثاثے: *"]
    assert "لوگوں کے تحفے اور ہنر: <5" in lines
    assert lines[-1] == "*: افراد کے تحفظ کے لیے روکا گیا"
    left = english_left(
        [shown["title"], shown["subtitle"], *(label for _c, label in shown["legend"]), *lines]
    )
    assert not left, f"Still in English: {left}"
