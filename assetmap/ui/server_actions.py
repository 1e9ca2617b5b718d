"""File → Move to a team server…: the window's ``assetmap server init`` and ``upload`` in one step.

The person names the team register's server (and types its password, which is used for this move only
and never kept); the register open in the window is moved onto it, with all its history, in one
transaction, and stays open in the window as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from assetmap.errors import AssetMapError
from assetmap.register import Register
from assetmap.register.connection import is_server_location
from assetmap.register.server import location_of
from assetmap.register.upload import UploadSummary, upload

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow

PLACEHOLDER = "postgresql://USER@HOST:5432/DATABASE"


def server_url_with_password(address: str, password: str) -> str:
    """``address`` with ``password`` put into it (a password already in it stays when none is typed)."""
    if not password:
        return address
    try:
        url = make_url(address)
    except ArgumentError:
        return address
    return url.set(password=password).render_as_string(hide_password=False)


class TeamServerDialog(QDialog):
    """Asks for the team register's server address and the password of its login."""

    def __init__(self, register_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Move to a team server")
        intro = QLabel(
            f"Move {register_name}, with all its history, people and audit trail, onto an empty team "
            "register on a PostgreSQL server. Its tables are made there if need be. The file is left as "
            "it is."
        )
        intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setObjectName("serverAddress")
        self.address.setPlaceholderText(PLACEHOLDER)
        self.address.setAccessibleName("Server address")
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password")
        self.problem = QLabel()
        self.problem.setObjectName("serverProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Server address:", self.address)
        form.addRow("&Password:", self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Move")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not is_server_location(self.address.text().strip()):
            self.problem.setText(f"Write the server's address as {PLACEHOLDER}.")
            return
        self.accept()

    def url(self) -> str:
        """The address with the password typed, to connect with (never shown or kept)."""
        return server_url_with_password(self.address.text().strip(), self.password.text())


class ServerActions(QObject):
    """File → Move to a team server…; offered for a register file, not for one already on a server."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.move_action = QAction("Move to a &team server…", window)
        self.move_action.setObjectName("moveToServerAction")
        self.move_action.setStatusTip(
            "Move this register, with all its history, onto an empty team register on a PostgreSQL server"
        )
        self.move_action.triggered.connect(lambda _checked=False: self.ask_move())
        self.move_action.setEnabled(not window.register.is_server)

    def ask_move(self) -> UploadSummary | None:
        dialog = TeamServerDialog(self.window.register.display_name, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.move(dialog.url())

    def move(self, url: str) -> UploadSummary | None:
        """Move the window's register onto the team register at ``url``; say what was moved, or why not."""
        from assetmap.ui.tasks import run_with_progress

        source = self.window.register
        user = source.user

        def work(_progress: object, _cancelled: object) -> UploadSummary:
            with Register.open(url, user=user) as target:
                return upload(source, target)

        try:
            # One transaction on the server: it cannot stop halfway, and a failure leaves the server empty.
            summary = run_with_progress(
                self.window,
                "Moving to a team server",
                f"Moving {source.display_name} onto {location_of(url)}…",
                work,
                cancellable=False,
            )
        except AssetMapError as exc:
            QMessageBox.warning(self.window, "Register not moved", str(exc))
            return None
        QMessageBox.information(
            self.window,
            "Moved to the team server",
            f"{summary.text()}\n\nThe team register keeps this register's id, so bundles made from it still "
            "merge. Work in the team register from now on (File → Open team register…); keep this file as "
            "a record of how it was.",
        )
        return summary
