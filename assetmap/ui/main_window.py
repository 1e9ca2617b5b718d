"""The main window: the asset table and the map side by side, with every edit undoable."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assetmap import paths
from assetmap.errors import AssetMapError, StaleWriteError
from assetmap.geo.postcodes import PostcodeIndex
from assetmap.register import Change, Register
from assetmap.register.records import Asset
from assetmap.register.roles import VIEWER
from assetmap.settings import Preferences, save_preferences
from assetmap.ui.about import AboutDialog
from assetmap.ui.abundance_panel import AbundancePanel
from assetmap.ui.asset_form import AssetForm
from assetmap.ui.asset_table import AssetFilterProxy, AssetIdRole, AssetTableModel
from assetmap.ui.audit_dialog import AuditActions
from assetmap.ui.capture import CaptureActions
from assetmap.ui.chart_panel import ChartPanel
from assetmap.ui.commands import (
    AddAssetCommand,
    EditAssetCommand,
    MoveAssetCommand,
    RegisterCommand,
    RemoveAssetsCommand,
    RestoreAssetsCommand,
    quoted_name,
)
from assetmap.ui.connections_actions import ConnectionsActions
from assetmap.ui.exchange_actions import ExchangeActions
from assetmap.ui.filter_bar import FilterBar
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate
from assetmap.ui.live import LiveUpdates, ServerAwayError, is_connection_lost
from assetmap.ui.meeting import MeetingMode
from assetmap.ui.offline_actions import OfflineActions
from assetmap.ui.people_actions import PeopleActions
from assetmap.ui.register_actions import RegisterActions
from assetmap.ui.removed_dialog import RemovedDialog
from assetmap.ui.report_actions import ReportActions
from assetmap.ui.screen_fit import fit_to_screen
from assetmap.ui.stale_write import base_of_asset, resolve_stale
from assetmap.ui.team_actions import TeamActions
from assetmap.ui.view_options import ViewOptions
from assetmap.ui.web.view import MapView

log = logging.getLogger(__name__)

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "main_window",
    "<h3>No assets yet</h3>"
    "<p>Start from what the community already has: a group that meets, a hall, a person's skill.</p>"
    "<p>Press <b>Ctrl+N</b> to add an asset, or <b>File → Open the demo register</b> to explore "
    "4,211 real Greater Manchester assets.</p>",
)


def window_settings() -> QSettings:
    """Window layout only, kept apart from preferences, in the config folder (moved by ASSETMAP_HOME)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """Table and map of one register; edits go through one undo stack."""

    def __init__(self, register: Register, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.preferences = preferences
        self.undo_stack = QUndoStack(self)
        # The day the consent in force was last read: a window open past midnight reads it again.
        self._people_day: dt.date | None = None
        boundaries = register.boundaries()
        self._ward_names = boundaries.ward_names
        self._categories = register.categories()
        self.setWindowTitle(
            translate("main_window", "AssetMap — {register}").format(register=register.display_name)
        )

        self.model = AssetTableModel(
            self._categories, boundaries.ward_names, boundaries.ward_district, boundaries.district_names
        )
        self.proxy = AssetFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_bar = FilterBar(self._categories, boundaries, self)
        self.filter_bar.bind(self.proxy)

        self.table = QTableView()
        self.table.setObjectName("assetTable")
        self.table.setAccessibleName(translate("main_window", "Assets"))
        self.table.setAccessibleDescription(
            translate(
                "main_window",
                "The register's assets, one a row; selecting one shows it on the map, "
                "Enter or Ctrl+E edits it",
            )
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, width in enumerate((220, 170, 130, 150, 100, 80, 70, 80)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.empty_state = QLabel(translate("main_window", EMPTY_TEXT))
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setMargin(24)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_state)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table_stack)

        self.map_view = MapView(self, boundaries=boundaries, online_basemap=preferences.online_basemap)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.map_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # The map never collapses to nothing when the window is narrow or docks take room.
        self.map_view.setMinimumWidth(320)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self._build_docks()
        self._build_actions()
        self._connect()
        self._load_assets()
        self._restore_layout()
        # A team register on a server: others' changes appear live, and the server's absence is said.
        self.live = LiveUpdates(self) if getattr(register, "is_server", False) else None

    # -- set-up --------------------------------------------------------------------------

    def _build_docks(self) -> None:
        """The abundance choices and the charts, as docks the person can move, hide or float."""
        self.abundance_panel = AbundancePanel(self, boundaries=self.register.boundaries())
        self.chart_panel = ChartPanel(self, categories=self._categories)
        self.docks: dict[str, QDockWidget] = {}
        for title, name, widget in (
            (translate("main_window", "Abundance"), "abundanceDock", self.abundance_panel),
            (translate("main_window", "Charts"), "chartsDock", self.chart_panel),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)
            dock.setWidget(widget)
            self.addDockWidget(self._dock_side(), dock)
            self.docks[name] = dock
        self.abundance_panel.layer_changed.connect(self.map_view.set_abundance_layer)
        self.abundance_panel.charts_changed.connect(self.chart_panel.show_charts)
        self._build_saved_views()

    def _dock_side(self) -> Qt.DockWidgetArea:
        """The docks sit beside the map, at the end the person reads towards: the left in right-to-left."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return Qt.DockWidgetArea.LeftDockWidgetArea
        return Qt.DockWidgetArea.RightDockWidgetArea

    def _build_saved_views(self) -> None:
        """The Saved views panel (the slides of a meeting), as a dock tabbed with the abundance choices."""
        from assetmap.ui.views_panel import SavedViewsPanel

        self.views_panel = SavedViewsPanel(self)
        dock = QDockWidget(translate("main_window", "Saved views"), self)
        dock.setObjectName("savedViewsDock")
        dock.setWidget(self.views_panel)
        self.addDockWidget(self._dock_side(), dock)
        # A tab behind the abundance choices (which stay on top), so the window still fits a laptop.
        self.tabifyDockWidget(dock, self.docks["abundanceDock"])
        self.docks["savedViewsDock"] = dock

    def _saved_view_actions(self) -> list[QAction]:
        """Save the current view, and step through the views with Page Down and Page Up (on the map and
        the list of views; the table keeps its own paging)."""
        self.save_view_action = self._action(
            translate("main_window", "&Save current view…"),
            self.views_panel.save_current,
            tip=translate("main_window", "Keep what the map shows as a slide"),
        )
        self.next_view_action = self._action(
            translate("main_window", "&Next saved view"),
            self.views_panel.next_view,
            "PgDown",
            translate("main_window", "Show the next saved view"),
        )
        self.previous_view_action = self._action(
            translate("main_window", "&Previous saved view"),
            self.views_panel.previous_view,
            "PgUp",
            translate("main_window", "Show the previous saved view"),
        )
        self.handout_action = self._action(
            translate("main_window", "&Handout of saved views…"),
            self.views_panel.print_handout,
            tip=translate("main_window", "One page per saved view, with its note (PDF)"),
        )
        for action in (self.next_view_action, self.previous_view_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.map_view.addAction(action)
            self.views_panel.addAction(action)
        return [self.save_view_action, self.next_view_action, self.previous_view_action]

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, translate("main_window", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, translate("main_window", "&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.add_action = self._action(
            translate("main_window", "&Add asset…"),
            self.add_asset,
            QKeySequence.StandardKey.New,
            translate("main_window", "Record a new community asset"),
        )
        self.edit_action = self._action(
            translate("main_window", "&Edit asset…"),
            self.edit_selected,
            "Ctrl+E",
            translate("main_window", "Edit the selected asset"),
        )
        self.remove_action = self._action(
            translate("main_window", "&Remove"),
            self.remove_selected,
            QKeySequence.StandardKey.Delete,
            translate("main_window", "Remove the selected assets (they can be restored)"),
        )
        self.place_action = self._action(
            translate("main_window", "&Place on map"),
            lambda: None,
            "Ctrl+L",
            translate("main_window", "Click the map to set the selected asset's location, or a new asset's"),
        )
        self.place_action.setCheckable(True)
        self.place_action.toggled.connect(self._set_place_mode)
        self.removed_action = self._action(
            translate("main_window", "Recently &removed…"), self.show_removed, "Ctrl+Shift+R"
        )
        self.find_action = self._action(
            translate("main_window", "&Find"), self.filter_bar.search.setFocus, QKeySequence.StandardKey.Find
        )
        self.basemap_action = self._action(
            translate("main_window", "Online &basemap (OpenStreetMap)"), lambda: None
        )
        self.basemap_action.setCheckable(True)
        self.basemap_action.setChecked(self.preferences.online_basemap)
        self.basemap_action.toggled.connect(self._toggle_basemap)
        self.quit_action = self._action(
            translate("main_window", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.about_action = self._action(
            translate("main_window", "&About AssetMap and its data"),
            lambda: AboutDialog(self.register.boundaries(), self).exec(),
        )

        self.exchange = ExchangeActions(self)
        self.register_actions = RegisterActions(self)
        self.audit = AuditActions(self)
        menus = self.menuBar()
        file_menu = menus.addMenu(translate("main_window", "&File"))
        file_menu.addAction(self.register_actions.open_action)
        file_menu.addMenu(self.register_actions.recent_menu)
        self.team = TeamActions(self)
        file_menu.addAction(self.team.open_action)
        file_menu.addAction(self.register_actions.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.register_actions.encrypt_action)
        file_menu.addAction(self.register_actions.decrypt_action)
        file_menu.addSeparator()
        from assetmap.ui.server_actions import ServerActions

        self.server_actions = ServerActions(self)
        file_menu.addAction(self.server_actions.move_action)
        file_menu.addSeparator()
        for action in self.exchange.actions():
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        file_menu.addSeparator()
        self.offline = OfflineActions(self)
        for action in self.offline.actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.removed_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(translate("main_window", "&Edit"))
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.add_action,
            self.edit_action,
            self.place_action,
            self.remove_action,
            None,
            self.find_action,
        ):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)
        self.capture = CaptureActions(self)
        edit_menu.addSeparator()
        for action in self.capture.actions():
            edit_menu.addAction(action)
        self.connections = ConnectionsActions(self)
        edit_menu.addSeparator()
        for action in self.connections.edit_actions():
            edit_menu.addAction(action)
        self.people = PeopleActions(self)
        people_menu = menus.addMenu(translate("main_window", "&People"))
        for action in self.people.actions():
            people_menu.addAction(action)
        self.reports = ReportActions(self)
        reports_menu = menus.addMenu(translate("main_window", "&Reports"))
        for action in self.reports.actions():
            reports_menu.addAction(action)
        saved_view_actions = self._saved_view_actions()
        reports_menu.addSeparator()
        reports_menu.addAction(self.handout_action)
        team_menu = menus.addMenu(translate("main_window", "&Team"))
        team_menu.addAction(self.team.open_action)
        team_menu.addMenu(self.team.recent_menu)
        team_menu.addSeparator()
        team_menu.addAction(self.team.users_action)
        view_menu = menus.addMenu(translate("main_window", "&View"))
        view_menu.addAction(self.basemap_action)
        self.meeting = MeetingMode(self)
        view_menu.addAction(self.meeting.action)
        view_menu.addSeparator()
        for action in self.connections.view_actions():
            view_menu.addAction(action)
        view_menu.addSeparator()
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        for action in saved_view_actions:
            view_menu.addAction(action)
        self.view_options = ViewOptions(self, view_menu, window_settings())
        from assetmap.ui.language_menu import LanguageMenu

        self.language_menu = LanguageMenu(self, view_menu)
        help_menu = menus.addMenu(translate("main_window", "&Help"))
        help_menu.addAction(self.register_actions.data_folder_action)
        help_menu.addAction(self.register_actions.backup_action)
        help_menu.addSeparator()
        help_menu.addAction(self.audit.trail_action)
        help_menu.addAction(self.audit.user_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(translate("main_window", "Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action in (
            self.add_action,
            self.edit_action,
            self.place_action,
            self.remove_action,
            self.undo_action,
            self.redo_action,
        ):
            toolbar.addAction(action)
        self._set_read_only()
        self._update_actions()

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)
        self.filter_bar.filters_changed.connect(self._filters_changed)
        self.map_view.asset_clicked.connect(self.select_asset)
        self.map_view.asset_dragged.connect(self._asset_dragged)
        self.map_view.location_picked.connect(self._location_picked)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())

    def _load_assets(self) -> None:
        assets = self.register.assets()
        people = self.register.people_view()
        self._people_day = dt.date.today()
        self.model.set_people(people)
        self.model.set_assets(assets)
        self.map_view.load(self._categories, assets, self._ward_names, people=people)
        self.capture.refresh_layer()
        # The abundance figures start once the map is on screen, so the two never compete for the CPU
        # while the window opens.
        self.map_view.ready.connect(self._map_first_ready, Qt.ConnectionType.SingleShotConnection)
        self._update_counts()

    def _map_first_ready(self) -> None:
        self.abundance_panel.set_assets(
            self.model.assets(), people=self.model.people, links=self.register.links()
        )

    # -- applying changes ----------------------------------------------------------------

    def people_changed(self) -> None:
        """Consent may have changed (given, withdrawn, lapsed, a person removed): the map, the table's
        Consent column and the abundance figures follow the consent in force now."""
        people = self.register.people_view()
        self._people_day = dt.date.today()
        self.model.set_people(people)
        self.map_view.set_people(people)
        if hasattr(self, "people"):
            self.people.update_review()
        if hasattr(self, "connections"):
            self.connections.reload()
        self._assets_changed()

    def _assets_changed(self) -> None:
        """The abundance figures and the meeting's map follow the assets now shown (and the links)."""
        self.abundance_panel.set_assets(
            self.model.assets(), people=self.model.people, links=self.register.links()
        )
        if hasattr(self, "meeting"):
            self.meeting.refresh()

    def reload_from_register(self) -> None:
        """Show the register afresh after a bulk change (import, merge), updating the map in place."""
        assets = self.register.assets()
        shown = {a.id for a in assets}
        gone = [a.id for a in self.model.assets() if a.id not in shown]
        self.model.set_assets(assets)
        if gone:
            self.map_view.remove_assets(gone)
        self.map_view.upsert_assets(assets)
        self.people_changed()
        self._update_counts()

    def boundaries_changed(self) -> None:
        """The register has other wards now: every list of wards and districts, and the map, follow."""
        boundaries = self.register.boundaries()
        self._ward_names = boundaries.ward_names
        assets = self.register.assets()
        self.model.set_boundaries(boundaries)
        self.model.set_assets(assets)
        self.filter_bar.set_boundaries(boundaries)
        self.abundance_panel.boundaries_changed(boundaries)
        self.map_view.set_boundaries(boundaries, assets)
        self.abundance_panel.set_assets(assets, people=self.model.people)
        self._update_counts()
        self.statusBar().showMessage(
            translate("main_window", "Wards: {name}").format(name=boundaries.name), 8000
        )

    def apply_change(self, change: Change) -> None:
        """Show what a register write did, in the table and on the map, without reloading either."""
        self.model.apply_change(change)
        live = [a for a in change.assets if not a.is_removed]
        if live:
            self.map_view.upsert_assets(live)
        gone = change.removed + change.purged
        if gone:
            self.map_view.remove_assets(gone)
        self.connections.changed(change)
        # An edit of an asset leaves consent as it was: it is read again only on a new day (a lapse).
        if self._people_day != dt.date.today():
            self.people_changed()
        else:
            self._assets_changed()
        self._update_counts()

    def _push(self, command: QUndoCommand) -> None:
        """Run a command through the undo stack; a failed command is dropped and its error shown.

        While a team register's server cannot be reached the command is not tried: its error says so.
        """
        if self.live is not None and self.live.away and isinstance(command, RegisterCommand):
            command.refuse(ServerAwayError(self.live.server))
            return
        self.undo_stack.push(command)

    def show_error(self, error: Exception) -> None:
        if isinstance(error, StaleWriteError):
            # From an undo, redo or drag inside the undo stack's push: shown once that push is over.
            stale = error
            QTimer.singleShot(0, self, lambda: resolve_stale(self, stale))
            return
        if self.live is not None and is_connection_lost(error):
            self.live.went_away()
            error = ServerAwayError(self.live.server)
        if isinstance(error, AssetMapError):
            QMessageBox.warning(self, "AssetMap", str(error))
        else:
            log.error("Register write failed", exc_info=error)
            QMessageBox.critical(
                self,
                "AssetMap",
                translate("main_window", "The change could not be saved: {error}").format(error=error),
            )

    # -- user actions --------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(AssetIdRole) for index in rows]

    def add_asset(self, lon: float | None = None, lat: float | None = None) -> None:
        form = AssetForm(
            self._categories,
            PostcodeIndex.for_gm(),
            self._ward_names,
            None,
            self,
            recorded_by=self.preferences.recorded_by,
        )
        if lon is not None and lat is not None:
            form.set_location(lon, lat)
        if form.exec():
            command = AddAssetCommand(self.register, form.values(), self.apply_change, failed=self.show_error)
            self._push(command)
            new_id = getattr(command, "asset_id", None)
            if new_id:
                self.select_asset(new_id)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        asset = self.register.asset(ids[0])
        form = AssetForm(self._categories, PostcodeIndex.for_gm(), self._ward_names, asset, self)
        form.show_people(self.register.people_of(asset.id), self.people.open_person)
        self.connections.attach_to_form(form, asset)
        form.save = lambda: self.save_edit(form, asset)
        form.exec()

    def save_edit(self, form: AssetForm, asset: Asset) -> bool:
        """Write a form's changes, stating the version it opened; ``False`` keeps the form open as typed.

        When someone else changed the asset meanwhile, both versions are shown field by field first.
        """
        after = form.changed_values()
        if not after:
            return True
        before = {name: getattr(asset, name) for name in after}
        command = EditAssetCommand(
            self.register,
            asset.id,
            before,
            after,
            self.apply_change,
            text=translate("main_window", "Edit {name}").format(
                name=quoted_name(str(after.get("name") or asset.name))
            ),
            version=asset.version,
        )
        self._push(command)
        if isinstance(command.error, StaleWriteError):
            return resolve_stale(self, command.error, base_of_asset(asset), parent=form)
        if command.error is not None:
            self.show_error(command.error)
            return False
        return True

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            count = len(ids)
            self._push(
                RemoveAssetsCommand(
                    self.register,
                    ids,
                    self.apply_change,
                    failed=self.show_error,
                    versions=self._versions(ids),
                )
            )
            self.statusBar().showMessage(
                translate(
                    "main_window",
                    "Removed %n asset(s). Undo with Ctrl+Z, or restore from File → Recently removed.",
                    None,
                    count,
                ),
                8000,
            )

    def _versions(self, ids: Sequence[str]) -> dict[str, int]:
        """The versions of assets as this window shows them: what a write of them states it read."""
        rows = ((i, self.model.row_of(i)) for i in ids)
        return {i: self.model.asset_at(row).version for i, row in rows if row is not None}

    def shown_asset(self, asset_id: str) -> Asset:
        """An asset as this window shows it (the version a move of it states it read)."""
        row = self.model.row_of(asset_id)
        return self.model.asset_at(row) if row is not None else self.register.asset(asset_id)

    def show_removed(self) -> None:
        dialog = RemovedDialog(self.register, self)
        dialog.restore_requested.connect(
            lambda ids: self._push(
                RestoreAssetsCommand(
                    self.register,
                    ids,
                    self.apply_change,
                    failed=self.show_error,
                    versions={i: dialog.versions[i] for i in ids if i in dialog.versions},
                )
            )
        )
        dialog.exec()

    def select_asset(self, asset_id: str) -> None:
        """Select an asset's row (clearing filters that hide it) and scroll to it."""
        row = self.model.row_of(asset_id)
        if row is None:
            return
        source = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filter_bar.clear()
            index = self.proxy.mapFromSource(source)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(index, flags)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _table_selection_changed(self) -> None:
        ids = self.selected_ids()
        self.map_view.select_asset(ids[0] if len(ids) == 1 else None)
        self._update_actions()

    def _asset_dragged(self, asset_id: str, lon: float, lat: float) -> None:
        asset = self.shown_asset(asset_id)
        self._push(
            MoveAssetCommand(
                self.register,
                asset_id,
                (asset.lon, asset.lat),
                (lon, lat),
                self.apply_change,
                failed=self.show_error,
                version=asset.version,
            )
        )

    def _location_picked(self, lon: float, lat: float) -> None:
        self.place_action.setChecked(False)
        ids = self.selected_ids()
        if len(ids) == 1:
            asset = self.shown_asset(ids[0])
            self._push(
                MoveAssetCommand(
                    self.register,
                    asset.id,
                    (asset.lon, asset.lat),
                    (lon, lat),
                    self.apply_change,
                    failed=self.show_error,
                    version=asset.version,
                )
            )
        else:
            self.add_asset(lon, lat)

    def _set_place_mode(self, on: bool) -> None:
        self.map_view.set_place_mode(on)
        if on:
            self.statusBar().showMessage(
                translate("main_window", "Click the map to place the asset. Esc cancels.")
            )
        else:
            self.statusBar().clearMessage()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.place_action.isChecked():
            self.place_action.setChecked(False)
            return
        if event.key() == Qt.Key.Key_Escape and self.connections.link_tool_action.isChecked():
            self.connections.link_tool_action.setChecked(False)
            return
        super().keyPressEvent(event)

    def _toggle_basemap(self, on: bool) -> None:
        from dataclasses import replace

        self.preferences = replace(self.preferences, online_basemap=on)
        save_preferences(self.preferences)
        self.map_view.set_online_basemap(on)

    def _filters_changed(self) -> None:
        QTimer.singleShot(0, self._sync_map_to_filter)

    def _sync_map_to_filter(self) -> None:
        if self.proxy.rowCount() == self.model.rowCount():
            self.map_view.set_visible_ids(None)
        else:
            mask = self.proxy.accepted_mask()
            self.map_view.set_visible_ids(
                [a.id for a, shown in zip(self.model.assets(), mask, strict=True) if shown]
            )
        self._update_counts()

    def _update_counts(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.statusBar().showMessage(
            translate("main_window", "%Ln asset(s), {shown} shown", None, total).format(
                shown=QLocale().toString(shown)
            )
        )
        self.table_stack.setCurrentWidget(self.empty_state if total == 0 else self.table)

    @property
    def read_only(self) -> bool:
        """Whether this window only reads its register: a viewer's login on a team register."""
        return self.register.role == VIEWER

    def write_actions(self) -> list[QAction]:
        """The actions that change the register (a viewer's window offers none of them)."""
        actions = [self.add_action, self.edit_action, self.place_action, self.remove_action]
        actions += [self.exchange.import_action, self.exchange.merge_action]
        actions += [*self.capture.actions(), *self.connections.edit_actions()]
        actions += [self.people.new_person_action, self.people.review_action]
        return actions

    def _set_read_only(self) -> None:
        if not self.read_only:
            return
        tip = translate("main_window", "Viewers can look at the team register but not change it")
        for action in self.write_actions():
            action.setEnabled(False)
            action.setStatusTip(tip)

    def _update_actions(self) -> None:
        count = len(self.selected_ids()) if self.table.selectionModel() else 0
        writable = not self.read_only
        self.edit_action.setEnabled(writable and count == 1)
        self.remove_action.setEnabled(writable and count > 0)

    # -- layout memory -------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = window_settings()
        geometry = settings.value("geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            if not (self.isMaximized() or self.isFullScreen()):
                # A size remembered on a larger screen shrinks to this one.
                fit_to_screen(self, self.width(), self.height())
        else:
            fit_to_screen(self, 1400, 860)
        docks = settings.value("docks")
        if docks is not None:
            self.restoreState(docks)
        state = settings.value("splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            # First run: the map gets the larger share; the table still shows names and categories.
            self.splitter.setSizes([520, 880])
        header = settings.value("table_header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        settings = window_settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("docks", self.saveState())
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("table_header", self.table.horizontalHeader().saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)

    def shut_down(self) -> None:
        """Tear the map down (page before view) before the register closes."""
        if self.live is not None:
            self.live.stop()
        self.meeting.shut_down()
        self.connections.shut_down()
        self.map_view.shutdown()
