"""A horizontal bar chart on a Qt canvas, for the chart panel (imported when the first charts are shown)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from assetmap.ui.chart_panel import (
    BAR_PX,
    EDGE,
    INK,
    LABEL_CHARS,
    LABEL_PX_PER_CHAR,
    LINE_PX,
    MIN_LABEL_CHARS,
    MUTED,
    wrapped_label,
)


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
        """How long a label's line may be at the chart's current width."""
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
        labels = [wrapped_label(str(b["label"]), limit) for b in bars]
        # Labels are data: never parsed as mathtext.
        ax.set_yticks(
            positions,
            labels,
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
        # Every bar gets the room of the longest label, so wrapped labels never run into each other.
        lines = max((label.count("\n") + 1 for label in labels), default=1)
        self.setMinimumHeight(max(120, (BAR_PX + LINE_PX * (lines - 1)) * len(bars) + 60))
        self.draw_idle()

