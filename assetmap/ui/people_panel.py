"""The list of people: who they are, how to reach them, the consent in force and how many gifts they have."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from assetmap.register import consent
from assetmap.register.people import PREFERRED_CONTACTS, Person
from assetmap.ui.consent_dialog import day_text
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.people_actions import PeopleEdits
from assetmap.ui.screen_fit import fit_to_screen

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "people_panel",
    "No people yet. People's gifts and skills (she teaches sewing, he fixes bikes, she knows everyone "
    "on the estate) are a community's first assets. Add a person to record theirs, with their consent.",
)
NO_REVIEW_TEXT = QT_TRANSLATE_NOOP("people_panel", "No one's consent lapses within the next 30 days.")
NO_MATCH_TEXT = QT_TRANSLATE_NOOP("people_panel", "No one matches the search.")
COLUMNS = (
    QT_TRANSLATE_NOOP("people_panel", "Name"),
    QT_TRANSLATE_NOOP("people_panel", "Preferred contact"),
    QT_TRANSLATE_NOOP("people_panel", "Consent in force"),
    QT_TRANSLATE_NOOP("people_panel", "Lapses"),
    QT_TRANSLATE_NOOP("people_panel", "Gifts"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
REMOVED_ROLE = Qt.ItemDataRole.UserRole + 2


def consent_cell(state: consent.ConsentState) -> str:
    label = vocabulary(consent.LEVEL_LABELS[state.level])
    if state.reason == "withdrawn":
        return translate("people_panel", "{level} (withdrawn)").format(level=label)
    if state.reason == "lapsed":
        return translate("people_panel", "{level} (lapsed)").format(level=label)
    return label


def lapse_cell(state: consent.ConsentState) -> str:
    if state.lapses_on is None:
        return ""
    if state.reason == "lapsed":
        return translate("people_panel", "lapsed {day}").format(day=day_text(state.lapses_on))
    return day_text(state.lapses_on)


class PeopleDialog(QDialog):
    """Search and open people; "to review" narrows the list to consent that lapses soon or has lapsed.

    Opening (Enter, double-click, Open) emits ``open_requested`` with the person's id; New person
    emits ``new_requested``. Remove is undoable, through ``edits``. The list follows every write.
    """

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, edits: PeopleEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.register = edits.register
        self.setWindowTitle(translate("people_panel", "People"))

        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("people_panel", "Search by name, phone, email or notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("people_panel", "Search people"))
        search_label = QLabel(translate("people_panel", "&Search"))
        search_label.setBuddy(self.search)
        self.review_check = QCheckBox(
            translate("people_panel", "Only consent &to review (lapses within 30 days, or has lapsed)")
        )
        self.review_check.setAccessibleName(translate("people_panel", "Only consent to review"))

        # A small, plain C++ model: a few hundred people at most, and no Python data() to call.
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([translate("people_panel", c) for c in COLUMNS])
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAllColumnsShowFocus(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 320), (3, 110), (4, 50)):
            header.resizeSection(column, width)
        self.view.setAccessibleName(translate("people_panel", "People"))

        self.empty_label = QLabel(translate("people_panel", EMPTY_TEXT))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(translate("people_panel", "No people"))
        self.empty_add = QPushButton(translate("people_panel", "&Add a person"))
        self.empty_add.setAccessibleName(translate("people_panel", "Add a person"))
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_add, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(empty)
        self._empty_page = empty

        self.new_button = QPushButton(translate("people_panel", "&New person…"))
        self.open_button = QPushButton(translate("people_panel", "&Open…"))
        self.remove_button = QPushButton(translate("people_panel", "&Remove"))
        self.remove_button.setToolTip(
            translate(
                "people_panel", "Take the person off the list; their gifts leave every output (undoable)"
            )
        )
        self.restore_check = QCheckBox(translate("people_panel", "Show re&moved people"))
        self.restore_check.setAccessibleName(translate("people_panel", "Show removed people"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # No default button: Enter in the search goes to the list, and Enter on a person opens them.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        for button in (self.new_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        filters = QHBoxLayout()
        filters.addWidget(self.review_check)
        filters.addStretch(1)
        filters.addWidget(self.restore_check)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 820, 480)

        self.search.textChanged.connect(self.reload)
        self.search.returnPressed.connect(self._to_list)
        self.review_check.toggled.connect(self.reload)
        self.restore_check.toggled.connect(self.reload)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_requested)
        self.empty_add.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        edits.people_changed.connect(self.reload)
        self.reload()

    # -- reading -------------------------------------------------------------------------

    def people(self, today: dt.date | None = None) -> list[Person]:
        """Who the list shows now: the search, narrowed to those to review when asked."""
        found = self.register.search_people(
            self.search.text(), include_removed=self.restore_check.isChecked()
        )
        if self.review_check.isChecked():
            due = {p.id for p, _state in self.register.to_review(today)}
            found = [p for p in found if p.id in due]
        return found

    def reload(self) -> None:
        """Read the people from the register again, keeping the selected one selected."""
        keep = self.selected_id()
        people = self.people()
        states = self.register.consent_states()
        gifts = Counter(a.person_id for a in self.register.assets() if a.person_id)
        self.model.removeRows(0, self.model.rowCount())
        for person in people:
            self.model.appendRow(self._row(person, states.get(person.id), gifts[person.id]))
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.view)
            self.select(keep or "")
        else:
            self.stack.setCurrentWidget(self._empty_page)
            empty = translate("people_panel", EMPTY_TEXT)
            if self.search.text().strip() or self.restore_check.isChecked():
                self.empty_label.setText(translate("people_panel", NO_MATCH_TEXT))
            elif self.review_check.isChecked():
                self.empty_label.setText(translate("people_panel", NO_REVIEW_TEXT))
            else:
                self.empty_label.setText(empty)
            self.empty_add.setVisible(self.empty_label.text() == empty)
        self._update_buttons()

    def _row(self, person: Person, state: consent.ConsentState | None, gifts: int) -> list[QStandardItem]:
        name = QStandardItem(
            translate("people_panel", "{name} (removed)").format(name=person.name)
            if person.is_removed
            else person.name
        )
        name.setData(person.id, ID_ROLE)
        name.setData(person.is_removed, REMOVED_ROLE)
        contact = QStandardItem(vocabulary(PREFERRED_CONTACTS.get(person.preferred_contact or "", "")))
        state = state or consent.state_on((), dt.date.today())
        count = QStandardItem(str(gifts))
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [name, contact, QStandardItem(consent_cell(state)), QStandardItem(lapse_cell(state)), count]

    def row_texts(self) -> list[list[str]]:
        return [
            [self.model.item(r, c).text() for c in range(self.model.columnCount())]
            for r in range(self.model.rowCount())
        ]

    def is_empty(self) -> bool:
        return self.model.rowCount() == 0

    # -- choosing ------------------------------------------------------------------------

    def set_to_review(self, on: bool) -> None:
        self.review_check.setChecked(on)

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows(0)
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, person_id: str) -> bool:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == person_id:
                self.view.setCurrentIndex(index)
                return True
        return False

    def _to_list(self) -> None:
        if self.model.rowCount():
            if self.selected_id() is None:
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_selected(self) -> None:
        person_id = self.selected_id()
        if person_id:
            self.open_requested.emit(person_id)

    def remove_selected(self) -> None:
        person_id = self.selected_id()
        if not person_id:
            return
        removed = self.register.person(person_id).is_removed
        self.edits.remove_person(person_id, remove=not removed)

    def _update_buttons(self) -> None:
        person_id = self.selected_id()
        self.open_button.setEnabled(person_id is not None)
        self.remove_button.setEnabled(person_id is not None)
        removed = False
        if person_id is not None:
            removed = bool(self.model.item(self.view.currentIndex().row(), 0).data(REMOVED_ROLE))
        self.remove_button.setText(
            translate("people_panel", "&Restore") if removed else translate("people_panel", "&Remove")
        )
        self.remove_button.setAccessibleName(
            translate("people_panel", "Restore") if removed else translate("people_panel", "Remove")
        )
