"""Links, stories and the connections view in the window: the menu actions, the map's Links layer and
Link tool, the asset form's Links and Stories parts, the list of link kinds, and the Connections dock.

Every change goes through the window's undo stack; what may be shown (a person, a gift, a teller's name)
is decided by the core (:mod:`assetmap.maps.network`, :mod:`assetmap.maps.links`).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assetmap.maps import links as map_links
from assetmap.maps.network import Network, laid_out, ward_network
from assetmap.register.records import Asset, Change
from assetmap.ui.asset_form import AssetForm
from assetmap.ui.connections_form import LinksPart, Writes, _buttons
from assetmap.ui.connections_view import ConnectionsView
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.link_commands import (
    AddLinkCommand,
    AddLinkKindCommand,
    RemoveLinkKindCommand,
    RenameLinkKindCommand,
)
from assetmap.ui.live_connections import LiveConnections, Read
from assetmap.ui.story_form import StoriesPart
from assetmap.ui.story_photos import StoryPhotos
from assetmap.ui.tasks import run_with_progress

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow

log = logging.getLogger(__name__)

LINKS_SHORTCUT = "Ctrl+Shift+L"
LINK_TOOL_SHORTCUT = "Ctrl+K"
CONNECTIONS_SHORTCUT = "Ctrl+Shift+K"
LINK_TOOL_PROMPT = QT_TRANSLATE_NOOP(
    "connections_actions",
    "Drag from one marker to another to link them (Ctrl+drag works at any time). Ctrl+K or Esc stops.",
)
# A ward's network is laid out at once; the whole register's behind a progress dialog, off the UI thread.
ROLE = Qt.ItemDataRole.UserRole
# The kind's label as the register holds it (the list shows it in the window's language).
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1


class LinkKindsDialog(QDialog):
    """The editable list of link kinds: add one, or remove one no link uses. Each change is undoable."""

    def __init__(self, writes: Writes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("connections_actions", "Link kinds"))
        self._writes = writes
        self.list = QListWidget()
        self.list.setObjectName("linkKindsList")
        self.list.setAccessibleName(translate("connections_actions", "Link kinds"))
        buttons, (self.add_button, self.rename_button, self.remove_button) = _buttons(
            (
                translate("connections_actions", "&Add kind…"),
                translate("connections_actions", "Add kind"),
                self.add_kind,
            ),
            (
                translate("connections_actions", "Re&name kind…"),
                translate("connections_actions", "Rename kind"),
                self.rename_kind,
            ),
            (
                translate("connections_actions", "&Remove kind"),
                translate("connections_actions", "Remove kind"),
                self.remove_kind,
            ),
        )
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(buttons)
        note = QLabel(
            translate(
                "connections_actions",
                "A kind that links use cannot be removed: change those links' kind first.",
            )
        )
        note.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for kind in self._writes.register.link_kinds():
            item = QListWidgetItem(vocabulary(kind.label))
            item.setData(ROLE, kind.code)
            item.setData(LABEL_ROLE, kind.label)
            self.list.addItem(item)

    def add_kind(self, label: str | None = None) -> None:
        if label is None:
            label, ok = QInputDialog.getText(
                self,
                translate("connections_actions", "Add a link kind"),
                translate("connections_actions", "How the link reads, e.g. “lends equipment to”:"),
            )
            if not ok:
                return
        label = label.strip()
        if label:
            w = self._writes
            w.undo_stack.push(AddLinkKindCommand(w.register, label, w.apply, failed=w.failed))
            self.refresh()

    def rename_kind(self, label: str | None = None) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if label is None:
            label, ok = QInputDialog.getText(
                self,
                translate("connections_actions", "Rename the link kind"),
                translate("connections_actions", "How the link reads:"),
                text=item.text(),
            )
            if not ok:
                return
        label = label.strip()
        if label and label != item.text():
            w = self._writes
            w.undo_stack.push(
                RenameLinkKindCommand(
                    w.register, item.data(ROLE), item.data(LABEL_ROLE), label, w.apply, failed=w.failed
                )
            )
            self.refresh()

    def remove_kind(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        w = self._writes
        w.undo_stack.push(RemoveLinkKindCommand(w.register, item.data(LABEL_ROLE), w.apply, failed=w.failed))
        self.refresh()


class _Relay(QObject):
    """Carries the map's links and stories, read on a worker thread, back to the UI thread (queued)."""

    # generation, the Links layer JSON or None, the stories JSON, what was read (``Read``)
    read = Signal(int, object, str, object)
    failed = Signal(int)  # generation


