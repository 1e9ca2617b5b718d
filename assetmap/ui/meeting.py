"""Meeting mode: the map on a projector, readable from the back of the room, with nobody's details on it.

F5 (View → Meeting mode) opens the meeting map full screen: on the second screen when there is one, with
the presenter's controls in a bar on the laptop's window; on one screen, over the window, with a thin bar
that hides itself after a few seconds without the mouse moving and comes back on movement or a key.
Esc or F5 leaves, and the worker's window is as it was.

The meeting map is a map of its own: it never holds more than the room may see. It is built from
:func:`assetmap.maps.meeting.meeting_content`, the public tier of the report rules, whatever the worker's
filters were; partner assets come only when the presenter switches them on for this meeting, with a notice
on the projected map.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from assetmap.geo.boundaries import Boundaries
from assetmap.maps.meeting import MeetingContent, meeting_content, room_may_see_figures
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset, Category
from assetmap.ui import themes
from assetmap.ui.i18n import translate
from assetmap.ui.local_format import number
from assetmap.ui.web.view import MapView

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The bar over a one-screen meeting map hides after this long without the mouse moving or a key.
BAR_HIDE_MS = 3000
# The bar over the room's map is seen by the room too.
BAR_FONT_PT = 16
# How long the meeting map may take to report ready before its page is loaded again.
LOAD_RETRY_MS = 10000


class _HasGeometry(Protocol):
    def geometry(self) -> QRect: ...


S = TypeVar("S", bound=_HasGeometry)


def pick_screens(screens: Sequence[S], laptop: S | None) -> tuple[S, S | None]:
    """The presenter's screen and the projector's, or ``None`` for the projector when there is one screen.

    The presenter keeps the screen the window is on (``laptop``); the projector is the largest of the
    others (a projector or a wall screen is usually the larger), the first of equals.
    """
    if not screens:
        raise ValueError(translate("meeting", "There is no screen to show the meeting on."))
    presenter = laptop if laptop is not None and laptop in screens else screens[0]
    others = [s for s in screens if s is not presenter]
    if not others:
        return presenter, None

    def area(screen: S) -> int:
        g = screen.geometry()
        return g.width() * g.height()

    best = max(area(s) for s in others)
    return presenter, next(s for s in others if area(s) == best)


class MeetingMapView(MapView):
    """The projected map: the meeting's assets only, drawn large in the high-contrast colours."""

    meeting_ready = Signal()

    def __init__(self, parent: QWidget | None = None, *, boundaries: Boundaries) -> None:
        super().__init__(parent, boundaries=boundaries, online_basemap=False)
        self._options: dict[str, object] = {}
        self.ready.connect(self._send_options)
        # A first load that never reports ready (seen now and then on a busy machine) is tried again.
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(LOAD_RETRY_MS)
        self._watchdog.timeout.connect(self._load_overdue)
        self.ready.connect(self._watchdog.stop)
        self.web_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.web_view)

    def show_content(
        self, categories: list[Category], content: MeetingContent, ward_names: dict[str, str]
    ) -> None:
        """Draw these assets and figures; the first time loads the page, later times send deltas."""
        self._options = {
            **content.config(ward_names),
            "colours": themes.MEETING_MAP.as_dict(),
            "markerRadius": themes.MEETING_MARKER_RADIUS,
            "markerRing": themes.MEETING_MARKER_RING,
            # People's gifts are never drawn for a room, so the legend does not offer them.
            "legendHidden": [PERSONAL_CATEGORY],
        }
        if not self._loaded:
            # The content holds no one's gift, so no consent is needed to draw it.
            self.load(categories, content.assets, ward_names, people=NO_PEOPLE)
            self._watchdog.start()
            return
        self.replace_assets(content.assets)
        if self.is_ready:
            self._send_options()

    def replace_assets(self, assets: list[Asset]) -> None:
        """Show exactly these assets, as deltas (the page keeps its place)."""
        wanted = {a.id for a in assets}
        gone = [asset_id for asset_id in list(self._assets) if asset_id not in wanted]
        if gone:
            self.remove_assets(gone)
        if assets:
            self.upsert_assets(assets)

    @property
    def boundaries(self) -> Boundaries:
        return self._boundaries

    def shown_ids(self) -> set[str]:
        return set(self._assets)

    def stop_watchdog(self) -> None:
        self._watchdog.stop()

    def _load_overdue(self) -> None:
        if self._page is None or self.is_ready:
            return
        log.warning("the meeting map did not report ready; loading it again")
        self._navigate()
        self._watchdog.start()

    def _send_options(self) -> None:
        if not self._options or self._page is None:
            return
        text = json.dumps(self._options, ensure_ascii=False, allow_nan=False)
        self._page.runJavaScript(
            f"window.assetmap.meeting.set({text})", 0, lambda _result: self.meeting_ready.emit()
        )


