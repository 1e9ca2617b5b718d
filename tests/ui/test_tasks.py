"""Slow work runs on a worker thread behind a progress dialog: the window keeps painting, Cancel stops it."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from assetmap.errors import AssetMapError
from assetmap.ui.tasks import run_with_progress


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _until_cancelled(progress, cancelled) -> str:
    deadline = time.monotonic() + 20
    while not cancelled():
        if time.monotonic() > deadline:
            return "never cancelled"
        time.sleep(0.01)
    return "cancelled"


def test_work_runs_off_the_ui_thread_while_the_ui_keeps_running(qtbot, parent: QWidget) -> None:
    ticks = []
    timer = QTimer(parent)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    seen: dict[str, object] = {}

    def work(progress, cancelled) -> str:
        seen["thread"] = threading.current_thread()
        for step in range(1, 11):
            time.sleep(0.03)
            progress(step, 10)
        return "done"

    assert run_with_progress(parent, "Working", "Working…", work) == "done"
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert len(ticks) >= 5  # the UI thread's own timer kept firing while the work ran
    dialog = parent.findChild(QProgressDialog, "taskProgress")
    assert dialog is None or not dialog.isVisible()


def test_an_error_in_the_work_is_raised_on_the_ui_thread(qtbot, parent: QWidget) -> None:
    def work(progress, cancelled) -> None:
        raise AssetMapError("The file cannot be read.")

    with pytest.raises(AssetMapError, match="cannot be read"):
        run_with_progress(parent, "Reading", "Reading…", work)


def test_cancel_reaches_the_work(qtbot, parent: QWidget) -> None:
    def press_cancel() -> None:
        dialog = parent.findChild(QProgressDialog, "taskProgress")
        if dialog is None:
            QTimer.singleShot(10, press_cancel)
        else:
            dialog.findChild(QPushButton).click()

    QTimer.singleShot(50, press_cancel)

    assert run_with_progress(parent, "Exporting", "Exporting…", _until_cancelled) == "cancelled"


def test_work_that_cannot_stop_has_no_cancel_button(qtbot, parent: QWidget) -> None:
    found: dict[str, list[str]] = {}

    def look() -> None:
        dialog = parent.findChild(QProgressDialog, "taskProgress")
        found["buttons"] = [button.text() for button in dialog.findChildren(QPushButton)]

    def work(progress, cancelled) -> int:
        time.sleep(0.3)
        return 1

    QTimer.singleShot(100, look)
    assert run_with_progress(parent, "Checking", "Checking…", work, cancellable=False) == 1
    assert found["buttons"] == []


def test_escape_on_the_progress_dialog_cancels_too(qtbot, parent: QWidget) -> None:
    def press_escape() -> None:
        dialog = parent.findChild(QProgressDialog, "taskProgress")
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, press_escape)
        else:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)

    assert run_with_progress(parent, "Exporting", "Exporting…", _until_cancelled) == "cancelled"
