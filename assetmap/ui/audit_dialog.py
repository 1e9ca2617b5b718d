"""The audit trail viewer: who did what to which record, newest first, filtered; and who is using AssetMap.

The trail holds ids, never names; the viewer resolves an asset's or a person's name on screen only,
and its copies and CSV files carry the trail as it is kept (:mod:`assetmap.io.audit_trail`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assetmap.io.audit_trail import trail_text, write_trail_csv
from assetmap.register.audit import ACTIONS, KINDS, AuditEntry, clean_user
from assetmap.register.store import Register
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.screen_fit import fit_to_screen
from assetmap.ui.user_dialog import ask_user

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow

PAGE = 200
# A record filter matching more records than this asks for more of the name: SQLite takes at most
# 32,766 values in one query.
MAX_MATCHES = 30_000
COLUMNS = (
    QT_TRANSLATE_NOOP("audit_dialog", "When"),
    QT_TRANSLATE_NOOP("audit_dialog", "Who"),
    QT_TRANSLATE_NOOP("audit_dialog", "Action"),
    QT_TRANSLATE_NOOP("audit_dialog", "Record type"),
    QT_TRANSLATE_NOOP("audit_dialog", "Record"),
    QT_TRANSLATE_NOOP("audit_dialog", "Record id"),
)
EntryRole = Qt.ItemDataRole.UserRole + 1
# A page of the trail, newest first: (entries older than this seq, or None for the newest; how many).
Fetch = Callable[[int | None, int], list[AuditEntry]]
_Index = QModelIndex | QPersistentModelIndex


def _local(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC).astimezone()


def _qdatetime(value: dt.datetime) -> QDateTime:
    """A local time as Qt's, for the locale to write in the window's language."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))


def _day(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())


