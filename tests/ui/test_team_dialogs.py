"""File → Open team register… and Team → Users…, against a real server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import create_engine

from assetmap.register import logins, roles
from assetmap.register.logins import ServerLogin
from assetmap.register.team_users import ServerUsers
from assetmap.ui.recent import recent_servers, remember_server
from assetmap.ui.team_login_dialog import TeamLoginDialog
from assetmap.ui.users_dialog import UsersDialog
from tests.memory_keyring import MemoryKeyring, keyring_in_use
from tests.pgcluster import Cluster
from tests.server.team import PASSWORD, Team, build_team
from tests.ui.test_app import answer_next_message_box


@pytest.fixture(scope="module")
def team(pg_cluster: Cluster) -> Iterator[tuple[Team, dict[str, str]]]:
    database = pg_cluster.new_database("window")
    try:
        yield build_team(pg_cluster, database)
    finally:
        pg_cluster.drop_database(database)
        for name in ("cora", "alice", "bob", "val", "dee"):
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{name}"')
        for role in roles.ROLES:
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{role}"')


@pytest.fixture
def keyring_here() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with keyring_in_use(backend):
        yield backend


def fill(dialog: TeamLoginDialog, team: Team, user: str, password: str) -> None:
    dialog.host_edit.setText(team.cluster.host)
    dialog.port_box.setValue(team.cluster.port)
    dialog.database_edit.setText(team.database)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    dialog.sslmode_box.setCurrentIndex(dialog.sslmode_box.findData("disable"))


def files_holding(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_test_connection_says_the_role_or_plainly_what_is_wrong(
    qtbot, team: tuple[Team, dict[str, str]], keyring_here: MemoryKeyring
) -> None:
    register, named = team
    dialog = TeamLoginDialog()
    qtbot.addWidget(dialog)
    fill(dialog, register, named["alice"], PASSWORD)
    assert dialog.test_connection()
    assert "is a worker" in dialog.status_label.text()
    dialog.password_edit.setText("not the password")
    assert not dialog.test_connection()
    assert "password is not right" in dialog.status_label.text()
    dialog.sslmode_box.setCurrentIndex(dialog.sslmode_box.findData("verify-full"))
    assert dialog.certificate_edit.isEnabled()
    assert not dialog.test_connection()
    assert "root certificate" in dialog.status_label.text()


def test_a_remembered_password_goes_to_the_keyring_and_nowhere_in_the_settings(
    qtbot, team: tuple[Team, dict[str, str]], keyring_here: MemoryKeyring, assetmap_home: Path
) -> None:
    register, named = team
    dialog = TeamLoginDialog()
    qtbot.addWidget(dialog)
    fill(dialog, register, named["val"], PASSWORD)
    dialog.remember_box.setChecked(True)
    dialog.accept()
    assert dialog.result() == TeamLoginDialog.DialogCode.Accepted
    assert dialog.role == "viewer"
    login = dialog.login()
    assert logins.remembered_password(login) == PASSWORD
    remember_server(login.location)
    assert recent_servers() == [login.location]
    assert files_holding(assetmap_home, PASSWORD) == []
    with pytest.raises(ValueError):
        remember_server(login.url(PASSWORD))
    assert files_holding(assetmap_home, PASSWORD) == []

    again = TeamLoginDialog(logins.parse_location(recent_servers()[0])[0])
    qtbot.addWidget(again)
    assert again.password_edit.text() == PASSWORD and again.remember_box.isChecked()
    again.remember_box.setChecked(False)
    again.accept()
    assert logins.remembered_password(login) is None


def test_open_is_refused_until_the_login_works(
    qtbot, team: tuple[Team, dict[str, str]], keyring_here: MemoryKeyring
) -> None:
    register, _named = team
    dialog = TeamLoginDialog()
    qtbot.addWidget(dialog)
    fill(dialog, register, f"{register.database}_nobody", PASSWORD)
    dialog.remember_box.setChecked(True)
    dialog.accept()
    assert dialog.result() != TeamLoginDialog.DialogCode.Accepted
    assert "password is not right" in dialog.status_label.text()
    assert keyring_here.kept == {}


def test_a_coordinator_adds_changes_and_removes_users_in_the_window(
    qtbot, team: tuple[Team, dict[str, str]]
) -> None:
    register, named = team
    engine = create_engine(register.url(named["cora"]))
    dialog = UsersDialog(ServerUsers(engine), "the team register")
    qtbot.addWidget(dialog)
    shown = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text()
        for row in range(dialog.table.rowCount())
    }
    assert shown[named["alice"]].startswith("Worker") and shown[named["val"]].startswith("Viewer")
    dee = f"{register.database}_dee"
    assert dialog.add(dee, "viewer", "dee's long password")
    assert any(user.login == dee and user.role == "viewer" for user in dialog.users)
    assert dialog.change_role(dee, "worker")
    assert any(user.login == dee and user.role == "worker" for user in dialog.users)
    assert dialog.remove(dee)
    assert dee not in {user.login for user in dialog.users}
    engine.dispose()


def test_the_server_refusing_a_worker_is_shown_plainly(qtbot, team: tuple[Team, dict[str, str]]) -> None:
    register, named = team
    engine = create_engine(register.url(named["alice"]))
    seen: list[str] = []
    answer_next_message_box(button=QMessageBox.StandardButton.Ok, seen=seen)
    dialog = UsersDialog(ServerUsers(engine), "the team register")
    qtbot.addWidget(dialog)
    assert seen and "only a coordinator" in seen[0]
    assert dialog.table.rowCount() == 0
    engine.dispose()


def test_the_window_offers_team_registers_and_users_only_to_a_coordinator(qtbot, tmp_path: Path) -> None:
    from assetmap.register import Register
    from tests.ui.conftest import open_window

    with Register.open(tmp_path / "file.assetmap") as file_register:
        window = open_window(qtbot, file_register)
        try:
            menus = {action.text(): action.menu() for action in window.menuBar().actions()}
            file_texts = [action.text() for action in menus["&File"].actions()]
            assert "Open &team register…" in file_texts
            team_texts = [action.text() for action in menus["&Team"].actions()]
            assert team_texts == ["Open &team register…", "&Recent team registers", "", "&Users…"]
            assert not window.team.users_action.isEnabled()
            assert window.team.open_action.shortcut().toString() == "Ctrl+Shift+O"
        finally:
            window.shut_down()
            window.close()


def test_the_open_action_hands_the_login_to_the_app_and_remembers_the_server_without_its_password(
    qtbot, tmp_path: Path, team: tuple[Team, dict[str, str]], keyring_here: MemoryKeyring, assetmap_home: Path
) -> None:
    from assetmap.register import Register
    from tests.ui.conftest import open_window

    register, named = team

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TeamLoginDialog):
            QTimer.singleShot(20, answer)
            return
        fill(dialog, register, named["bob"], PASSWORD)
        dialog.accept()

    with Register.open(tmp_path / "file.assetmap") as file_register:
        window = open_window(qtbot, file_register)
        try:
            asked: list[tuple[str, str]] = []
            window.team.open_requested.connect(lambda location, password: asked.append((location, password)))
            QTimer.singleShot(0, answer)
            window.team.open_action.trigger()
            login = ServerLogin(
                register.cluster.host, register.database, named["bob"], register.cluster.port, "disable"
            )
            assert asked == [(login.location, PASSWORD)]
            assert recent_servers()[0] == login.location
            assert files_holding(assetmap_home, PASSWORD) == []
            window.team.fill_recent_menu()
            [recent] = window.team.recent_menu.actions()
            assert recent.data() == login.location and named["bob"] in recent.text()
        finally:
            window.shut_down()
            window.close()


@pytest.mark.parametrize(
    ("who", "rows", "manages"), [("val", 1, False), ("alice", 4, False), ("cora", 6, True)]
)
def test_a_team_register_opens_in_a_window_showing_what_the_role_may_see(
    qtbot, team: tuple[Team, dict[str, str]], who: str, rows: int, manages: bool
) -> None:
    from assetmap.settings import Preferences
    from assetmap.ui.app import AppWindows
    from tests.ui.conftest import READY_MS

    register, named = team
    login = ServerLogin(
        register.cluster.host, register.database, named[who], register.cluster.port, "disable"
    )
    windows = AppWindows(Preferences())
    try:
        window = windows.open_team(login.location, PASSWORD)
        assert window is not None
        qtbot.waitUntil(lambda: window.map_view.is_ready, timeout=READY_MS)
        assert window.register.user == named[who]
        assert window.model.rowCount() == rows
        assert window.team.users_action.isEnabled() is manages
        assert register.database in window.windowTitle()
        # A viewer is offered nothing that would change the register; the others are.
        viewer = who == "val"
        assert window.read_only is viewer
        assert all(action.isEnabled() is not viewer for action in (window.add_action, window.place_action))
        assert not any(action.isEnabled() for action in window.write_actions()) or not viewer
        # Choosing an asset offers Edit and Remove to those who may write, and still not to a viewer.
        assert rows > 0
        window.table.selectionModel().select(
            window.proxy.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        qtbot.waitUntil(lambda: len(window.selected_ids()) == 1)
        assert window.edit_action.isEnabled() is not viewer
        assert window.remove_action.isEnabled() is not viewer
    finally:
        windows.close_all()


def test_the_welcome_window_opens_a_team_register(
    qtbot, team: tuple[Team, dict[str, str]], keyring_here: MemoryKeyring
) -> None:
    from assetmap.settings import Preferences
    from assetmap.ui.app import AppWindows

    register, named = team

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TeamLoginDialog):
            QTimer.singleShot(20, answer)
            return
        fill(dialog, register, named["alice"], PASSWORD)
        dialog.accept()

    windows = AppWindows(Preferences())
    try:
        welcome = windows.show_welcome()
        assert welcome.team_button.isVisibleTo(welcome)
        QTimer.singleShot(0, answer)
        welcome.team_button.click()
        [window] = list(windows.windows)
        assert window.register.user == named["alice"] and window.register.role == "worker"
        assert windows.welcome is None
    finally:
        windows.close_all()
