"""The Saved views panel: the slides of a meeting, listed in order, dragged to reorder, stepped through.

A saved view keeps what the map shows: the area (the ward or district chosen in the filter bar or the
abundance panel, and the box on screen), the layer (assets or abundance, with its measure) and the
filter bar's choices. Showing one puts them all back and moves the map smoothly to its box, without
reloading the page. Every change to the list goes through the window's undo stack.

Meeting mode steps through the views with :meth:`SavedViewsPanel.next_view` and
:meth:`SavedViewsPanel.previous_view`; the window binds Page Down and Page Up to them as well.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import AssetMapError
from assetmap.register.views import MAX_NOTE, MAX_TITLE, SavedView
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate
from assetmap.ui.local_format import number

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ViewId = Qt.ItemDataRole.UserRole
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "views_panel",
    "No saved views yet. Set up the map as you want to show it (area, layer, filters), then press "
    "Save current view…",
)


# -- undo commands ------------------------------------------------------------------------------------


class _ViewCommand(QUndoCommand):
    """A register write on the saved views and its inverse; the panel reloads its list after each."""

    def __init__(self, panel: SavedViewsPanel, text: str) -> None:
        super().__init__(text)
        self.panel = panel
        self.failed = False

    def _run(self, write: Callable[[], object]) -> None:
        """One register write; a failure drops this command from the stack and is shown, never raised
        (redo and undo are called from C++)."""
        try:
            write()
        except Exception as exc:
            if not isinstance(exc, AssetMapError):
                log.exception("%s failed unexpectedly", self.text())
            self.failed = True
            self.setObsolete(True)
            self.panel.show_error(exc)
        self.panel.reload()


def _restore(register: Any, view: SavedView) -> SavedView:
    restored: SavedView = register.save_view(
        view.title,
        note=view.note,
        area=view.area,
        layer=view.layer,
        measure=view.measure,
        filters=view.filters,
        view_id=view.id,
        position=view.position,
    )
    return restored


class SaveViewCommand(_ViewCommand):
    def __init__(self, panel: SavedViewsPanel, fields: Mapping[str, Any]) -> None:
        super().__init__(panel, translate("views_panel", "Save view “{title}”").format(title=fields["title"]))
        self.fields = dict(fields)
        self.saved: SavedView | None = None

    def redo(self) -> None:
        register = self.panel.register

        def write() -> None:
            # The first time a new view; after an undo, the same view again (same id, same place).
            self.saved = (
                register.save_view(**self.fields) if self.saved is None else _restore(register, self.saved)
            )

        self._run(write)

    def undo(self) -> None:
        if self.saved is not None:
            saved = self.saved
            self._run(lambda: self.panel.register.remove_view(saved.id))


class EditViewCommand(_ViewCommand):
    def __init__(self, panel: SavedViewsPanel, view: SavedView, after: Mapping[str, Any]) -> None:
        super().__init__(panel, translate("views_panel", "Change view “{title}”").format(title=view.title))
        self.view_id = view.id
        self.before = {name: getattr(view, name) for name in after}
        self.after = dict(after)

    def redo(self) -> None:
        self._run(lambda: self.panel.register.update_view(self.view_id, **self.after))

    def undo(self) -> None:
        self._run(lambda: self.panel.register.update_view(self.view_id, **self.before))


class RemoveViewCommand(_ViewCommand):
    def __init__(self, panel: SavedViewsPanel, view: SavedView) -> None:
        super().__init__(panel, translate("views_panel", "Remove view “{title}”").format(title=view.title))
        self.view = view

    def redo(self) -> None:
        self._run(lambda: self.panel.register.remove_view(self.view.id))

    def undo(self) -> None:
        self._run(lambda: _restore(self.panel.register, self.view))


class MoveViewCommand(_ViewCommand):
    def __init__(self, panel: SavedViewsPanel, view: SavedView, old: int, new: int) -> None:
        super().__init__(panel, translate("views_panel", "Move view “{title}”").format(title=view.title))
        self.view_id, self.old, self.new = view.id, old, new

    def redo(self) -> None:
        self._run(lambda: self.panel.register.move_view(self.view_id, self.new))

    def undo(self) -> None:
        self._run(lambda: self.panel.register.move_view(self.view_id, self.old))


# -- the dialog for a view's title and note -------------------------------------------------------------


class ViewDialog(QDialog):
    """A view's title and note (what the audience reads on the handout)."""

    def __init__(self, parent: QWidget | None, *, title: str = "", note: str = "", heading: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(translate("views_panel", "What this view shows, in a few words"))
        self.note_edit = QPlainTextEdit(note, self)
        self.note_edit.setPlaceholderText(
            translate("views_panel", "A short note for the meeting and the handout (optional)")
        )
        self.note_edit.setTabChangesFocus(True)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setVisible(False)
        form = QFormLayout(self)
        title_label = QLabel(translate("views_panel", "&Title"), self)
        title_label.setBuddy(self.title_edit)
        note_label = QLabel(translate("views_panel", "&Note"), self)
        note_label.setBuddy(self.note_edit)
        self.title_edit.setAccessibleName(translate("views_panel", "Title"))
        self.note_edit.setAccessibleName(translate("views_panel", "Note"))
        form.addRow(title_label, self.title_edit)
        form.addRow(note_label, self.note_edit)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(460, 280)

    def _check(self) -> None:
        if not self.title().strip():
            self._say(translate("views_panel", "Give the view a title: a few words that say what it shows."))
            self.title_edit.setFocus()
            return
        if len(self.note()) > MAX_NOTE:
            self._say(
                translate(
                    "views_panel", "The note is {length} characters long; shorten it to {most} at most."
                ).format(length=number(len(self.note())), most=number(MAX_NOTE))
            )
            self.note_edit.setFocus()
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)

    def title(self) -> str:
        return self.title_edit.text()

    def note(self) -> str:
        return self.note_edit.toPlainText()


