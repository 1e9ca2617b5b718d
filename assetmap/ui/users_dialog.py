"""Team → Users…: a coordinator lists the register's users, adds one, changes a role, removes one."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import AssetMapError
from assetmap.register import team_users
from assetmap.register.roles import ROLES, WORKER
from assetmap.register.team_users import TeamUser
from assetmap.ui.i18n import translate, vocabulary


class UserDirectory(Protocol):
    """Where the users come from: a server (``assetmap.register.team_users.ServerUsers``) or sample data."""

    def users(self) -> list[TeamUser]: ...

    def add(self, login: str, role: str, password: str) -> bool: ...

    def set_role(self, login: str, role: str) -> None: ...

    def remove(self, login: str) -> bool: ...


class NewUserDialog(QDialog):
    """A new user's login name, role and password (typed twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newUserDialog")
        self.setWindowTitle(translate("users_dialog", "Add a user"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("newUserName")
        form.addRow(translate("users_dialog", "&Login name:"), self.name_edit)
        self.role_box = QComboBox()
        self.role_box.setObjectName("newUserRole")
        for role, label in ROLES.items():
            self.role_box.addItem(vocabulary(label), role)
        self.role_box.setCurrentIndex(self.role_box.findData(WORKER))
        form.addRow(translate("users_dialog", "&Role:"), self.role_box)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("newUserPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("users_dialog", "&Password:"), self.password_edit)
        self.again_edit = QLineEdit()
        self.again_edit.setObjectName("newUserPasswordAgain")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("users_dialog", "The same &again:"), self.again_edit)
        layout.addLayout(form)
        note = QLabel(
            translate(
                "users_dialog",
                "Give the password to the person in person, not by email. They log in with it.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.problem_label = QLabel("")
        self.problem_label.setObjectName("newUserProblem")
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def role(self) -> str:
        return str(self.role_box.currentData())

    def password(self) -> str:
        return self.password_edit.text()

    def accept(self) -> None:
        problem = None
        if not self.name():
            problem = translate("users_dialog", "Give the login a name.")
        else:
            problem = password_problem(self.password())
            if problem is None and self.again_edit.text() != self.password():
                problem = translate("users_dialog", "The two passwords are not the same.")
        if problem:
            self.problem_label.setText(problem)
            return
        super().accept()


def password_problem(password: str) -> str | None:
    """Why ``password`` will not do for a login (the core's rule, in the window's language), or None."""
    if team_users.password_problem(password) is None:
        return None
    if len(password) < team_users.MIN_PASSWORD:
        return translate("users_dialog", "A password needs at least {count} characters.").format(
            count=team_users.MIN_PASSWORD
        )
    if password != password.strip():
        return translate("users_dialog", "A password may not start or end with a space.")
    return team_users.password_problem(password)


class UsersDialog(QDialog):
    """The register's users and their roles, with Add…, Change role… and Remove.

    Each change is made by the server, which refuses anyone but a coordinator; its refusals are shown as
    they are said.
    """

    def __init__(self, directory: UserDirectory, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.setObjectName("usersDialog")
        self.setWindowTitle(translate("users_dialog", "Users of the team register"))
        self.resize(520, 360)
        layout = QVBoxLayout(self)
        heading = QLabel(
            translate("users_dialog", "Who may log in to {where}, and with which role.").format(where=where)
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(translate("users_dialog", "Users and their roles"))
        self.table.setHorizontalHeaderLabels(
            [translate("users_dialog", "Login"), translate("users_dialog", "Role")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("users_dialog", "&Add…"))
        self.add_button.clicked.connect(lambda _checked=False: self.ask_add())
        self.role_button = QPushButton(translate("users_dialog", "Change &role…"))
        self.role_button.clicked.connect(lambda _checked=False: self.ask_change_role())
        self.remove_button = QPushButton(translate("users_dialog", "Re&move"))
        self.remove_button.clicked.connect(lambda _checked=False: self.ask_remove())
        for button in (self.add_button, self.role_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.users: list[TeamUser] = []
        self.refresh()

    def refresh(self) -> bool:
        """Read the users again; say why not if the server refuses."""
        try:
            self.users = self.directory.users()
        except AssetMapError as exc:
            self._refused(translate("users_dialog", "Users not shown"), exc)
            return False
        self.table.setRowCount(len(self.users))
        for index, user in enumerate(self.users):
            self.table.setItem(index, 0, QTableWidgetItem(user.login))
            self.table.setItem(index, 1, QTableWidgetItem(vocabulary(user.role_label)))
        self._selection_changed()
        self.table.itemSelectionChanged.connect(self._selection_changed, Qt.ConnectionType.UniqueConnection)
        return True

    def selected(self) -> TeamUser | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.role_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _refused(self, title: str, exc: AssetMapError) -> None:
        QMessageBox.warning(self, title, str(exc))

    def add(self, name: str, role: str, password: str) -> bool:
        try:
            self.directory.add(name, role, password)
        except AssetMapError as exc:
            self._refused(translate("users_dialog", "User not added"), exc)
            return False
        return self.refresh()

    def change_role(self, name: str, role: str) -> bool:
        try:
            self.directory.set_role(name, role)
        except AssetMapError as exc:
            self._refused(translate("users_dialog", "Role not changed"), exc)
            return False
        return self.refresh()

    def remove(self, name: str) -> bool:
        try:
            self.directory.remove(name)
        except AssetMapError as exc:
            self._refused(translate("users_dialog", "User not removed"), exc)
            return False
        return self.refresh()

    def ask_add(self) -> None:
        dialog = NewUserDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(dialog.name(), dialog.role(), dialog.password())

    def ask_change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        labels = [vocabulary(label) for label in ROLES.values()]
        label, ok = QInputDialog.getItem(
            self,
            translate("users_dialog", "Change role"),
            translate("users_dialog", "The role of {login}:").format(login=user.login),
            labels,
            list(ROLES).index(user.role),
            False,
        )
        if ok:
            self.change_role(user.login, list(ROLES)[labels.index(label)])

    def ask_remove(self) -> None:
        user = self.selected()
        if user is None:
            return
        answer = QMessageBox.question(
            self,
            translate("users_dialog", "Remove a user"),
            translate(
                "users_dialog",
                "Take {login} off the register? They will no longer be able to log in to it. What they "
                "recorded stays; their private records are then seen by coordinators only.",
            ).format(login=user.login),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(user.login)
