"""Fixtures shared by the UI tests."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import pytest

READY_MS = 30000
SETTLE_S = 30


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Let the panels' background work finish before pytest-qt deletes the test's widgets.

    The abundance and chart panels work on a thread of their own and emit to the panel when done; a
    panel deleted while that work still runs is emitted to after its deletion, which crashes the test
    process (the next test's, in whichever test it happens).
    """
    _settle_background_work()
    return (yield)


def _settle_background_work() -> None:
    import sys

    if "assetmap.ui.abundance_panel" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    from assetmap.ui.abundance_panel import AbundancePanel
    from assetmap.ui.chart_panel import ChartPanel

    app = QApplication.instance()
    if app is None:
        return
    deadline = time.monotonic() + SETTLE_S
    panels = [w for w in QApplication.allWidgets() if isinstance(w, AbundancePanel | ChartPanel)]
    while any(isinstance(p, AbundancePanel) and p.busy for p in panels) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for panel in panels:
        pool = getattr(panel, "_worker", None) or getattr(panel, "_renderer", None)
        if pool is None:
            continue
        # One worker each: once a no-op submitted now has run, the work before it has finished.
        with contextlib.suppress(RuntimeError, TimeoutError):  # shut down already, or stuck
            pool.submit(lambda: None).result(timeout=max(0.1, deadline - time.monotonic()))
    app.processEvents()


@pytest.fixture
def map_view(qtbot) -> Iterator[object]:
    """One real MapView, shown offscreen, torn down page first."""
    from assetmap.geo.boundaries import gm_boundaries
    from assetmap.ui.web.view import MapView

    view = MapView(boundaries=gm_boundaries())
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.shutdown()
    view.close()
    view.deleteLater()
    qtbot.wait(50)


def open_window(qtbot, register):
    """A real MainWindow on ``register``, shown offscreen, returned once its map is ready."""
    from assetmap.settings import Preferences
    from assetmap.ui.main_window import MainWindow

    window = MainWindow(register, Preferences())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.map_view.ready, timeout=READY_MS):
        window.show()
    return window


@pytest.fixture
def window(qtbot, register) -> Iterator[object]:
    """The main window on the test module's own ``register`` fixture; shut down page first."""
    window = open_window(qtbot, register)
    yield window
    window.shut_down()
    window.close()


def page_stats(window) -> dict:
    """What the map page says it shows (``assetmap.stats()``)."""
    return window.map_view.evaluate("assetmap.stats()")
