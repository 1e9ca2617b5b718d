"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def map_view(qtbot) -> Iterator[object]:
    """One real MapView, shown offscreen, torn down page first."""
    from assetmap.ui.web.view import MapView

    view = MapView()
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.shutdown()
    view.close()
    view.deleteLater()
    qtbot.wait(50)
