"""The main window on a team register on a PostgreSQL server: its table and map, and no file-only actions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assetmap.register import Register
from tests.ui.conftest import open_window, page_stats

pytestmark = pytest.mark.web


@pytest.fixture
def register(pg_url: str) -> Iterator[Register]:
    with Register.open(pg_url, user="Asha") as opened:
        opened.add_asset(name="Hulme Library", category="institutions", lon=-2.2480, lat=53.4668)
        opened.add_asset(name="Zion Centre", category="physical_spaces", lon=-2.2430, lat=53.4627)
        yield opened


def test_the_window_shows_a_team_register_named_by_its_server_without_file_actions(qtbot, register) -> None:
    window = open_window(qtbot, register)
    try:
        assert window.windowTitle() == f"AssetMap — {register.display_name}"
        assert " on 127.0.0.1" in window.windowTitle()
        assert window.model.rowCount() == 2
        assert page_stats(window)["assets_drawn"] == 2
        actions = window.register_actions
        assert not actions.backup_action.isEnabled()
        assert not actions.encrypt_action.isEnabled() and not actions.decrypt_action.isEnabled()

        window.apply_change(
            register.add_asset(name="Tenants' hall", category="physical_spaces", lon=-2.245, lat=53.465)
        )
        qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 3)
        assert window.model.rowCount() == 3
    finally:
        window.shut_down()
        window.close()
