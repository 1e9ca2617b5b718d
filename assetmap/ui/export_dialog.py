"""The export dialog: format, visibility tier, the current filter, and where to save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import AssetMapError
from assetmap.io.connections import carries
from assetmap.io.export import FORMATS, SUFFIXES, ExportCancelledError, ExportResult, export_assets
from assetmap.io.selection import TIERS, AssetFilter
from assetmap.register.store import Register
from assetmap.ui.i18n import translate, vocabulary
from assetmap.ui.local_format import number
from assetmap.ui.screen_fit import fit_to_screen
from assetmap.ui.tasks import Cancelled, Progress, run_with_progress


def _schema_problems(count: int) -> str:
    text = translate("export_dialog", "%n schema problem(s): see the log.", None, count)
    if text == f"{count} schema problem(s): see the log.":  # no catalogue (English): its own two forms
        text = f"{count} schema problem{'' if count == 1 else 's'}: see the log."
    return text


class ExportDialog(QDialog):
    """Choose and run an export; ``exported`` carries the :class:`ExportResult` when a file is written.

    The file is written under a temporary name and renamed when complete, so Cancel or a failure
    never leaves a half-written file.
    """

    exported = Signal(object)

    def __init__(
        self, register: Register, parent: QWidget | None = None, *, current_filter: AssetFilter | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("export_dialog", "Export assets"))
        self.register = register
        self.current_filter = current_filter
        self.export_result: ExportResult | None = None
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(translate("export_dialog", "Format"))
        for name, label in FORMATS.items():
            self.format_combo.addItem(vocabulary(label), name)
        self.tier_combo = QComboBox(self)
        self.tier_combo.setAccessibleName(translate("export_dialog", "Who it is for"))
        for name, label in TIERS.items():
            self.tier_combo.addItem(vocabulary(label), name)
        self.filter_check = QCheckBox(
            translate("export_dialog", "Only the assets the current filter shows"), self
        )
        has_filter = current_filter is not None and current_filter.is_filtering()
        self.filter_check.setEnabled(has_filter)
        self.filter_check.setChecked(has_filter)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(translate("export_dialog", "Save to"))
        browse = QPushButton(translate("export_dialog", "Browse…"), self)
        browse.clicked.connect(self._browse)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        # What the chosen format carries of the links, stories and photos (io.connections.carries).
        self.carries_label = QLabel(self)
        self.carries_label.setObjectName("carries")
        self.carries_label.setWordWrap(True)
        self.carries_label.setTextFormat(Qt.TextFormat.PlainText)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("export_dialog", "Format"), self.format_combo)
        form.addRow(translate("export_dialog", "Who it is for"), self.tier_combo)
        form.addRow("", self.filter_check)
        form.addRow(translate("export_dialog", "Save to"), path_row)
        form.addRow("", self.carries_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.format_combo.currentIndexChanged.connect(self._suffix_follows_format)
        self.format_combo.currentIndexChanged.connect(self._show_what_it_carries)
        self.path_edit.textChanged.connect(self._show_what_it_carries)
        self._show_what_it_carries()
        fit_to_screen(self)

    def _show_what_it_carries(self) -> None:
        text = self.path_edit.text().strip()
        self.carries_label.setText(carries(self.format_combo.currentData(), Path(text) if text else None))

    def _suffix_follows_format(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(SUFFIXES[self.format_combo.currentData()])))

    def _browse(self) -> None:
        suffix = SUFFIXES[self.format_combo.currentData()]
        name, _ = QFileDialog.getSaveFileName(
            self, translate("export_dialog", "Export assets to"), f"assets{suffix}", f"*{suffix}"
        )
        if name:
            self.path_edit.setText(name)

    def run_export(self) -> bool:
        """Write the export with a progress dialog; errors are shown in the dialog, plainly."""
        text = self.path_edit.text().strip()
        if not text:
            self.message_label.setText(translate("export_dialog", "Choose where to save the export."))
            return False
        fmt = self.format_combo.currentData()
        tier = self.tier_combo.currentData()
        chosen = self.current_filter if self.filter_check.isChecked() else None

        def work(progress: Progress, cancelled: Cancelled) -> ExportResult:
            return export_assets(
                self.register,
                Path(text),
                fmt,
                tier=tier,
                asset_filter=chosen,
                progress=progress,
                cancelled=cancelled,
            )

        try:
            result = run_with_progress(
                self,
                translate("export_dialog", "Exporting"),
                translate("export_dialog", "Exporting to {name}…").format(name=Path(text).name),
                work,
            )
        except ExportCancelledError as exc:
            self.message_label.setText(str(exc))
            return False
        except AssetMapError as exc:
            self.message_label.setText(str(exc))
            return False
        self.export_result = result
        notes = " ".join(result.notes)
        problems = " " + _schema_problems(len(result.problems)) if result.problems else ""
        self.message_label.setText(
            translate("export_dialog", "Exported {count} assets to {name}.").format(
                count=number(result.count), name=result.path.name
            )
            + f" {notes}{problems}"
        )
        self.exported.emit(result)
        self.accept()
        return True
