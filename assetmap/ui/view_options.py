"""View → Zoom and View → Theme for the main window: the app-wide zoom and colours, which the map follows."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from assetmap.ui.appearance import Appearance
from assetmap.ui.i18n import translate
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
        self.next_part_action = QAction(translate("view_options", "&Next part of the window"), window)
        self.next_part_action.setShortcuts([QKeySequence("F6")])
        self.next_part_action.setStatusTip(
            translate("view_options", "Move the keyboard focus: search, table, map (F6)")
        )
        self.next_part_action.triggered.connect(lambda _checked=False: self.focus_next_part())
        view_menu.addAction(self.next_part_action)
        window.addAction(self.next_part_action)
        theme_menu = view_menu.addMenu(translate("view_options", "&Theme"))
        for action in self.appearance.theme_actions.values():
            theme_menu.addAction(action)
        self.zoom.changed.connect(self._zoomed)
        self.appearance.changed.connect(lambda _theme: self._tell_map())
        window.map_view.ready.connect(self._tell_map)
        self.appearance.apply()
        self.zoom.apply()

    def parts(self) -> list[QWidget]:
        """The window's main parts in the order F6 visits them."""
        return [self.window.filter_bar.search, self.window.table, self.window.map_view]

    def focus_next_part(self) -> None:
        focused = QApplication.focusWidget()
        parts = self.parts()
        here = next(
            (
                i
                for i, part in enumerate(parts)
                if focused is part or (focused and part.isAncestorOf(focused))
            ),
            -1,
        )
        parts[(here + 1) % len(parts)].setFocus(Qt.FocusReason.TabFocusReason)

    def _zoomed(self, _factor: float) -> None:
        # The widgets take the new application font a moment later; the row height follows it now.
        rows = QFontMetrics(QApplication.font()).height() + 8
        self.window.table.verticalHeader().setDefaultSectionSize(rows)
        self._tell_map()

    def _tell_map(self) -> None:
        view = self.window.map_view
        if not view.is_ready:
            return  # told when the page says it is ready
        scale, theme = json.dumps(self.zoom.factor), json.dumps(self.appearance.theme)
        script = f"window.assetmap.setTextScale({scale}); window.assetmap.setTheme({theme});"
        view.page.runJavaScript(script, 0)
