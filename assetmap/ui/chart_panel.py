"""The chart panel: assets by category, and the area's wards ranked by the chosen measure.

It draws the chart data that ``assetmap.reports.layer.chart_data_from`` builds (the abundance panel emits
it), with matplotlib, to images made on one worker thread (``assetmap.ui.bar_chart``): drawing every
ward's bar takes seconds, which the window never waits for. Matplotlib loads with the first charts,
after the map is on screen, not when the window opens: it is the largest import of a cold start.
Category bars wear their category's colour, as the map's markers do; ward bars use the abundance map's
sequential palette (darker means more). Long labels wrap onto more lines.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assetmap.maps.payload import categories_json
from assetmap.register.categories import CATEGORY_CODES
from assetmap.register.records import Category
from assetmap.reports.layer import DEFAULT_RANKED_WARDS, TIER_WORDING, ChartData
from assetmap.reports.measures import DEFAULT_WALK_M, MEASURES
from assetmap.reports.selection import CATEGORY_LABELS
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.local_format import number

if TYPE_CHECKING:
    from assetmap.ui.bar_chart import BarChart

INK = "#1f2937"
MUTED = "#6b7280"
EDGE = "#4b5563"
BAR_PX = 20  # height of one bar's row on screen, for a label of one line
LINE_PX = 14  # each further line of a wrapped label (8 pt text at 100 dpi, 1.2 line spacing)
LABEL_CHARS = 40  # longer labels wrap, so the bars keep their room
LABEL_PX_PER_CHAR = 14  # a narrow chart wraps labels sooner: about half its width for labels
MIN_LABEL_CHARS = 14
MAX_LABEL_LINES = 4  # beyond this a label is shortened with an ellipsis
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "chart_panel",
    "Nothing to chart yet. Once assets in the chosen categories and area are in the register, "
    "the charts show them here.",
)


def measure_text(key: str, walk_m: int = DEFAULT_WALK_M) -> str:
    """A measure's name in the window's language (the core's ``measure_label``), its walk in metres."""
    if key == "reach":
        return translate("chart_panel", "Share of postcodes within {distance} m of an asset").format(
            distance=number(walk_m)
        )
    return vocabulary(MEASURES[key].label)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def chart_titles(data: ChartData) -> tuple[str, str, str, str]:
    """The subtitle, the two charts' titles and the ward chart's axis, in the window's language.

    Made from what the titles are made of (the area, already in the window's language, and the measure,
    tier and chosen categories by key); data without them keeps the titles it has.
    """
    categories, wards = data["categories"], data["wards"]
    if "measure" not in data:
        return (
            str(data.get("subtitle") or ""),
            str(categories["title"]),
            str(wards["title"]),
            str(wards["axis"]),
        )
    area = data["area"]
    chosen = data["chosen"]
    if set(chosen) == set(CATEGORY_CODES):
        which = vocabulary("all categories")
    else:
        which = ", ".join(vocabulary(CATEGORY_LABELS[c]) for c in chosen)
    subtitle = " · ".join([area, which, vocabulary(TIER_WORDING[data["tier"]])])
    measure = measure_text(data["measure"], data["walk_m"])
    return (
        subtitle,
        translate("chart_panel", "Assets by category in {area}").format(area=area),
        translate("chart_panel", "Wards by {measure}").format(measure=_lower_first(measure)),
        measure,
    )


def wrapped_label(text: str, limit: int = LABEL_CHARS) -> str:
    """A bar's label on lines of at most ``limit`` characters; only a very long one ends in an ellipsis."""
    lines = textwrap.wrap(text, limit, break_on_hyphens=False) or [""]
    if len(lines) > MAX_LABEL_LINES:
        lines = lines[:MAX_LABEL_LINES]
        lines[-1] = lines[-1][: limit - 1] + "…"
    return "\n".join(lines)


def category_colours(categories: Sequence[Category]) -> dict[str, str]:
    """Each category's colour as the map draws its markers (the map's own legend data)."""
    return {entry["code"]: entry["colour"] for entry in categories_json(categories)}


def _plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _nothing_counted(data: ChartData) -> bool:
    """Whether chart data has nothing to chart (``empty``; older data says so with ``counted``)."""
    if "empty" in data:
        return bool(data["empty"])
    return not data.get("counted")


class ChartPanel(QWidget):
    """Assets by category, and wards ranked by the chosen measure, for the abundance panel's choices."""

    def __init__(self, parent: QWidget | None = None, *, categories: Sequence[Category] = ()) -> None:
        super().__init__(parent)
        self._data: ChartData | None = None
        self._colours = category_colours(categories)
        # One worker draws both charts (bar_chart.render_bars), so the window never waits for matplotlib.
        renderer = self._renderer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="charts")
        self.destroyed.connect(lambda *_: renderer.shutdown(wait=False, cancel_futures=True))

        self.subtitle_label = _plain_label("", self)
        self.notice_label = _plain_label("", self)
        self.notice_label.setStyleSheet(
            "font-weight: 600; border: 1px solid palette(text); padding: 2px 6px;"
        )
        self.notice_label.setVisible(False)

        self.category_title = _plain_label("", self)
        self.category_title.setStyleSheet("font-weight: 600;")
        self.category_chart: BarChart | None = None  # made with the first charts (_ensure_charts)
        self.ward_title = _plain_label("", self)
        self.ward_title.setStyleSheet("font-weight: 600;")
        self.all_wards_box = QCheckBox(translate("chart_panel", "Show every ward"), self)
        self.all_wards_box.toggled.connect(self._redraw_wards)
        self.ward_chart: BarChart | None = None
        self.notes_label = _plain_label("", self)
        self.notes_label.setStyleSheet(f"color: {MUTED};")
        self.notes_label.setVisible(False)

        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.category_title)
        charts_layout.addWidget(self.ward_title)
        charts_layout.addWidget(self.all_wards_box)
        charts_layout.addWidget(self.notes_label)
        charts_layout.addStretch(1)
        self._charts_layout = charts_layout
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.empty_label = _plain_label(translate("chart_panel", EMPTY_TEXT), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(scroll)
        self._charts_page = scroll

        layout = QVBoxLayout(self)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self._stack, 1)
        self.show_charts(None)

    def _ensure_charts(self) -> tuple[BarChart, BarChart]:
        """The two charts, made (and matplotlib loaded) the first time charts are shown.

        Their labels are shortened for the width they have; once the page is laid out around them,
        a chart whose width changes that draws itself again (``BarChart.resizeEvent``).
        """
        if self.category_chart is None or self.ward_chart is None:
            from assetmap.ui.bar_chart import BarChart

            layout = self._charts_layout
            self.category_chart = BarChart(self._renderer, self)
            layout.insertWidget(layout.indexOf(self.category_title) + 1, self.category_chart)
            self.ward_chart = BarChart(self._renderer, self)
            layout.insertWidget(layout.indexOf(self.all_wards_box) + 1, self.ward_chart)
        return self.category_chart, self.ward_chart

    @property
    def is_empty(self) -> bool:
        """True while the panel shows its empty-state message instead of charts."""
        return self._stack.currentWidget() is self.empty_label

    @property
    def is_drawing(self) -> bool:
        """True while a chart's image for the latest data or size is still being drawn."""
        charts = (self.category_chart, self.ward_chart)
        return any(chart is not None and chart.is_drawing for chart in charts)

    def show_charts(self, data: ChartData | None) -> None:
        """Draw chart data from ``assetmap.reports.layer.chart_data_from``; None or nothing counted shows
        a short explanation instead."""
        self._data = data
        if not data:
            self.subtitle_label.setText("")
            self.notice_label.setVisible(False)
            self._stack.setCurrentWidget(self.empty_label)
            return
        subtitle, category_title, _ward_title, _axis = chart_titles(data)
        self.subtitle_label.setText(subtitle)
        notice = data.get("partner_notice")
        self.notice_label.setText(str(notice or ""))  # in the window's language, as the core words it
        self.notice_label.setVisible(bool(notice))
        if _nothing_counted(data):
            self._stack.setCurrentWidget(self.empty_label)
            return
        # The charts page first: showing it resizes the charts, which would otherwise draw them twice.
        self._stack.setCurrentWidget(self._charts_page)
        category_chart, _ward_chart = self._ensure_charts()
        categories = data["categories"]
        self.category_title.setText(category_title)
        bars = [
            {
                **bar,
                "label": str(bar.get("label") or ""),  # the category's name, in the window's language
                "colour": self._colours.get(str(bar.get("code")), bar["colour"]),
            }
            for bar in categories["bars"]
        ]
        category_chart.draw_bars(bars, axis=translate("chart_panel", "Assets counted"))
        self._redraw_wards()
        notes = [str(n) for n in data.get("notes") or ()]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def _redraw_wards(self) -> None:
        if not self._data or _nothing_counted(self._data):
            return
        wards = self._data["wards"]
        bars: list[Mapping[str, object]] = list(wards["bars"])
        total = len(bars)
        self.all_wards_box.setVisible(total > DEFAULT_RANKED_WARDS)
        _subtitle, _category_title, ward_title, axis = chart_titles(self._data)
        if total > DEFAULT_RANKED_WARDS and not self.all_wards_box.isChecked():
            bars = bars[:DEFAULT_RANKED_WARDS]
            title = translate("chart_panel", "{title}: the leading {count} of {total}").format(
                title=ward_title, count=number(len(bars)), total=number(total)
            )
        else:
            title = ward_title
        self.ward_title.setText(title)
        _category_chart, ward_chart = self._ensure_charts()
        ward_chart.draw_bars(bars, percent=bool(wards.get("percent")), axis=axis)
