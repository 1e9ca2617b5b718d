"""File → Sync with team register as a worker whose password is kept nowhere: the window asks for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text

from assetmap.bundles.offline import take_offline
from assetmap.register import Register, logins
from assetmap.ui.team_login_dialog import TeamLoginDialog
from tests.memory_keyring import MemoryKeyring, keyring_in_use
from tests.pgcluster import Cluster
from tests.server.team import PASSWORD, Team, build_team

pytestmark = pytest.mark.web


@pytest.fixture
def team(pg_cluster: Cluster) -> Iterator[tuple[Team, dict[str, str]]]:
    database = pg_cluster.new_database("offui")
    try:
        yield build_team(pg_cluster, database)
    finally:
        pg_cluster.drop_database(database)


@pytest.fixture
def register(
    team: tuple[Team, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Register]:
    """The window's register: alice's offline copy, with her password in no keyring or variable."""
    server, named = team
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv(logins.PASSWORD_VARIABLE, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    path = tmp_path / "alice.assetmap"
    with Register.open(server.url(named["alice"])) as team_register:
        take_offline(team_register, path)
    with keyring_in_use(MemoryKeyring()):
        copy = Register.open(path)
        yield copy
        copy.close()


def test_sync_asks_for_the_password_in_the_team_login_dialog_when_none_is_kept(qtbot, window, team) -> None:
    server, named = team
    alice = named["alice"]
    window.register.update_asset("alice-public", description="Checked at the centre")
    seen: list[str] = []

    def type_password() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TeamLoginDialog):
            QTimer.singleShot(20, type_password)
            return
        seen.append(dialog.user_edit.text())
        dialog.password_edit.setText(PASSWORD)
        dialog.open_button.click()

    QTimer.singleShot(0, type_password)
    result = window.offline.sync()

    assert seen == [alice]
    assert result is not None and result.to_server is not None
    engine = create_engine(server.url())
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT description, owner FROM assets WHERE id = 'alice-public'")).one()
    finally:
        engine.dispose()
    assert tuple(row) == ("Checked at the centre", alice)
    assert "Synced with the team register" in window.statusBar().currentMessage()


def test_sync_given_up_at_the_password_writes_nothing(qtbot, window, team) -> None:
    server, _named = team
    window.register.update_asset("alice-public", description="Not sent")

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TeamLoginDialog):
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert window.offline.sync() is None
    assert window.register.offline_origin().synced_at is None
    engine = create_engine(server.url())
    try:
        with engine.connect() as conn:
            sent = conn.execute(text("SELECT description FROM assets WHERE id = 'alice-public'")).scalar()
    finally:
        engine.dispose()
    assert sent is None


def test_a_viewers_copy_offers_no_sync_and_says_why(qtbot, team, tmp_path: Path) -> None:
    from tests.ui.conftest import open_window

    server, named = team
    path = tmp_path / "val.assetmap"
    with Register.open(server.url(named["val"])) as team_register:
        take_offline(team_register, path)
    with Register.open(path) as copy:
        origin = copy.offline_origin()
        assert origin is not None and origin.role == "viewer"
        window = open_window(qtbot, copy)
        try:
            assert not window.offline.sync_action.isEnabled()
            assert "viewers cannot send changes" in window.offline.sync_action.statusTip()
            assert not window.offline.take_action.isEnabled()
        finally:
            window.shut_down()
            window.close()


def test_a_workers_copy_remembers_her_role_and_offers_sync(qtbot, window) -> None:
    origin = window.register.offline_origin()
    assert origin is not None and origin.role == "worker"
    assert window.offline.sync_action.isEnabled()
