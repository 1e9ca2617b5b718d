"""File → Open team register…: the server, database, login and encryption of a register on a server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assetmap.register import logins
from assetmap.register.logins import LoginError, ServerLogin
from assetmap.ui.i18n import translate, vocabulary


class TeamLoginDialog(QDialog):
    """Server, port, database, user, password (optionally kept in the keyring) and sslmode.

    *Test connection* logs in once and says the login's role, or plainly what is wrong; *Open* does the
    same and is accepted only when the login works. The password is never written to AssetMap's settings:
    with *Remember* it goes to the computer's keyring, and is forgotten there when unticked.
    """

    def __init__(self, login: ServerLogin | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamLoginDialog")
        self.setWindowTitle(translate("team_login_dialog", "Open team register"))
        self.role: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "team_login_dialog",
                "A team register is kept on a PostgreSQL server. Enter its details and your own login: "
                "what you see and may change depends on your role there.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("teamHost")
        self.host_edit.setPlaceholderText("db.council.example")
        form.addRow(translate("team_login_dialog", "&Server:"), self.host_edit)
        self.port_box = QSpinBox()
        self.port_box.setObjectName("teamPort")
        self.port_box.setRange(1, 65535)
        self.port_box.setValue(logins.DEFAULT_PORT)
        form.addRow(translate("team_login_dialog", "P&ort:"), self.port_box)
        self.database_edit = QLineEdit()
        self.database_edit.setObjectName("teamDatabase")
        form.addRow(translate("team_login_dialog", "&Database:"), self.database_edit)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("teamUser")
        form.addRow(translate("team_login_dialog", "&User:"), self.user_edit)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("teamPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("team_login_dialog", "&Password:"), self.password_edit)
        self.remember_box = QCheckBox(
            translate(
                "team_login_dialog", "&Remember the password on this computer (kept in the system keyring)"
            )
        )
        self.remember_box.setObjectName("teamRemember")
        form.addRow("", self.remember_box)
        self.sslmode_box = QComboBox()
        self.sslmode_box.setObjectName("teamSslmode")
        for mode, label in logins.SSL_MODES.items():
            self.sslmode_box.addItem(f"{mode}: {vocabulary(label)}", mode)
        self.sslmode_box.setCurrentIndex(list(logins.SSL_MODES).index("prefer"))
        self.sslmode_box.currentIndexChanged.connect(self._sslmode_changed)
        form.addRow(translate("team_login_dialog", "&Encryption (sslmode):"), self.sslmode_box)
        certificate_row = QHBoxLayout()
        self.certificate_edit = QLineEdit()
        self.certificate_edit.setObjectName("teamRootCertificate")
        self.certificate_edit.setPlaceholderText(
            translate("team_login_dialog", "root.crt from whoever runs the server")
        )
        certificate_row.addWidget(self.certificate_edit)
        self.browse_button = QPushButton(translate("team_login_dialog", "&Choose…"))
        self.browse_button.clicked.connect(self._choose_certificate)
        certificate_row.addWidget(self.browse_button)
        self.certificate_label = QLabel(translate("team_login_dialog", "Root &certificate:"))
        self.certificate_label.setBuddy(self.certificate_edit)
        form.addRow(self.certificate_label, certificate_row)
        layout.addLayout(form)
        self.status_label = QLabel("")
        self.status_label.setObjectName("teamLoginStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = buttons.addButton(
            translate("team_login_dialog", "&Test connection"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.setObjectName("teamTestConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.open_button = buttons.addButton(
            translate("team_login_dialog", "&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if login is not None:
            self.show_login(login)
        self._sslmode_changed()

    def show_login(self, login: ServerLogin) -> None:
        """Fill the fields from a known login, and its password from the keyring if it is kept there."""
        self.host_edit.setText(login.host)
        self.port_box.setValue(login.port)
        self.database_edit.setText(login.database)
        self.user_edit.setText(login.user)
        self.sslmode_box.setCurrentIndex(max(0, self.sslmode_box.findData(login.sslmode)))
        self.certificate_edit.setText(login.sslrootcert or "")
        kept = logins.remembered_password(login)
        self.password_edit.setText(kept or "")
        self.remember_box.setChecked(kept is not None)

    def login(self) -> ServerLogin:
        certificate = self.certificate_edit.text().strip()
        sslmode = str(self.sslmode_box.currentData())
        return ServerLogin(
            host=self.host_edit.text().strip(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            port=self.port_box.value(),
            sslmode=sslmode,
            sslrootcert=certificate if certificate and sslmode in logins.VERIFYING else None,
        )

    def password(self) -> str:
        return self.password_edit.text()

    def _sslmode_changed(self) -> None:
        verifying = self.sslmode_box.currentData() in logins.VERIFYING
        for widget in (self.certificate_edit, self.browse_button, self.certificate_label):
            widget.setEnabled(verifying)

    def _choose_certificate(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("team_login_dialog", "Root certificate of the server"),
            str(Path.home()),
            translate("team_login_dialog", "Certificates (*.crt *.pem);;All files (*)"),
        )
        if chosen:
            self.certificate_edit.setText(chosen)

    def _try(self) -> bool:
        self.role = None
        try:
            self.role = logins.try_login(self.login(), self.password() or None)
        except LoginError as exc:
            self.status_label.setText(str(exc))
            return False
        label = vocabulary(self.role)
        self.status_label.setText(
            translate("team_login_dialog", "Connected: {user} is a {role} in {where}.").format(
                user=self.login().user, role=label, where=self.login().where
            )
        )
        return True

    def test_connection(self) -> bool:
        """Log in once and say how it went."""
        return self._try()

    def accept(self) -> None:
        """Accepted only when the login works; the password is then kept in, or taken out of, the keyring."""
        if not self._try():
            return
        login = self.login()
        if self.remember_box.isChecked():
            if not logins.remember_password(login, self.password()):
                self.status_label.setText(
                    translate(
                        "team_login_dialog",
                        "This computer has no keyring to keep the password in: it will be asked each time.",
                    )
                )
        else:
            logins.forget_password(login)
        super().accept()
