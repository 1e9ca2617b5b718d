"""The form of one person: their details, gifts and links, their consent as a list of events, and their
subject access export and erasure."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import AssetMapError, ValidationError
from assetmap.register import Register, consent
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.people import PERSONAL_FIELDS, PREFERRED_CONTACTS, RELATIONS, Person, clean_person
from assetmap.register.records import Asset
from assetmap.register.validation import clean_fields
from assetmap.ui.appearance import error_label
from assetmap.ui.consent_dialog import ConsentDialog, WithdrawDialog, day_text, state_text
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.people_actions import PeopleEdits
from assetmap.ui.screen_fit import fit_to_screen

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_COLUMNS = (
    QT_TRANSLATE_NOOP("person_form", "Recorded"),
    QT_TRANSLATE_NOOP("person_form", "What they agreed to"),
    QT_TRANSLATE_NOOP("person_form", "Lawful basis"),
    QT_TRANSLATE_NOOP("person_form", "How"),
    QT_TRANSLATE_NOOP("person_form", "Recorded by"),
    QT_TRANSLATE_NOOP("person_form", "Lapses"),
)
ERASE_TEXT = QT_TRANSLATE_NOOP(
    "person_form",
    "Erasing ‘{name}’ deletes their record, contact details, consent events and links, and their "
    "{gifts}, from this register and from its backups. Only their id is kept, so that merging an older "
    "copy never brings them back. This cannot be undone, and the undo history is cleared.",
)
NEW_PERSON_NOTE = QT_TRANSLATE_NOOP(
    "person_form", "After adding them, you can record their gifts and skills and their consent."
)


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _button(text: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    if tip:
        button.setToolTip(tip)
    return button


def event_row(event: consent.ConsentEvent) -> list[str]:
    """One consent event as the table shows it."""
    if event.kind == consent.WITHDRAWN:
        what = translate("person_form", "Withdrew consent")
    else:
        what = vocabulary(consent.SCOPES.get(event.scope or "", event.scope or ""))
        if event.partners:
            what += f" ({event.partners})"
    return [
        day_text(event.recorded_at.date()),
        what,
        vocabulary(consent.LAWFUL_BASES.get(event.lawful_basis, event.lawful_basis)),
        vocabulary(consent.METHODS.get(event.method, event.method)),
        event.recorded_by,
        day_text(event.lapses_on),
    ]


class PersonForm(QDialog):
    """Add a person (``person_id`` is None: their details only) or see and change one.

    Details are saved with Save (undoable); gifts and links change at once (undoable too); consent
    events and erasure go to the register for good. After Add, ``person_id`` is the new person's id.
    """

    def __init__(self, edits: PeopleEdits, person_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.register = edits.register
        self.person_id = person_id
        self.person: Person | None = self.register.person(person_id) if person_id else None
        self.last_export: Path | None = None
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.setWindowTitle(
            translate("person_form", "Person: ‘{name}’").format(name=self.person.name)
            if self.person
            else translate("person_form", "Add a person")
        )

        self.state_label = _bold(QLabel())
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(translate("person_form", "Consent in force"))
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        body = QWidget()
        column = QVBoxLayout(body)
        if self.person is not None:
            column.addWidget(self.state_label)
        column.addWidget(self._details_box())
        if self.person is None:
            note = QLabel(translate("person_form", NEW_PERSON_NOTE))
            note.setWordWrap(True)
            column.addWidget(note)
        else:
            column.addWidget(self._consent_box())
            side_by_side = QHBoxLayout()
            side_by_side.addWidget(self._gifts_box())
            side_by_side.addWidget(self._links_box())
            column.addLayout(side_by_side)
            column.addLayout(self._record_buttons())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        ok = self.buttons.button(button.Ok)
        ok.setText(translate("person_form", "Save") if self.person else translate("person_form", "Add"))
        ok.setDefault(True)
        self.buttons.button(button.Cancel).setText(
            translate("person_form", "Close") if self.person else translate("person_form", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 820 if self.person else 420)

        if self.person is not None:
            self._load(self.person)
            edits.people_changed.connect(self.reload)
            self.reload()

    # -- building ------------------------------------------------------------------------

    def _details_box(self) -> QGroupBox:
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText("name@example.org")
        self.contact_combo = QComboBox()
        self.contact_combo.addItem("—", None)
        for code, label in PREFERRED_CONTACTS.items():
            self.contact_combo.addItem(vocabulary(label), code)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        box = QGroupBox(translate("person_form", "Who they are"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, name, field in (
            (translate("person_form", "&Name *"), "name", self.name_edit),
            (translate("person_form", "&Phone"), "phone", self.phone_edit),
            (translate("person_form", "&Email"), "email", self.email_edit),
            (translate("person_form", "Preferred &contact"), "preferred_contact", self.contact_combo),
            (translate("person_form", "N&otes"), "notes", self.notes_edit),
        ):
            self._row(form, label, name, field)
        return box

    def _row(self, form: QFormLayout, label: str, name: str, field: QWidget) -> None:
        """A field with its error label beside it (hidden until there is an error)."""
        error = error_label()
        error.setMaximumWidth(260)
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field, 1)
        line.addWidget(error)
        holder.setFocusProxy(field)
        text = QLabel(label)
        text.setBuddy(field)
        field.setAccessibleName(label.replace("&", "").rstrip(" *"))
        form.addRow(text, holder)
        self.inputs[name] = field
        self.errors[name] = error

    def _list_box(self, title: str, view: QWidget, buttons: Sequence[QPushButton]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        line = QHBoxLayout()
        for button in buttons:
            line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)
        return box

    def _gifts_box(self) -> QGroupBox:
        self.gifts_list = QListWidget()
        self.gifts_list.setAccessibleName(translate("person_form", "Gifts and skills"))
        self.gifts_list.setMaximumHeight(96)
        self.add_gift_button = _button(
            translate("person_form", "Add a &gift…"),
            translate("person_form", "Record a gift or skill of theirs"),
        )
        self.link_gift_button = _button(
            translate("person_form", "&Link existing gift…"),
            translate("person_form", "Make a gift already in the register theirs"),
        )
        self.unlink_gift_button = _button(
            translate("person_form", "Unlink gift"),
            translate("person_form", "The gift stays in the register, no longer theirs"),
        )
        self.add_gift_button.clicked.connect(self.add_gift)
        self.link_gift_button.clicked.connect(self.link_existing_gift)
        self.unlink_gift_button.clicked.connect(self.unlink_gift)
        self.gifts_list.itemSelectionChanged.connect(self._update_buttons)
        return self._list_box(
            translate("person_form", "Gifts and skills"),
            self.gifts_list,
            (self.add_gift_button, self.link_gift_button, self.unlink_gift_button),
        )

    def _links_box(self) -> QGroupBox:
        self.links_list = QListWidget()
        self.links_list.setAccessibleName(translate("person_form", "Groups and spaces they run or belong to"))
        self.links_list.setMaximumHeight(96)
        self.link_button = _button(
            translate("person_form", "Link to a group or &space…"),
            translate("person_form", "They run it, or belong to it"),
        )
        self.unlink_button = _button(
            translate("person_form", "Unlin&k"), translate("person_form", "Remove the selected link")
        )
        self.link_button.clicked.connect(self.link_asset)
        self.unlink_button.clicked.connect(self.unlink_asset)
        self.links_list.itemSelectionChanged.connect(self._update_buttons)
        return self._list_box(
            translate("person_form", "Groups and spaces"),
            self.links_list,
            (self.link_button, self.unlink_button),
        )

    def _consent_box(self) -> QGroupBox:
        self.events_table = QTableWidget(0, len(EVENT_COLUMNS))
        self.events_table.setHorizontalHeaderLabels([translate("person_form", c) for c in EVENT_COLUMNS])
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.verticalHeader().hide()
        self.events_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.events_table.setAccessibleName(translate("person_form", "Consent events"))
        self.events_table.setMinimumHeight(100)
        self.events_table.setMaximumHeight(150)
        self.record_button = _button(
            translate("person_form", "&Record consent…"),
            translate("person_form", "What they agreed to, how, and until when"),
        )
        self.withdraw_button = _button(
            translate("person_form", "&Withdraw consent…"),
            translate("person_form", "From now on their gifts appear nowhere"),
        )
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        note = QLabel(
            translate(
                "person_form",
                "Consent events are a record: they are never edited, and recording one is not undone.",
            )
        )
        note.setWordWrap(True)
        box = self._list_box(
            translate("person_form", "Consent"), self.events_table, (self.record_button, self.withdraw_button)
        )
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, note)
        return box

    def _record_buttons(self) -> QHBoxLayout:
        self.export_button = _button(
            translate("person_form", "E&xport everything held…"),
            translate("person_form", "A subject access export: everything held about them, as CSV and PDF"),
        )
        self.erase_button = _button(
            translate("person_form", "Erase…"),
            translate("person_form", "Erase them for good (cannot be undone)"),
        )
        self.export_button.clicked.connect(self.export_everything)
        self.erase_button.clicked.connect(self.erase)
        line = QHBoxLayout()
        line.addWidget(self.export_button)
        line.addStretch(1)
        line.addWidget(self.erase_button)
        return line

    # -- loading -------------------------------------------------------------------------

    def _load(self, person: Person) -> None:
        self.name_edit.setText(person.name)
        self.phone_edit.setText(person.phone or "")
        self.email_edit.setText(person.email or "")
        index = self.contact_combo.findData(person.preferred_contact)
        self.contact_combo.setCurrentIndex(max(index, 0))
        self.notes_edit.setPlainText(person.notes or "")

    def reload(self) -> None:
        """Read the person's gifts, links and consent from the register again."""
        if self.person_id is None:
            return
        try:
            self.person = self.register.person(self.person_id)
        except AssetMapError:
            # Erased (or purged by an undo) while the form was open: nothing is left to show.
            self.person = None
            self.done(QDialog.DialogCode.Rejected)
            return
        self.state_label.setText(state_text(self.register.consent_state(self.person_id)))
        self.gifts_list.clear()
        for gift in self.register.gifts_of(self.person_id):
            item = QListWidgetItem(gift.name + (f" ({gift.subcategory})" if gift.subcategory else ""))
            item.setData(ID_ROLE, gift.id)
            self.gifts_list.addItem(item)
        self.links_list.clear()
        for link in self.register.links_of(self.person_id):
            try:
                name = self.register.asset(link.asset_id).name
            except AssetMapError:
                continue
            item = QListWidgetItem(f"{vocabulary(RELATIONS[link.relation])}: {name}")
            item.setData(ID_ROLE, (link.asset_id, link.relation))
            self.links_list.addItem(item)
        events = self.register.consent_events(self.person_id)
        self.events_table.setRowCount(len(events))
        for row, event in enumerate(reversed(events)):  # newest first
            for column, text in enumerate(event_row(event)):
                self.events_table.setItem(row, column, QTableWidgetItem(text))
        self.events_table.resizeColumnsToContents()
        self.events_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.events_table.resizeRowsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self.person is None:
            return
        self.unlink_gift_button.setEnabled(bool(self.gifts_list.selectedItems()))
        self.unlink_button.setEnabled(bool(self.links_list.selectedItems()))
        state = self.register.consent_state(self.person.id)
        self.withdraw_button.setEnabled(state.level != consent.NONE)

    def gift_names(self) -> list[str]:
        return [self.gifts_list.item(i).text() for i in range(self.gifts_list.count())]

    def event_texts(self) -> list[list[str]]:
        table = self.events_table
        return [
            [item.text() if (item := table.item(r, c)) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    # -- details -------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        return {
            "name": self.name_edit.text().strip() or None,
            "phone": self.phone_edit.text().strip() or None,
            "email": self.email_edit.text().strip() or None,
            "preferred_contact": self.contact_combo.currentData(),
            "notes": self.notes_edit.toPlainText().strip() or None,
        }

    def changed_values(self) -> dict[str, object]:
        cleaned = clean_person(self.values(), creating=True)
        if self.person is None:
            return dict(cleaned)
        return {n: v for n, v in cleaned.items() if n in PERSONAL_FIELDS and getattr(self.person, n) != v}

    def check(self) -> dict[str, str]:
        """Check the details with the register's rules; each error is shown by its field."""
        found: dict[str, str] = {}
        values = self.values()
        for name in PERSONAL_FIELDS:
            try:
                clean_person({name: values[name]}, creating=name == "name")
            except ValidationError as exc:
                found[name] = str(exc)
        for name, error in self.errors.items():
            error.setText(found.get(name, ""))
            error.setVisible(name in found)
            self.inputs[name].setAccessibleDescription(found.get(name, ""))
        first = next((n for n in PERSONAL_FIELDS if n in found), None)
        if first is not None:
            self.inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def accept(self) -> None:
        if self.check():
            return
        if self.person is None:
            new_id = self.edits.add_person(self.changed_values())
            if new_id is None:
                return
            self.person_id = new_id
        elif not self.edits.edit_person(self.person, self.changed_values()):
            return
        super().accept()

    # -- gifts and links -----------------------------------------------------------------

    def add_gift(self) -> str | None:
        assert self.person is not None
        dialog = GiftDialog(self.register, self.person.name, self)
        if not dialog.exec():
            return None
        fields = dialog.values()
        ward = dialog.ward_code()
        if ward:
            fields["ward_code"] = ward
        return self.edits.add_gift(self.person.id, fields)

    def link_existing_gift(self) -> None:
        assert self.person is not None
        person_id = self.person.id
        gifts = [
            a for a in self.register.assets() if a.category == PERSONAL_CATEGORY and a.person_id != person_id
        ]
        title = translate("person_form", "Link a gift to ‘{name}’").format(name=self.person.name)
        picker = AssetPicker(gifts, title, self)
        if picker.exec() and picker.chosen_id():
            chosen = picker.chosen_id()
            assert chosen is not None
            self.edits.link_gift(person_id, chosen)

    def unlink_gift(self) -> None:
        items = self.gifts_list.selectedItems()
        if items:
            self.edits.link_gift(None, items[0].data(ID_ROLE))

    def link_asset(self) -> None:
        assert self.person is not None
        places = [a for a in self.register.assets() if a.category != PERSONAL_CATEGORY]
        title = translate("person_form", "Link ‘{name}’ to a group or space").format(name=self.person.name)
        picker = AssetPicker(places, title, self, relations=True)
        chosen = picker.chosen_id() if picker.exec() else None
        if chosen:
            self.edits.link(self.person.id, chosen, picker.relation())

    def unlink_asset(self) -> None:
        assert self.person is not None
        items = self.links_list.selectedItems()
        if items:
            asset_id, relation = items[0].data(ID_ROLE)
            self.edits.link(self.person.id, asset_id, relation, link=False)

    # -- consent -------------------------------------------------------------------------

    def consent_dialog(self) -> ConsentDialog:
        assert self.person is not None
        person_id = self.person.id
        return ConsentDialog(
            self.person.name, lambda **values: self.edits.record_consent(person_id, **values), self
        )

    def withdraw_dialog(self) -> WithdrawDialog:
        assert self.person is not None
        person_id = self.person.id
        return WithdrawDialog(
            self.person.name, lambda method: self.edits.withdraw_consent(person_id, method=method), self
        )

    def record_consent(self) -> None:
        self.consent_dialog().exec()

    def withdraw_consent(self) -> None:
        self.withdraw_dialog().exec()

    # -- subject access and erasure ------------------------------------------------------

    def export_everything(self) -> None:
        """Write everything held about the person (CSV files and a readable PDF) to a zip they name."""
        assert self.person is not None
        from assetmap.ui.subject_access import export_subject_access

        suggested = f"everything-held-{self.person.id[:8]}.zip"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("person_form", "Export everything held"),
            suggested,
            translate("person_form", "Subject access export (*.zip)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        from assetmap.reports.progress import ExportCancelled
        from assetmap.ui.tasks import run_with_progress

        person_id, register = self.person.id, self.register
        try:
            written = run_with_progress(
                self,
                translate("person_form", "Export everything held"),
                translate("person_form", "Writing everything held…"),
                lambda progress, cancelled: export_subject_access(
                    register, person_id, target, progress=progress, cancelled=cancelled
                ),
            )
        except ExportCancelled:
            written = None
        except AssetMapError as exc:
            QMessageBox.warning(self, translate("person_form", "Export everything held"), str(exc))
            return
        if written is None:
            QMessageBox.information(
                self,
                translate("person_form", "Export everything held"),
                translate("person_form", "Cancelled: nothing was written to {target}.").format(target=target),
            )
            return
        self.last_export = written
        QMessageBox.information(
            self,
            translate("person_form", "Export everything held"),
            translate(
                "person_form",
                "Everything held on them is in {written}: a CSV file for each part and a readable PDF.",
            ).format(written=written),
        )

    def erase_dialog(self) -> EraseDialog:
        assert self.person is not None
        return EraseDialog(self.person.name, len(self.register.gifts_of(self.person.id)), self)

    def erase(self) -> bool:
        """Ask, then erase the person for good; the form closes."""
        assert self.person is not None
        if not self.erase_dialog().exec():
            return False
        try:
            self.edits.erase_person(self.person.id)
        except AssetMapError as exc:
            QMessageBox.warning(self, translate("person_form", "Erase"), str(exc))
            return False
        self.person = None
        self.done(QDialog.DialogCode.Rejected)
        return True


class GiftDialog(QDialog):
    """A gift or skill of a person: what it is, and an area (a ward), never an address or a point."""

    def __init__(self, register: Register, person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self._categories = register.category_codes()
        self.setWindowTitle(
            translate("person_form", "Add a gift or skill of ‘{name}’").format(name=person_name)
        )
        boundaries = register.boundaries()
        self._wards = boundaries.wards
        category = next((c for c in register.categories() if c.code == PERSONAL_CATEGORY), None)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("person_form", "e.g. Teaches sewing"))
        self.subcategory_combo = QComboBox()
        self.subcategory_combo.setEditable(True)
        self.subcategory_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.subcategory_combo.addItems(list(category.subcategories) if category else [])
        self.subcategory_combo.setCurrentText("")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(70)
        self.ward_combo = QComboBox()
        self.ward_combo.addItem(translate("person_form", "No area"), None)
        for code, name in sorted(boundaries.ward_names.items(), key=lambda pair: pair[1]):
            self.ward_combo.addItem(name, code)
        note = QLabel(
            translate(
                "person_form",
                "A gift has an area, never a home address: choose their ward, and the map shows it inside "
                "the ward, not at any house. What is shown of it follows their consent.",
            )
        )
        note.setWordWrap(True)
        self.error_label = error_label()

        form = QFormLayout()
        for text, field in (
            (translate("person_form", "&Gift or skill *"), self.name_edit),
            (translate("person_form", "Su&bcategory"), self.subcategory_combo),
            (translate("person_form", "&Description"), self.description_edit),
            (translate("person_form", "&Ward"), self.ward_combo),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(" *"))
            form.addRow(label, field)
        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        self.buttons.button(button.Ok).setText(translate("person_form", "Add gift"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 560, 400)

    def values(self) -> dict[str, object]:
        return {
            "name": self.name_edit.text().strip() or None,
            "category": PERSONAL_CATEGORY,
            "subcategory": self.subcategory_combo.currentText().strip() or None,
            "description": self.description_edit.toPlainText().strip() or None,
        }

    def ward_code(self) -> str | None:
        """The ward chosen for the gift, or ``None`` for no area."""
        code = self.ward_combo.currentData()
        return str(code) if code else None

    def accept(self) -> None:
        try:
            clean_fields(self.values(), self._categories, creating=True)
        except ValidationError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()


class AssetPicker(QDialog):
    """Choose one asset by searching its name; with ``relations``, also whether they run it or belong."""

    def __init__(
        self, assets: Sequence[Asset], title: str, parent: QWidget | None = None, *, relations: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._assets = sorted(assets, key=lambda a: a.name.casefold())
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("person_form", "Type part of its name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("person_form", "Search assets"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("person_form", "Assets"))
        self.relation_combo = QComboBox()
        for code, label in RELATIONS.items():
            self.relation_combo.addItem(vocabulary(label), code)
        self.relation_combo.setAccessibleName(translate("person_form", "They"))
        form = QFormLayout()
        search_label = QLabel(translate("person_form", "&Search"))
        search_label.setBuddy(self.search)
        form.addRow(search_label, self.search)
        if relations:
            relation_label = QLabel(translate("person_form", "&They"))
            relation_label.setBuddy(self.relation_combo)
            form.addRow(relation_label, self.relation_combo)
        else:
            self.relation_combo.hide()
        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        self.buttons.button(button.Ok).setText(translate("person_form", "Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 480, 460)
        self.search.textChanged.connect(self._fill)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._fill()

    def _fill(self) -> None:
        needle = self.search.text().strip().casefold()
        self.list.clear()
        for asset in self._assets:
            if needle in asset.name.casefold():
                item = QListWidgetItem(asset.name)
                item.setData(ID_ROLE, asset.id)
                self.list.addItem(item)
                if self.list.count() >= 500:
                    break
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def relation(self) -> str:
        return str(self.relation_combo.currentData())


class EraseDialog(QDialog):
    """The confirmation before erasure: the person's name must be typed before Erase is allowed."""

    def __init__(self, name: str, gifts: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setWindowTitle(translate("person_form", "Erase a person for good"))
        gift_text = (
            translate("person_form", "%n gift and skill", None, gifts)
            if gifts == 1
            else translate("person_form", "%n gifts and skills", None, gifts)
        )
        text = QLabel(translate("person_form", ERASE_TEXT).format(name=name, gifts=gift_text))
        text.setTextFormat(Qt.TextFormat.PlainText)  # their name is theirs, never markup
        text.setWordWrap(True)
        self.text_label = text
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(translate("person_form", "Type their name to confirm"))
        label = QLabel(translate("person_form", "&Type their name to confirm"))
        label.setBuddy(self.name_edit)
        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        self.erase_button = self.buttons.button(button.Ok)
        self.erase_button.setText(translate("person_form", "Erase for good"))
        self.erase_button.setEnabled(False)
        self.buttons.button(button.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 520, 260)
        self.name_edit.textChanged.connect(self._typed)

    def confirmed(self) -> bool:
        return self.name_edit.text().strip().casefold() == self._name.strip().casefold()

    def _typed(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()
