"""Windows and dialogs sized to the screen they open on, so nothing is cut off on a small laptop screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room kept for the window manager's title bar and borders before the window has a frame to measure.
FRAME_ALLOWANCE = QSize(16, 40)


def screen_of(window: QWidget) -> QScreen:
    """The screen ``window`` opens on: its own, its parent's, or the primary screen."""
    parent = window.parentWidget()
    screen = window.screen() if window.isVisible() or parent is None else parent.window().screen()
    return screen or QGuiApplication.primaryScreen()


def _frame_room(window: QWidget) -> QSize:
    """What the frame adds around the window's contents, measured once shown, else the allowance."""
    if window.isVisible():
        frame, inner = window.frameGeometry(), window.geometry()
        measured = QSize(frame.width() - inner.width(), frame.height() - inner.height())
        return measured.expandedTo(QSize(0, 0))
    return FRAME_ALLOWANCE


def room_for(window: QWidget) -> QSize:
    """The largest contents size whose frame fits the screen's available geometry."""
    area = screen_of(window).availableGeometry()
    return area.size() - _frame_room(window)


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Size ``window`` as asked (or to its size hint), no larger than its screen, and keep it on screen.

    A remembered size from a larger screen shrinks to this one; the window's position moves so its frame
    lies inside the screen's available geometry (clear of task bars and docks).
    """
    layout = window.layout()
    if layout is not None:
        layout.activate()  # sets the minimum size the layout needs
    room = room_for(window)
    hint = window.sizeHint()
    wanted = QSize(hint.width() if width is None else width, hint.height() if height is None else height)
    # A window is never smaller than its minimum: keeping that small is the layout's job (scroll areas).
    window.resize(wanted.boundedTo(room).expandedTo(window.minimumSize()))
    if window.isVisible() or window.parentWidget() is None:
        keep_on_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """Move ``window`` so its frame lies inside the available geometry of its screen, if it can."""
    area: QRect = screen_of(window).availableGeometry()
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), max(area.left(), area.right() + 1 - frame.width()))
    y = min(max(frame.y(), area.top()), max(area.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
