"""File → Open team register… and Team → Users…: a register on a server, and its users."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from assetmap.errors import AssetMapError
from assetmap.register import Register, logins, team_users
from assetmap.register.lock import InstanceLock
from assetmap.register.logins import LoginError, ServerLogin
from assetmap.register.roles import COORDINATOR
from assetmap.ui.i18n import translate
from assetmap.ui.recent import recent_servers, remember_server

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow


class _NoLock:
    """What a window on a server register holds in place of a file's lock: nothing to let go."""

    def release(self) -> None:
        pass


NO_LOCK = cast(InstanceLock, _NoLock())


def open_team_register(location: str, password: str, parent: QWidget | None) -> Register | None:
    """Open the team register at ``location`` with ``password``; say plainly why not (``None``)."""
    try:
        login, _given = logins.parse_location(location)
        return Register.open(login.url(password))
    except AssetMapError as exc:
        QMessageBox.critical(parent, translate("team_actions", "Cannot open the team register"), str(exc))
        return None


def last_server_login() -> ServerLogin | None:
    """The team register opened most recently, to fill the dialog with."""
    for location in recent_servers():
        try:
            return logins.parse_location(location)[0]
        except LoginError:
            continue
    return None


def ask_team_login(parent: QWidget | None, login: ServerLogin | None = None) -> tuple[str, str] | None:
    """Ask a team register's login (``login``, or the last one filled in); its location and password
    once it works. The location is remembered among recent team registers, without the password.
    """
    from assetmap.ui.team_login_dialog import TeamLoginDialog

    dialog = TeamLoginDialog(login or last_server_login(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    location = dialog.login().location
    remember_server(location)
    return location, dialog.password()


class TeamActions(QObject):
    """Opening a team register (emits ``open_requested`` with its location and password once the login
    works) and, for a coordinator of the open one, managing its users."""

    open_requested = Signal(str, str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_action = QAction(translate("team_actions", "Open &team register…"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_action.setStatusTip(
            translate("team_actions", "Open a register kept on a PostgreSQL server, with your own login")
        )
        self.open_action.triggered.connect(lambda _checked=False: self.ask_open())
        self.users_action = QAction(translate("team_actions", "&Users…"), window)
        self.users_action.setShortcut(QKeySequence("Ctrl+Alt+U"))
        self.users_action.setStatusTip(
            translate("team_actions", "Who may log in to this team register, with which role (coordinators)")
        )
        self.users_action.triggered.connect(lambda _checked=False: self.show_users())
        self.recent_menu = QMenu(translate("team_actions", "&Recent team registers"), window)
        self.recent_menu.setObjectName("recentTeamRegisters")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()
        # The login's role in a team register (None for a file), read when the register was opened.
        self.role: str | None = window.register.role
        self.users_action.setEnabled(self.role == COORDINATOR)

    def on_server(self) -> bool:
        return self.window.register.is_server

    def fill_recent_menu(self) -> None:
        """Team registers opened lately, each opening the login dialog filled in for it."""
        self.recent_menu.clear()
        for location in recent_servers():
            try:
                login = logins.parse_location(location)[0]
            except LoginError:
                continue
            action = self.recent_menu.addAction(
                translate("team_actions", "{database} on {host} as {user}").format(
                    database=login.database, host=login.host, user=login.user
                )
            )
            action.setData(location)
            action.setEnabled(location != self.window.register.location)
            action.triggered.connect(lambda _checked=False, known=login: self.ask_open(known))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("team_actions", "No team registers yet")).setEnabled(False)

    def ask_open(self, login: ServerLogin | None = None) -> tuple[str, str] | None:
        asked = ask_team_login(self.window, login)
        if asked is not None:
            self.open_requested.emit(*asked)
        return asked

    def show_users(self) -> None:
        from assetmap.ui.users_dialog import UsersDialog

        if not self.on_server():
            QMessageBox.information(
                self.window,
                translate("team_actions", "Users"),
                translate(
                    "team_actions",
                    "A register file has no users of its own: users and roles belong to a team register on a "
                    "server (File → Open team register…).",
                ),
            )
            return
        url = self.window.register.engine.url
        where = translate("team_actions", "the register {database} on {host}:{port}").format(
            database=url.database, host=url.host, port=url.port or logins.DEFAULT_PORT
        )
        try:
            UsersDialog(team_users.ServerUsers(self.window.register.engine), where, self.window).exec()
        except AssetMapError as exc:
            QMessageBox.warning(self.window, translate("team_actions", "Users"), str(exc))
