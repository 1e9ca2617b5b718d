"""The main window on a team register on a PostgreSQL server: its table and map, and no file-only actions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from assetmap.register import Register
from assetmap.ui.server_actions import TeamServerDialog
from tests.pgcluster import Cluster
from tests.ui.conftest import open_window, page_stats
from tests.ui.test_app import answer_next_message_box

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
        assert not window.server_actions.move_action.isEnabled()

        window.apply_change(
            register.add_asset(name="Tenants' hall", category="physical_spaces", lon=-2.245, lat=53.465)
        )
        qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 3)
        assert window.model.rowCount() == 3
    finally:
        window.shut_down()
        window.close()


def test_a_register_file_moves_onto_a_team_server_from_the_file_menu(
    qtbot, tmp_path: Path, pg_cluster: Cluster, pg_url: str
) -> None:
    with Register.open(tmp_path / "hulme.assetmap", user="Asha") as laptop:
        library = laptop.add_asset(name="Hulme Library", category="institutions", lon=-2.2480, lat=53.4668)
        laptop.update_asset(library.added[0], cost="free")
        window = open_window(qtbot, laptop)
        try:
            actions = window.server_actions
            assert actions.move_action.isEnabled()
            assert actions.move_action in window.menuBar().actions()[0].menu().actions()
            dialog = TeamServerDialog(laptop.display_name, window)
            bare = pg_url.replace(f":{pg_cluster.password}@", "@")
            dialog.address.setText(bare)
            dialog.password.setText(pg_cluster.password)
            assert dialog.url() == pg_url
            seen: list[str] = []
            answer_next_message_box(button=QMessageBox.StandardButton.Ok, seen=seen)

            summary = actions.move(dialog.url())

            assert summary is not None and summary.assets == 1
            assert "Moved onto" in seen[0] and pg_cluster.password not in seen[0]
        finally:
            window.shut_down()
            window.close()
    with Register.open(pg_url) as team:
        assert [a.name for a in team.assets()] == ["Hulme Library"]
        assert [h.operation for h in team.history(library.added[0])] == ["add", "update"]
        assert team.audit_trail(newest_first=True, limit=1)[0].user == "Asha"
