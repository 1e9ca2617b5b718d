"""The window's actions on register files: open another or a recent one, back up now, show the data folder,
encrypt or decrypt the register."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from assetmap import paths
from assetmap.errors import AssetMapError
from assetmap.register.backup import backup_to
from assetmap.register.encryption import (
    Conversion,
    decrypt_register,
    encrypt_register,
    forget_passphrase,
)
from assetmap.ui.i18n import translate
from assetmap.ui.local_format import number
from assetmap.ui.recent import recent_registers
from assetmap.ui.welcome import REGISTER_FILTER, RegisterRequest, demo_request

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow


def data_folder_url() -> QUrl:
    """The folder that holds registers (and their backups), as the URL the file manager is asked to show."""
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QUrl.fromLocalFile(str(folder))


def recent_label(index: int, path: Path) -> str:
    """A recent register's menu text: a number to press, the file name, and its folder."""
    name = path.name.replace("&", "&&")
    folder = str(path.parent).replace("&", "&&")
    return f"&{index} {name}  —  {folder}" if index < 10 else f"{name}  —  {folder}"


class RegisterActions(QObject):
    """File → Open register… and Open recent, Help → Open the data folder and Make a backup now.

    Opening is the app's business (it holds the locks): this emits ``open_requested`` with a
    :class:`RegisterRequest`.
    """

    open_requested = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_action = QAction(translate("register_actions", "&Open register…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(
            translate("register_actions", "Open another register; this one is closed once it opens")
        )
        self.open_action.triggered.connect(lambda _checked=False: self.ask_open())
        self.demo_action = QAction(translate("register_actions", "Open the de&mo register"), window)
        self.demo_action.setStatusTip(
            translate(
                "register_actions",
                "{count} real Greater Manchester assets, built the first time it is opened",
            ).format(count=number(4211))
        )
        self.demo_action.triggered.connect(lambda _checked=False: self.open_requested.emit(demo_request()))
        self.recent_menu = QMenu(translate("register_actions", "Open &recent"), window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()
        self.data_folder_action = QAction(translate("register_actions", "Open the &data folder"), window)
        self.data_folder_action.setStatusTip(
            translate("register_actions", "Show the folder that holds registers and their backups")
        )
        self.data_folder_action.triggered.connect(
            lambda _checked=False: QDesktopServices.openUrl(data_folder_url())
        )
        self.backup_action = QAction(translate("register_actions", "Make a &backup now…"), window)
        self.backup_action.setStatusTip(
            translate("register_actions", "Copy the register, as it is now, to a file you choose")
        )
        self.backup_action.triggered.connect(lambda _checked=False: self.ask_backup())
        self.encrypt_action = QAction(translate("register_actions", "&Encrypt register…"), window)
        self.encrypt_action.setStatusTip(
            translate(
                "register_actions", "Encrypt the register and its backups: it opens only with a passphrase"
            )
        )
        self.encrypt_action.triggered.connect(lambda _checked=False: self.ask_encrypt())
        self.decrypt_action = QAction(translate("register_actions", "Decr&ypt register…"), window)
        self.decrypt_action.setStatusTip(
            translate("register_actions", "Return the register to a plain file anyone with it can read")
        )
        self.decrypt_action.triggered.connect(lambda _checked=False: self.ask_decrypt())
        self.show_encryption()

    def show_encryption(self) -> None:
        """Offer encrypting a plain register, decrypting an encrypted one.

        A team register on a server is neither encrypted nor backed up by AssetMap (its server is).
        """
        on_file = not self.window.register.is_server
        encrypted = self.window.register.encrypted
        self.encrypt_action.setEnabled(on_file and not encrypted)
        self.decrypt_action.setEnabled(on_file and encrypted)
        self.backup_action.setEnabled(on_file)

    def fill_recent_menu(self) -> None:
        """The recent registers that are still there; the one open in this window is shown but disabled."""
        self.recent_menu.clear()
        current = None if self.window.register.is_server else self.window.register.path.resolve()
        for index, path in enumerate(recent_registers(), start=1):
            action = self.recent_menu.addAction(recent_label(index, path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.setEnabled(path.resolve() != current)
            action.triggered.connect(
                lambda _checked=False, p=path: self.open_requested.emit(RegisterRequest(p))
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("register_actions", "No other registers yet")).setEnabled(
                False
            )

    def ask_open(self) -> None:
        register = self.window.register
        # A team register on a server has no folder of its own: start where registers are kept.
        folder = paths.data_dir() if register.is_server else register.path.parent
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            translate("register_actions", "Open a register"),
            str(folder),
            REGISTER_FILTER + ";;" + translate("register_actions", "All files (*)"),
        )
        if chosen:
            self.open_requested.emit(RegisterRequest(Path(chosen)))

    def ask_backup(self) -> None:
        register = self.window.register.path
        suggested = paths.data_dir() / translate("register_actions", "{stem} backup{suffix}").format(
            stem=register.stem, suffix=register.suffix
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            translate("register_actions", "Save a backup of the register as"),
            str(suggested),
            REGISTER_FILTER,
        )
        if chosen:
            self.backup_now(Path(chosen))

    def backup_now(self, target: Path) -> Path | None:
        """Copy the open register to ``target`` (checked before it is kept); say where, or why not."""
        try:
            done = backup_to(self.window.register.path, target, self.window.register.cipher_key)
        except AssetMapError as exc:
            QMessageBox.warning(self.window, translate("register_actions", "Backup not made"), str(exc))
            return None
        self.window.statusBar().showMessage(
            translate("register_actions", "Backup saved and checked: {path}").format(path=done), 10000
        )
        return done

    def ask_encrypt(self) -> Conversion | None:
        """Ask for a new passphrase (twice), then encrypt the register in place."""
        from assetmap.ui.passphrase_dialog import PassphraseDialog, keep_in_keyring

        dialog = PassphraseDialog(self.window.register.path, choosing=True, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        done = self.convert(dialog.passphrase(), encrypt=True)
        if done is not None and dialog.remember():
            keep_in_keyring(done.register, dialog.passphrase(), self.window)
        return done

    def ask_decrypt(self) -> Conversion | None:
        """Ask for the passphrase (and a yes), then return the register to a plain file."""
        from assetmap.ui.passphrase_dialog import PassphraseDialog

        answer = QMessageBox.question(
            self.window,
            translate("register_actions", "Decrypt the register"),
            translate(
                "register_actions",
                "Anyone with the register file (or a backup of it) will be able to read it, personal "
                "details included. Decrypt it?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        dialog = PassphraseDialog(self.window.register.path, parent=self.window)
        dialog.remember_box.hide()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        done = self.convert(dialog.passphrase(), encrypt=False)
        if done is not None:
            forget_passphrase(done.register)
        return done

    def convert(self, passphrase: str, *, encrypt: bool) -> Conversion | None:
        """Encrypt or decrypt the open register in place with ``passphrase``; say what was done, or why not.

        The window keeps its lock on the register throughout, and reads it again with the new key.
        """
        from assetmap.ui.tasks import run_with_progress

        register = self.window.register
        convert = encrypt_register if encrypt else decrypt_register
        register.close()
        try:
            # It cannot stop halfway: the file is swapped in one step once the new one checks out.
            done = run_with_progress(
                self.window,
                translate("register_actions", "Encrypting")
                if encrypt
                else translate("register_actions", "Decrypting"),
                (
                    translate("register_actions", "Encrypting {name} and its backups…")
                    if encrypt
                    else translate("register_actions", "Decrypting {name} and its backups…")
                ).format(name=register.path.name),
                lambda _progress, _cancelled: convert(register.path, passphrase),
                cancellable=False,
            )
            register.use_passphrase(passphrase if encrypt else None)
        except AssetMapError as exc:
            QMessageBox.warning(self.window, translate("register_actions", "Register not changed"), str(exc))
            return None
        self.show_encryption()
        QMessageBox.information(
            self.window,
            translate("register_actions", "Register encrypted")
            if encrypt
            else translate("register_actions", "Register decrypted"),
            done.summary,
        )
        return done
