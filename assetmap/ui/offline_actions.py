"""File → Take offline copy… and File → Sync with team register, and the window's offline-copy badge."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from assetmap.errors import AssetMapError
from assetmap.register import Register, logins
from assetmap.register.connection import is_server_location
from assetmap.register.logins import LoginError
from assetmap.register.roles import VIEWER
from assetmap.ui.i18n import translate
from assetmap.ui.local_format import number
from assetmap.ui.tasks import Cancelled, Progress, run_with_progress
from assetmap.ui.welcome import RegisterRequest

if TYPE_CHECKING:
    from assetmap.bundles.offline import SyncPlan, SyncResult
    from assetmap.ui.main_window import MainWindow

# The merge stack loads when Take offline or Sync is first used, not when the window opens.

log = logging.getLogger(__name__)

SYNC_SHORTCUT = "Ctrl+Shift+Y"


def open_team_register(address: str, user: str) -> Register:
    """The team register an offline copy came from, opened as ``user``."""
    return Register.open(address, user=user)


def team_register_address(address: str, parent: QWidget | None) -> str | None:
    """Where to reach an offline copy's team register, with its login's password; ``None`` if the person
    cancels being asked for it.

    The password comes as it does for opening a team register: ``ASSETMAP_PASSWORD``, else the keyring,
    else libpq's own (``PGPASSWORD``, ``~/.pgpass``); with none of these the team login dialog asks for it,
    filled in with the copy's server, database and login. A register file is reached as it is.
    """
    if not is_server_location(address):
        return address
    login, given = logins.parse_location(address)
    password = logins.password_for(login, given)
    if password is not None:
        return login.url(password)
    try:
        logins.try_login(login, None)
        return address  # libpq found a password of its own, or the server asks for none
    except LoginError as exc:
        if exc.kind != LoginError.WRONG_PASSWORD:
            raise
    from assetmap.ui.team_actions import ask_team_login

    asked = ask_team_login(parent, login)
    if asked is None:
        return None
    location, password = asked
    return logins.parse_location(location)[0].url(password)


def sync_text(result: SyncResult) -> str:
    """What a sync wrote, in the window's language (the core's ``SyncResult.summary()``)."""
    if not result.changed:
        return translate("offline_actions", "Already in step with the team register: nothing to sync.")
    sent = 0 if result.to_server is None else len(result.to_server.ids)
    brought = 0 if result.to_copy is None else len(result.to_copy.ids)
    return translate(
        "offline_actions", "Synced with the team register: {sent} asset(s) sent, {brought} brought in."
    ).format(sent=number(sent), brought=number(brought))


class OfflineActions:
    """Take offline and Sync for one main window; shows in the title when the register is an offline copy."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.take_action = QAction(translate("offline_actions", "Take &offline copy…"), window)
        self.take_action.setStatusTip(
            translate(
                "offline_actions",
                "Copy what you may see of this register into a file, to keep working with no internet",
            )
        )
        self.take_action.triggered.connect(lambda _checked=False: self._guarded(self.take_offline))
        self.sync_action = QAction(translate("offline_actions", "S&ync with team register"), window)
        self.sync_action.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.sync_action.setStatusTip(
            translate(
                "offline_actions", "Send this copy's changes to the team register and bring its changes in"
            )
        )
        self.sync_action.triggered.connect(lambda _checked=False: self._guarded(self.sync))
        self.badge = QLabel()
        self.badge.setObjectName("offlineBadge")
        self.badge.setAccessibleName(translate("offline_actions", "Offline copy"))
        window.statusBar().addPermanentWidget(self.badge)
        self.show_origin()

    def actions(self) -> list[QAction]:
        return [self.take_action, self.sync_action]

    def _guarded(self, slot) -> None:
        try:
            slot()
        except AssetMapError as exc:
            QMessageBox.warning(self.window, "AssetMap", str(exc))

    def show_origin(self) -> None:
        """Name the team register in the title and status bar when this register is an offline copy."""
        origin = self.window.register.offline_origin()
        viewers_copy = origin is not None and origin.role == VIEWER
        # A viewer's copy is for reading where there is no internet: a viewer cannot change the register.
        self.sync_action.setEnabled(origin is not None and not viewers_copy)
        self.sync_action.setStatusTip(
            translate(
                "offline_actions",
                "A viewer's copy is for reading: viewers cannot send changes to the team register",
            )
            if viewers_copy
            else translate(
                "offline_actions", "Send this copy's changes to the team register and bring its changes in"
            )
        )
        self.take_action.setEnabled(origin is None)
        if origin is None:
            self.badge.hide()
            return
        self.window.setWindowTitle(
            translate("offline_actions", "AssetMap — {register} ({origin})").format(
                register=self.window.register.display_name,
                origin=translate("offline_actions", "offline copy of {address}").format(
                    address=origin.address
                ),
            )
        )
        synced = origin.synced_at or origin.taken_at
        when = QDateTime(QDate(synced.year, synced.month, synced.day), QTime(synced.hour, synced.minute))
        self.badge.setText(
            translate("offline_actions", "Offline copy of {address} · last in step {when} UTC").format(
                address=origin.address, when=QLocale().toString(when, "yyyy-MM-dd HH:mm")
            )
        )
        self.badge.show()

    # -- taking a copy ------------------------------------------------------------------------------

    def take_offline(self, path: str | None = None) -> Path | None:
        """Make an offline copy of the window's register; ``path`` skips asking where (tests)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("offline_actions", "Take an offline copy"),
                "offline.assetmap",
                translate("offline_actions", "AssetMap register (*.assetmap)"),
            )
        if not path:
            return None
        from assetmap.bundles.offline import take_offline

        register = self.window.register

        def work(progress: Progress, cancelled: Cancelled):
            return take_offline(register, path, progress=progress, cancelled=cancelled)

        summary = run_with_progress(
            self.window,
            translate("offline_actions", "Taking offline"),
            translate("offline_actions", "Copying the register…"),
            work,
        )
        self.window.statusBar().showMessage(
            translate(
                "offline_actions", "Offline copy made: {assets} assets and {people} people in {path}"
            ).format(
                assets=QLocale().toString(summary.assets),
                people=QLocale().toString(summary.people),
                path=summary.path,
            ),
            10000,
        )
        answer = QMessageBox.question(
            self.window,
            translate("offline_actions", "Offline copy made"),
            translate(
                "offline_actions",
                "The offline copy is in {path}.\n\nOpen it now? Work in it with no internet, then "
                "use File → Sync with team register when you are connected again.",
            ).format(path=summary.path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.register_actions.open_requested.emit(RegisterRequest(summary.path))
        return summary.path

    # -- syncing ----------------------------------------------------------------------------------

    def sync(self, *, choose=None) -> SyncResult | None:
        """Sync the window's offline copy with its team register.

        Conflicts go to the conflict view; ``choose`` (tests) takes the plan and returns the choices,
        or ``None`` to give up, instead of showing it.
        """
        from assetmap.bundles.offline import OfflineError, apply_sync, origin_of, plan_sync

        copy = self.window.register
        origin = origin_of(copy)
        try:
            address = team_register_address(origin.address, self.window)
        except LoginError as exc:
            raise OfflineError(
                translate(
                    "offline_actions", "{reason} Nothing was synced; this copy keeps working offline."
                ).format(reason=exc)
            ) from exc
        if address is None:
            return None
        holder: list[Register] = []

        def read(progress: Progress, cancelled: Cancelled) -> SyncPlan:
            try:
                holder.append(open_team_register(address, copy.user))
            except AssetMapError:
                raise
            except Exception as exc:
                log.warning("Could not open the team register %s: %s", origin.address, exc)
                raise OfflineError(
                    translate(
                        "offline_actions",
                        "The team register at {address} could not be reached ({reason}). Nothing was "
                        "synced; this copy keeps working offline. Try again when connected.",
                    ).format(address=origin.address, reason=exc)
                ) from exc
            return plan_sync(copy, holder[0], progress=progress, cancelled=cancelled)

        try:
            plan = run_with_progress(
                self.window,
                translate("offline_actions", "Syncing"),
                translate("offline_actions", "Reading the changes on both sides…"),
                read,
            )
            choices = self._choices(plan, choose)
            if choices is None:
                return None
            server = holder[0]

            def write(progress: Progress, cancelled: Cancelled) -> SyncResult:
                return apply_sync(copy, server, plan, choices, progress=progress, cancelled=cancelled)

            result = run_with_progress(
                self.window,
                translate("offline_actions", "Syncing"),
                translate("offline_actions", "Syncing with the team register…"),
                write,
            )
        finally:
            for server in holder:
                server.close()
        if result.to_copy:
            self.window.reload_from_register()
        self.show_origin()
        self.window.statusBar().showMessage(sync_text(result), 10000)
        return result

    def _choices(self, plan: SyncPlan, choose) -> dict[str, dict[str, str]] | None:
        if not plan.conflicts.conflicts:
            return {}
        if choose is not None:
            return choose(plan)
        from assetmap.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(self.window.register, plan.conflicts, self.window, choose_only=True)
        dialog.setWindowTitle(translate("offline_actions", "Sync: both sides changed these assets"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices
