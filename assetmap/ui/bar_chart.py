"""A horizontal bar chart for the chart panel, drawn off the UI thread (imported with the first charts).

Laying out and drawing a chart with matplotlib takes from a tenth of a second (the categories) to
seconds (every ward), so a chart is built and drawn to an image by matplotlib's Agg renderer on a
worker thread (``render_bars``); the widget only paints the finished image. Each drawing builds its own
``Figure``, which no other thread touches, and an image that arrives for data or a size since replaced
is dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from concurrent.futures import Executor
from typing import SupportsFloat

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from assetmap.register.records import collector_paused
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
from assetmap.ui.tasks import WorkerResults

DPI = 100
RESIZE_DELAY_MS = 40  # a drag of the dock's edge draws once it pauses, not at every step
Bars = Sequence[Mapping[str, object]]


def _length(value: object) -> float:
    """A bar's value as a length: none (withheld or no data) draws no bar."""
    if value is None:
        return 0.0
    if not isinstance(value, SupportsFloat):
        raise TypeError(f"A bar's value must be a number, not {type(value).__name__}.")
    return float(value)


def needs_shaping(texts: Sequence[str]) -> bool:
    """Whether any text is in a right-to-left script (Urdu): matplotlib neither joins nor orders letters."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for text in texts for ch in text)


# Text Qt draws over the chart (its letters joined and ordered by Qt's text layout), in pixels at 100 dpi.
_QT_TEXT_PX = 8 * DPI / 72
_QT_GAP_PX = 5.0


def _qt_font() -> QFont:
    font = QFont()
    font.setPixelSize(round(_QT_TEXT_PX))
    return font


def _qt_margins(labels: Sequence[str], axis: str, width: int, height: int) -> tuple[float, float]:
    """The figure's left and bottom margins (as shares) that leave room for the labels Qt draws."""
    metrics = QFontMetricsF(_qt_font())
    widest = max(
        (metrics.horizontalAdvance(line) for text in labels for line in text.split("\n")), default=0.0
    )
    left = min(0.6, (widest + 2 * _QT_GAP_PX) / width)
    # The x axis's figures (matplotlib's), then the axis title (Qt's) under them.
    bottom = min(0.4, (1.4 * _QT_TEXT_PX + (metrics.height() if axis else 0.0) + 2 * _QT_GAP_PX) / height)
    return left, bottom


def _draw_qt_text(
    image: QImage, ax: Axes, ratio: float, labels: Sequence[str], axis: str, height: int
) -> None:
    """Each bar's label beside it and the axis title under the axis, drawn by Qt onto ``image``.

    matplotlib's transforms give the image's physical pixels; Qt paints in its logical ones (÷ ``ratio``).
    """
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(_qt_font())
        (x0, y0), (x1, _y1) = ax.transAxes.transform([(0.0, 0.0), (1.0, 1.0)])
        left, right = float(x0) / ratio, float(x1) / ratio
        bottom = height - float(y0) / ratio  # matplotlib measures up from the bottom, Qt down from the top
        painter.setPen(QColor(INK))
        for position, label in enumerate(labels):
            _x, y = ax.transData.transform((0.0, float(position)))
            middle = height - float(y) / ratio
            box = QRectF(0.0, middle - 2 * _QT_TEXT_PX, left - _QT_GAP_PX, 4 * _QT_TEXT_PX)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
        if axis:
            painter.setPen(QColor(MUTED))
            box = QRectF(left, bottom + 1.4 * _QT_TEXT_PX, right - left, 2 * _QT_TEXT_PX)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), axis)
    finally:
        painter.end()


