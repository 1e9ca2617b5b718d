"""Urdu bar labels are drawn by Qt, which joins and orders their letters (matplotlib does neither)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from assetmap.ui.bar_chart import needs_shaping, render_bars

URDU = [
    {"label": "لوگوں کے تحفے اور ہنر", "value": 3, "shown": "3", "colour": "#1b9e77"},
    {"label": "انجمنیں اور گروپ", "value": 12, "shown": "12", "colour": "#d95f02"},
]


def ink_left_of(image: QImage, x_end: int) -> int:
    """Dark pixels left of ``x_end`` (logical pixels): the labels' letters."""
    ratio = image.devicePixelRatio()
    dark = 0
    for x in range(0, int(x_end * ratio), 2):
        for y in range(0, image.height(), 2):
            if image.pixelColor(x, y).lightness() < 120:
                dark += 1
    return dark


def test_right_to_left_labels_are_drawn_by_qt_beside_their_bars(qapp) -> None:
    assert needs_shaping(["انجمنیں"]) and not needs_shaping(["Associations and groups", "Łódź"])
    figure, image = render_bars(URDU, percent=False, axis="اثاثے", size=(420, 160), label_chars=22)
    ax = figure.axes[0]
    # matplotlib draws no labels of its own (it would print the letters unjoined, left to right)...
    assert [tick.get_text() for tick in ax.get_yticklabels()] == ["", ""]
    assert ax.get_xlabel() == ""
    # ...and the space left of the axes holds the labels Qt drew.
    (left, _bottom) = ax.transAxes.transform((0.0, 0.0))
    assert ink_left_of(image, int(left) - 2) > 50


def test_english_labels_stay_matplotlibs(qapp) -> None:
    bars = [{"label": "Institutions", "value": 3, "shown": "3", "colour": "#1b9e77"}]
    figure, _image = render_bars(bars, percent=False, axis="Assets", size=(420, 120), label_chars=22)
    assert [tick.get_text() for tick in figure.axes[0].get_yticklabels()] == ["Institutions"]
