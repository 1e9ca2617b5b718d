"""Quick capture in the room: N or the capture tool adds a suggestion where the map is clicked, and a review
list lets a worker accept, merge or discard each one afterwards. Every write goes through the undo stack.

The rules (what a suggestion may hold, what accepting makes) are the register's
(:mod:`assetmap.register.suggestions`); this module turns clicks into those calls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import ValidationError
from assetmap.maps.suggestions import suggestions_json
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.records import Asset, Category, Change
from assetmap.register.store import Register
from assetmap.register.suggestions import Suggestion, clean_suggestion
from assetmap.ui.commands import ApplyChange, RegisterCommand, ReportFailure
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.local_format import date

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow
    from assetmap.ui.web.view import MapView

log = logging.getLogger(__name__)

CAPTURE_SHORTCUT = "N"
REVIEW_SHORTCUT = "Ctrl+Shift+G"
CAPTURE_PROMPT = QT_TRANSLATE_NOOP(
    "capture", "Click the map where the suggestion is. N or Esc stops capturing."
)


def _short(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


# -- undo commands --------------------------------------------------------------------------------------


class SuggestionCommand(RegisterCommand):
    """A suggestion write: shows any asset change it made, then ``refresh`` redraws the suggestions."""

    def __init__(
        self,
        register: Register,
        apply: ApplyChange,
        refresh: Callable[[], None],
        text: str,
        failed: ReportFailure | None,
    ) -> None:
        super().__init__(register, apply, text, failed)
        self._refresh = refresh

    def _step(self, write: Callable[[], Change | None]) -> bool:
        done = self._run(lambda: write() or Change())
        self._refresh()
        return done


class AddSuggestionCommand(SuggestionCommand):
    def __init__(
        self,
        register: Register,
        values: dict[str, object],
        apply: ApplyChange,
        refresh: Callable[[], None],
        failed: ReportFailure | None = None,
    ) -> None:
        super().__init__(
            register,
            apply,
            refresh,
            translate("capture", "Suggest {name}").format(name=_short(str(values["name"]))),
            failed,
        )
        self.values = values
        self.suggestion_id: str | None = None

    def _add(self) -> None:
        made = self.register.add_suggestion(**self.values, suggestion_id=self.suggestion_id)  # type: ignore[arg-type]
        self.suggestion_id = made.id

    def redo(self) -> None:
        self._step(self._add)

    def undo(self) -> None:
        if self.suggestion_id:
            sid = self.suggestion_id
            self._step(lambda: (self.register.remove_suggestion(sid), None)[1])


class AcceptSuggestionCommand(SuggestionCommand):
    def __init__(
        self,
        register: Register,
        suggestion: Suggestion,
        apply: ApplyChange,
        refresh: Callable[[], None],
        failed: ReportFailure | None = None,
    ) -> None:
        super().__init__(
            register,
            apply,
            refresh,
            translate("capture", "Accept suggestion {name}").format(name=_short(suggestion.name)),
            failed,
        )
        self.suggestion_id = suggestion.id
        self.asset_id: str | None = None

    def _accept(self) -> Change:
        change = self.register.accept_suggestion(self.suggestion_id)
        self.asset_id = change.added[0]
        return change

    def redo(self) -> None:
        self._step(self._accept)

    def undo(self) -> None:
        self._step(lambda: self.register.reopen_suggestion(self.suggestion_id))


class MergeSuggestionCommand(SuggestionCommand):
    def __init__(
        self,
        register: Register,
        suggestion: Suggestion,
        asset: Asset,
        apply: ApplyChange,
        refresh: Callable[[], None],
        failed: ReportFailure | None = None,
    ) -> None:
        text = translate("capture", "Merge suggestion {name} into {asset}").format(
            name=_short(suggestion.name), asset=_short(asset.name)
        )
        super().__init__(register, apply, refresh, text, failed)
        self.suggestion_id = suggestion.id
        self.asset_id = asset.id
        self._description = asset.description

    def redo(self) -> None:
        self._step(lambda: self.register.merge_suggestion(self.suggestion_id, self.asset_id))

    def _unmerge(self) -> Change:
        change = self.register.update_asset(self.asset_id, description=self._description)
        self.register.reopen_suggestion(self.suggestion_id)
        return change

    def undo(self) -> None:
        self._step(self._unmerge)


class DiscardSuggestionCommand(SuggestionCommand):
    def __init__(
        self,
        register: Register,
        suggestion: Suggestion,
        apply: ApplyChange,
        refresh: Callable[[], None],
        failed: ReportFailure | None = None,
    ) -> None:
        super().__init__(
            register,
            apply,
            refresh,
            translate("capture", "Discard suggestion {name}").format(name=_short(suggestion.name)),
            failed,
        )
        self.suggestion_id = suggestion.id

    def redo(self) -> None:
        self._step(lambda: (self.register.discard_suggestion(self.suggestion_id), None)[1])

    def undo(self) -> None:
        self._step(lambda: self.register.reopen_suggestion(self.suggestion_id))


# -- the capture dialog ---------------------------------------------------------------------------------


class CaptureDialog(QDialog):
    """A name, a category and an optional note for a suggestion at one point; nothing about a person."""

    def __init__(
        self,
        categories: list[Category],
        lon: float | None,
        lat: float | None,
        meeting: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("capture", "Add a suggestion"))
        self.lon, self.lat, self.meeting = lon, lat, meeting
        self._codes = tuple(c.code for c in categories)
        intro = QLabel(
            translate(
                "capture",
                "What did the room suggest? Give it a name and a category. "
                "Leave out anyone's name, phone number or email: a worker follows up later.",
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("suggestionName")
        self.name_edit.setAccessibleName(translate("capture", "Name"))
        self.category_box = QComboBox()
        self.category_box.setObjectName("suggestionCategory")
        self.category_box.setAccessibleName(translate("capture", "Category"))
        for category in categories:
            if category.code != PERSONAL_CATEGORY:
                self.category_box.addItem(vocabulary(category.label), category.code)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("suggestionNote")
        self.note_edit.setAccessibleName(translate("capture", "Note (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.error_label = QLabel()
        self.error_label.setObjectName("suggestionError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(translate("capture", "&Name"), self.name_edit)
        form.addRow(translate("capture", "&Category"), self.category_box)
        form.addRow(translate("capture", "N&ote (optional)"), self.note_edit)
        if lon is None or lat is None:
            where = translate("capture", "No place on the map")
        else:
            where = translate("capture", "At the point clicked on the map")
        form.addRow(translate("capture", "Where"), QLabel(where))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("capture", "Add suggestion"))
        ok.setAccessibleName(translate("capture", "Add suggestion"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def values(self) -> dict[str, object]:
        note = self.note_edit.toPlainText().strip()
        return {
            "name": self.name_edit.text(),
            "category": self.category_box.currentData(),
            "note": note or None,
            "lon": self.lon,
            "lat": self.lat,
            "meeting": self.meeting,
        }

    def accept(self) -> None:
        """Check the fields with the register's own rules first, and say what to change."""
        v = self.values()
        try:
            clean_suggestion(v["name"], v["category"], v["note"], v["lon"], v["lat"], self._codes)
        except ValidationError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            target = {"name": self.name_edit, "category": self.category_box, "note": self.note_edit}
            target.get(exc.field, self.name_edit).setFocus()
            return
        super().accept()