def render_bars(
    bars: Bars, *, percent: bool, axis: str, size: tuple[int, int], label_chars: int, ratio: float = 1.0
) -> tuple[Figure, QImage]:
    """Horizontal bars, the first at the top, each with its printed value at its end, drawn to an image.

    Safe on any thread: it makes its own figure and touches no widget. ``size`` is in device-independent
    pixels; the image has ``ratio`` times as many (for high-density screens).
    """
    width, height = size
    labels = [wrapped_label(str(b["label"]), label_chars) for b in bars]
    # Right-to-left labels (Urdu) are drawn by Qt, which joins and orders their letters; matplotlib leaves
    # room for them and draws the rest.
    by_qt = needs_shaping([*labels, axis])
    figure = Figure(
        figsize=(width / DPI, height / DPI), dpi=DPI * ratio, layout=None if by_qt else "constrained"
    )
    canvas = FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    scale = 100.0 if percent else 1.0
    values = [_length(b["value"]) * scale for b in bars]
    positions = list(range(len(bars)))
    container = ax.barh(
        positions,
        values,
        color=[str(b["colour"]) for b in bars],
        edgecolor=EDGE,
        linewidth=0.5,
        height=0.72,
    )
    # Labels are data: never parsed as mathtext. vocabulary: category and ward labels come from the core.
    ax.set_yticks(positions, [""] * len(bars) if by_qt else labels, parse_math=False, fontsize=8, color=INK)
    ax.bar_label(container, labels=[str(b["shown"]) for b in bars], padding=3, fontsize=8, color=MUTED)
    ax.invert_yaxis()
    ax.set_xlim(0, (max(values, default=0.0) or 1.0) * 1.18)
    ax.set_xlabel("" if by_qt else axis, fontsize=8, color=MUTED, parse_math=False)
    if by_qt:
        left, bottom = _qt_margins(labels, axis, width, height)
        figure.subplots_adjust(left=left, right=0.97, top=0.98, bottom=bottom)
    ax.tick_params(axis="x", labelsize=7, colors=MUTED)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(EDGE)
    ax.spines["bottom"].set_color(MUTED)
    ax.grid(axis="x", color="#e5e7eb", linewidth=0.6)
    ax.set_axisbelow(True)
    canvas.draw()
    pixels_w, pixels_h = canvas.get_width_height(physical=True)
    pixels = bytes(canvas.buffer_rgba())
    # A copy that owns its pixels: the bytes above go when this function returns.
    image = QImage(pixels, pixels_w, pixels_h, pixels_w * 4, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    if by_qt:
        _draw_qt_text(image, ax, ratio, labels, axis, height)
    return figure, image


class BarChart(QWidget):
    """Shows ``render_bars`` images; ``draw_bars`` asks for one on the worker and returns at once."""

    def __init__(self, renderer: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self.figure: Figure | None = None  # the figure of the image shown
        self.bar_count = 0
        self._drawn: tuple[Bars, bool, str] | None = None
        self._label_chars = LABEL_CHARS
        self._image: QImage | None = None
        self._request = 0
        self._shown_request = 0
        self._delivery = WorkerResults()
        self._delivery.delivered.connect(self._on_rendered, Qt.ConnectionType.QueuedConnection)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._redraw)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    @property
    def axes(self) -> Axes | None:
        """The axes of the image shown (None before the first)."""
        return self.figure.axes[0] if self.figure is not None else None

    @property
    def label_chars(self) -> int:
        """How long a label's line may be at the chart's current width."""
        return self._label_chars

    @property
    def is_drawing(self) -> bool:
        """Whether the image shown is older than the data or size last asked for."""
        return self._shown_request != self._request or self._resize_timer.isActive()

    def sizeHint(self) -> QSize:
        return QSize(400, max(self.minimumHeight(), 200))

    def _label_budget(self) -> int:
        return max(MIN_LABEL_CHARS, min(LABEL_CHARS, self.width() // LABEL_PX_PER_CHAR))

    def _size(self) -> tuple[int, int]:
        size = self.size() if self.isVisible() else self.sizeHint()
        return max(size.width(), 100), max(size.height(), self.minimumHeight())

    def draw_bars(self, bars: Bars, *, percent: bool = False, axis: str = "") -> None:
        """Draw these bars (on the worker); the image shows when it is ready."""
        self._drawn = (bars, percent, axis)
        self.bar_count = len(bars)
        # Every bar gets the room of the longest label, so wrapped labels never run into each other.
        lines = max(
            (wrapped_label(str(b["label"]), self._label_budget()).count("\n") + 1 for b in bars), default=1
        )
        self.setMinimumHeight(max(120, (BAR_PX + LINE_PX * (lines - 1)) * len(bars) + 60))
        self._redraw()

    def _redraw(self) -> None:
        if self._drawn is None:
            return
        self._resize_timer.stop()
        bars, percent, axis = self._drawn
        self._label_chars = limit = self._label_budget()
        self._request += 1
        request, delivery = self._request, self._delivery  # held by the worker: it outlives the chart
        size, ratio = self._size(), self.devicePixelRatioF()

        def work() -> None:
            # Drawing makes and drops many objects; a full collection started among them would hold
            # the GIL, and so stop the UI thread, for a few tenths of a second.
            with collector_paused():
                figure, image = render_bars(
                    bars, percent=percent, axis=axis, size=size, label_chars=limit, ratio=ratio
                )
            delivery.delivered.emit(request, figure, image)

        self._renderer.submit(work)

    def draw(self) -> None:
        """Draw the bars now, on this thread (for tests and exports that need the image at once)."""
        if self._drawn is None:
            return
        bars, percent, axis = self._drawn
        self._label_chars = limit = self._label_budget()
        self._request += 1
        figure, image = render_bars(
            bars,
            percent=percent,
            axis=axis,
            size=self._size(),
            label_chars=limit,
            ratio=self.devicePixelRatioF(),
        )
        self._on_rendered(self._request, figure, image)

    def _on_rendered(self, request: int, figure: Figure, image: QImage) -> None:
        if request != self._request:
            return  # data or size changed since: a newer image is on its way
        self.figure, self._image, self._shown_request = figure, image, request
        self.update()

    def image(self) -> QImage | None:
        """The image shown, if any."""
        return self._image

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._drawn is not None and event.size() != event.oldSize():
            self._resize_timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is not None:
            QPainter(self).drawImage(0, 0, self._image)
