"""Opening a register from the app: damaged, shared, newer, locked, missing or foreign files, said plainly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from assetmap.register import Register
from assetmap.register.backup import take_backup
from assetmap.register.lock import InstanceLock
from assetmap.ui import app as app_module


def answer_next_message_box(
    button_text: str | None = None,
    button: QMessageBox.StandardButton | None = None,
    seen: list[str] | None = None,
) -> None:
    """Click a button of the next modal message box once it is open, noting its text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        if seen is not None:
            seen.append(box.text() + "\n" + box.informativeText())
        if button is not None:
            box.button(button).click()
            return
        target = next(b for b in box.buttons() if b.text() == button_text)
        target.click()

    QTimer.singleShot(0, click)


def test_a_damaged_register_offers_its_newest_backup_and_keeps_the_damaged_file(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "ours.assetmap"
    with Register.open(path) as register:
        register.add_asset(name="Saved before the damage", category="associations")
    take_backup(path, reason="test")
    path.write_bytes(b"this is no longer a database" * 200)
    seen: list[str] = []
    answer_next_message_box(button=QMessageBox.StandardButton.Yes, seen=seen)
    QTimer.singleShot(300, lambda: answer_next_message_box(button=QMessageBox.StandardButton.Ok, seen=seen))
    register = app_module.open_register_interactively(path)
    assert register is not None
    try:
        assert [a.name for a in register.assets()] == ["Saved before the damage"]
    finally:
        register.close()
    assert "damaged" in seen[0] and "Traceback" not in seen[0]
    kept = [p for p in tmp_path.glob("ours.assetmap.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is no longer a database")


def test_a_register_in_a_synced_folder_opens_only_after_a_warning(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "Dropbox" / "team.assetmap"
    seen: list[str] = []
    answer_next_message_box(button=QMessageBox.StandardButton.Cancel, seen=seen)
    assert app_module.open_register_interactively(path) is None
    assert not path.exists()
    assert "synced folder" in seen[0]
    answer_next_message_box(button=QMessageBox.StandardButton.Open)
    register = app_module.open_register_interactively(path)
    assert register is not None
    register.close()


def test_a_register_from_a_newer_version_is_refused_with_a_message(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "newer.assetmap"
    Register.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    seen: list[str] = []
    answer_next_message_box(button=QMessageBox.StandardButton.Ok, seen=seen)
    assert app_module.open_register_interactively(path) is None
    assert "newer version of AssetMap" in seen[0]
    assert path.read_bytes() == before


@pytest.mark.web
def test_a_second_window_on_the_same_register_is_told_it_is_in_use(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "busy.assetmap"
    Register.open(path).close()
    held = InstanceLock(path)
    held.acquire()
    try:
        seen: list[str] = []
        answer_next_message_box(button=QMessageBox.StandardButton.Ok, seen=seen)
        assert app_module.run_app(path) == 1
        assert "already open in another AssetMap window" in seen[0]
    finally:
        held.release()


@pytest.mark.web
def test_another_programs_database_is_refused_by_the_app_and_left_untouched(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "team.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE members (name TEXT)")
    conn.close()
    before = path.read_bytes()
    seen: list[str] = []
    answer_next_message_box(button=QMessageBox.StandardButton.Ok, seen=seen)
    assert app_module.run_app(path) == 1
    assert "not an AssetMap register" in seen[0]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.db"]
