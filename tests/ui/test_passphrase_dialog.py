"""Opening an encrypted register asks its passphrase; File → Encrypt and Decrypt work in place."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from assetmap.register import Register
from assetmap.register.backup import backups_of
from assetmap.register.connection import is_encrypted
from assetmap.register.encryption import encrypt_register, remembered_passphrase
from assetmap.settings import Preferences
from assetmap.ui import app as app_module
from assetmap.ui.app import AppWindows
from assetmap.ui.passphrase_dialog import PassphraseDialog
from tests.memory_keyring import MemoryKeyring, keyring_in_use
from tests.ui.conftest import READY_MS
from tests.ui.test_app import answer_next_message_box

PASSPHRASE = "correct horse battery"


def fill_next_passphrase_dialog(
    passphrase: str | None, *, again: str | None = None, remember: bool = False, seen: list[str] | None = None
) -> None:
    """Type into the next passphrase dialog once it is open and press OK (``None``: press Cancel)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, fill)
            return
        if seen is not None:
            seen.append(dialog.problem_label.text() if dialog.problem_label.isVisibleTo(dialog) else "")
        if passphrase is None:
            dialog.reject()
            return
        dialog.passphrase_edit.setText(passphrase)
        dialog.again_edit.setText(passphrase if again is None else again)
        dialog.remember_box.setChecked(remember)
        dialog.accept()

    QTimer.singleShot(0, fill)


@pytest.fixture
def keyring_here() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with keyring_in_use(backend):
        yield backend


def _encrypted(path: Path, *names: str) -> Path:
    with Register.open(path) as register:
        for name in names:
            register.add_asset(name=name, category="associations")
    encrypt_register(path, PASSPHRASE)
    return path


def test_an_encrypted_register_opens_once_its_passphrase_is_given_and_can_be_remembered(
    qapp: QApplication, tmp_path: Path, keyring_here: MemoryKeyring
) -> None:
    path = _encrypted(tmp_path / "team.assetmap", "Hidden hall")
    seen: list[str] = []
    fill_next_passphrase_dialog("not the passphrase", seen=seen)
    QTimer.singleShot(200, lambda: fill_next_passphrase_dialog(PASSPHRASE, remember=True, seen=seen))

    register = app_module.open_register_interactively(path)

    assert register is not None
    try:
        assert register.encrypted and [a.name for a in register.assets()] == ["Hidden hall"]
    finally:
        register.close()
    assert seen[0] == ""
    assert seen[1].startswith(f"The passphrase is not right for {path}")
    assert remembered_passphrase(path) == PASSPHRASE
    # Remembered: the next opening asks nothing.
    again = app_module.open_register_interactively(path)
    assert again is not None
    again.close()


def test_cancelling_the_passphrase_leaves_the_register_closed(qapp: QApplication, tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "team.assetmap", "Hidden hall")
    before = path.read_bytes()
    with keyring_in_use(MemoryKeyring()):
        fill_next_passphrase_dialog(None)
        assert app_module.open_register_interactively(path) is None
    assert path.read_bytes() == before


def test_a_new_passphrase_must_be_long_enough_and_typed_twice_alike(qtbot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(tmp_path / "team.assetmap", choosing=True)
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("short")
    dialog.again_edit.setText("short")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "at least 8 characters" in dialog.problem_label.text()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.again_edit.setText(PASSPHRASE + "!")
    dialog.accept()
    assert "not the same" in dialog.problem_label.text()
    dialog.again_edit.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def _answer_after(delay_ms: int, answer: Callable[[], None]) -> None:
    QTimer.singleShot(delay_ms, answer)


@pytest.mark.web
def test_file_encrypt_and_decrypt_change_the_open_register_in_place(
    qtbot, tmp_path: Path, keyring_here: MemoryKeyring
) -> None:
    path = tmp_path / "team.assetmap"
    with Register.open(path) as register:
        register.add_asset(name="Community hall", category="associations")
    windows = AppWindows(Preferences())
    try:
        window = windows.open(app_module.RegisterRequest(path))
        assert window is not None
        with qtbot.waitSignal(window.map_view.ready, timeout=READY_MS):
            pass
        actions = window.register_actions
        file_menu = window.menuBar().actions()[0].menu()
        assert actions.encrypt_action in file_menu.actions() and actions.decrypt_action in file_menu.actions()
        assert actions.encrypt_action.isEnabled() and not actions.decrypt_action.isEnabled()

        seen: list[str] = []
        fill_next_passphrase_dialog(PASSPHRASE, remember=True)
        _answer_after(200, lambda: answer_next_message_box(button=QMessageBox.StandardButton.Ok, seen=seen))
        assert actions.ask_encrypt() is not None

        assert is_encrypted(path) and "now encrypted" in seen[0]
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(path).execute("SELECT * FROM assets").fetchall()
        # The window goes on with the same register, now read with its key.
        window.register.add_asset(name="Added while encrypted", category="associations")
        assert sorted(a.name for a in window.register.assets()) == ["Added while encrypted", "Community hall"]
        assert not actions.encrypt_action.isEnabled() and actions.decrypt_action.isEnabled()
        assert remembered_passphrase(path) == PASSPHRASE
        copy = actions.backup_now(tmp_path / "copies" / "team copy.assetmap")
        assert copy is not None and is_encrypted(copy)
        assert all(is_encrypted(b) for b in backups_of(path))

        answer_next_message_box(button=QMessageBox.StandardButton.Yes)
        _answer_after(200, lambda: fill_next_passphrase_dialog(PASSPHRASE))
        _answer_after(400, lambda: answer_next_message_box(button=QMessageBox.StandardButton.Ok, seen=seen))
        assert actions.ask_decrypt() is not None

        assert not is_encrypted(path) and "no longer encrypted" in seen[1]
        assert remembered_passphrase(path) is None
        assert len(window.register.assets()) == 2 and not window.register.encrypted
    finally:
        windows.close_all()
        qtbot.wait(50)
