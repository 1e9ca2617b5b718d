"""The chart panel: one bar per category and per ward, values as printed, and a helpful empty state."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from matplotlib.colors import to_hex

from assetmap.geo.boundaries import gm_boundaries
from assetmap.maps.payload import categories_json
from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset, Category
from assetmap.register.store import Register
from assetmap.reports.analysis import analyse
from assetmap.reports.layer import DEFAULT_RANKED_WARDS, chart_data_from, options
from assetmap.ui.chart_panel import MAX_LABEL_LINES, ChartPanel, wrapped_label

BRAMHALL_NORTH = "E05015014"
BREDBURY = "E05015016"


def make_assets() -> list[Asset]:
    """Bredbury & Woodley: 4 associations; Bramhall North: 1 association, 1 space and 3 people."""
    bredbury = {"lon": -2.10464, "lat": 53.42657, "ward_code": BREDBURY}
    bramhall = {"lon": -2.16507, "lat": 53.37156, "ward_code": BRAMHALL_NORTH}
    assets = [Asset(id=f"b{i}", name=f"Club {i}", category="associations", **bredbury) for i in range(4)]
    assets += [
        Asset(id="h1", name="Residents", category="associations", **bramhall),
        Asset(id="h2", name="Hall", category="physical_spaces", **bramhall),
        Asset(id="h3", name="Hidden", category="physical_spaces", visibility="private", **bramhall),
    ]
    assets += [
        Asset(id=f"p{i}", name=f"Person {i}", category="gifts_skills", ward_code=BRAMHALL_NORTH)
        for i in range(3)
    ]
    return assets


def charts(**choices: object) -> dict:
    return chart_data_from(
        analyse(make_assets(), options(**choices), boundaries=gm_boundaries(), people=NO_PEOPLE)
    )  # type: ignore[arg-type]


@pytest.fixture
def panel(qtbot) -> Iterator[ChartPanel]:
    categories = [Category(c.code, c.label, c.colour, c.subcategories) for c in ABCD_CATEGORIES]
    widget = ChartPanel(categories=categories)
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()
    yield widget


def drawn(qtbot, panel: ChartPanel) -> ChartPanel:
    """The panel once the images for its latest data are shown (they are drawn on a worker)."""
    qtbot.waitUntil(lambda: not panel.is_drawing, timeout=30_000)
    return panel


def tick_labels(chart) -> list[str]:
    return [label.get_text() for label in chart.axes.get_yticklabels()]


def value_labels(chart) -> list[str]:
    return [text.get_text() for text in chart.axes.texts]


def test_one_bar_per_category_and_per_ward_with_printed_values(qtbot, panel: ChartPanel) -> None:
    panel.show_charts(charts(area="Stockport", measure="count"))
    drawn(qtbot, panel)
    assert not panel.is_empty
    assert panel.category_chart.bar_count == len(panel.category_chart.axes.patches) == 6
    # Bramhall North's 3 people are withheld, and so is the district's count of people and its total.
    assert value_labels(panel.category_chart) == ["*", "5", "0", "1", "0", "0"]
    assert panel.ward_chart.bar_count == len(panel.ward_chart.axes.patches) == 21
    assert tick_labels(panel.ward_chart)[0] == "Bredbury & Woodley"
    assert tick_labels(panel.ward_chart)[-1] == "Bramhall North"  # withheld: last, with no bar
    assert value_labels(panel.ward_chart)[:2] == ["4", "0"] and value_labels(panel.ward_chart)[-1] == "*"
    assert panel.ward_chart.axes.patches[-1].get_width() == 0
    assert "5" not in value_labels(panel.ward_chart)
    assert panel.notes_label.isVisible() and "Withheld to protect individuals" in panel.notes_label.text()
    assert panel.category_title.text() == "Assets by category in Stockport"
    assert panel.ward_title.text() == "Wards by assets"


def test_a_few_people_get_no_bar_length_and_are_withheld(qtbot, panel: ChartPanel) -> None:
    panel.show_charts(charts(area="Stockport", measure="count", categories=["gifts_skills"]))
    drawn(qtbot, panel)
    assert not panel.is_empty  # people were counted, though no figure of them can be shown
    assert tick_labels(panel.category_chart) == ["People's gifts and skills"]
    assert value_labels(panel.category_chart) == ["*"]
    assert panel.category_chart.axes.patches[0].get_width() == 0
    last = value_labels(panel.ward_chart)[-1]
    assert last == "*" and panel.ward_chart.axes.patches[-1].get_width() == 0
    assert tick_labels(panel.ward_chart)[-1] == "Bramhall North"


def test_many_wards_show_the_leading_25_until_every_ward_is_asked_for(qtbot, panel: ChartPanel) -> None:
    panel.show_charts(charts(measure="per1000"))
    assert panel.ward_chart.bar_count == DEFAULT_RANKED_WARDS
    assert panel.ward_title.text().endswith(f"the leading {DEFAULT_RANKED_WARDS} of 215")
    # Once laid out, the chart is wide enough for the whole name.
    qtbot.waitUntil(
        lambda: (
            not panel.is_drawing
            and tick_labels(panel.ward_chart)[0]
            in ("Bramhall North (Stockport)", "Bredbury & Woodley (Stockport)")
        )
    )
    panel.all_wards_box.setChecked(True)
    assert panel.ward_chart.bar_count == 215
    drawn(qtbot, panel)
    assert len(panel.ward_chart.axes.patches) == 215
    assert panel.ward_title.text() == "Wards by assets per 1,000 residents"


def test_shares_are_charted_as_percentages(qtbot, panel: ChartPanel) -> None:
    panel.show_charts(charts(area="Stockport", measure="reach"))
    drawn(qtbot, panel)
    widths = [p.get_width() for p in panel.ward_chart.axes.patches]
    assert max(widths) <= 100.0 and max(widths) > 1.0
    assert all(label.endswith("%") for label in value_labels(panel.ward_chart))


def test_nothing_counted_shows_a_helpful_message_instead_of_charts(panel: ChartPanel) -> None:
    panel.show_charts(None)
    assert panel.is_empty
    panel.show_charts(charts(area="Wigan"))
    assert panel.is_empty
    assert "Nothing to chart yet" in panel.empty_label.text()
    assert panel.subtitle_label.text() == "Wigan · all categories · public assets"
    panel.show_charts(charts(area="Stockport"))
    assert not panel.is_empty
    panel.show_charts(charts(area="Stockport", categories=["associations"]))
    assert not panel.notes_label.isVisible()  # nothing withheld without people


def test_the_partners_tier_is_marked(panel: ChartPanel) -> None:
    panel.show_charts(charts(area="Stockport", tier="partners"))
    assert panel.notice_label.isVisible()
    assert panel.notice_label.text() == "Contains partner-only information"
    panel.show_charts(charts(area="Stockport"))
    assert not panel.notice_label.isVisible()


def test_labels_are_drawn_as_plain_text(qtbot, panel: ChartPanel, hostile_strings: list[str]) -> None:
    data = charts(area="Stockport", measure="count")
    labels = [*hostile_strings[:20], "$x^{2}$ club", "\\frac{1}{2}"][:21]
    for bar, label in zip(data["wards"]["bars"], labels, strict=False):
        bar["label"] = label
    panel.show_charts(data)
    drawn(qtbot, panel)
    panel.ward_chart.draw()  # renders now, on this thread: mathtext parsing would raise or change the text
    limit = panel.ward_chart.label_chars
    assert tick_labels(panel.ward_chart) == [wrapped_label(label, limit) for label in labels]
    assert "$x^{2}$ club" in tick_labels(panel.ward_chart)


def test_long_labels_wrap_onto_lines_and_only_a_very_long_one_is_shortened() -> None:
    assert wrapped_label("Local economy and exchange", 14) == "Local economy\nand exchange"
    assert wrapped_label("x" * 30, 14) == "x" * 14 + "\n" + "x" * 14 + "\nxx"
    very_long = wrapped_label("word " * 40, 14)
    assert very_long.count("\n") == MAX_LABEL_LINES - 1 and very_long.endswith("…")


def test_a_long_category_label_is_drawn_whole_on_wrapped_lines(qtbot, panel: ChartPanel) -> None:
    label = "People's gifts and skills: what neighbours can teach, make, mend and share"
    data = charts(area="Stockport", measure="count")
    data["categories"]["bars"][1]["label"] = label
    panel.show_charts(data)
    chart = panel.category_chart
    # Laid out for the wrapped labels: the chart is taller, and the figure drawn at its new height.
    qtbot.waitUntil(
        lambda: not panel.is_drawing and chart.height() >= chart.minimumHeight() > 120, timeout=30_000
    )
    chart.draw()
    assert chart.figure.bbox.height == chart.height()
    drawn = chart.axes.get_yticklabels()[1]
    assert "\n" in drawn.get_text() and " ".join(drawn.get_text().split()) == label
    # Whole: every line lies inside the figure, and the labels do not run into each other.
    renderer = chart.figure.canvas.get_renderer()
    figure_box = chart.figure.bbox
    boxes = [text.get_window_extent(renderer) for text in chart.axes.get_yticklabels()]
    for box in boxes:
        assert box.x0 >= figure_box.x0 and box.x1 <= figure_box.x1
        assert box.y0 >= figure_box.y0 and box.y1 <= figure_box.y1
    for upper, lower in itertools.pairwise(boxes):
        assert lower.y1 <= upper.y0 + 0.5


def test_category_bars_wear_the_colours_of_the_map_markers(qtbot, tmp_path: Path) -> None:
    register = Register.open(tmp_path / "colours.assetmap")
    try:
        categories = register.categories()
    finally:
        register.close()
    panel = ChartPanel(categories=categories)
    qtbot.addWidget(panel)
    panel.resize(500, 700)
    panel.show()
    panel.show_charts(charts(area="Stockport", measure="count"))
    qtbot.waitUntil(lambda: not panel.is_drawing, timeout=30_000)
    marker_colours = {entry["code"]: entry["colour"].lower() for entry in categories_json(categories)}
    codes = [bar["code"] for bar in charts(area="Stockport", measure="count")["categories"]["bars"]]
    patches = panel.category_chart.axes.patches
    bar_colours = [to_hex(patch.get_facecolor(), keep_alpha=False) for patch in patches]
    assert bar_colours == [marker_colours[code] for code in codes]
    assert len(set(bar_colours)) == 6  # one colour per category, not shades of one


def test_matplotlib_loads_with_the_first_charts_not_with_the_window() -> None:
    """It is the largest import of a cold start; the window opens without it."""
    probe = "import sys; import assetmap.ui.main_window; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_charts_are_drawn_off_the_ui_thread_and_show_the_latest_data(qtbot, panel: ChartPanel) -> None:
    panel.show_charts(charts(area="Stockport", measure="count"))
    assert panel.is_drawing  # show_charts returned before any drawing
    drawn(qtbot, panel)
    ward_chart = panel.ward_chart
    first = ward_chart.image()
    assert first is not None and not first.isNull()
    assert first.size() == ward_chart.size()  # the image fills the chart as laid out
    panel.show_charts(charts(area="Stockport", measure="per1000"))
    last = charts(area="Stockport", measure="count", categories=["associations"])
    panel.show_charts(last)
    drawn(qtbot, panel)
    assert ward_chart.image() is not first
    # The last data, not a drawing it overtook.
    assert value_labels(panel.category_chart) == [b["shown"] for b in last["categories"]["bars"]]
    assert ward_chart.axes.get_xlabel() == last["wards"]["axis"]
    assert ward_chart.figure.canvas.get_renderer() is not None
    # Something was painted: the image is not one flat colour.
    image = ward_chart.image()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 2


def test_a_resized_chart_is_drawn_again_at_its_new_size(qtbot, panel: ChartPanel) -> None:
    panel.show_charts(charts(area="Stockport", measure="count"))
    drawn(qtbot, panel)
    before = panel.category_chart.image().width()
    panel.resize(800, 700)
    both = (panel.category_chart, panel.ward_chart)
    qtbot.waitUntil(lambda: not panel.is_drawing and all(c.image().width() == c.width() for c in both))
    assert panel.category_chart.image().width() > before