# -- review -------------------------------------------------------------------------------------------


class AssetPickerDialog(QDialog):
    """Find the existing asset a suggestion repeats, by name."""

    def __init__(self, assets: list[Asset], text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("capture", "Merge with an asset"))
        self._assets = [a for a in assets if a.person_id is None]
        self.search = QLineEdit(text)
        self.search.setObjectName("assetSearch")
        self.search.setAccessibleName(translate("capture", "Search assets by name"))
        self.search.setPlaceholderText(translate("capture", "Type part of the asset's name"))
        self.results = QListWidget()
        self.results.setObjectName("assetResults")
        self.results.setAccessibleName(translate("capture", "Matching assets"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("capture", "Merge into this asset")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        label = QLabel(translate("capture", "&Find the asset"))
        label.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._find)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self._find(text)

    def _find(self, text: str) -> None:
        words = text.casefold().split()
        self.results.clear()
        for asset in self._assets:
            if all(word in asset.name.casefold() for word in words):
                place = asset.postcode or asset.ward_code or translate("capture", "no place")
                item = QListWidgetItem(f"{asset.name} ({place})")
                item.setData(Qt.ItemDataRole.UserRole, asset.id)
                self.results.addItem(item)
                if self.results.count() >= 200:
                    break
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen_id(self) -> str | None:
        item = self.results.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class ReviewDialog(QDialog):
    """The open suggestions, each to accept (it becomes an asset), merge with an asset, or discard."""

    def __init__(self, capture: CaptureActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capture = capture
        self.setWindowTitle(translate("capture", "Review suggestions"))
        self.resize(620, 420)
        self.list = QListWidget()
        self.list.setObjectName("suggestionList")
        self.list.setAccessibleName(translate("capture", "Open suggestions"))
        self.detail = QLabel()
        self.detail.setObjectName("suggestionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.accept_button = QPushButton(translate("capture", "&Accept as asset"))
        self.merge_button = QPushButton(translate("capture", "&Merge with…"))
        self.discard_button = QPushButton(translate("capture", "&Discard"))
        close = QPushButton(translate("capture", "Close"))
        self.accept_button.clicked.connect(self.accept_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.discard_button.clicked.connect(self.discard_current)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.merge_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        label = QLabel(translate("capture", "&Suggestions waiting for review"))
        label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_a: self._show_current())
        capture.window.undo_stack.indexChanged.connect(lambda _i: self.reload())
        self.reload()

    def reload(self) -> None:
        chosen = self.current()
        labels = {c.code: vocabulary(c.label) for c in self.capture.window.register.categories()}
        self.list.clear()
        for s in self.capture.window.register.suggestions():
            item = QListWidgetItem(f"{s.name} — {labels.get(s.category, s.category)}")
            item.setData(Qt.ItemDataRole.UserRole, s)
            self.list.addItem(item)
            if chosen is not None and s.id == chosen.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def current(self) -> Suggestion | None:
        item = self.list.currentItem()
        value = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, Suggestion) else None

    def _show_current(self) -> None:
        s = self.current()
        for button in (self.accept_button, self.merge_button, self.discard_button):
            button.setEnabled(s is not None)
        if s is None:
            self.detail.setText(translate("capture", "No suggestions are waiting for review."))
            return
        lines = [s.name]
        if s.note:
            lines.append(s.note)
        if s.meeting:
            said = translate("capture", "Suggested at {meeting} on {date}").format(
                meeting=s.meeting, date=date(s.created_at)
            )
        else:
            said = translate("capture", "Suggested in a meeting on {date}").format(date=date(s.created_at))
        lines.append(said)
        self.detail.setText("\n".join(lines))

    def accept_current(self) -> None:
        s = self.current()
        if s is not None:
            self.capture.accept(s)

    def merge_current(self, asset_id: str | None = None) -> None:
        s = self.current()
        if s is None:
            return
        if not asset_id:
            picker = AssetPickerDialog(self.capture.window.register.assets(), s.name.split()[0], self)
            if picker.exec() != QDialog.DialogCode.Accepted:
                return
            asset_id = picker.chosen_id()
        if asset_id:
            self.capture.merge(s, asset_id)

    def discard_current(self) -> None:
        s = self.current()
        if s is not None:
            self.capture.discard(s)


# -- the window's actions ------------------------------------------------------------------------------


class CaptureActions(QObject):
    """The capture tool (N, or Edit → Capture suggestions) and Edit → Review suggestions… of a window.

    Meeting mode calls :meth:`start_capture` (or triggers ``capture_action``) and sets ``meeting`` to
    the meeting's name, which each suggestion then records.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.meeting: str | None = None
        self.last_dialog: CaptureDialog | None = None
        self.capture_action = QAction(translate("capture", "&Capture suggestions on the map"), window)
        self.capture_action.setCheckable(True)
        self.capture_action.setShortcut(QKeySequence(CAPTURE_SHORTCUT))
        # N is a letter people type: it captures only while the map (or meeting mode) has the focus.
        self.capture_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.capture_action.setStatusTip(
            translate("capture", "Click the map to add what the room suggests, kept apart for review")
        )
        self.capture_action.toggled.connect(self._set_capturing)
        window.map_view.addAction(self.capture_action)
        self.review_action = QAction(translate("capture", "Review &suggestions…"), window)
        self.review_action.setShortcut(QKeySequence(REVIEW_SHORTCUT))
        self.review_action.setStatusTip(
            translate("capture", "Accept, merge or discard what meetings suggested")
        )
        self.review_action.triggered.connect(lambda _checked=False: self.review())
        self._stop = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._stop.setEnabled(False)
        self._stop.activated.connect(lambda: self.capture_action.setChecked(False))
        self.review_dialog: ReviewDialog | None = None
        # The maps the tool works on: the window's, and meeting mode's projected map once there is one.
        self.map_views: list[MapView] = []
        self.attach(window.map_view)

    def attach(self, view: MapView) -> None:
        """Let ``view`` capture too: N while it has focus, a click with the tool on, and the layer shown."""
        if view in self.map_views:
            return
        self.map_views.append(view)
        if view is not self.window.map_view:
            view.addAction(self.capture_action)
        view.suggestion_point_picked.connect(self.capture_at)
        view.set_capture_mode(self.capture_action.isChecked())
        view.set_suggestions(
            suggestions_json(self.window.register.suggestions(), self.window.register.categories())
        )

    def actions(self) -> list[QAction]:
        return [self.capture_action, self.review_action]

    def start_capture(self) -> None:
        """Switch the capture tool on: the next clicks on the map each add a suggestion there."""
        self.capture_action.setChecked(True)

    def stop_capture(self) -> None:
        self.capture_action.setChecked(False)

    def _set_capturing(self, on: bool) -> None:
        for view in self.map_views:
            view.set_capture_mode(on)
        self._stop.setEnabled(on)
        if on:
            self.window.statusBar().showMessage(translate("capture", CAPTURE_PROMPT))
        else:
            self.window.statusBar().clearMessage()

    def refresh_layer(self) -> None:
        """Send the open suggestions to the map's suggestions layer (no page reload)."""
        layer = suggestions_json(self.window.register.suggestions(), self.window.register.categories())
        for view in self.map_views:
            view.set_suggestions(layer)

    def dialog(self, lon: float | None, lat: float | None) -> CaptureDialog:
        # Over whichever window has the focus: in meeting mode, the full-screen map.
        active = QApplication.activeWindow()
        parent = active if active is not None else self.window
        dialog = CaptureDialog(self.window.register.categories(), lon, lat, self.meeting, parent)
        self.last_dialog = dialog
        return dialog

    def capture_at(self, lon: float | None = None, lat: float | None = None) -> str | None:
        """Ask for a suggestion at this point and keep it; its id, or None if cancelled or refused."""
        dialog = self.dialog(lon, lat)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.add(dialog.values())

    def add(self, values: dict[str, object]) -> str | None:
        command = AddSuggestionCommand(
            self.window.register, values, self.window.apply_change, self.refresh_layer, self.window.show_error
        )
        self.window.undo_stack.push(command)
        if command.error is None:
            self.window.statusBar().showMessage(
                translate("capture", "Suggestion added: {name}").format(name=_short(str(values["name"]))),
                5000,
            )
        return command.suggestion_id if command.error is None else None

    def _push(self, command: SuggestionCommand) -> bool:
        self.window.undo_stack.push(command)
        return command.error is None

    def accept(self, suggestion: Suggestion) -> str | None:
        command = AcceptSuggestionCommand(
            self.window.register,
            suggestion,
            self.window.apply_change,
            self.refresh_layer,
            self.window.show_error,
        )
        if not self._push(command) or command.asset_id is None:
            return None
        # The worker usually fills in more (opening times, contacts with consent): show it in the table.
        self.window.select_asset(command.asset_id)
        return command.asset_id

    def merge(self, suggestion: Suggestion, asset_id: str) -> bool:
        asset = self.window.register.asset(asset_id)
        return self._push(
            MergeSuggestionCommand(
                self.window.register,
                suggestion,
                asset,
                self.window.apply_change,
                self.refresh_layer,
                self.window.show_error,
            )
        )

    def discard(self, suggestion: Suggestion) -> bool:
        return self._push(
            DiscardSuggestionCommand(
                self.window.register,
                suggestion,
                self.window.apply_change,
                self.refresh_layer,
                self.window.show_error,
            )
        )

    def review(self) -> ReviewDialog:
        """Open (or bring forward) the review list."""
        if self.review_dialog is None:
            self.review_dialog = ReviewDialog(self, self.window)
        self.review_dialog.reload()
        self.review_dialog.show()
        self.review_dialog.raise_()
        self.review_dialog.activateWindow()
        return self.review_dialog
