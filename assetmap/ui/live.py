"""A window on a team register kept live: others' changes appear, and the server's absence is said plainly.

The core's :class:`~assetmap.register.notices.ChangeListener` hears the server's change notices in a
thread of its own; :class:`LiveUpdates` turns them into Qt signals, reads the changed records through
the window's own register (so row-level security decides what it sees) and applies them to the table
and the map as the window's own edits are applied, without reloading the page. A notice for a record
the window already shows at that version (its own write, applied when it was made) changes nothing.
Links, stories and link kinds follow the same rule (:mod:`assetmap.ui.live_connections`).

When the server cannot be reached, a banner names it, the window keeps showing what it has, and edits
are refused with a message while whatever was typed stays where it was. The listener reconnects by
itself; once it is back the window reads what changed meanwhile and the banner goes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.exc import DBAPIError

from assetmap.errors import AssetMapError, AssetNotFoundError
from assetmap.register.notices import ChangeListener, Notice, server_name
from assetmap.register.records import Asset, Change
from assetmap.ui.asset_table import AssetTableModel
from assetmap.ui.i18n import translate
from assetmap.ui.live_connections import TABLES as CONNECTION_TABLES

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# More changed assets than this in one batch: read the whole register instead of each one.
READ_EACH_LIMIT = 200


class ServerAwayError(AssetMapError):
    """An edit refused because the team register's server cannot be reached; nothing was written."""

    def __init__(self, server: str) -> None:
        self.server = server
        super().__init__(
            translate(
                "live",
                "The team register on {server} cannot be reached just now, so this change was not saved. "
                "What you typed is kept. AssetMap is reconnecting by itself: save again once the banner at "
                "the top of the window has gone, or open an offline copy you took before.",
            ).format(server=server)
        )


def is_connection_lost(error: BaseException) -> bool:
    """Whether a failed write failed because the server could not be reached (not because of its data)."""
    if isinstance(error, ServerAwayError):
        return True
    if isinstance(error, DBAPIError):
        return bool(error.connection_invalidated) or type(error.orig).__name__ in (
            "OperationalError",
            "InterfaceError",
        )
    return False


class ServerBanner(QFrame):
    """The plain statement, above the table and map, that the server cannot be reached."""

    def __init__(self, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("live", "Server connection"))
        self.label = QLabel(
            translate(
                "live",
                "The team register on {server} cannot be reached. You can keep looking at what is shown; "
                "changes cannot be saved until it is back. AssetMap is reconnecting by itself.",
            ).format(server=server)
        )
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.offline_button = QPushButton(translate("live", "Open an &offline copy…"))
        self.offline_button.setToolTip(
            translate(
                "live",
                "Go on working in an offline copy of this team register taken earlier (File → Take offline "
                "copy…); Sync brings its changes back once the server is reachable",
            )
        )
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.offline_button)
        self.hide()


