"""Themes readable from the back of a room: a high-contrast palette, the colour-blind-safe category colours.

Colours are declared once here and checked in ``tests/maps/test_contrast.py`` against WCAG 2.2 AA with
:func:`contrast_ratio`: 4.5:1 for text, 3:1 for large text and for graphics (markers, outlines). The map
page in meeting mode takes its colours from :data:`MEETING_MAP`, so what the test checks is what is drawn.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

# The Okabe-Ito palette (Okabe and Ito, 2008): eight colours that stay apart for the common colour-vision
# deficiencies. The register's category colours are taken from it.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

# WCAG 2.2 AA thresholds.
AA_TEXT = 4.5
AA_LARGE_TEXT = 3.0
AA_GRAPHICS = 3.0

_HEX = re.compile(r"^#([0-9A-Fa-f]{6})$")


def _rgb(colour: str) -> tuple[int, int, int]:
    match = _HEX.match(colour)
    if not match:
        raise ValueError(f"{colour!r} is not a #rrggbb colour")
    value = match.group(1)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of a ``#rrggbb`` colour (0 for black, 1 for white)."""

    def channel(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours, from 1 (same) to 21 (black on white)."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def blend(top: str, bottom: str, opacity: float) -> str:
    """The colour seen where ``top`` at ``opacity`` is painted over ``bottom``."""
    t, b = _rgb(top), _rgb(bottom)
    mixed = (round(opacity * x + (1 - opacity) * y) for x, y in zip(t, b, strict=True))
    return "#" + "".join(f"{c:02x}" for c in mixed)


@dataclass(frozen=True)
class MeetingMapColours:
    """The projected map's colours: a dark ground that projectors keep dark, white text, bright markers."""

    background: str = "#111111"
    ward_fill: str = "#262626"
    ward_fill_opacity: float = 0.6
    ward_line: str = "#a3a3a3"
    district_line: str = "#ffffff"
    label_text: str = "#ffffff"
    label_halo: str = "#000000"
    legend_text: str = "#ffffff"
    legend_background: str = "#000000"
    notice_text: str = "#000000"
    notice_background: str = "#F0E442"
    figures_text: str = "#ffffff"
    figures_background: str = "#000000"
    marker_ring: str = "#ffffff"
    focus: str = "#F0E442"

    @property
    def ward_ground(self) -> str:
        """The colour inside a ward, as seen: its fill over the background."""
        return blend(self.ward_fill, self.background, self.ward_fill_opacity)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


MEETING_MAP = MeetingMapColours()

# Font sizes of the projected map, in CSS pixels (24 pt = 32 px): labels, legend, captions and figures.
MEETING_FONT_PX = 32
MEETING_MARKER_RADIUS = 9
MEETING_MARKER_RING = 2


@dataclass(frozen=True)
class Theme:
    """A widget theme: the colours of windows, text, fields, buttons and the selection."""

    name: str
    window: str
    text: str
    base: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    focus: str

    def qss(self, font_pt: int | None = None) -> str:
        """A Qt style sheet for the theme, with a thick visible focus ring on every control."""
        size = f"font-size: {font_pt}pt;" if font_pt else ""
        return (
            f"QWidget {{ background: {self.window}; color: {self.text}; {size} }}\n"
            f"QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QSpinBox, QTableView, QListView {{"
            f" background: {self.base}; color: {self.text}; }}\n"
            f"QPushButton, QToolButton {{ background: {self.button}; color: {self.button_text};"
            f" border: 2px solid {self.text}; padding: 6px 12px; }}\n"
            f"QCheckBox {{ spacing: 10px; }}\n"
            f"*:focus {{ outline: 3px solid {self.focus}; border: 3px solid {self.focus}; }}\n"
            f"QTableView::item:selected, QListView::item:selected {{"
            f" background: {self.highlight}; color: {self.highlighted_text}; }}\n"
        )

    def pairs(self) -> list[tuple[str, str, str]]:
        """Each text/background pair the theme draws, named, for the contrast check."""
        return [
            ("text on window", self.text, self.window),
            ("text in fields", self.text, self.base),
            ("button text", self.button_text, self.button),
            ("selected text", self.highlighted_text, self.highlight),
            ("focus ring on window", self.focus, self.window),
        ]


HIGH_CONTRAST = Theme(
    name="High contrast",
    window="#000000",
    text="#ffffff",
    base="#000000",
    button="#000000",
    button_text="#ffffff",
    highlight="#F0E442",
    highlighted_text="#000000",
    focus="#F0E442",
)


def apply_palette(widget: object, theme: Theme) -> None:
    """Give a widget (and its children) the theme's palette and style sheet."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QWidget

    if not isinstance(widget, QWidget):
        raise TypeError("apply_palette takes a QWidget")
    palette = widget.palette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, theme.window),
        (role.WindowText, theme.text),
        (role.Base, theme.base),
        (role.Text, theme.text),
        (role.Button, theme.button),
        (role.ButtonText, theme.button_text),
        (role.Highlight, theme.highlight),
        (role.HighlightedText, theme.highlighted_text),
    ):
        palette.setColor(r, QColor(colour))
    widget.setPalette(palette)
    widget.setStyleSheet(theme.qss())
