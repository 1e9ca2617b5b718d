"""Asking for a register's passphrase: to open an encrypted register, or to choose one to encrypt it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import WrongPassphraseError
from assetmap.register.encryption import (
    forget_passphrase,
    passphrase_problem,
    remember_passphrase,
    remembered_passphrase,
)
from assetmap.ui.i18n import translate


class PassphraseDialog(QDialog):
    """The passphrase field (twice when choosing a new one) and "Remember on this computer"."""

    def __init__(
        self, path: Path, *, choosing: bool = False, problem: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choosing = choosing
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(
            translate("passphrase_dialog", "Choose a passphrase")
            if choosing
            else translate("passphrase_dialog", "Encrypted register")
        )
        layout = QVBoxLayout(self)
        if choosing:
            intro = translate(
                "passphrase_dialog",
                "Choose a passphrase for {name}. It will open only with it: without the passphrase no "
                "one, not even AssetMap, can read the register or its backups.",
            ).format(name=path.name)
        else:
            intro = translate(
                "passphrase_dialog", "{name} is encrypted. Enter its passphrase to open it."
            ).format(name=path.name)
        explanation = QLabel(intro)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.problem_label = QLabel(problem or "")
        self.problem_label.setObjectName("passphraseProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(bool(problem))
        layout.addWidget(self.problem_label)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("passphrase_dialog", "&Passphrase:"), self.passphrase_edit)
        self.again_edit = QLineEdit()
        self.again_edit.setObjectName("passphraseAgain")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if choosing:
            form.addRow(translate("passphrase_dialog", "The same &again:"), self.again_edit)
        layout.addLayout(form)
        self.remember_box = QCheckBox(
            translate("passphrase_dialog", "&Remember on this computer (kept in the system keyring)")
        )
        self.remember_box.setObjectName("rememberPassphrase")
        layout.addWidget(self.remember_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def remember(self) -> bool:
        return self.remember_box.isChecked()

    def accept(self) -> None:
        """Accepted only with a passphrase (a long enough one, typed twice alike, when choosing)."""
        text = self.passphrase()
        problem = None
        if not text:
            problem = translate("passphrase_dialog", "Enter the passphrase.")
        elif self.choosing:
            problem = passphrase_problem(text)
            if problem is None and self.again_edit.text() != text:
                problem = translate("passphrase_dialog", "The two passphrases are not the same.")
        if problem:
            self.problem_label.setText(problem)
            self.problem_label.setVisible(True)
            return
        super().accept()


class PassphrasePrompt:
    """Where opening an encrypted register gets its passphrase: the keyring first, then the person.

    :meth:`ask` gives the next passphrase to try (``None``: the person cancelled); :meth:`opened`
    keeps the one that worked in the keyring when the person asked for that.
    """

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        self.path = path
        self.parent = parent
        self._tried_keyring = False
        self._from_keyring = False
        self._remember = False

    def ask(self, refusal: Exception) -> str | None:
        if self._from_keyring and isinstance(refusal, WrongPassphraseError):
            # The passphrase changed since it was remembered: it is of no use any more.
            forget_passphrase(self.path)
        if not self._tried_keyring:
            self._tried_keyring = True
            remembered = remembered_passphrase(self.path)
            if remembered:
                self._from_keyring = True
                return remembered
        self._from_keyring = False
        problem = str(refusal) if isinstance(refusal, WrongPassphraseError) else None
        dialog = PassphraseDialog(self.path, problem=problem, parent=self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._remember = dialog.remember()
        return dialog.passphrase()

    def opened(self, passphrase: str | None) -> None:
        if passphrase and self._remember:
            keep_in_keyring(self.path, passphrase, self.parent)


def keep_in_keyring(path: Path, passphrase: str, parent: QWidget | None) -> None:
    """Remember the passphrase, or say plainly that this computer has nowhere to keep it."""
    if not remember_passphrase(path, passphrase):
        QMessageBox.information(
            parent,
            translate("passphrase_dialog", "Passphrase not remembered"),
            translate(
                "passphrase_dialog",
                "This computer has no keyring to keep the passphrase in, so it will be asked each time the "
                "register is opened.",
            ),
        )
