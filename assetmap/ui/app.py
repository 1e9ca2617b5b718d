"""Starting the desktop app: Qt set-up, opening registers safely, their windows, and unexpected errors."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from assetmap import __version__, paths
from assetmap.errors import (
    AssetMapError,
    DamagedRegisterError,
    NewerRegisterError,
    NotARegisterError,
    PassphraseNeededError,
    RegisterError,
    RegisterLockedError,
    RegisterUnwritableError,
    SharedLocationError,
    WrongPassphraseError,
)
from assetmap.register import Register
from assetmap.register.audit import clean_user
from assetmap.register.backup import restore_backup
from assetmap.register.connection import key_for_file, unwritable
from assetmap.register.lock import InstanceLock
from assetmap.register.store import check_register_file
from assetmap.settings import Preferences
from assetmap.ui.i18n import translate
from assetmap.ui.main_window import MainWindow
from assetmap.ui.recent import last_register, remember_register
from assetmap.ui.welcome import RegisterRequest, WelcomeWindow

log = logging.getLogger(__name__)


def _prepare_qt() -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium's sandbox refuses to run as root.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must load before the QApplication exists)

    from assetmap.ui.web.scheme import register_app_scheme

    register_app_scheme()


def handle_unexpected_error(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """An error the code did not expect: the redacted report to the log, and a plain dialog."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from assetmap.ui.error_dialog import error_dialog_for, log_line

    parent = QApplication.activeWindow()
    if isinstance(value, AssetMapError):
        QMessageBox.warning(parent, "AssetMap", str(value))
        return
    # The same redacted report the person can copy: an exception's message may quote their data.
    log.error(log_line(kind, value, tb))
    error_dialog_for(kind, value, tb, parent).exec()


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        handle_unexpected_error(kind, value, tb)

    sys.excepthook = hook