class MeetingWindow(QWidget):
    """The full-screen window the room sees: the meeting map, and on one screen the self-hiding bar."""

    def __init__(self, parent: QWidget, *, boundaries: Boundaries, bar: QToolBar) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("meeting", "AssetMap — meeting"))
        self.setAccessibleName(translate("meeting", "Meeting map"))
        self.map_view = MeetingMapView(self, boundaries=boundaries)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.map_view)
        # Laid over the map, not beside it, so the map keeps the whole screen when the bar hides.
        self.bar = bar
        bar.setParent(self)
        bar.setAutoFillBackground(True)
        themes.apply_palette(bar, themes.HIGH_CONTRAST)
        bar.setStyleSheet(themes.HIGH_CONTRAST.qss(font_pt=BAR_FONT_PT))
        bar.hide()

    def place_bar(self) -> None:
        self.bar.adjustSize()
        self.bar.setGeometry(0, 0, self.width(), self.bar.sizeHint().height())
        self.bar.raise_()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place_bar()


class MeetingMode(QObject):
    """Turns meeting mode on and off for one main window, and keeps its projected map."""

    entered = Signal()
    left = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(translate("meeting", "&Meeting mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setStatusTip(
            translate(
                "meeting", "Show the map full screen for a meeting: public assets only, large and clear"
            )
        )
        self.action.toggled.connect(self._toggled)
        self.partners_action = QAction(translate("meeting", "Show &partner assets"), window)
        self.partners_action.setCheckable(True)
        self.partners_action.setStatusTip(
            translate(
                "meeting", "For this meeting only, also show assets shared with partners; the map says so"
            )
        )
        self.partners_action.toggled.connect(self._partners_toggled)
        self.leave_action = QAction(translate("meeting", "&Leave meeting mode (Esc)"), window)
        self.leave_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape)])
        self.leave_action.triggered.connect(lambda _checked=False: self.action.setChecked(False))

        # The saved views are the meeting's slides: Page Down / Page Up (or the arrow keys) step through them.
        self.next_view_action = QAction(translate("meeting", "Next &view"), window)
        self.next_view_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_PageDown), QKeySequence(Qt.Key.Key_Right)]
        )
        self.next_view_action.setStatusTip(translate("meeting", "Show the next saved view (Page Down or →)"))
        self.next_view_action.triggered.connect(lambda _checked=False: self.step_view(1))
        self.previous_view_action = QAction(translate("meeting", "Pre&vious view"), window)
        self.previous_view_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_PageUp), QKeySequence(Qt.Key.Key_Left)]
        )
        self.previous_view_action.setStatusTip(
            translate("meeting", "Show the previous saved view (Page Up or ←)")
        )
        self.previous_view_action.triggered.connect(lambda _checked=False: self.step_view(-1))
        for action in (self.next_view_action, self.previous_view_action):
            # Only inside the meeting window or its bar: the worker's window has its own Page Up/Down.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view_labels: list[QLabel] = []
        panel = getattr(window, "views_panel", None)
        if panel is not None:
            # A view shown from anywhere (the presenter's list, Page Down on the laptop) moves the room's map.
            panel.view_applied.connect(self.show_view)
        abundance = getattr(window, "abundance_panel", None)
        if abundance is not None:
            # A view (or the presenter) switching to an abundance measure shows it to the room too.
            abundance.layer_changed.connect(lambda _layer: self.show_abundance())
        self.presenter_bar = self._controls(
            "presenterBar", translate("meeting", "On the projector: the meeting map")
        )
        self.room_bar = self._controls("meetingBar", translate("meeting", "Meeting mode"))
        self.meeting_window: MeetingWindow | None = None
        self.projector: QScreen | None = None
        self._active = False
        self._watched: list[QObject] = []
        self.bar_timer = QTimer(self)
        self.bar_timer.setSingleShot(True)
        self.bar_timer.setInterval(BAR_HIDE_MS)
        self.bar_timer.timeout.connect(self.hide_bar)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._screen_removed)

    def _controls(self, name: str, title: str) -> QToolBar:
        bar = QToolBar(title)
        bar.setObjectName(name)
        bar.setAccessibleName(title)
        bar.setMovable(False)
        heading = QLabel(title)
        heading.setAccessibleName(title)
        heading.setContentsMargins(8, 0, 12, 0)
        bar.addWidget(heading)
        bar.addAction(self.partners_action)
        bar.addSeparator()
        bar.addAction(self.previous_view_action)
        view_label = QLabel("")
        view_label.setAccessibleName(translate("meeting", "Saved view shown"))
        view_label.setContentsMargins(8, 0, 8, 0)
        self.view_labels.append(view_label)
        bar.addWidget(view_label)
        bar.addAction(self.next_view_action)
        bar.addSeparator()
        bar.addAction(self.leave_action)
        return bar

    # -- saved views as slides -----------------------------------------------------------------------

    def step_view(self, step: int) -> None:
        """Show the next (1) or previous (-1) saved view on the window and on the room's map."""
        panel = getattr(self.window, "views_panel", None)
        if panel is None:
            return
        # The panel shows it on the window and says so (view_applied), which moves the room's map.
        if step > 0:
            panel.next_view()
        else:
            panel.previous_view()

    def room_layer(self) -> dict[str, object] | None:
        """The window's abundance layer if the room may see it: counted at the public tier (or at the
        partners tier while partner assets are switched on for this meeting); else none."""
        panel = getattr(self.window, "abundance_panel", None)
        if panel is None or not panel.showing_abundance or panel.layer is None:
            return None
        tier = str(panel.tier_combo.currentData())
        return panel.layer if room_may_see_figures(tier, partners=self.partners_action.isChecked()) else None

    def show_abundance(self) -> None:
        """Show the room the abundance layer it may see, or the assets."""
        if self._active and self.map_view is not None:
            self.map_view.set_abundance_layer(self.room_layer())

    def show_view(self, view: object) -> None:
        """Move the meeting map to a saved view's box and name it in the bars (the curtain still applies)."""
        if not self._active:
            return
        bounds = getattr(view, "bounds", None)
        if bounds is not None and self.map_view is not None:
            self.map_view.fly_to_bounds(bounds)
        panel = getattr(self.window, "views_panel", None)
        count = len(panel.views()) if panel is not None else 0
        position = getattr(view, "position", 0) + 1
        text = translate("meeting", "{position} of {count}: {title}").format(
            position=number(position), count=number(count), title=getattr(view, "title", "")
        )
        for label in self.view_labels:
            label.setText(text)

    # -- state ----------------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._active

    @property
    def map_view(self) -> MeetingMapView | None:
        return None if self.meeting_window is None else self.meeting_window.map_view

    @property
    def two_screens(self) -> bool:
        return self.projector is not None

    def toggle(self) -> None:
        self.action.toggle()

    def _toggled(self, on: bool) -> None:
        if on and not self._active:
            self.enter()
        elif not on and self._active:
            self.leave()

    # -- entering and leaving -------------------------------------------------------------------------

    def content(self) -> MeetingContent:
        # The window's own copy of the assets and of the consent in force, kept current by every write:
        # an edit during a meeting does not read the whole register again.
        model = self.window.model
        return meeting_content(model.assets(), people=model.people, partners=self.partners_action.isChecked())

    def _show_content(self) -> None:
        view = self.map_view
        if view is None:
            return
        boundaries = self.window.register.boundaries()
        if view.boundaries != boundaries:
            # The register's wards changed since the meeting map was made: it is redrawn on the new ones.
            view.set_boundaries(boundaries, [])
        view.show_content(self.window.register.categories(), self.content(), dict(boundaries.ward_names))

    def enter(self) -> None:
        """Show the meeting map full screen: on the second screen if there is one, else over the window."""
        self._active = True
        if not self.action.isChecked():
            self.action.setChecked(True)
        screens = QGuiApplication.screens()
        presenter, self.projector = pick_screens(screens, self.window.screen())
        if self.meeting_window is None:
            self.meeting_window = MeetingWindow(
                self.window, boundaries=self.window.register.boundaries(), bar=self.room_bar
            )
            self.meeting_window.addAction(self.action)
            self.meeting_window.addAction(self.leave_action)
            self.meeting_window.addAction(self.next_view_action)
            self.meeting_window.addAction(self.previous_view_action)
            self.meeting_window.map_view.ready.connect(self._map_ready)
            capture = getattr(self.window, "capture", None)
            if capture is not None:
                # N, or a click with the capture tool, adds what the room suggests on the projected map too.
                capture.attach(self.meeting_window.map_view)
        meeting = self.meeting_window
        target = self.projector or presenter
        if meeting.screen() is not target:
            meeting.setScreen(target)
        meeting.setGeometry(target.geometry())
        self.window.addAction(self.leave_action)
        if self.projector is not None:
            # The room sees the map; the presenter keeps the window and the controls on the laptop.
            self.room_bar.hide()
            self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.presenter_bar)
            self.presenter_bar.show()
            meeting.showFullScreen()
            self._show_content()
            self.window.activateWindow()
        else:
            meeting.showFullScreen()
            self._show_content()
            meeting.place_bar()
            self.show_bar()
            self._watch_for_activity()
            meeting.activateWindow()
            meeting.map_view.setFocus()
        self.show_abundance()
        log.info("meeting mode on (%s)", "two screens" if self.projector else "one screen")
        self.entered.emit()

    def leave(self) -> None:
        """Close the meeting map; the worker's window is as it was. Partner assets are off for the next."""
        self._active = False
        if self.action.isChecked():
            self.action.setChecked(False)
        for watched in self._watched:
            watched.removeEventFilter(self)
        self._watched = []
        self.bar_timer.stop()
        self.window.removeAction(self.leave_action)
        if self.presenter_bar.parent() is self.window:
            self.window.removeToolBar(self.presenter_bar)
            self.presenter_bar.setParent(None)
        if self.meeting_window is not None:
            self.meeting_window.showNormal()
            self.meeting_window.hide()
        was_blocked = self.partners_action.blockSignals(True)
        self.partners_action.setChecked(False)
        self.partners_action.blockSignals(was_blocked)
        self.projector = None
        self.window.activateWindow()
        log.info("meeting mode off")
        self.left.emit()

    def refresh(self) -> None:
        """The register changed (an edit, an import, consent): the projected map follows, as deltas."""
        if self._active:
            self._show_content()

    def _screen_removed(self, screen: QScreen) -> None:
        # The projector was unplugged mid-meeting: carry on, full screen on the laptop.
        if self._active and screen is self.projector:
            partners = self.partners_action.isChecked()
            self.leave()
            self.partners_action.setChecked(partners)
            self.enter()

    def _map_ready(self) -> None:
        if self._active and not self.two_screens:
            self._watch_for_activity()

    def _partners_toggled(self, _on: bool) -> None:
        if self._active:
            self._show_content()
            self.show_abundance()

    # -- the self-hiding bar (one screen) -------------------------------------------------------------

    def show_bar(self) -> None:
        if self.meeting_window is None or self.two_screens:
            return
        bar = self.meeting_window.bar
        if not bar.isVisible():
            bar.show()
            self.meeting_window.place_bar()
        self.bar_timer.start()

    def hide_bar(self) -> None:
        if self.meeting_window is not None and not self.two_screens:
            self.meeting_window.bar.hide()

    def _watch_for_activity(self) -> None:
        """Watch the meeting window and its map (the web view's input widget included) for the mouse and keys.

        Only these widgets: an application-wide filter sees QtWebEngine's own objects, which is not safe.
        """
        window = self.meeting_window
        if window is None:
            return
        view = window.map_view.web_view
        candidates: list[QObject | None] = [window, window.map_view, view, view.focusProxy()]
        for widget in candidates:
            if widget is not None and widget not in self._watched:
                if isinstance(widget, QWidget):
                    widget.setMouseTracking(True)
                widget.installEventFilter(self)
                self._watched.append(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in (
            QEvent.Type.MouseMove,
            QEvent.Type.HoverMove,
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
        ):
            self.show_bar()
        return False

    # -- tear-down ------------------------------------------------------------------------------------

    def shut_down(self) -> None:
        """Tear the meeting map down (page before view), as the window's own."""
        if self._active:
            self.leave()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.disconnect(self._screen_removed)
        if self.meeting_window is not None:
            self.meeting_window.map_view.stop_watchdog()
            self.meeting_window.map_view.shutdown()
            self.meeting_window.close()
