"""The conflict view of a stale edit: the person's version beside the one now stored, a choice per field.

Someone else changed a record after this window read it, so the register refused the write
(:class:`~assetmap.errors.StaleWriteError`). The person sees both versions field by field in the
merge dialog's :class:`~assetmap.ui.merge_dialog.FieldChoices`, chooses, and what they chose is
written over the version now stored. Cancelling writes nothing and leaves their typing where it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from assetmap.errors import StaleWriteError
from assetmap.register.concurrency import MINE, THEIRS, StaleComparison, compare_stale
from assetmap.register.people import PERSONAL_FIELDS
from assetmap.register.records import EDITABLE_FIELDS, Asset, content_of
from assetmap.register.store import Register
from assetmap.ui.commands import (
    EditAssetCommand,
    EditPersonCommand,
    RemoveAssetsCommand,
    RemovePersonCommand,
    RestoreAssetsCommand,
)
from assetmap.ui.i18n import translate
from assetmap.ui.merge_dialog import FieldChoices
from assetmap.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def fields_of(kind: str) -> tuple[str, ...]:
    return PERSONAL_FIELDS if kind == "person" else EDITABLE_FIELDS


def base_of(register: Register, error: StaleWriteError) -> dict[str, object]:
    """The record as the refused write read it: its state at that version, from its history.

    Empty when the history holds no such state (an asset a bulk import added); then every field the
    other person changed shows as the write's own.
    """
    version = error.expected_version
    if error.kind == "person":
        states = register.person_history(error.record_id)
        return next((dict(s.fields) for s in states if s.version == version), {})
    entries = register.history(error.record_id)
    return next((dict(e.content) for e in entries if e.version == version and e.content), {})


class StaleWriteDialog(QDialog):
    """Both versions of one record, field by field; Save writes the choices over the version now stored."""

    def __init__(self, comparison: StaleComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.setWindowTitle(
            translate("stale_write", "Someone else changed ‘{name}’").format(name=comparison.name)
        )
        self.explanation = QLabel(
            translate(
                "stale_write",
                "Someone else saved a change to ‘{name}’ after you opened it, so your change "
                "has not been saved yet. Choose, field by field, which value to keep: yours, or the one now "
                "in the register. Where only one of you changed a field, that value is chosen already. "
                "Cancel to go back to your change without saving.",
            ).format(name=comparison.name)
        )
        self.explanation.setWordWrap(True)
        self.field_choices = FieldChoices(
            [comparison],
            headers=(
                translate("stale_write", "Field"),
                translate("stale_write", "When you opened it"),
                translate("stale_write", "Yours"),
                translate("stale_write", "Now in the register"),
            ),
            tips=(
                translate("stale_write", "Keep your value"),
                translate("stale_write", "Keep the value now in the register"),
            ),
            take_all=(
                translate("stale_write", "Keep all &yours"),
                translate("stale_write", "Keep all &theirs"),
            ),
        )
        self.field_choices.conflict_list.hide()
        self.field_choices.preselect(
            comparison.asset_id, {c.field: c.suggested for c in comparison.conflicts if c.suggested}
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            translate("stale_write", "&Save my choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.field_choices, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 820, 460)
        self.field_choices.choices_changed.connect(self._update_save_button)
        self._update_save_button()

    @property
    def choices(self) -> dict[str, str]:
        return self.field_choices.choices[self.comparison.asset_id]

    def choose(self, field: str, side: str) -> None:
        self.field_choices.choose(self.comparison.asset_id, field, side)

    def resolved(self) -> dict[str, object]:
        """The fields to write over the version now stored (empty: keep it as it is)."""
        return self.comparison.resolved(self.choices)

    def _update_save_button(self) -> None:
        missing = self.comparison.missing_choices(self.choices)
        self.save_button.setEnabled(not missing)
        self.save_button.setToolTip(
            translate("stale_write", "Choose yours or theirs for {fields} first").format(
                fields=", ".join(missing)
            )
            if missing
            else ""
        )


AskChoices = Callable[[StaleWriteDialog], bool]


def _ask(dialog: StaleWriteDialog) -> bool:
    return bool(dialog.exec())


def resolve_stale(
    window: MainWindow,
    error: StaleWriteError,
    base: Mapping[str, object] | None = None,
    parent: QWidget | None = None,
    ask: AskChoices = _ask,
) -> bool:
    """Show ``error``'s conflict view and write what the person chooses; ``False`` if they cancel.

    ``base`` is the record as the refused write read it (from its history when not given). What they
    keep of their own is written, undoably, stating the version now stored; if that too has moved on
    meanwhile, the view opens again on the newer version. Nothing is written on cancel.
    """
    register = window.register
    while True:
        if base is None:
            base = base_of(register, error)
        comparison = compare_stale(error, base, fields_of(error.kind))
        dialog = StaleWriteDialog(comparison, parent or window)
        if not ask(dialog):
            return False
        chosen = dialog.resolved()
        failure = _write_choices(window, comparison, chosen, error.current)
        if failure is None:
            return True
        error, base = failure, None


def _write_choices(
    window: MainWindow, comparison: StaleComparison, chosen: dict[str, object], current: object
) -> StaleWriteError | None:
    """Push the commands that write ``chosen`` over the current record; the next stale error, if any."""
    fields = {name: value for name, value in chosen.items() if name != "removed"}
    version: int | None = comparison.current_version
    record_id = comparison.asset_id
    errors: list[Exception] = []
    if fields:
        before = {name: getattr(current, name) for name in fields}
        if comparison.kind == "person":
            person_command = EditPersonCommand(
                window.register,
                record_id,
                before,
                fields,
                window.apply_change,
                window.people_changed,
                errors.append,
                version=version,
            )
            window.undo_stack.push(person_command)
            version = person_command.version
        else:
            asset_command = EditAssetCommand(
                window.register,
                record_id,
                before,
                fields,
                window.apply_change,
                failed=errors.append,
                version=version,
            )
            window.undo_stack.push(asset_command)
            version = asset_command.version
    if "removed" in chosen and not errors:
        remove = bool(chosen["removed"])
        if comparison.kind == "person":
            window.undo_stack.push(
                RemovePersonCommand(
                    window.register,
                    record_id,
                    window.apply_change,
                    window.people_changed,
                    errors.append,
                    remove=remove,
                    version=version,
                )
            )
        else:
            kind = RemoveAssetsCommand if remove else RestoreAssetsCommand
            versions = None if version is None else {record_id: version}
            window.undo_stack.push(
                kind(window.register, [record_id], window.apply_change, errors.append, versions=versions)
            )
    for failure in errors:
        if isinstance(failure, StaleWriteError):
            return failure
        window.show_error(failure)
    return None


def base_of_asset(asset: Asset) -> dict[str, object]:
    """The content of an asset as a form read it, for the conflict view of the form's refused save."""
    return content_of(asset)


__all__ = ["MINE", "THEIRS", "StaleWriteDialog", "base_of", "base_of_asset", "resolve_stale"]