# -- the panel ------------------------------------------------------------------------------------------


class _ViewList(QListWidget):
    """The list of views. A drop reports which row was dragged and the row it was dropped on; the list
    itself is not changed here: the register is, and the list is read from it again."""

    moved = Signal(int, int)  # from row, to row
    delete_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        # Delete removes the chosen view while the list has the focus, not the assets chosen in the table
        # (the window's Delete shortcut): the list claims the key first, as a text box does.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentRow()
        index = self.indexAt(event.position().toPoint())
        target = index.row() if index.isValid() else self.count() - 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if 0 <= source < self.count() and target >= 0 and source != target:
            self.moved.emit(source, target)


class SavedViewsPanel(QWidget):
    """Saved views of the window's register: list, save, show, change, reorder, remove, print."""

    view_applied = Signal(object)  # the SavedView now shown

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self._views: list[SavedView] = []
        self._current = -1

        self.list = _ViewList(self)
        self.list.setObjectName("savedViewsList")
        self.list.setAccessibleName(translate("views_panel", "Saved views"))
        self.list.setAccessibleDescription(
            translate(
                "views_panel",
                "The views in the order they are shown. Enter shows one; drag, or Ctrl+Up and Ctrl+Down, "
                "to reorder.",
            )
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.moved.connect(self._dropped)
        self.list.itemActivated.connect(lambda _item: self.apply_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

        self.hint = QLabel(translate("views_panel", EMPTY_HINT), self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("savedViewsHint")

        self.save_button = self._button(
            translate("views_panel", "Save current view…"),
            self.save_current,
            translate("views_panel", "Keep what the map shows now"),
        )
        self.show_button = self._button(
            translate("views_panel", "Show"),
            self.apply_selected,
            translate("views_panel", "Show the chosen view (Enter)"),
        )
        self.edit_button = self._button(
            translate("views_panel", "Edit…"),
            self.edit_selected,
            translate("views_panel", "Change the view's title and note"),
        )
        self.remove_button = self._button(
            translate("views_panel", "Remove"),
            self.remove_selected,
            translate("views_panel", "Take the view off the list"),
        )
        self.update_button = self._button(
            translate("views_panel", "Update to the map now"),
            self.update_selected,
            translate(
                "views_panel",
                "Keep what the map shows now (area, layer, filters) in the chosen view, "
                "with its title and note",
            ),
        )
        self.up_button = self._button(
            translate("views_panel", "Move up"),
            lambda: self.move_selected(-1),
            translate("views_panel", "Show it earlier (Ctrl+Up)"),
        )
        self.down_button = self._button(
            translate("views_panel", "Move down"),
            lambda: self.move_selected(1),
            translate("views_panel", "Show it later (Ctrl+Down)"),
        )
        self.handout_button = self._button(
            translate("views_panel", "Handout PDF…"),
            self.print_handout,
            translate("views_panel", "One page per view, with its note, for the room"),
        )

        for key, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            action = QAction(self.list)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, s=step: self.move_selected(s))
            self.list.addAction(action)
        self.list.delete_pressed.connect(self.remove_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.save_button)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for button in (self.show_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        layout.addLayout(row)
        row = QHBoxLayout()
        for button in (self.up_button, self.down_button):
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(self.update_button)
        layout.addWidget(self.handout_button)
        self.reload()

    def _button(self, text: str, slot: Callable[[], object], tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @property
    def register(self) -> Any:
        return self.main.register

    # -- the list ----------------------------------------------------------------------------------------

    def views(self) -> list[SavedView]:
        return list(self._views)

    @property
    def current_index(self) -> int:
        """The position of the view last shown (-1 before any)."""
        return self._current

    def reload(self) -> None:
        """Read the views from the register again, keeping the chosen one chosen."""
        chosen = self.selected_view()
        self._views = self.register.views()
        self.list.blockSignals(True)
        self.list.clear()
        for view in self._views:
            item = QListWidgetItem(view.title)
            item.setData(ViewId, view.id)
            detail = view.note or (
                translate("views_panel", "Abundance")
                if view.layer == "abundance"
                else translate("views_panel", "Assets")
            )
            item.setToolTip(detail)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            self.list.addItem(item)
        ids = [v.id for v in self._views]
        if chosen is not None and chosen.id in ids:
            self.list.setCurrentRow(ids.index(chosen.id))
        self.list.blockSignals(False)
        self._current = min(self._current, len(self._views) - 1)
        self.hint.setVisible(not self._views)
        self._update_buttons()

    def selected_view(self) -> SavedView | None:
        row = self.list.currentRow()
        return self._views[row] if 0 <= row < len(self._views) else None

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < len(self._views)
        for button in (self.show_button, self.edit_button, self.remove_button, self.update_button):
            button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self._views) - 1)
        self.handout_button.setEnabled(bool(self._views))

    def show_error(self, error: Exception) -> None:
        QMessageBox.warning(self, translate("views_panel", "AssetMap"), str(error))

    # -- capturing and applying --------------------------------------------------------------------------

    def capture(self) -> dict[str, Any]:
        """What the window shows now: the area, layer, measure and filters of a view to save."""
        window = self.main
        bar = window.filter_bar
        panel = window.abundance_panel
        boundaries = window.register.boundaries()
        filters = {
            "search": bar.search_text(),
            "category": bar.category(),
            "district": bar.district(),
            "ward": bar.ward(),
            "status": bar.status(),
        }
        abundance = panel.showing_abundance
        area: dict[str, Any] = {"kind": "bounds"}
        chosen_district = panel.area_combo.currentData() if abundance else None
        ward, district = bar.ward(), bar.district()
        if ward:
            area = {"kind": "ward", "code": ward}
        elif district:
            code = str(district)
            area = {"kind": "district", "code": code, "name": boundaries.district_names.get(code, code)}
        elif chosen_district:
            area = {"kind": "district", "name": chosen_district}
        bounds = self._map_bounds()
        if bounds is not None:
            area["bounds"] = bounds
        elif area["kind"] == "bounds":
            area = {"kind": "all"}
        return {
            "area": area,
            "layer": "abundance" if abundance else "assets",
            "measure": panel.measure_combo.currentData(),
            "filters": {k: v for k, v in filters.items() if v},
        }

    def _map_bounds(self) -> list[float] | None:
        view = self.main.map_view
        if not view.is_ready:
            return None
        try:
            shown = view.evaluate("assetmap.view()")
        except Exception:  # the page is busy or gone: the view is kept without its box
            log.warning("could not read the map's view", exc_info=True)
            return None
        bounds = shown.get("bounds") if isinstance(shown, dict) else None
        if not isinstance(bounds, list) or len(bounds) != 4:
            return None
        return [float(b) for b in bounds]

    def apply_view(self, view: SavedView) -> None:
        """Show a view: its filters, its layer and measure, its area, and the map moved smoothly to it."""
        window = self.main
        bar = window.filter_bar
        filters = view.filters
        bar.search.setText(str(filters.get("search") or ""))
        bar.flush()
        for combo, key in (
            (bar.category_combo, "category"),
            (bar.district_combo, "district"),  # before the ward: a district lists its own wards
            (bar.ward_combo, "ward"),
            (bar.status_combo, "status"),
        ):
            wanted = filters.get(key)
            index = combo.findData(wanted) if wanted else 0
            combo.setCurrentIndex(max(index, 0))
        panel = window.abundance_panel
        if view.measure:
            index = panel.measure_combo.findData(view.measure)
            if index >= 0:
                panel.measure_combo.setCurrentIndex(index)
        if view.layer == "abundance":
            name = view.area.get("name") if view.area_kind == "district" else None
            index = panel.area_combo.findData(name) if name else 0
            panel.area_combo.setCurrentIndex(max(index, 0))
        panel.show_layer(view.layer)
        if view.bounds is not None:
            window.map_view.fly_to_bounds(view.bounds)
        ids = [v.id for v in self._views]
        if view.id in ids:
            self._current = ids.index(view.id)
            self.list.setCurrentRow(self._current)
        window.statusBar().showMessage(
            translate("views_panel", "Showing saved view: {title}").format(title=view.title), 8000
        )
        self.view_applied.emit(view)

    def apply_selected(self) -> None:
        view = self.selected_view()
        if view is not None:
            self.apply_view(view)

    def next_view(self) -> SavedView | None:
        """Show the view after the one shown (the first, before any); None at the end of the list."""
        return self._step(1)

    def previous_view(self) -> SavedView | None:
        """Show the view before the one shown; None at the start of the list."""
        return self._step(-1)

    def _step(self, step: int) -> SavedView | None:
        if not self._views:
            self.main.statusBar().showMessage(
                translate("views_panel", "There are no saved views to step through."), 5000
            )
            return None
        target = (0 if step > 0 else len(self._views) - 1) if self._current < 0 else self._current + step
        if not 0 <= target < len(self._views):
            where = (
                translate("views_panel", "This is the last saved view.")
                if step > 0
                else translate("views_panel", "This is the first saved view.")
            )
            self.main.statusBar().showMessage(where, 5000)
            return None
        view = self._views[target]
        self.apply_view(view)
        return view

    # -- changing the list -------------------------------------------------------------------------------

    def save_current(self) -> SavedView | None:
        dialog = ViewDialog(self, heading=translate("views_panel", "Save current view"))
        if not dialog.exec():
            return None
        return self.save(dialog.title(), dialog.note())

    def save(self, title: str, note: str = "") -> SavedView | None:
        """Keep what the window shows now as a view at the end of the list (undoable)."""
        fields = {"title": title, "note": note, **self.capture()}
        command = SaveViewCommand(self, fields)
        self.main.undo_stack.push(command)
        if command.saved is not None:
            self.list.setCurrentRow(len(self._views) - 1)
            self.main.statusBar().showMessage(
                translate("views_panel", "Saved view: {title}").format(title=command.saved.title), 8000
            )
        return command.saved

    def edit_selected(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        dialog = ViewDialog(
            self, title=view.title, note=view.note, heading=translate("views_panel", "Change saved view")
        )
        if dialog.exec():
            self.edit(view, title=dialog.title(), note=dialog.note())

    def edit(self, view: SavedView, **after: Any) -> None:
        changed = {k: v for k, v in after.items() if getattr(view, k) != v}
        if changed:
            self.main.undo_stack.push(EditViewCommand(self, view, changed))

    def update_selected(self) -> None:
        """Keep what the window shows now in the chosen view (undoable); its title and note stay."""
        view = self.selected_view()
        if view is not None:
            self.edit(view, **self.capture())
            self.main.statusBar().showMessage(
                translate("views_panel", "Updated view “{title}” to the map now.").format(title=view.title),
                8000,
            )

    def remove_selected(self) -> None:
        view = self.selected_view()
        if view is not None:
            self.main.undo_stack.push(RemoveViewCommand(self, view))
            self.main.statusBar().showMessage(
                translate("views_panel", "Removed view “{title}”. Undo with Ctrl+Z.").format(
                    title=view.title
                ),
                8000,
            )

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._views) and 0 <= row + step < len(self._views):
            self.move_view(row, row + step)
            self.list.setCurrentRow(row + step)

    def move_view(self, old: int, new: int) -> None:
        """Show the view at row ``old`` at row ``new`` instead (undoable)."""
        view = self._views[old]
        self.main.undo_stack.push(MoveViewCommand(self, view, old, new))

    def _dropped(self, source: int, target: int) -> None:
        self.move_view(source, target)
        self.list.setCurrentRow(target)

    # -- the handout -------------------------------------------------------------------------------------

    def print_handout(self, path: Path | None = None) -> Path | None:
        """Print the views as a handout PDF (one page per view, public assets only)."""
        from assetmap.reports.analysis import ReportOptions
        from assetmap.reports.files import DocumentContents, write_document
        from assetmap.reports.progress import ExportCancelled
        from assetmap.ui.i18n import translate
        from assetmap.ui.tasks import run_with_progress

        if not self._views:
            QMessageBox.information(
                self, translate("views_panel", "AssetMap"), translate("views_panel", EMPTY_HINT)
            )
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("views_panel", "Save the handout"),
                str(Path.home() / "saved-views-handout.pdf"),
                translate("views_panel", "PDF document (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        contents = DocumentContents.read(self.register, "handout")
        try:
            written = run_with_progress(
                self.main,
                translate("views_panel", "Handout"),
                translate("views_panel", "Writing the handout…"),
                lambda progress, cancelled: write_document(
                    "handout", ReportOptions(), contents, path, progress=progress, cancelled=cancelled
                ),
            )
        except ExportCancelled:
            written = None
        except AssetMapError as exc:
            self.show_error(exc)
            return None
        if written is None:
            self.main.statusBar().showMessage(
                translate("views_panel", "Cancelled: nothing was written to {path}.").format(path=path), 8000
            )
        else:
            self.main.statusBar().showMessage(
                translate("views_panel", "Handout written to {path}").format(path=written), 10000
            )
        return written
