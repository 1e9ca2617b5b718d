"""The chart panel: assets by category, and the area's wards ranked by the chosen measure.

It draws the chart data that ``assetmap.reports.layer.chart_data_from`` builds (the abundance panel emits
it), with matplotlib on a Qt canvas. Bars use the maps' sequential palette: darker means more.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assetmap.reports.layer import DEFAULT_RANKED_WARDS

INK = "#1f2937"
MUTED = "#6b7280"
EDGE = "#4b5563"
BAR_PX = 20  # height of one bar's row on screen
LABEL_CHARS = 40  # longer labels are shortened, so the bars keep their room
LABEL_PX_PER_CHAR = 14  # a narrow chart shortens labels further: about half its width for labels
MIN_LABEL_CHARS = 14
EMPTY_TEXT = (
    "Nothing to chart yet. Once assets in the chosen categories and area are in the register, "
    "the charts show them here."
)


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """A bar's label, shortened with an ellipsis beyond ``limit`` characters."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class BarChart(FigureCanvasQTAgg):
    """Horizontal bars, the first at the top, each with its printed value at its end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.figure = Figure(figsize=(4, 2), dpi=100, layout="constrained")
        super().__init__(self.figure)
        self.setParent(parent)
        self.axes = self.figure.add_subplot()
        self.bar_count = 0
        self._drawn: tuple[Sequence[Mapping[str, object]], bool, str] | None = None
        self._label_chars = LABEL_CHARS

    @property
    def label_chars(self) -> int:
        """How long a label may be at the chart's current width."""
        return self._label_chars

    def _label_budget(self) -> int:
        return max(MIN_LABEL_CHARS, min(LABEL_CHARS, self.width() // LABEL_PX_PER_CHAR))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._drawn is not None and self._label_budget() != self._label_chars:
            bars, percent, axis = self._drawn
            self.draw_bars(bars, percent=percent, axis=axis)

    def draw_bars(
        self, bars: Sequence[Mapping[str, object]], *, percent: bool = False, axis: str = ""
    ) -> None:
        ax = self.axes
        ax.clear()
        self._drawn = (bars, percent, axis)
        self._label_chars = limit = self._label_budget()
        self.bar_count = len(bars)
        scale = 100.0 if percent else 1.0
        values = [0.0 if b["value"] is None else float(b["value"]) * scale for b in bars]  # type: ignore[arg-type]
        positions = list(range(len(bars)))
        container = ax.barh(
            positions,
            values,
            color=[str(b["colour"]) for b in bars],
            edgecolor=EDGE,
            linewidth=0.5,
            height=0.72,
        )
        # Labels are data: never parsed as mathtext.
        ax.set_yticks(
            positions,
            [short_label(str(b["label"]), limit) for b in bars],
            parse_math=False,
            fontsize=8,
            color=INK,
        )
        ax.bar_label(container, labels=[str(b["shown"]) for b in bars], padding=3, fontsize=8, color=MUTED)
        ax.invert_yaxis()
        ax.set_xlim(0, (max(values, default=0.0) or 1.0) * 1.18)
        ax.set_xlabel(axis, fontsize=8, color=MUTED, parse_math=False)
        ax.tick_params(axis="x", labelsize=7, colors=MUTED)
        ax.tick_params(axis="y", length=0)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.spines["left"].set_color(EDGE)
        ax.spines["bottom"].set_color(MUTED)
        ax.grid(axis="x", color="#e5e7eb", linewidth=0.6)
        ax.set_axisbelow(True)
        self.setMinimumHeight(max(120, BAR_PX * len(bars) + 60))
        self.draw_idle()


def _nothing_counted(data: Mapping[str, object]) -> bool:
    """Whether chart data has nothing to chart (``empty``; older data says so with ``counted``)."""
    if "empty" in data:
        return bool(data["empty"])
    return not data.get("counted")


class ChartPanel(QWidget):
    """Assets by category, and wards ranked by the chosen measure, for the abundance panel's choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: Mapping[str, object] | None = None

        self.subtitle_label = _plain_label("", self)
        self.notice_label = _plain_label("", self)
        self.notice_label.setStyleSheet(
            "font-weight: 600; border: 1px solid palette(text); padding: 2px 6px;"
        )
        self.notice_label.setVisible(False)

        self.category_title = _plain_label("", self)
        self.category_title.setStyleSheet("font-weight: 600;")
        self.category_chart = BarChart(self)
        self.ward_title = _plain_label("", self)
        self.ward_title.setStyleSheet("font-weight: 600;")
        self.all_wards_box = QCheckBox("Show every ward", self)
        self.all_wards_box.toggled.connect(self._redraw_wards)
        self.ward_chart = BarChart(self)
        self.notes_label = _plain_label("", self)
        self.notes_label.setStyleSheet(f"color: {MUTED};")
        self.notes_label.setVisible(False)

        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.category_title)
        charts_layout.addWidget(self.category_chart)
        charts_layout.addWidget(self.ward_title)
        charts_layout.addWidget(self.all_wards_box)
        charts_layout.addWidget(self.ward_chart)
        charts_layout.addWidget(self.notes_label)
        charts_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.empty_label = _plain_label(EMPTY_TEXT, self)
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

    @property
    def is_empty(self) -> bool:
        """True while the panel shows its empty-state message instead of charts."""
        return self._stack.currentWidget() is self.empty_label

    def show_charts(self, data: Mapping[str, object] | None) -> None:
        """Draw chart data from ``assetmap.reports.layer.chart_data_from``; None or nothing counted shows
        a short explanation instead."""
        self._data = data
        if not data:
            self.subtitle_label.setText("")
            self.notice_label.setVisible(False)
            self._stack.setCurrentWidget(self.empty_label)
            return
        self.subtitle_label.setText(str(data.get("subtitle") or ""))
        notice = data.get("partner_notice")
        self.notice_label.setText(str(notice or ""))
        self.notice_label.setVisible(bool(notice))
        if _nothing_counted(data):
            self._stack.setCurrentWidget(self.empty_label)
            return
        # The charts page first: showing it resizes the charts, which would otherwise draw them twice.
        self._stack.setCurrentWidget(self._charts_page)
        categories: Mapping[str, object] = data["categories"]  # type: ignore[assignment]
        self.category_title.setText(str(categories["title"]))
        self.category_chart.draw_bars(categories["bars"], axis="Assets counted")  # type: ignore[arg-type]
        self._redraw_wards()
        notes = [str(n) for n in data.get("notes") or ()]  # type: ignore[attr-defined]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def _redraw_wards(self) -> None:
        if not self._data or _nothing_counted(self._data):
            return
        wards: Mapping[str, object] = self._data["wards"]  # type: ignore[assignment]
        bars: list[Mapping[str, object]] = list(wards["bars"])  # type: ignore[call-overload]
        total = len(bars)
        self.all_wards_box.setVisible(total > DEFAULT_RANKED_WARDS)
        if total > DEFAULT_RANKED_WARDS and not self.all_wards_box.isChecked():
            bars = bars[:DEFAULT_RANKED_WARDS]
            title = f"{wards['title']}: the leading {len(bars)} of {total}"
        else:
            title = str(wards["title"])
        self.ward_title.setText(title)
        self.ward_chart.draw_bars(bars, percent=bool(wards.get("percent")), axis=str(wards.get("axis") or ""))
