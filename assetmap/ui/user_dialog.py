"""Who is using AssetMap: the name the audit trail records for every change, chosen once and remembered."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from assetmap.register.audit import clean_user, default_user
from assetmap.settings import Preferences, save_preferences
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate

FIRST_START_TEXT = QT_TRANSLATE_NOOP(
    "user_dialog",
    "AssetMap keeps an audit trail of who changed what, so your team can show a data-protection "
    "officer who did what. Which name should it record for you? Your computer's account name is "
    "filled in; use your own name if colleagues share this computer.",
)
CHANGE_TEXT = QT_TRANSLATE_NOOP(
    "user_dialog",
    "The audit trail records this name for every change made from now on. Changes already made "
    "keep the name they were made under.",
)


class UserDialog(QDialog):
    """Asks for the name the audit trail records; starts with the one in use, or the OS account name."""

    def __init__(
        self, current: str = "", *, first_start: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("user_dialog", "Who is using AssetMap"))
        self.setObjectName("userDialog")
        intro = QLabel(translate("user_dialog", FIRST_START_TEXT if first_start else CHANGE_TEXT))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(current or default_user())
        self.name_edit.setObjectName("userName")
        self.name_edit.setAccessibleName(translate("user_dialog", "Your name"))
        self.name_edit.setAccessibleDescription(
            translate("user_dialog", "The name the audit trail records for your changes")
        )
        self.name_edit.setMaxLength(80)
        self.name_edit.selectAll()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            translate("user_dialog", "Use this name")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            translate("user_dialog", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)

        form = QFormLayout()
        form.addRow(translate("user_dialog", "Your &name:"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name_edit.text().strip())
        )

    def chosen(self) -> str:
        """The name as the audit trail will keep it (one line, at most 80 characters)."""
        return clean_user(self.name_edit.text())


def ask_user(
    preferences: Preferences, parent: QWidget | None = None, *, first_start: bool = False
) -> Preferences | None:
    """Ask who is using AssetMap and remember the answer; ``None`` if the person cancels."""
    dialog = UserDialog(preferences.user_name, first_start=first_start, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = replace(preferences, user_name=dialog.chosen())
    save_preferences(chosen)
    return chosen


def user_at_first_start(preferences: Preferences, parent: QWidget | None = None) -> Preferences:
    """On the first start (no name chosen yet), ask who is using AssetMap.

    Cancelling keeps the OS account name for this session and asks again next time.
    """
    if preferences.user_name:
        return preferences
    return ask_user(preferences, parent, first_start=True) or preferences