def utc_start_of(day: dt.date) -> dt.datetime:
    """The start of a local calendar day, as the trail's UTC time (naive)."""
    return dt.datetime.combine(day, dt.time.min).astimezone().astimezone(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class TrailFilters:
    """What the viewer's filters ask of the trail (times in UTC, as the trail keeps them)."""

    user: str | None = None
    action: str | None = None
    record_ids: list[str] | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None

    def read(
        self, register: Register, before: int | None = None, limit: int | None = None
    ) -> list[AuditEntry]:
        """The matching entries, newest first; ``before`` and ``limit`` read a page at a time."""
        return register.audit_trail(
            newest_first=True,
            before_seq=before,
            limit=limit,
            user=self.user,
            action=self.action,
            record_ids=self.record_ids,
            since=self.since,
            until=self.until,
        )


class RecordNames:
    """The names of the records the trail names by id, read from the register for the screen only."""

    def __init__(self, register: Register) -> None:
        self.register_id = register.register_id
        self.assets = {a.id: a.name for a in register.assets(include_removed=True)}
        self.people = {p.id: p.name for p in register.people(include_removed=True)}
        self.categories = {c.code: c.label for c in register.categories()}
        self.erased_people: set[str] = set()
        self.erased_assets: set[str] = set()
        for erasure in register.erasures():
            self.erased_people.add(erasure.person_id)
            self.erased_assets.update(erasure.asset_ids)

    def name_of(self, entry: AuditEntry) -> str:
        rid = entry.record_id
        if entry.record_kind == "boundaries":
            return translate("audit_dialog", "Ward boundaries")
        if entry.record_kind == "register":
            return (
                translate("audit_dialog", "This register")
                if rid == self.register_id
                else translate("audit_dialog", "This register, before it was made separate")
            )
        if rid is None:
            return ""
        if entry.record_kind == "category":
            return vocabulary(self.categories.get(rid, rid))
        if entry.record_kind in ("person", "consent"):
            if rid in self.people:
                return self.people[rid]
            if rid in self.erased_people:
                return translate("audit_dialog", "Erased person")
            return translate("audit_dialog", "No longer in the register")
        if rid in self.assets:
            return self.assets[rid]
        if rid in self.erased_assets:
            return translate("audit_dialog", "Erased with a person")
        return translate("audit_dialog", "No longer in the register")

    def matching(self, text: str) -> list[str]:
        """Ids of the records whose name holds ``text`` (any case), and ``text`` itself as an id."""
        needle = text.strip().casefold()
        if not needle:
            return []
        found = {text.strip()}
        for names in (self.assets, self.people, self.categories):
            found.update(rid for rid, name in names.items() if needle in name.casefold())
        return sorted(found)


class AuditTableModel(QAbstractTableModel):
    """The audit trail, newest first, read a page at a time as the view scrolls (``fetchMore``)."""

    def __init__(self, names: Callable[[AuditEntry], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = names
        self._fetch: Fetch = lambda _before, _limit: []
        self._entries: list[AuditEntry] = []
        self._more = False

    def show(self, fetch: Fetch) -> None:
        """Start again from the newest entry that ``fetch`` finds."""
        self.beginResetModel()
        self._fetch = fetch
        self._entries = fetch(None, PAGE)
        self._more = len(self._entries) == PAGE
        self.endResetModel()

    def entries(self) -> list[AuditEntry]:
        return list(self._entries)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._fetch(self._entries[-1].seq if self._entries else None, PAGE)
        self._more = len(page) == PAGE
        if page:
            start = len(self._entries)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._entries.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return translate("audit_dialog", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return QLocale().toString(_qdatetime(_local(entry.at)), "dd MMM yyyy HH:mm:ss")
            if column == 1:
                return entry.user
            if column == 2:
                return vocabulary(ACTIONS.get(entry.action, entry.action))
            if column == 3:
                return vocabulary(KINDS.get(entry.record_kind, entry.record_kind))
            if column == 4:
                return self._names(entry)
            if column == 5:
                return entry.record_id or ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return entry.at.replace(tzinfo=dt.UTC).isoformat(timespec="seconds")
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return entry.record_id
        if role == EntryRole:
            return entry
        return None


class AuditDialog(QDialog):
    """The audit trail of one register: filter by who, action, record (id or name) and dates."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(translate("audit_dialog", "Audit trail"))
        self.setObjectName("auditDialog")
        self.names = RecordNames(register)
        self.too_many = False

        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(translate("audit_dialog", "Who"))
        self.user_combo.addItem(translate("audit_dialog", "Anyone"), "")
        for user in register.audit_users():
            self.user_combo.addItem(user, user)
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(translate("audit_dialog", "Action"))
        self.action_combo.addItem(translate("audit_dialog", "Any action"), "")
        for key, label in ACTIONS.items():
            self.action_combo.addItem(vocabulary(label), key)
        self.record_edit = QLineEdit()
        self.record_edit.setAccessibleName(translate("audit_dialog", "Record"))
        self.record_edit.setPlaceholderText(translate("audit_dialog", "A record's id, or part of its name"))
        self.record_edit.setClearButtonEnabled(True)
        today = QDate.currentDate()
        self.from_check = QCheckBox(translate("audit_dialog", "&From"))
        self.from_check.setAccessibleName(translate("audit_dialog", "Only from a date"))
        self.from_date = QDateEdit(today.addDays(-30))
        self.from_date.setAccessibleName(translate("audit_dialog", "From date"))
        self.to_check = QCheckBox(translate("audit_dialog", "&To"))
        self.to_check.setAccessibleName(translate("audit_dialog", "Only up to a date"))
        self.to_date = QDateEdit(today)
        self.to_date.setAccessibleName(translate("audit_dialog", "To date"))
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
            edit.setEnabled(False)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)

        filters = QGridLayout()
        who_label = QLabel(translate("audit_dialog", "&Who:"))
        action_label = QLabel(translate("audit_dialog", "&Action:"))
        record_label = QLabel(translate("audit_dialog", "&Record:"))
        who_label.setBuddy(self.user_combo)
        action_label.setBuddy(self.action_combo)
        record_label.setBuddy(self.record_edit)
        filters.addWidget(who_label, 0, 0)
        filters.addWidget(self.user_combo, 0, 1)
        filters.addWidget(action_label, 0, 2)
        filters.addWidget(self.action_combo, 0, 3)
        filters.addWidget(record_label, 1, 0)
        filters.addWidget(self.record_edit, 1, 1, 1, 3)
        filters.addWidget(self.from_check, 0, 4)
        filters.addWidget(self.from_date, 0, 5)
        filters.addWidget(self.to_check, 1, 4)
        filters.addWidget(self.to_date, 1, 5)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.model = AuditTableModel(self.names.name_of, self)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setAccessibleName(translate("audit_dialog", "Audit trail entries"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        for column, width in enumerate((160, 130, 160, 100, 200, 270)):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.status.setAccessibleName(translate("audit_dialog", "How many entries are shown"))
        note = QLabel(
            translate(
                "audit_dialog",
                "The trail records ids, not names; names are looked up here for you. "
                "Copies and CSV files carry the ids only.",
            )
        )
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("audit_dialog", "&Copy"))
        self.copy_button.setAccessibleName(translate("audit_dialog", "Copy the filtered trail"))
        self.copy_button.setToolTip(
            translate("audit_dialog", "Copy every entry that matches the filters, as tab-separated text")
        )
        self.export_button = QPushButton(translate("audit_dialog", "&Export CSV…"))
        self.export_button.setAccessibleName(translate("audit_dialog", "Export the filtered trail as CSV"))
        self.export_button.setToolTip(
            translate("audit_dialog", "Save every entry that matches the filters to a CSV file")
        )
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("audit_dialog", "Close")
        )
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_trail)
        self.export_button.clicked.connect(self.ask_export)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1000, 560)

        self.user_combo.currentIndexChanged.connect(self.refresh)
        self.action_combo.currentIndexChanged.connect(self.refresh)
        self.record_edit.textChanged.connect(self.refresh)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self.refresh)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.refresh)
        self.model.rowsInserted.connect(self._update_status)
        self.refresh()

    # -- filters ---------------------------------------------------------------------------

    def filters(self) -> TrailFilters:
        """The viewer's filters, as the trail is read with them."""
        since = utc_start_of(_day(self.from_date)) if self.from_check.isChecked() else None
        until = None
        if self.to_check.isChecked():
            until = utc_start_of(_day(self.to_date) + dt.timedelta(days=1))
        text = self.record_edit.text().strip()
        record_ids = self.names.matching(text) if text else None
        self.too_many = record_ids is not None and len(record_ids) > MAX_MATCHES
        return TrailFilters(
            user=self.user_combo.currentData() or None,
            action=self.action_combo.currentData() or None,
            record_ids=[] if self.too_many else record_ids,
            since=since,
            until=until,
        )

    def refresh(self) -> None:
        filters = self.filters()
        self.model.show(lambda before, limit: filters.read(self.register, before, limit))
        self._update_status()

    def _update_status(self, *_args: object) -> None:
        n = self.model.rowCount()
        if self.too_many:
            text = translate(
                "audit_dialog", "More than {count} records match; type more of the name, or a record's id."
            ).format(count=QLocale().toString(MAX_MATCHES))
        elif n == 0:
            text = (
                translate("audit_dialog", "No entries match these filters.")
                if self.register.audit_trail(limit=1)
                else translate("audit_dialog", "Nothing has been changed in this register yet.")
            )
        elif self.model.canFetchMore():
            text = translate(
                "audit_dialog", "The newest %Ln entries are shown; scroll down for older ones.", None, n
            )
        elif n == 1:
            text = translate("audit_dialog", "%Ln entry.", None, n)
        else:
            text = translate("audit_dialog", "%Ln entries.", None, n)
        self.status.setText(text)
        self.copy_button.setEnabled(n > 0)
        self.export_button.setEnabled(n > 0)

    def filtered_trail(self) -> Sequence[AuditEntry]:
        """Every entry that matches the filters, newest first (not only those loaded so far)."""
        return self.filters().read(self.register)

    # -- copy and export -------------------------------------------------------------------

    def copy_trail(self) -> None:
        QGuiApplication.clipboard().setText(trail_text(self.filtered_trail(), delimiter="\t"))

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("audit_dialog", "Export the audit trail"),
            str(Path.home() / "audit-trail.csv"),
            translate("audit_dialog", "CSV files (*.csv)"),
        )
        if name:
            self.export_csv(Path(name))

    def export_csv(self, path: Path) -> Path | None:
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            return write_trail_csv(self.filtered_trail(), path)
        except OSError as exc:
            QMessageBox.critical(
                self,
                translate("audit_dialog", "Cannot export the audit trail"),
                translate(
                    "audit_dialog",
                    "The file {path} could not be written ({reason}). "
                    "Choose a folder you can write to, with space free, and export again.",
                ).format(path=path, reason=exc.strerror or exc),
            )
            return None


class AuditActions(QObject):
    """The window's "Who is using AssetMap…" and "Audit trail…" menu items."""

    user_changed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.user_action = QAction(translate("audit_dialog", "&Who is using AssetMap…"), window)
        self.user_action.setStatusTip(
            translate("audit_dialog", "Choose the name the audit trail records for your changes")
        )
        self.user_action.triggered.connect(lambda _checked=False: self.ask_user())
        self.trail_action = QAction(translate("audit_dialog", "Audit &trail…"), window)
        self.trail_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.trail_action.setStatusTip(
            translate("audit_dialog", "See who changed what in this register, and when")
        )
        self.trail_action.triggered.connect(lambda _checked=False: self.show_trail())

    def ask_user(self) -> None:
        chosen = ask_user(self.window.preferences, self.window)
        if chosen is not None:
            self.use_user(chosen.user_name)

    def use_user(self, name: str) -> None:
        """From now on the window's writes are recorded as ``name``; other windows are told."""
        self.window.preferences = replace(self.window.preferences, user_name=name)
        self.window.register.user = clean_user(name)
        self.user_changed.emit(name)

    def show_trail(self) -> AuditDialog:
        dialog = AuditDialog(self.window.register, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
