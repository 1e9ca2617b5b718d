"""The app's colours: following the system's light, dark or high-contrast setting, or the person's own choice.

View → Theme offers System, Light, Dark and High contrast; the choice is remembered in QSettings. With
System, the app follows ``QStyleHints`` (colour scheme, and contrast preference where Qt reports it) and
changes when the system does. The map page is told the theme, so its labels and focus rings follow.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high-contrast"
CHOICES = (
    (SYSTEM, QT_TRANSLATE_NOOP("appearance", "&System")),
    (LIGHT, QT_TRANSLATE_NOOP("appearance", "&Light")),
    (DARK, QT_TRANSLATE_NOOP("appearance", "&Dark")),
    (HIGH_CONTRAST, QT_TRANSLATE_NOOP("appearance", "&High contrast")),
)
SETTING = "appearance/theme"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Text on its background passes WCAG AA (4.5:1) in each; the high-contrast one is white on black, yellow
# for what is selected or linked (as Windows' own high-contrast themes).
DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#17181a",
    Role.AlternateBase: "#26282b",
    Role.Text: "#e8eaed",
    Role.Button: "#2d2f33",
    Role.ButtonText: "#e8eaed",
    Role.ToolTipBase: "#2d2f33",
    Role.ToolTipText: "#e8eaed",
    Role.PlaceholderText: "#a8acb3",
    Role.Highlight: "#8ab4f8",
    Role.HighlightedText: "#101114",
    Role.Link: "#8ab4f8",
    Role.BrightText: "#ffffff",
}
HIGH_CONTRAST_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#1a1a1a",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
    Role.PlaceholderText: "#d0d0d0",
    Role.Highlight: "#ffff00",
    Role.HighlightedText: "#000000",
    Role.Link: "#ffff00",
    Role.BrightText: "#ffffff",
}
DISABLED_TEXT = {DARK: "#9aa0a6", HIGH_CONTRAST: "#c0c0c0"}


# Error text: dark red on a light window, light red on a dark one; each at least 4.5:1 on its window.
ERROR_ON_LIGHT = "#B00020"
ERROR_ON_DARK = "#FF8A80"


def error_colour(palette: QPalette | None = None) -> str:
    """The colour for error text on the app's window colour now (light, dark or high contrast)."""
    shown = palette or QApplication.palette()
    return ERROR_ON_DARK if shown.color(Role.Window).lightness() < 128 else ERROR_ON_LIGHT


def error_style() -> str:
    """A style sheet for an error label, in :func:`error_colour`."""
    return f"color: {error_colour()};"


def error_label() -> QLabel:
    """A label for a form's error: plain text (it may quote what was typed), wrapped, named for screen
    readers, in :func:`error_colour`, and hidden until there is an error."""
    label = QLabel()
    label.setStyleSheet(error_style())
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(translate("appearance", "Error"))
    label.hide()
    return label


def palette_for(theme: str, standard: QPalette) -> QPalette:
    """The palette of a resolved theme (light, dark or high contrast); light is the style's own."""
    if theme == LIGHT:
        return QPalette(standard)
    colours = DARK_COLOURS if theme == DARK else HIGH_CONTRAST_COLOURS
    palette = QPalette(standard)
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(DISABLED_TEXT[theme]))
    return palette


def system_theme() -> str:
    """What the system asks for: high contrast, dark or light."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is not None:
        contrast = accessibility().contrastPreference()
        if contrast == Qt.ContrastPreference.HighContrast:
            return HIGH_CONTRAST
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


class Appearance(QObject):
    """The theme choice, its View → Theme actions, and applying it to the application."""

    changed = Signal(str)  # the resolved theme: light, dark or high-contrast

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        remembered = str(settings.value(SETTING, SYSTEM))
        self.choice = remembered if remembered in dict(CHOICES) else SYSTEM
        self.theme = LIGHT
        self._recoloured = False  # whether a palette of ours was ever applied (System on light keeps Qt's)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.theme_actions: dict[str, QAction] = {}
        for value, text in CHOICES:
            action = QAction(translate("appearance", text), self.group)
            action.setCheckable(True)
            action.setChecked(value == self.choice)
            action.setStatusTip(translate("appearance", "Colours for the whole app and the map"))
            action.triggered.connect(lambda _checked=False, v=value: self.choose(v))
            self.theme_actions[value] = action
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def choose(self, choice: str) -> None:
        self.choice = choice if choice in dict(CHOICES) else SYSTEM
        self.theme_actions[self.choice].setChecked(True)
        self._settings.setValue(SETTING, self.choice)
        self._settings.sync()
        self.apply()

    def resolved(self) -> str:
        return system_theme() if self.choice == SYSTEM else self.choice

    def apply(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        self.theme = self.resolved()
        if self.choice == SYSTEM and self.theme == LIGHT:
            if self._recoloured:
                app.setPalette(app.style().standardPalette())
        else:
            app.setPalette(palette_for(self.theme, app.style().standardPalette()))
            self._recoloured = True
        self.changed.emit(self.theme)

    def _system_changed(self, _scheme: object = None) -> None:
        if self.choice == SYSTEM:
            self.apply()
