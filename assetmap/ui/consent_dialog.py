"""Recording a person's consent, or its withdrawal, as a dated event; and how consent in force reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import AssetMapError, ValidationError
from assetmap.register import consent
from assetmap.ui.appearance import error_label
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.screen_fit import fit_to_screen

NOT_UNDONE = QT_TRANSLATE_NOOP(
    "consent_dialog",
    "A consent event is never edited or undone: it is the record of what was agreed. "
    "If something changes, record a new event; the newest one is in force.",
)
WITHDRAW_TEXT = QT_TRANSLATE_NOOP(
    "consent_dialog",
    "From now on nothing about them leaves the register, and their gifts leave the map, the table's "
    "shared outputs, exports and reports at once. The earlier events stay as evidence that consent "
    "existed. This cannot be undone: if they agree again, record their consent again.",
)


def day_text(day: dt.date | None) -> str:
    """A date as people read it, in their language: 1 Dec 2027."""
    return "" if day is None else QLocale().toString(to_qdate(day), "d MMM yyyy")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def state_text(state: consent.ConsentState) -> str:
    """The consent in force, in a plain sentence."""
    if state.level == consent.NONE:
        if state.reason == "withdrawn":
            return translate("consent_dialog", "No consent in force (withdrawn): their gifts appear nowhere")
        if state.reason == "lapsed":
            return translate(
                "consent_dialog", "No consent in force (lapsed on {day}): their gifts appear nowhere"
            ).format(day=day_text(state.lapses_on))
        return translate("consent_dialog", "No consent in force: their gifts appear nowhere")
    level = _lower_first(vocabulary(consent.LEVEL_LABELS[state.level]))
    soon = state.reason == "lapses soon"
    if state.lapses_on is None:
        if soon:
            text = translate(
                "consent_dialog", "Consent in force: {level} (lapses within 30 days: ask them again)"
            )
        else:
            text = translate("consent_dialog", "Consent in force: {level}")
        return text.format(level=level)
    if soon:
        text = translate(
            "consent_dialog", "Consent in force: {level}, until {day} (lapses within 30 days: ask them again)"
        )
    else:
        text = translate("consent_dialog", "Consent in force: {level}, until {day}")
    return text.format(level=level, day=day_text(state.lapses_on))


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _combo(choices: dict[str, str], name: str) -> QComboBox:
    combo = QComboBox()
    for code, label in choices.items():
        combo.addItem(vocabulary(label), code)
    combo.setAccessibleName(name)
    return combo


def _labelled(form: QFormLayout, text: str, field: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)


class ConsentDialog(QDialog):
    """What a person agreed to, on what basis, how, and until when; OK appends it through ``record``.

    ``record`` takes the event's values as keywords (those of ``Register.record_consent``); a
    ``ValidationError`` it raises is shown in the dialog, which stays open to correct it.
    """

    def __init__(
        self,
        name: str,
        record: Callable[..., object],
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._today = today or dt.date.today()
        self._lapse_chosen = False
        self.setWindowTitle(translate("consent_dialog", "Record consent of ‘{name}’").format(name=name))

        self.scope_combo = _combo(consent.SCOPES, translate("consent_dialog", "What they agreed to"))
        self.partners_edit = QLineEdit()
        self.partners_edit.setPlaceholderText(translate("consent_dialog", "e.g. Age UK Salford, Salford CVS"))
        self.partners_edit.setAccessibleName(translate("consent_dialog", "Partner organisations"))
        self.basis_combo = _combo(consent.LAWFUL_BASES, translate("consent_dialog", "Lawful basis"))
        self.method_combo = _combo(consent.METHODS, translate("consent_dialog", "How it was given"))
        self.given_date = QDateEdit(to_qdate(self._today))
        self.given_date.setCalendarPopup(True)
        self.given_date.setDisplayFormat("d MMM yyyy")
        self.given_date.setMaximumDate(to_qdate(self._today))
        self.given_date.setAccessibleName(translate("consent_dialog", "Given on"))
        self.lapse_date = QDateEdit(to_qdate(consent.default_lapse(self._today)))
        self.lapse_date.setCalendarPopup(True)
        self.lapse_date.setDisplayFormat("d MMM yyyy")
        self.lapse_date.setAccessibleName(translate("consent_dialog", "Lapses on"))
        self.error_label = error_label()

        form = QFormLayout()
        _labelled(form, translate("consent_dialog", "&What they agreed to"), self.scope_combo)
        _labelled(form, translate("consent_dialog", "&Partner organisations"), self.partners_edit)
        _labelled(form, translate("consent_dialog", "&Lawful basis"), self.basis_combo)
        _labelled(form, translate("consent_dialog", "&How it was given"), self.method_combo)
        _labelled(form, translate("consent_dialog", "&Given on"), self.given_date)
        _labelled(form, translate("consent_dialog", "Lapses &on"), self.lapse_date)
        note = QLabel(
            translate("consent_dialog", NOT_UNDONE)
            + " "
            + translate("consent_dialog", "It lapses after 12 months unless you choose another date.")
        )
        note.setWordWrap(True)

        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        self.buttons.button(button.Ok).setText(translate("consent_dialog", "Record consent"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 560, 360)

        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        self.given_date.dateChanged.connect(self._given_changed)
        self.lapse_date.dateChanged.connect(self._lapse_edited)
        self._scope_changed()

    def _scope_changed(self) -> None:
        self.partners_edit.setEnabled(self.scope_combo.currentData() == consent.PARTNERS)

    def _given_changed(self) -> None:
        if not self._lapse_chosen:
            self.lapse_date.blockSignals(True)
            self.lapse_date.setDate(to_qdate(consent.default_lapse(to_date(self.given_date.date()))))
            self.lapse_date.blockSignals(False)

    def _lapse_edited(self) -> None:
        self._lapse_chosen = True

    def values(self) -> dict[str, object]:
        scope = self.scope_combo.currentData()
        given = to_date(self.given_date.date())
        return {
            "scope": scope,
            "partners": self.partners_edit.text().strip() or None if scope == consent.PARTNERS else None,
            "lawful_basis": self.basis_combo.currentData(),
            "method": self.method_combo.currentData(),
            "given_on": None if given == self._today else given,
            "lapses_on": to_date(self.lapse_date.date()),
        }

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        try:
            self._record(**self.values())
        except (ValidationError, AssetMapError) as exc:
            self.show_error(str(exc))
            return
        super().accept()


class WithdrawDialog(QDialog):
    """How the person withdrew their consent; OK appends the withdrawal through ``withdraw(method=)``."""

    def __init__(self, name: str, withdraw: Callable[..., object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._withdraw = withdraw
        self.setWindowTitle(translate("consent_dialog", "Withdraw consent of ‘{name}’").format(name=name))
        self.method_combo = _combo(consent.METHODS, translate("consent_dialog", "How they withdrew it"))
        text = QLabel(translate("consent_dialog", WITHDRAW_TEXT))
        text.setWordWrap(True)
        self.error_label = error_label()
        form = QFormLayout()
        _labelled(form, translate("consent_dialog", "&How they withdrew it"), self.method_combo)
        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        self.buttons.button(button.Ok).setText(translate("consent_dialog", "Withdraw consent"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 520, 240)

    def accept(self) -> None:
        try:
            self._withdraw(method=self.method_combo.currentData())
        except AssetMapError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()
