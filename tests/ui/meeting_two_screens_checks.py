"""With a laptop and a projector, meeting mode puts the map on the projector, the controls on the laptop.

Not collected by itself: ``test_meeting_mode.py`` runs this file in a pytest of its own on an offscreen
platform with two screens (``ASSETMAP_TEST_SCREEN=offscreen_two_screens.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from assetmap.register import Register
from assetmap.ui.main_window import MainWindow
from tests.ui.conftest import READY_MS, open_window


@pytest.fixture(autouse=True)
def on_two_screens(qapp) -> None:
    names = [s.name() for s in QGuiApplication.screens()]
    assert names == ["Laptop", "Projector"], f"these checks need the two offscreen screens, not {names}"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "two-screens.assetmap")
    register.add_asset(
        name="Ancoats Library", category="institutions", lon=-2.2270, lat=53.4840, visibility="public"
    )
    yield register
    register.close()


@pytest.fixture
def window(qtbot, register: Register) -> Iterator[MainWindow]:
    window = open_window(qtbot, register)
    yield window
    window.shut_down()
    window.close()


def test_the_map_goes_full_screen_on_the_projector_and_the_controls_stay_on_the_laptop(
    qtbot, window: MainWindow
) -> None:
    laptop, projector = QGuiApplication.screens()
    assert window.screen() is laptop
    meeting = window.meeting
    meeting.action.trigger()
    assert meeting.active and meeting.two_screens
    meeting_window = meeting.meeting_window
    assert meeting_window is not None
    qtbot.waitUntil(lambda: meeting.map_view is not None and meeting.map_view.is_ready, timeout=READY_MS)
    assert meeting_window.isFullScreen()
    assert meeting_window.screen() is projector
    assert meeting_window.geometry() == projector.geometry()
    # The presenter's controls are a bar in the laptop's window, and the room's bar never shows.
    assert meeting.presenter_bar.parent() is window
    assert meeting.presenter_bar.isVisible()
    assert meeting.partners_action in meeting.presenter_bar.actions()
    assert not meeting_window.bar.isVisible()
    assert window.screen() is laptop and window.isVisible()
    size = meeting.map_view.evaluate("assetmap.stats()")
    assert size["assets_drawn"] == 1
    # Esc in the laptop's window leaves; the bar goes with the meeting.
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not meeting.active
    assert not meeting_window.isVisible()
    assert meeting.presenter_bar.parent() is not window


def test_f5_from_the_laptop_window_enters_and_leaves(qtbot, window: MainWindow) -> None:
    meeting = window.meeting
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert meeting.active
    qtbot.waitUntil(lambda: meeting.map_view is not None and meeting.map_view.is_ready, timeout=READY_MS)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert not meeting.active
