"""The People menu of the main window, and the writes on people that its dialogs make.

Every write that can be undone goes through the window's undo stack as a command; consent events and
erasure cannot be undone (consent is a record of what was said, and an erasure is for good), so they go
straight to the register. Whatever changes what may be shown of a person's gifts (consent, removal,
erasure) makes the window show the register afresh, without reloading the map page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from assetmap.errors import StaleWriteError
from assetmap.register import Change, Register
from assetmap.register.consent import ConsentEvent
from assetmap.register.people import Erasure, Person
from assetmap.ui.commands import (
    AddGiftCommand,
    AddPersonCommand,
    EditPersonCommand,
    LinkGiftCommand,
    LinkPersonCommand,
    PersonCommand,
    RemovePersonCommand,
)
from assetmap.ui.i18n import translate
from assetmap.ui.stale_write import resolve_stale

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow
    from assetmap.ui.people_panel import PeopleDialog

log = logging.getLogger(__name__)

PEOPLE_SHORTCUT = "Ctrl+Shift+U"
NEW_PERSON_SHORTCUT = "Ctrl+Shift+N"  # beside Ctrl+N, a new asset


class PeopleEdits(QObject):
    """The writes on people of one register, undoable ones through ``undo_stack``.

    ``apply_change`` shows an asset change (a gift added or linked); ``refresh_assets`` shows the
    register afresh after consent or an erasure changed what may be shown; ``show_error`` tells the
    person why a write failed. ``people_changed`` is emitted after every write, for open lists and forms.
    """

    people_changed = Signal()

    def __init__(
        self,
        register: Register,
        undo_stack: QUndoStack,
        apply_change: Callable[[Change], None],
        show_error: Callable[[Exception], None],
        refresh_assets: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.undo_stack = undo_stack
        self._apply_change = apply_change
        self._show_error = show_error
        self._refresh_assets = refresh_assets
        # Shows a stale edit's conflict view and writes the choice; False when cancelled.
        self.resolve_stale: Callable[[StaleWriteError], bool] | None = None

    def _push(self, command: PersonCommand) -> bool:
        self.undo_stack.push(command)
        return command.error is None

    def _changed(self) -> None:
        self.people_changed.emit()

    # -- undoable ------------------------------------------------------------------------

    def add_person(self, fields: Mapping[str, object]) -> str | None:
        """Add a person; their new id, or ``None`` when the register refused (the person was told why)."""
        command = AddPersonCommand(self.register, fields, self._apply_change, self._changed, self._show_error)
        return command.person_id if self._push(command) else None

    def edit_person(self, person: Person, after: Mapping[str, object]) -> bool:
        if not after:
            return True
        before = {name: getattr(person, name) for name in after}
        errors: list[Exception] = []
        command = EditPersonCommand(
            self.register,
            person.id,
            before,
            after,
            self._apply_change,
            self._changed,
            errors.append,
            version=person.version,
        )
        self.undo_stack.push(command)
        if isinstance(command.error, StaleWriteError) and self.resolve_stale is not None:
            # Someone else changed the person since the form opened: both versions, field by field.
            return self.resolve_stale(command.error)
        if command.error is not None:
            self._show_error(command.error)
            return False
        return True

    def remove_person(self, person_id: str, *, remove: bool = True) -> bool:
        """Take a person off the list (or back): what may be shown of their gifts changes with it."""
        return self._push(
            RemovePersonCommand(
                self.register,
                person_id,
                lambda _gifts: self._refresh_assets(),
                self._changed,
                self._show_error,
                remove=remove,
            )
        )

    def add_gift(self, person_id: str, fields: Mapping[str, object]) -> str | None:
        command = AddGiftCommand(
            self.register, person_id, fields, self._apply_change, self._changed, self._show_error
        )
        return command.asset_id if self._push(command) else None

    def link_gift(self, person_id: str | None, asset_id: str) -> bool:
        return self._push(
            LinkGiftCommand(
                self.register, person_id, asset_id, self._apply_change, self._changed, self._show_error
            )
        )

    def link(self, person_id: str, asset_id: str, relation: str, *, link: bool = True) -> bool:
        return self._push(
            LinkPersonCommand(
                self.register,
                person_id,
                asset_id,
                relation,
                self._apply_change,
                self._changed,
                self._show_error,
                link=link,
            )
        )

    # -- for the record, not undone ------------------------------------------------------

    def record_consent(self, person_id: str, **values: object) -> ConsentEvent:
        """Append a consent event (``ValidationError`` names the field at fault, for the dialog)."""
        event = self.register.record_consent(person_id, **values)  # type: ignore[arg-type]
        self._refresh_assets()
        self._changed()
        return event

    def withdraw_consent(self, person_id: str, *, method: str) -> ConsentEvent:
        event = self.register.withdraw_consent(person_id, method=method)
        self._refresh_assets()
        self._changed()
        return event

    def erase_person(self, person_id: str) -> Erasure:
        """Erase a person for good. The undo history goes too: its steps name them, and none of those
        steps could be redone."""
        erasure = self.register.erase_person(person_id)
        self.undo_stack.clear()
        self._refresh_assets()
        self._changed()
        return erasure


class PeopleActions:
    """The People menu of one main window: the list, a new person, and consent to review."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.edits = PeopleEdits(
            window.register,
            window.undo_stack,
            window.apply_change,
            window.show_error,
            window.reload_from_register,
            window,
        )
        self.edits.resolve_stale = lambda error: resolve_stale(window, error)
        self._dialog: PeopleDialog | None = None
        # Ctrl+Shift+P is the map sheet's (Reports); U for "us", the people of the place.
        self.people_action = self._action(
            translate("people_actions", "&People…"),
            self.show_people,
            PEOPLE_SHORTCUT,
            translate("people_actions", "The people whose gifts and skills are recorded"),
        )
        self.new_person_action = self._action(
            translate("people_actions", "&New person…"),
            self.new_person,
            NEW_PERSON_SHORTCUT,
            translate("people_actions", "Record a new person"),
        )
        self.review_action = self._action(
            translate("people_actions", "Consent to &review…"),
            self.show_review,
            tip=translate("people_actions", "People whose consent lapses within 30 days, or has lapsed"),
        )
        # A reminder in the status bar while anyone's consent is due for review; a click lists them.
        self.review_button = QPushButton(window)
        self.review_button.setFlat(True)
        self.review_button.setAccessibleName(translate("people_actions", "Consent to review"))
        self.review_button.clicked.connect(lambda _checked=False: self.show_review())
        self.review_button.hide()
        window.statusBar().addPermanentWidget(self.review_button)
        self.update_review()

    def update_review(self) -> int:
        """Show how many people's consent is due for review (lapsing within 30 days, or lapsed)."""
        due = len(self.window.register.to_review())
        self.review_action.setText(
            translate("people_actions", "Consent to &review ({due})…").format(due=due)
            if due
            else translate("people_actions", "Consent to &review…")
        )
        self.review_button.setText(
            translate("people_actions", "Consent to review: %n person", None, due)
            if due == 1
            else translate("people_actions", "Consent to review: %n people", None, due)
        )
        self.review_button.setToolTip(
            translate(
                "people_actions", "Open the list of people whose consent lapses within 30 days, or has lapsed"
            )
        )
        self.review_button.setVisible(due > 0)
        return due

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        return [self.people_action, self.new_person_action, self.review_action]

    def people_dialog(self) -> PeopleDialog:
        """The window's one list of people, made when first asked for."""
        from assetmap.ui.people_panel import PeopleDialog

        if self._dialog is None:
            self._dialog = PeopleDialog(self.edits, self.window)
            self._dialog.open_requested.connect(self.open_person)
            self._dialog.new_requested.connect(self.new_person)
        return self._dialog

    def show_people(self, *, to_review: bool = False) -> PeopleDialog:
        dialog = self.people_dialog()
        dialog.set_to_review(to_review)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.search.setFocus()
        return dialog

    def show_review(self) -> PeopleDialog:
        return self.show_people(to_review=True)

    def _parent(self) -> QWidget:
        return self._dialog if self._dialog is not None and self._dialog.isVisible() else self.window

    def new_person(self) -> None:
        """Ask for a new person's details; once added, open their form for gifts and consent."""
        from assetmap.ui.person_form import PersonForm

        form = PersonForm(self.edits, None, self._parent())
        if form.exec() and form.person_id:
            self.window.statusBar().showMessage(
                translate("people_actions", "Person added. Undo with Ctrl+Z."), 8000
            )
            self.open_person(form.person_id)

    def open_person(self, person_id: str, parent: QWidget | None = None) -> None:
        from assetmap.ui.person_form import PersonForm

        form = PersonForm(self.edits, person_id, parent or self._parent())
        form.exec()
