"""Opening a register from the app: damaged, shared, newer, locked, missing or foreign files, said plainly."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from assetmap.register import Register
from assetmap.register.backup import take_backup
from assetmap.register.lock import InstanceLock
from assetmap.settings import Preferences, save_preferences
from assetmap.ui import app as app_module
from assetmap.ui.app import AppWindows
from assetmap.ui.welcome import RegisterRequest
from tests.ui.conftest import READY_MS


@pytest.fixture(autouse=True)
def user_already_chosen(assetmap_home: Path) -> None:
    """Not a first start: run_app goes straight to the register (tests/ui/test_audit_ui.py asks the name)."""
    save_preferences(Preferences(user_name="Test user"))


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


# -- every refusal, from the welcome window and from a register's window ------------------------


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "moved away.assetmap"


def _locked(tmp_path: Path) -> Path:
    path = tmp_path / "busy.assetmap"
    Register.open(path).close()
    return path


def _shared(tmp_path: Path) -> Path:
    path = tmp_path / "Dropbox" / "team.assetmap"
    Register.open(path, accept_shared_location=True).close()
    return path


def _newer(tmp_path: Path) -> Path:
    path = tmp_path / "newer.assetmap"
    Register.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    return path


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.assetmap"
    path.write_bytes(b"this is no longer a database" * 200)
    return path


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE members (name TEXT)")
    conn.close()
    return path


REFUSALS = {
    "missing": (_missing, "is not there any more", QMessageBox.StandardButton.Ok),
    "locked by another window": (
        _locked,
        "already open in another AssetMap window",
        QMessageBox.StandardButton.Ok,
    ),
    "in a synced folder": (_shared, "synced folder", QMessageBox.StandardButton.Cancel),
    "from a newer version": (_newer, "newer version of AssetMap", QMessageBox.StandardButton.Ok),
    "damaged": (_damaged, "is damaged", QMessageBox.StandardButton.Ok),
    "not a register": (_foreign, "not an AssetMap register", QMessageBox.StandardButton.Ok),
}


def _refused(case: str, tmp_path: Path, open_it) -> list[str]:
    """Make the case's file, try to open it with ``open_it``, and return the message the person read."""
    make, _expected, button = REFUSALS[case]
    path = make(tmp_path)
    before = path.read_bytes() if path.exists() else None
    held = InstanceLock(path) if case == "locked by another window" else None
    if held is not None:
        held.acquire()
    seen: list[str] = []
    try:
        answer_next_message_box(button=button, seen=seen)
        open_it(path)
    finally:
        if held is not None:
            held.release()
    assert (path.read_bytes() if path.exists() else None) == before
    if held is None and path.parent.exists():
        free = InstanceLock(path)
        free.acquire()  # nothing was left holding the refused register
        free.release()
    return seen


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_register_refused_from_the_welcome_window_leaves_the_welcome_window_open(
    qtbot, tmp_path: Path, case: str
) -> None:
    windows = AppWindows(Preferences())
    welcome = windows.show_welcome()
    qtbot.addWidget(welcome)
    try:
        seen = _refused(case, tmp_path, lambda path: welcome.open_path(path) and pytest.fail("opened"))
        assert REFUSALS[case][1] in seen[0] and "Traceback" not in seen[0]
        assert windows.windows == {} and windows.welcome is welcome and welcome.isVisible()
    finally:
        windows.close_all()


@pytest.mark.web
@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_register_refused_from_open_keeps_the_current_window_and_its_register(
    qtbot, tmp_path: Path, case: str
) -> None:
    windows = AppWindows(Preferences())
    ours = tmp_path / "ours" / "ours.assetmap"
    with Register.open(ours) as register:
        register.add_asset(name="Still here", category="associations")
    window = windows.open(RegisterRequest(ours))
    try:
        with qtbot.waitSignal(window.map_view.ready, timeout=READY_MS):
            pass
        seen = _refused(
            case, tmp_path, lambda path: window.register_actions.open_requested.emit(RegisterRequest(path))
        )
        assert REFUSALS[case][1] in seen[0] and "Traceback" not in seen[0]
        assert list(windows.windows) == [window] and window.isVisible()
        assert [a.name for a in window.register.assets()] == ["Still here"]
    finally:
        windows.close_all()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes to read-only folders; see the next test"
)
def test_a_register_in_a_read_only_folder_is_refused_plainly_from_the_welcome_window(
    qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "read-only"
    path = _register_in(folder)
    folder.chmod(0o555)
    windows = AppWindows(Preferences())
    welcome = windows.show_welcome()
    qtbot.addWidget(welcome)
    seen: list[str] = []
    try:
        answer_next_message_box(button=QMessageBox.StandardButton.Ok, seen=seen)
        assert not welcome.open_path(path)
        assert "read-only" in seen[0]
        assert windows.windows == {} and welcome.isVisible()
    finally:
        folder.chmod(0o755)
        windows.close_all()


def _register_in(folder: Path) -> Path:
    path = folder / "team.assetmap"
    Register.open(path).close()
    return path


_OPEN_FROM_WELCOME = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from assetmap.settings import Preferences
from assetmap.ui.app import AppWindows

app = QApplication([])
windows = AppWindows(Preferences())
welcome = windows.show_welcome()
seen = []

def answer():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, answer)
        return
    seen.append(box.text())
    box.button(QMessageBox.StandardButton.Ok).click()

QTimer.singleShot(0, answer)
opened = welcome.open_path(Path(sys.argv[1]))
print("opened" if opened else "refused", "welcome shown" if welcome.isVisible() else "welcome gone")
print(seen[0] if seen else "no message")
windows.close_all()
"""


def _open_in_namespace(tmp_path: Path, mount: str, path: Path) -> subprocess.CompletedProcess:
    script = tmp_path / "open_from_welcome.py"
    script.write_text(_OPEN_FROM_WELCOME, encoding="utf-8")
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", f"set -e\n{mount}\n'{sys.executable}' '{script}' '{path}'"],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=600,
    )


needs_mount_namespace = pytest.mark.skipif(
    not (hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("unshare") and shutil.which("mount")),
    reason="mount namespaces need root and unshare(1)",
)


@needs_mount_namespace
def test_a_register_on_a_read_only_drive_is_refused_plainly_and_the_welcome_stays(tmp_path: Path) -> None:
    folder = tmp_path / "drive"
    path = _register_in(folder)
    before = path.read_bytes()
    done = _open_in_namespace(
        tmp_path, f"mount --bind '{folder}' '{folder}'\nmount -o remount,ro,bind '{folder}'", path
    )
    assert done.stdout.splitlines()[0] == "refused welcome shown", done.stdout + done.stderr
    assert "is read-only here" in done.stdout and "Traceback" not in done.stdout + done.stderr
    assert path.read_bytes() == before


@needs_mount_namespace
def test_a_register_on_a_full_disk_is_refused_plainly_and_the_welcome_stays(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    path = disk / "team.assetmap"
    done = _open_in_namespace(
        tmp_path,
        f"mount -t tmpfs -o size=1m tmpfs '{disk}'\n"
        f"'{sys.executable}' -c \"from assetmap.register import Register; Register.open('{path}').close()\"\n"
        f"dd if=/dev/zero of='{disk}/filler' bs=4k 2>/dev/null || true",
        path,
    )
    assert done.stdout.splitlines()[0] == "refused welcome shown", done.stdout + done.stderr
    assert "disk" in done.stdout and "full" in done.stdout, done.stdout
    assert "Traceback" not in done.stdout + done.stderr
