"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

READY_MS = 30000


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


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp) -> Iterator[None]:
    """The window's English catalogue, as the app installs it at start: the English forms of its plural
    messages ("1 asset", "3 assets")."""
    from assetmap.languages import ENGLISH
    from assetmap.ui.i18n import install_language

    installed = install_language(ENGLISH)
    yield
    installed.remove()


def installed(code: str) -> Iterator[object]:
    """The window's language set to ``code`` for a test (catalogues, direction, locale, the core's
    messages), and put back after it."""
    from assetmap.languages import language
    from assetmap.ui.i18n import install_language

    done = install_language(language(code))
    try:
        yield done
    finally:
        done.remove()


@pytest.fixture
def urdu(qapp) -> Iterator[object]:
    yield from installed("ur")


@pytest.fixture
def polish(qapp) -> Iterator[object]:
    yield from installed("pl")
