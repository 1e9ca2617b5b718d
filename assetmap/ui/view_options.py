"""View → Zoom and View → Theme for the main window: the app-wide zoom and colours, which the map follows."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from assetmap.ui.appearance import Appearance
from assetmap.ui.zoom import AppZoom

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow


class ViewOptions:
    """Builds the zoom and theme, applies the remembered ones, and adds their entries to the View menu."""

    def __init__(self, window: MainWindow, view_menu: QMenu, settings: QSettings) -> None:
        self.window = window
        self.zoom = AppZoom(settings, window)
        self.appearance = Appearance(settings, window)
        view_menu.addSeparator()
        for action in self.zoom.actions():
            view_menu.addAction(action)
            window.addAction(action)  # the shortcuts work wherever the focus is in the window
        theme_menu = view_menu.addMenu("&Theme")
        for action in self.appearance.theme_actions.values():
            theme_menu.addAction(action)
        self.zoom.changed.connect(self._zoomed)
        self.appearance.changed.connect(lambda _theme: self._tell_map())
        window.map_view.ready.connect(self._tell_map)
        self.appearance.apply()
        self.zoom.apply()

    def _zoomed(self, _factor: float) -> None:
        table = self.window.table
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self._tell_map()

    def _tell_map(self) -> None:
        view = self.window.map_view
        if not view.is_ready:
            return  # told when the page says it is ready
        scale, theme = json.dumps(self.zoom.factor), json.dumps(self.appearance.theme)
        script = f"window.assetmap.setTextScale({scale}); window.assetmap.setTheme({theme});"
        view.page.runJavaScript(script, 0)
