"""Bar charts as inline SVG: assets by category, and wards ranked by a measure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from assetmap.reports.drawing import INK, MUTED, svg, text


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    shown: str
    colour: str


def bar_chart_svg(
    bars: Sequence[Bar],
    width: float,
    *,
    row: float = 6.0,
    label_width: float = 52.0,
    title: str = "Chart",
    font: float = 2.6,
) -> Markup:
    """Horizontal bars, one per row, longest scale at the largest value, with the printed value beside each.

    The chart is ``width`` mm wide and as tall as its rows.
    """
    value_room = 16.0
    plot = max(10.0, width - label_width - value_room)
    top = value_room * 0 + 1.0
    height = top + row * len(bars) + 1.0
    peak = max((b.value for b in bars if b.value == b.value), default=0.0) or 1.0
    body: list[str] = []
    for i, bar in enumerate(bars):
        y = top + i * row
        length = 0.0 if bar.value != bar.value else max(0.0, bar.value) / peak * plot
        body.append(text(label_width - 2, y + row * 0.62, bar.label, size=font, anchor="end"))
        body.append(
            f'<rect x="{label_width:.2f}" y="{y + row * 0.15:.2f}" width="{length:.2f}" '
            f'height="{row * 0.7:.2f}" fill="{bar.colour}" stroke="{INK}" stroke-width="0.1"/>'
        )
        body.append(text(label_width + length + 1.5, y + row * 0.62, bar.shown, size=font, fill=MUTED))
    body.append(
        f'<line x1="{label_width:.2f}" y1="{top:.2f}" x2="{label_width:.2f}" y2="{height - 1:.2f}" '
        f'stroke="{INK}" stroke-width="0.25"/>'
    )
    return svg(width, height, body, label=title)