class _Delivery(QObject):
    """The window's end of the relay: a child of the window, so a reading that ends after the window was
    deleted (not only closed) is dropped by Qt with the connection, instead of reaching a map that is gone.
    """

    def __init__(self, actions: ConnectionsActions, window: QObject) -> None:
        super().__init__(window)
        self._actions = actions

    @Slot(int, object, str, object)
    def read(self, generation: int, layer: str | None, stories: str, read: Read) -> None:
        self._actions._map_data_read(generation, layer, stories, read)

    @Slot(int)
    def failed(self, generation: int) -> None:
        self._actions._map_data_failed(generation)

    @Slot()
    def start(self) -> None:
        self._actions.refresh_map()


class ConnectionsActions:
    """Owns the links and stories features of one window.

    The map's links and stories are read on a worker thread and sent to the page when read, so the window
    never waits for them; a newer reading supersedes an older one still under way. The lines come from
    the light read of the links (``Register.link_ends``: ends and kinds only, a fifth of the time of the
    full records), built into the layer with array operations; the first reading runs while the page
    loads, so its layer is sent as soon as the markers are drawn (``MapView.set_links`` keeps it until
    then).
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.links_action = QAction(translate("connections_actions", "&Links on the map"), window)
        self.links_action.setCheckable(True)
        self.links_action.setChecked(True)
        self.links_action.setShortcut(QKeySequence(LINKS_SHORTCUT))
        self.links_action.setStatusTip(
            translate("connections_actions", "Draw each link between two assets as a line on the map")
        )
        self.links_action.toggled.connect(lambda _on: self.send_links())
        self.link_tool_action = QAction(
            translate("connections_actions", "Lin&k tool (drag between markers)"), window
        )
        self.link_tool_action.setCheckable(True)
        self.link_tool_action.setShortcut(QKeySequence(LINK_TOOL_SHORTCUT))
        self.link_tool_action.setStatusTip(
            translate("connections_actions", "Drag from one marker to another to link the two assets")
        )
        self.link_tool_action.toggled.connect(self._set_link_tool)
        self.kinds_action = QAction(translate("connections_actions", "Link k&inds…"), window)
        self.kinds_action.setStatusTip(
            translate("connections_actions", "The list of kinds a link can be: meets at, runs, supports…")
        )
        self.kinds_action.triggered.connect(lambda _checked=False: self.edit_link_kinds())

        boundaries = window.register.boundaries()
        self.view = ConnectionsView(
            window.register.categories(), boundaries.ward_names, self.network_of, window
        )
        self.view.asset_chosen.connect(window.select_asset)
        self.dock = QDockWidget(translate("connections_actions", "Connections"), window)
        self.dock.setObjectName("connectionsDock")
        self.dock.setWidget(self.view)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.connections_action = self.dock.toggleViewAction()
        self.connections_action.setText(translate("connections_actions", "&Connections"))
        self.connections_action.setShortcut(QKeySequence(CONNECTIONS_SHORTCUT))
        self.connections_action.setStatusTip(
            translate("connections_actions", "The network of a ward's assets and people, and its connectors")
        )
        self.dock.visibilityChanged.connect(self._dock_shown)
        self._stale = True

        # No parent, and held by each reading: one that ends after the window closed emits on a live
        # object (see tasks.WorkerResults).
        self._relay = _Relay()
        self._delivery = _Delivery(self, window)
        self._relay.read.connect(self._delivery.read, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._delivery.failed, Qt.ConnectionType.QueuedConnection)
        self._generation = 0
        self._settled = 0  # the last generation whose reading was delivered (or failed)
        # Others' changes heard from a team register's server (``ui/live.py`` hands them on).
        self.live = LiveConnections(self)
        self._reading: threading.Thread | None = None
        window.map_view.link_drawn.connect(self.link_drawn)
        self.story_photos = StoryPhotos(window)
        self._closed = False
        # The first reading starts once the window is up, while the page loads in its own process.
        QTimer.singleShot(0, self._delivery.start)

    def writes(self) -> Writes:
        """How this window's parts save a change: its register, undo stack, and how it shows changes."""
        w = self.window
        return Writes(w.register, w.undo_stack, w.apply_change, w.show_error)

    def edit_link_kinds(self) -> None:
        LinkKindsDialog(self.writes(), self.window).exec()

    def edit_actions(self) -> list[QAction]:
        return [self.link_tool_action, self.kinds_action]

    def view_actions(self) -> list[QAction]:
        return [self.links_action, self.connections_action]

    # -- the map ---------------------------------------------------------------------------------------

    def refresh_map(self) -> None:
        """Read the links and stories the map shows, off the UI thread, and send them when read."""
        self._generation += 1
        generation = self._generation
        register = self.window.register
        # Which assets the map draws is known before its page has loaded (the view holds them).
        drawn = self.window.map_view.drawn_ids()
        with_links = self.links_action.isChecked()

        relay = self._relay

        def read() -> None:
            try:
                ends = register.link_ends() if with_links else None
                labels = {k.code: k.label for k in register.link_kinds()}
                # Removed stories too (the page draws only live ones): their versions, and on a server
                # the links' versions, tell a notice of the window's own change from another worker's.
                stories = register.stories(include_removed=True)
                photos = register.photos()
                links = register.links(include_removed=True) if register.is_server else []
                layer = None if ends is None else map_links.layer_json(ends, labels, drawn)
                told = map_links.stories_json(stories, drawn, photos)
            except Exception:
                log.exception("the links and stories for the map could not be read")
                relay.failed.emit(generation)
                return
            relay.read.emit(generation, layer, told, Read.of(links, stories, labels))

        self._reading = threading.Thread(target=read, name="map-links", daemon=True)
        self._reading.start()

    def shut_down(self) -> None:
        """The window is closing: a reading still under way is not sent."""
        self._closed = True
        self._generation += 1

    def _map_data_read(self, generation: int, layer: str | None, stories: str, read: Read) -> None:
        if generation != self._generation or self._closed:
            return  # a newer reading is under way, or the window closed
        self._settled = generation
        self.window.map_view.set_links(layer)
        self.window.map_view.set_stories(stories)
        self.live.read_delivered(read)

    def _map_data_failed(self, generation: int) -> None:
        if generation == self._generation and not self._closed:
            self._settled = generation
            self.live.read_delivered(None)

    @property
    def reading_under_way(self) -> bool:
        """Whether a reading of the map's links and stories has started and not yet been delivered."""
        return self._settled != self._generation and not self._closed

    def wait_for_map_data(self, timeout_s: float = 30.0) -> None:
        """Wait until the last reading has finished (its result is then delivered by the event loop)."""
        if self._reading is not None:
            self._reading.join(timeout_s)

    def send_links(self) -> None:
        """Send the Links layer to the map (or take it off), as it is in the register now."""
        if not self.links_action.isChecked():
            self.window.map_view.set_links(None)
        self.refresh_map()

    def send_stories(self) -> None:
        """Send the stories the popups list, as they are in the register now."""
        self.refresh_map()

    def _set_link_tool(self, on: bool) -> None:
        self.window.map_view.set_link_mode(on)
        if on:
            self.window.statusBar().showMessage(translate("connections_actions", LINK_TOOL_PROMPT))
        else:
            self.window.statusBar().clearMessage()

    def link_drawn(self, from_id: str, to_id: str, kind: str | None = None) -> None:
        """A drag on the map from one asset to another: ask the kind of link, then make it (undoable)."""
        w = self.window
        kinds = w.register.link_kinds()
        if kind is None:
            names = {a.id: a.name for a in w.model.assets()}
            label, ok = QInputDialog.getItem(
                w,
                translate("connections_actions", "Link two assets"),
                translate("connections_actions", "‘{first}’ … ‘{second}’:").format(
                    first=names.get(from_id) or translate("connections_actions", "This asset"),
                    second=names.get(to_id) or translate("connections_actions", "that asset"),
                ),
                [vocabulary(k.label) for k in kinds],
                0,
                False,
            )
            if not ok:
                return
            kind = next((k.code for k in kinds if vocabulary(k.label) == label), None)
        if kind is None:
            return
        w.undo_stack.push(
            AddLinkCommand(w.register, from_id, to_id, kind, w.apply_change, failed=w.show_error)
        )

    # -- the form --------------------------------------------------------------------------------------

    def attach_to_form(self, form: AssetForm, asset: Asset) -> tuple[LinksPart, StoriesPart]:
        """Give the asset form its Links and Stories parts (changes saved at once, each undoable)."""
        writes = self.writes()
        links = LinksPart(writes, asset, form)
        stories = StoriesPart(writes, asset, form)
        form.add_section(translate("connections_actions", "Links"), links)
        form.add_section(translate("connections_actions", "Stories"), stories)
        form.links_part = links  # type: ignore[attr-defined]
        form.stories_part = stories  # type: ignore[attr-defined]
        self.live.watch(links, stories)
        return links, stories

    # -- the connections view --------------------------------------------------------------------------

    def network_of(self, ward_code: str | None) -> tuple[Network, np.ndarray]:
        """The network of a ward (or the whole register) and its layout."""
        w = self.window
        assets = w.model.assets()
        people = w.model.people
        if ward_code is not None:
            inside = [a.id for a in assets if a.ward_code == ward_code]
            links = w.register.links(inside)
            network = ward_network(assets, links, people=people, ward_code=ward_code)
            return network, laid_out(network)
        links = w.register.links()
        network = ward_network(assets, links, people=people)

        def work(_progress: object, _cancelled: object) -> np.ndarray:
            return laid_out(network)

        positions = run_with_progress(
            w,
            translate("connections_actions", "Connections"),
            translate("connections_actions", "Laying out the whole register's network…"),
            work,
            cancellable=False,
        )
        return network, positions

    def _dock_shown(self, shown: bool) -> None:
        if shown and self._stale:
            # From the event loop: a dock left open last time is shown while the window is being built.
            self._stale = False
            QTimer.singleShot(0, self.dock, self.show_network)

    def show_network(self, ward_code: str | None = None) -> None:
        """Show the view on the selected asset's ward (or ``ward_code``, or the whole register)."""
        w = self.window
        if ward_code is None:
            ids = w.selected_ids()
            if len(ids) == 1:
                ward_code = next((a.ward_code for a in w.model.assets() if a.id == ids[0]), None)
        self._stale = False
        if ward_code is not None:
            self.view.show_ward(ward_code)
        else:
            self.view.refresh()

    # -- changes ---------------------------------------------------------------------------------------

    def changed(self, change: Change) -> None:
        """After a write: redraw what depends on links and stories if the write touched them or the assets."""
        links, stories = change.links, change.stories + change.photos
        assets_moved = bool(change.added or change.removed or change.restored or change.purged)
        if links or stories or assets_moved:
            self.refresh_map()
        if links or assets_moved or change.updated:
            self.network_changed()

    def reload(self) -> None:
        """After a bulk change (import, merge, consent): everything again."""
        if self.window.map_view.is_ready:
            self.refresh_map()
        self.network_changed()

    def kinds_changed(self) -> None:
        """Another worker changed the list of link kinds: an open list of them shows it."""
        for dialog in self.window.findChildren(LinkKindsDialog):
            if dialog.isVisible():
                dialog.refresh()

    def network_changed(self) -> None:
        """The links changed: redraw the connections view now if it is shown, or when it is next shown."""
        if self.dock.isVisible():
            self.view.refresh()
        else:
            self._stale = True
