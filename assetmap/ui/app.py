"""Starting the desktop app: Qt set-up, opening the register safely, and the first-run choice."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from assetmap import __version__, paths
from assetmap.errors import (
    AssetMapError,
    DamagedRegisterError,
    NewerRegisterError,
    RegisterLockedError,
    SharedLocationError,
)
from assetmap.register import Register
from assetmap.register.backup import restore_backup
from assetmap.register.lock import InstanceLock

log = logging.getLogger(__name__)


def _prepare_qt() -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium's sandbox refuses to run as root.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must load before the QApplication exists)

    from assetmap.ui.web.scheme import register_app_scheme

    register_app_scheme()


def _install_excepthook() -> None:
    from PySide6.QtWidgets import QMessageBox

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, AssetMapError):
            QMessageBox.warning(None, "AssetMap", str(value))
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.critical(
            None,
            "AssetMap: something went wrong",
            "AssetMap hit an unexpected problem. Your register is safe: "
            "every change is saved as it is made.\n\n"
            f"Details are in the log file:\n{paths.log_dir() / 'assetmap.log'}\n\n"
            "Please send that file with a note of what you were doing.",
        )

    sys.excepthook = hook


def open_register_interactively(path: Path) -> Register | None:
    """Open ``path``, asking the person what to do when it is shared, damaged or newer."""
    from PySide6.QtWidgets import QMessageBox

    accept_shared = False
    while True:
        try:
            return Register.open(path, accept_shared_location=accept_shared)
        except SharedLocationError as exc:
            answer = QMessageBox.warning(
                None,
                "Register in a shared folder",
                str(exc),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                return None
            accept_shared = True
        except DamagedRegisterError as exc:
            if exc.newest_backup is None:
                QMessageBox.critical(None, "Register damaged", str(exc))
                return None
            answer = QMessageBox.critical(
                None,
                "Register damaged",
                f"{exc}\n\nRestore the newest backup now?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            kept = restore_backup(exc.newest_backup, path)
            QMessageBox.information(
                None,
                "Backup restored",
                f"The register was restored from {exc.newest_backup.name}.\n"
                f"The damaged file was kept as {kept}.",
            )
        except NewerRegisterError as exc:
            QMessageBox.critical(None, "Register from a newer AssetMap", str(exc))
            return None


def _first_run_choice(path: Path) -> None:
    """On first run, offer to start from the demo register or from an empty one."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setWindowTitle("Welcome to AssetMap")
    box.setIcon(QMessageBox.Icon.Information)
    box.setText("Start by mapping what is already strong in your neighbourhood.")
    box.setInformativeText(
        "You can begin with the demo register (4,211 real community assets across Greater Manchester: "
        "libraries, venues, places of worship, green spaces and more), or with an empty register of your own."
    )
    demo = box.addButton("Start with the demo register", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Start empty", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.exec()
    if box.clickedButton() is demo:
        from assetmap.demo import build_demo_register

        build_demo_register(path).close()


def run_app(register_path: Path | None = None, merge_bundle: Path | None = None) -> int:
    """Open the main window on ``register_path`` (or the default register) and run until closed.

    With ``merge_bundle`` (a bundle opened from the file manager), the window then offers to merge it.
    """
    _prepare_qt()
    from PySide6.QtWidgets import QApplication, QMessageBox

    from assetmap.settings import load_preferences
    from assetmap.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("AssetMap")
    app.setOrganizationName("AssetMap")
    app.setApplicationVersion(__version__)
    _install_excepthook()

    path = (register_path or paths.default_register()).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except RegisterLockedError as exc:
        QMessageBox.critical(None, "Register already open", str(exc))
        return 1
    try:
        if register_path is None and not path.exists():
            _first_run_choice(path)
        register = open_register_interactively(path)
        if register is None:
            return 1
        window = MainWindow(register, load_preferences())
        window.show()
        if merge_bundle is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: window.exchange.merge_bundle(str(merge_bundle)))
        code = app.exec()
        window.shut_down()
        register.close()
        return code
    finally:
        lock.release()
