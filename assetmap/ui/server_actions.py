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
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate
from assetmap.ui.local_format import number

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


# What an upload copied, table by table, as assetmap.register.upload names the tables.
UPLOADED_TABLES: dict[str, str] = {
    "assets": QT_TRANSLATE_NOOP("server_actions", "assets"),
    "asset_history": QT_TRANSLATE_NOOP("server_actions", "asset history entries"),
    "categories": QT_TRANSLATE_NOOP("server_actions", "categories"),
    "subcategories": QT_TRANSLATE_NOOP("server_actions", "subcategories"),
    "ward_boundaries": QT_TRANSLATE_NOOP("server_actions", "ward boundaries"),
    "people": QT_TRANSLATE_NOOP("server_actions", "people (erased ones as empty rows)"),
    "person_history": QT_TRANSLATE_NOOP("server_actions", "person history entries"),
    "person_keys": QT_TRANSLATE_NOOP("server_actions", "people's keys"),
    "person_links": QT_TRANSLATE_NOOP("server_actions", "links between people and assets"),
    "consent_events": QT_TRANSLATE_NOOP("server_actions", "consent events"),
    "erasures": QT_TRANSLATE_NOOP("server_actions", "erasures"),
    "saved_views": QT_TRANSLATE_NOOP("server_actions", "saved views"),
    "suggestions": QT_TRANSLATE_NOOP("server_actions", "suggestions"),
    "audit_log": QT_TRANSLATE_NOOP("server_actions", "audit trail entries"),
    "register_meta": QT_TRANSLATE_NOOP("server_actions", "register settings"),
    "bundle_exports": QT_TRANSLATE_NOOP("server_actions", "bundles written"),
}


def upload_text(summary: UploadSummary) -> str:
    """What an upload copied, in the window's language (the core's ``UploadSummary.text()``)."""
    named = [table for table in UPLOADED_TABLES if table in summary.rows]
    named += sorted(table for table in summary.rows if table not in UPLOADED_TABLES)
    parts = [
        translate("server_actions", "{count} {what}").format(
            count=number(summary.rows[table]),
            what=translate("server_actions", UPLOADED_TABLES[table])
            if table in UPLOADED_TABLES
            else table.replace("_", " "),
        )
        for table in named
        if summary.rows[table]
    ]
    return translate("server_actions", "Moved onto {location}: {parts}.").format(
        location=summary.location, parts=", ".join(parts)
    )


class TeamServerDialog(QDialog):
    """Asks for the team register's server address and the password of its login."""

    def __init__(self, register_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("server_actions", "Move to a team server"))
        intro = QLabel(
            translate(
                "server_actions",
                "Move {register}, with all its history, people and audit trail, onto an empty team "
                "register on a PostgreSQL server. Its tables are made there if need be. The file is left as "
                "it is.",
            ).format(register=register_name)
        )
        intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setObjectName("serverAddress")
        self.address.setPlaceholderText(PLACEHOLDER)
        self.address.setAccessibleName(translate("server_actions", "Server address"))
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("server_actions", "Password"))
        self.problem = QLabel()
        self.problem.setObjectName("serverProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("server_actions", "&Server address:"), self.address)
        form.addRow(translate("server_actions", "&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("server_actions", "&Move"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not is_server_location(self.address.text().strip()):
            self.problem.setText(
                translate("server_actions", "Write the server's address as {example}.").format(
                    example=PLACEHOLDER
                )
            )
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
        self.move_action = QAction(translate("server_actions", "Move to a &team server…"), window)
        self.move_action.setObjectName("moveToServerAction")
        self.move_action.setStatusTip(
            translate(
                "server_actions",
                "Move this register, with all its history, onto an empty team register "
                "on a PostgreSQL server",
            )
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
                translate("server_actions", "Moving to a team server"),
                translate("server_actions", "Moving {register} onto {server}…").format(
                    register=source.display_name, server=location_of(url)
                ),
                work,
                cancellable=False,
            )
        except AssetMapError as exc:
            QMessageBox.warning(self.window, translate("server_actions", "Register not moved"), str(exc))
            return None
        QMessageBox.information(
            self.window,
            translate("server_actions", "Moved to the team server"),
            upload_text(summary)
            + "\n\n"
            + translate(
                "server_actions",
                "The team register keeps this register's id, so bundles made from it still "
                "merge. Work in the team register from now on (File → Open team register…); "
                "keep this file as a record of how it was.",
            ),
        )
        return summary
