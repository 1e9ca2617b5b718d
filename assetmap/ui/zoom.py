"""The app-wide zoom: Ctrl+= and Ctrl+- scale the table, the forms and the map's labels; Ctrl+0 resets.

The zoom scales the application font, which every widget without a font of its own follows, and the map
page's text through its ``--am-text-scale`` CSS variable. The chosen step is remembered in QSettings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication

from assetmap.ui.i18n import translate

STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5)
DEFAULT = 1.0
SETTING = "appearance/zoom"
_BASE_PROPERTY = "assetmap_base_font_points"


def nearest_step(factor: float) -> float:
    """The zoom step closest to ``factor`` (a remembered value from another version is brought in range)."""
    return min(STEPS, key=lambda step: abs(step - factor))


def base_point_size(app: QApplication) -> float:
    """The application font's size before any zoom, kept on the application the first time it is asked."""
    kept = app.property(_BASE_PROPERTY)
    if isinstance(kept, (int, float)) and kept > 0:
        return float(kept)
    size = app.font().pointSizeF()
    size = size if size > 0 else 10.0
    app.setProperty(_BASE_PROPERTY, size)
    return size


class AppZoom(QObject):
    """Zoom in, out and back, through three actions for the View menu; ``changed`` says the new factor."""

    changed = Signal(float)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        try:
            remembered = float(str(settings.value(SETTING, DEFAULT)))
        except ValueError:
            remembered = DEFAULT
        self.factor = nearest_step(remembered)
        self.zoom_in_action = self._action(translate("zoom", "Zoom &in"), self.zoom_in, ["Ctrl+=", "Ctrl++"])
        self.zoom_out_action = self._action(translate("zoom", "Zoom &out"), self.zoom_out, ["Ctrl+-"])
        self.reset_action = self._action(translate("zoom", "&Actual size"), self.reset, ["Ctrl+0"])

    def _action(self, text: str, slot: Callable[[], None], keys: list[str]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setStatusTip(
            translate("zoom", "{action}: the table, forms and map labels ({keys})").format(
                action=text.replace("&", ""),
                keys=QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        return [self.zoom_in_action, self.zoom_out_action, self.reset_action]

    def apply(self) -> None:
        """Set the application font for the current factor (also at start, for the remembered one)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        font = QFont(app.font())
        font.setPointSizeF(round(base_point_size(app) * self.factor, 1))
        app.setFont(font)
        self.changed.emit(self.factor)

    def set_factor(self, factor: float) -> None:
        self.factor = nearest_step(factor)
        self._settings.setValue(SETTING, self.factor)
        self._settings.sync()
        self.apply()

    def zoom_in(self) -> None:
        index = STEPS.index(self.factor)
        self.set_factor(STEPS[min(index + 1, len(STEPS) - 1)])

    def zoom_out(self) -> None:
        index = STEPS.index(self.factor)
        self.set_factor(STEPS[max(index - 1, 0)])

    def reset(self) -> None:
        self.set_factor(DEFAULT)