def open_register_interactively(
    path: Path, parent: QWidget | None = None, user: str | None = None
) -> Register | None:
    """Open ``path``, asking the person what to do when it is shared, damaged or newer, or its passphrase.

    ``user`` is who the audit trail records for the register's writes (the OS account if not given).
    """
    from PySide6.QtWidgets import QMessageBox

    from assetmap.ui.passphrase_dialog import PassphrasePrompt

    accept_shared = False
    prompt, passphrase = PassphrasePrompt(path, parent), None
    while True:
        try:
            register = Register.open(
                path, accept_shared_location=accept_shared, user=user, passphrase=passphrase
            )
            prompt.opened(passphrase)
            return register
        except (PassphraseNeededError, WrongPassphraseError) as exc:
            passphrase = prompt.ask(exc)
            if passphrase is None:
                return None
        except SharedLocationError as exc:
            answer = QMessageBox.warning(
                parent,
                translate("app", "Register in a shared folder"),
                str(exc),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                return None
            accept_shared = True
        except DamagedRegisterError as exc:
            if exc.newest_backup is None:
                QMessageBox.critical(parent, translate("app", "Register damaged"), str(exc))
                return None
            answer = QMessageBox.critical(
                parent,
                translate("app", "Register damaged"),
                f"{exc}\n\n" + translate("app", "Restore the newest backup now?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            key = key_for_file(exc.newest_backup, passphrase) if passphrase else None
            kept = restore_backup(exc.newest_backup, path, key)
            QMessageBox.information(
                parent,
                translate("app", "Backup restored"),
                translate(
                    "app", "The register was restored from {backup}.\nThe damaged file was kept as {kept}."
                ).format(backup=exc.newest_backup.name, kept=kept),
            )
        except NewerRegisterError as exc:
            QMessageBox.critical(parent, translate("app", "Register from a newer AssetMap"), str(exc))
            return None
        except RegisterError as exc:
            # Another program's database, a read-only or full disk: said plainly, nothing changed.
            QMessageBox.critical(parent, translate("app", "Cannot open the register"), str(exc))
            return None


def open_locked(
    request: RegisterRequest, parent: QWidget | None = None, user: str | None = None
) -> tuple[Register, InstanceLock] | None:
    """Take the register's lock and open it; every refusal is a plain dialog, and then nothing is held."""
    from PySide6.QtWidgets import QMessageBox

    path = request.path
    if not request.new and not path.exists():
        QMessageBox.critical(
            parent,
            translate("app", "Register not found"),
            translate(
                "app",
                "The register {path} is not there any more: it may have been moved, renamed or deleted, or "
                "be on a drive that is not connected. Connect the drive, or open the register where it is "
                "now with File → Open register….",
            ).format(path=path),
        )
        return None
    if path.exists() and path.stat().st_size > 0:
        # Before the lock file is made beside it: another program's database is left as it was.
        try:
            check_register_file(path)
        except NotARegisterError as exc:
            QMessageBox.critical(parent, translate("app", "Not an AssetMap register"), str(exc))
            return None
        except DamagedRegisterError:
            pass  # opening it below offers the newest backup
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except RegisterLockedError as exc:
        QMessageBox.critical(parent, translate("app", "Register already open"), str(exc))
        return None
    except RegisterError as exc:  # a read-only folder or full disk: the lock file cannot be made
        QMessageBox.critical(parent, translate("app", "Cannot open the register"), str(exc))
        return None
    register = None
    try:
        if request.build is not None and not path.exists():
            request.build(path)
        register = open_register_interactively(path, parent, user)
    except AssetMapError as exc:
        QMessageBox.critical(parent, translate("app", "Cannot open the register"), str(exc))
    except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
        plain = _plain_disk_error(path, exc)
        if plain is None:
            raise
        QMessageBox.critical(parent, translate("app", "Cannot open the register"), str(plain))
    finally:
        if register is None:
            lock.release()
    return None if register is None else (register, lock)


# Below this much free space SQLite cannot make the files it opens a register with (its shared memory).
_TOO_FULL = 1_000_000


def _plain_disk_error(path: Path, exc: BaseException) -> RegisterError | None:
    """A read-only or full disk, said plainly; SQLite reports a full disk at opening as an "I/O error"."""
    plain = unwritable(path, exc)
    if plain is not None:
        return plain
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return None
    return RegisterUnwritableError(path, RegisterUnwritableError.DISK_FULL) if free < _TOO_FULL else None


def _remove_new_register(path: Path) -> None:
    """Take away a register made moments ago for a choice the person then gave up."""
    for extra in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(str(path) + extra).unlink(missing_ok=True)


class AppWindows(QObject):
    """The app's windows: the welcome window, or one main window per open register, each holding its lock.

    Opening another register from a window opens it in a new window first and closes the old one only
    once that worked, so a refused register leaves the person where they were.
    """

    def __init__(self, preferences: Preferences) -> None:
        super().__init__()
        self.preferences = preferences
        self.welcome: WelcomeWindow | None = None
        self.windows: dict[MainWindow, InstanceLock] = {}

    def window_on(self, path: Path) -> MainWindow | None:
        path = path.resolve()
        return next(
            (w for w in self.windows if not w.register.is_server and w.register.path.resolve() == path), None
        )

    def open(self, request: RegisterRequest, replacing: MainWindow | None = None) -> MainWindow | None:
        """Open ``request`` in a main window, or say why not and change nothing; ``replacing`` then closes."""
        request = replace(request, path=request.path.expanduser().resolve())
        already = self.window_on(request.path)
        if already is not None:
            already.raise_()
            already.activateWindow()
            return already
        parent = replacing or self.welcome
        made_here = request.new and not request.path.exists()
        opened = open_locked(request, parent, self.preferences.user_name or None)
        if opened is None:
            return None
        register, lock = opened
        if request.prepare is not None:
            try:
                ready = request.prepare(register, parent)
            except AssetMapError as exc:
                QMessageBox.critical(parent, translate("app", "Cannot set up the register"), str(exc))
                ready = False
            if not ready:
                register.close()
                lock.release()
                if made_here:
                    _remove_new_register(request.path)
                return None
        window = MainWindow(register, self.preferences)
        self.windows[window] = lock
        window.installEventFilter(self)
        window.register_actions.open_requested.connect(
            lambda request, w=window: self.open(request, replacing=w)
        )
        window.audit.user_changed.connect(self.use_user)
        window.team.open_requested.connect(
            lambda location, password, w=window: self.open_team(location, password, w)
        )
        window.show()
        remember_register(request.path)
        if replacing is not None:
            replacing.close()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome = None
        return window

    def open_team(
        self, location: str, password: str, replacing: MainWindow | None = None
    ) -> MainWindow | None:
        """Open a team register on a server (File → Open team register…) in a main window, logged in as the
        location's user; ``replacing`` closes once it is open. A server register needs no file lock."""
        from assetmap.ui.team_actions import NO_LOCK, open_team_register

        already = next((w for w in self.windows if w.register.location == location), None)
        if already is not None:
            already.raise_()
            already.activateWindow()
            return already
        register = open_team_register(location, password, replacing or self.welcome)
        if register is None:
            return None
        window = MainWindow(register, self.preferences)
        self.windows[window] = NO_LOCK
        window.installEventFilter(self)
        window.register_actions.open_requested.connect(
            lambda request, w=window: self.open(request, replacing=w)
        )
        window.team.open_requested.connect(lambda where, secret, w=window: self.open_team(where, secret, w))
        window.show()
        if replacing is not None:
            replacing.close()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome = None
        return window

    def use_user(self, name: str) -> None:
        """Record ``name`` for every open register's writes from now on, and for those opened later."""
        self.preferences = replace(self.preferences, user_name=name)
        for window in self.windows:
            window.preferences = replace(window.preferences, user_name=name)
            window.register.user = clean_user(name)

    def show_welcome(self) -> WelcomeWindow:
        self.welcome = WelcomeWindow(
            lambda request: self.open(request) is not None,
            team_opener=lambda location, password: self.open_team(location, password) is not None,
        )
        self.welcome.show()
        return self.welcome

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched in self.windows:
            self._release(watched)
        return False

    def _release(self, window: MainWindow) -> None:
        """The window closes: its map is torn down (page before view), then its register and lock let go."""
        lock = self.windows.pop(window)
        window.removeEventFilter(self)
        window.shut_down()
        window.register.close()
        lock.release()
        # Freed by Qt once the close is done, not whenever Python's collector reaches it.
        window.deleteLater()

    def close_all(self) -> None:
        for window in list(self.windows):
            window.save_layout()
            self._release(window)
        if self.welcome is not None:
            self.welcome.close()
            self.welcome = None


def start_request(register_path: Path | None) -> RegisterRequest | None:
    """What to open at start: the register named, else the last one opened, else the default register.

    ``None`` when there is none of these: the welcome window is shown instead.
    """
    if register_path is not None:
        path = register_path.expanduser().resolve()
        return RegisterRequest(path, new=not path.exists())
    last = last_register()
    if last is not None:
        return RegisterRequest(last)
    default = paths.default_register()
    return RegisterRequest(default) if default.exists() else None


def open_at_start(register_path: Path | None, preferences: Preferences) -> AppWindows | None:
    """The first window: on the register named (``None`` if it cannot be opened), else the last or default
    register, else (or when that cannot be opened) the welcome window."""
    windows = AppWindows(preferences)
    request = start_request(register_path)
    if request is None or windows.open(request) is None:
        if register_path is not None:
            return None
        # The last register could not be opened (the person was told why): start from the welcome window.
        windows.show_welcome()
    return windows


def run_app(
    register_path: Path | None = None,
    merge_bundle: Path | None = None,
    *,
    ask_who: bool = True,
    language: str | None = None,
) -> int:
    """Open the main window on ``register_path`` (or the last or default register, or the welcome window).

    With ``merge_bundle`` (a bundle opened from the file manager), the window then offers to merge it.
    At the first start it asks who is using AssetMap, unless ``ask_who`` is false (the self-test, which
    runs in a folder of its own, with no one at the keyboard). ``language`` (``--language``) overrides the
    preferred language for this run.
    """
    _prepare_qt()
    from PySide6.QtWidgets import QApplication

    from assetmap.settings import load_preferences

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("AssetMap")
    app.setOrganizationName("AssetMap")
    app.setApplicationVersion(__version__)
    _install_excepthook()

    from assetmap.ui.i18n import chosen_language, install_language
    from assetmap.ui.user_dialog import user_at_first_start

    preferences = load_preferences()
    install_language(chosen_language(preferences.language, language))
    windows = open_at_start(register_path, user_at_first_start(preferences) if ask_who else preferences)
    if windows is None:
        return 1
    try:
        opened = next(iter(windows.windows), None)
        if merge_bundle is not None and opened is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, opened, lambda: opened.exchange.merge_bundle(str(merge_bundle)))
        return app.exec()
    finally:
        windows.close_all()
        from assetmap.ui.language_menu import restart_if_asked

        restart_if_asked()