class LiveUpdates(QObject):
    """Keeps ``window`` in step with its team register on a server (see the module's docstring).

    While the server is away the banner offers to open an offline copy taken before (File → Take
    offline copy…), through the window's File → Open… (``open_offline_copy``).
    """

    notices_heard = Signal(object)
    connection_changed = Signal(bool)
    caught_up = Signal()

    def __init__(self, window: MainWindow, *, first_wait: float = 0.25, longest_wait: float = 5.0) -> None:
        super().__init__(window)
        self.window = window
        engine_url = window.register.engine.url
        self.server = server_name(engine_url)
        self.away = False
        self._stopped = False
        self.listener = ChangeListener(
            engine_url,
            self.notices_heard.emit,
            self.connection_changed.emit,
            first_wait=first_wait,
            longest_wait=longest_wait,
        )
        self.banner = ServerBanner(self.server)
        # A copy cannot be taken from a server that is away: the banner offers to open one taken before.
        self.open_offline_copy: Callable[[], object] | None = getattr(
            getattr(window, "register_actions", None), "ask_open", None
        )
        self.banner.offline_button.setVisible(self.open_offline_copy is not None)
        open_copy = self.open_offline_copy
        if open_copy is not None:
            self.banner.offline_button.clicked.connect(lambda: open_copy())
        self.status = QLabel(translate("live", "Team register on {server}").format(server=self.server))
        self.status.setObjectName("serverStatus")
        window.statusBar().addPermanentWidget(self.status)
        self._put_banner_above(window)
        # Emitted from the listener's thread: queued to this object's (the window's) thread.
        self.notices_heard.connect(self._apply_notices, Qt.ConnectionType.QueuedConnection)
        self.connection_changed.connect(self._connection_changed, Qt.ConnectionType.QueuedConnection)
        self.listener.start()
        # A window deleted without being shut down (its owner gone) stops listening with it.
        window.destroyed.connect(self.listener.stop)

    @staticmethod
    def _banner_holder(window: MainWindow, banner: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        central = window.takeCentralWidget()
        if central is not None:
            layout.addWidget(central, 1)
        return holder

    def _put_banner_above(self, window: MainWindow) -> None:
        window.setCentralWidget(self._banner_holder(window, self.banner))

    def stop(self) -> None:
        """Stop listening; notices and connection changes already on their way are dropped."""
        self._stopped = True
        self.listener.stop()

    # -- the server's coming and going --------------------------------------------------------

    def refuse_if_away(self) -> None:
        """Raise ``ServerAwayError`` while the server cannot be reached (before an edit is tried)."""
        if self.away:
            raise ServerAwayError(self.server)

    def went_away(self) -> None:
        """Say plainly that the server cannot be reached (also when a write found it so first)."""
        if self.away:
            return
        self.away = True
        self.banner.show()
        self.status.setText(
            translate("live", "Team register on {server}: cannot be reached, reconnecting…").format(
                server=self.server
            )
        )
        log.warning("The team register on %s cannot be reached", self.server)

    def _connection_changed(self, connected: bool) -> None:
        if self._stopped:
            return
        if not connected:
            self.went_away()
            return
        if self.away:
            self.away = False
            self.banner.hide()
            self.status.setText(translate("live", "Team register on {server}").format(server=self.server))
            self.window.statusBar().showMessage(
                translate(
                    "live", "The team register on {server} is back; showing what changed meanwhile."
                ).format(server=self.server),
                8000,
            )
            self.catch_up()

    def catch_up(self) -> None:
        """Read the register afresh and show what changed while the window was not listening."""
        try:
            self.window.reload_from_register()
        except DBAPIError as exc:
            log.warning("Catching up with %s failed: %s", self.server, exc)
            self.went_away()
            return
        if hasattr(self.window, "connections"):
            self.window.connections.live.caught_up()
        self.caught_up.emit()

    # -- others' changes -------------------------------------------------------------------------

    def _apply_notices(self, notices: Sequence[Notice]) -> None:
        if self._stopped:
            return
        try:
            self.apply_notices(notices)
        except DBAPIError as exc:
            log.warning("Reading the changes from %s failed: %s", self.server, exc)
            self.went_away()

    def apply_notices(self, notices: Sequence[Notice]) -> None:
        """Show in the window what the notices say changed (reading each record through the register)."""
        tables = {n.table for n in notices}
        assets = [n for n in notices if n.table == "assets"]
        if assets:
            if any(n.many for n in assets):
                self.window.reload_from_register()
            else:
                self._apply_assets(assets)
        if "people" in tables:
            self.window.people_changed()
        if "saved_views" in tables and hasattr(self.window, "views_panel"):
            self.window.views_panel.reload()
        if "suggestions" in tables and hasattr(self.window, "capture"):
            self.window.capture.refresh_layer()
        if tables & CONNECTION_TABLES and hasattr(self.window, "connections"):
            # Links, stories and link kinds: the map's Links layer and popups, the Connections view and
            # an open asset form (ui/live_connections.py).
            self.window.connections.live.apply_notices(notices)

    def _apply_assets(self, notices: Sequence[Notice]) -> None:
        model = self.window.model
        newest: dict[str, int | None] = {}
        deleted: set[str] = set()
        for notice in notices:
            for asset_id, version in notice.rows:
                if notice.op == "delete":
                    deleted.add(asset_id)
                    newest.pop(asset_id, None)
                else:
                    deleted.discard(asset_id)
                    newest[asset_id] = version
        stale = [i for i, version in newest.items() if not _shown_at(model, i, version)]
        if len(stale) > READ_EACH_LIMIT:
            self.window.reload_from_register()
            return
        found: list[Asset] = []
        gone = [i for i in deleted if model.row_of(i) is not None]
        for asset_id in stale:
            try:
                found.append(self.window.register.asset(asset_id))
            except AssetNotFoundError:
                # Deleted since, or no longer one this login may see: it leaves the window.
                if model.row_of(asset_id) is not None:
                    gone.append(asset_id)
        if found or gone:
            self.window.apply_change(
                Change(
                    updated=tuple(a.id for a in found if not a.is_removed),
                    removed=tuple(a.id for a in found if a.is_removed),
                    assets=tuple(found),
                    purged=tuple(gone),
                )
            )


def _shown_at(model: AssetTableModel, asset_id: str, version: int | None) -> bool:
    """Whether the window already shows the asset at (or past) ``version``: nothing to read."""
    row = model.row_of(asset_id)
    if row is None or version is None:
        return False
    return model.asset_at(row).version >= version
