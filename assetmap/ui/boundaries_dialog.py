"""File → Ward boundaries…: which wards the register uses, importing another area's, or going back to GM's."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import AssetMapError
from assetmap.io.boundaries import (
    ROLE_LABELS,
    BoundaryFields,
    PopulationTable,
    describe_boundaries,
    guess_fields,
    guess_population_columns,
    import_boundaries,
    read_population_csv,
)
from assetmap.io.layers import layer_names, read_layer
from assetmap.io.source import open_source
from assetmap.register.store import Register
from assetmap.ui.appearance import error_label
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.local_format import number
from assetmap.ui.screen_fit import fit_to_screen

log = logging.getLogger(__name__)

FILE_FILTER = QT_TRANSLATE_NOOP(
    "boundaries_dialog", "Ward boundaries (*.geojson *.json *.gpkg *.zip *.shp);;All files (*)"
)
CSV_FILTER = QT_TRANSLATE_NOOP(
    "boundaries_dialog", "Residents by ward code (*.csv *.tsv *.txt);;All files (*)"
)
NONE = QT_TRANSLATE_NOOP("boundaries_dialog", "(none)")
_OPTIONAL = ("district_code", "district_name", "population")


class BoundariesDialog(QDialog):
    """Shows the register's wards; imports others from a file, or goes back to the bundled GM wards.

    Emits ``changed`` with the register's :class:`Change` once new wards are in the register.
    """

    changed = Signal(object)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(translate("boundaries_dialog", "Ward boundaries"))
        self.setMinimumWidth(520)

        self.current_label = QLabel()
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        self.current_label.setWordWrap(True)

        self.file_edit, file_row = _chosen_file_row(
            translate("boundaries_dialog", "GeoJSON, GeoPackage or zipped Shapefile of ward polygons"),
            translate("boundaries_dialog", "Boundary file"),
            translate("boundaries_dialog", "&Choose file…"),
            self._choose_file,
        )

        self.layer_combo = QComboBox()
        self.layer_combo.setAccessibleName(translate("boundaries_dialog", "Layer"))
        self.layer_combo.currentIndexChanged.connect(self._read_fields)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("boundaries_dialog", "e.g. Leeds wards (May 2023)"))
        self.name_edit.setAccessibleName(translate("boundaries_dialog", "Name for these wards"))
        self.name_edit.textChanged.connect(self._update_buttons)
        self.field_combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(translate("boundaries_dialog", "File:"), file_row)
        form.addRow(translate("boundaries_dialog", "Layer:"), self.layer_combo)
        form.addRow(translate("boundaries_dialog", "Name:"), self.name_edit)
        for role, label in ROLE_LABELS.items():
            combo = QComboBox()
            combo.setAccessibleName(
                translate("boundaries_dialog", "{label} field").format(label=vocabulary(label.capitalize()))
            )
            combo.currentIndexChanged.connect(self._update_buttons)
            self.field_combos[role] = combo
            if role in _OPTIONAL:
                row_label = translate("boundaries_dialog", "{label} (optional):")
            else:
                row_label = translate("boundaries_dialog", "{label}:")
            form.addRow(row_label.format(label=label.capitalize()), combo)
        # Residents from a CSV by ward code, for boundary files that carry none (ONS ward files do not).
        self.population_edit, population_row = _chosen_file_row(
            translate("boundaries_dialog", "A CSV of residents by ward code, if the file has none"),
            translate("boundaries_dialog", "Residents CSV"),
            translate("boundaries_dialog", "Choose &CSV…"),
            self._choose_population_csv,
        )
        self.population_code_combo = QComboBox()
        self.population_code_combo.setAccessibleName(
            translate("boundaries_dialog", "Residents CSV ward code column")
        )
        self.population_column_combo = QComboBox()
        self.population_column_combo.setAccessibleName(
            translate("boundaries_dialog", "Residents CSV residents column")
        )
        form.addRow(translate("boundaries_dialog", "Residents from a CSV (optional):"), population_row)
        form.addRow(translate("boundaries_dialog", "CSV ward code column:"), self.population_code_combo)
        form.addRow(translate("boundaries_dialog", "CSV residents column:"), self.population_column_combo)
        self._population_path: Path | None = None
        self.import_button = QPushButton(translate("boundaries_dialog", "&Import and use these wards"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_wards)
        group = QGroupBox(translate("boundaries_dialog", "Import another area's wards"))
        group_layout = QVBoxLayout(group)
        explain = QLabel(
            translate(
                "boundaries_dialog",
                "Any UK district's wards can be used, for example ONS ward boundaries (fields such as WD23CD "
                "and WD23NM). They are kept in this register, and every asset is placed in them again.",
            )
        )
        explain.setWordWrap(True)
        group_layout.addWidget(explain)
        group_layout.addLayout(form)
        group_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignRight)

        self.error_label = error_label()
        self.error_label.setObjectName("boundaryError")
        self.result_label = QLabel()
        self.result_label.setObjectName("boundaryResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        self.bundled_button = QPushButton(
            translate("boundaries_dialog", "Use the bundled &Greater Manchester wards")
        )
        self.bundled_button.clicked.connect(self.use_bundled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.bundled_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addWidget(group)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self._path: Path | None = None
        self._show_current()
        self._update_buttons()
        fit_to_screen(self)

    # -- reading the file ----------------------------------------------------------------

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("boundaries_dialog", "Ward boundaries"),
            "",
            translate("boundaries_dialog", FILE_FILTER),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Read a file's layers and fields, and fill in the guesses (also for tests and drag and drop)."""
        self._path = None
        self.file_edit.setText(str(path))
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        try:
            layers = layer_names(path) if path.suffix.lower() in (".gpkg", ".zip") else []
        except AssetMapError as exc:
            self._fail(exc)
            layers = []
        self.layer_combo.addItems(layers)
        self.layer_combo.setEnabled(len(layers) > 1)
        self.layer_combo.blockSignals(False)
        self._path = path
        if not self.name_edit.text().strip():
            self.name_edit.setText(path.stem.replace("_", " "))
        self._read_fields()

    def _read_fields(self) -> None:
        if self._path is None:
            return
        self._clear_error()
        try:
            columns = read_layer(self._path, self.layer_combo.currentText() or None).columns
        except AssetMapError as exc:
            columns = []
            self._fail(exc)
        guess = guess_fields(columns)
        for role, combo in self.field_combos.items():
            combo.blockSignals(True)
            combo.clear()
            if role in _OPTIONAL or not columns:
                combo.addItem(translate("boundaries_dialog", NONE), None)
            for column in columns:
                combo.addItem(column, column)
            found = combo.findData(guess.get(role))
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)
        self._update_buttons()

    def _choose_population_csv(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("boundaries_dialog", "Residents by ward code"),
            "",
            translate("boundaries_dialog", CSV_FILTER),
        )
        if name:
            self.set_population_csv(Path(name))

    def set_population_csv(self, path: Path) -> None:
        """Offer a CSV's columns for joining residents by ward code, with the guesses chosen."""
        self._clear_error()
        self._population_path = None
        self.population_edit.setText(str(path))
        try:
            columns = open_source(path).columns
        except AssetMapError as exc:
            self._fail(exc)
            columns = []
        guess = guess_population_columns(columns)
        combos = ((self.population_code_combo, "code"), (self.population_column_combo, "population"))
        for combo, role in combos:
            combo.clear()
            for column in columns:
                combo.addItem(column, column)
            found = combo.findData(guess.get(role))
            combo.setCurrentIndex(max(found, 0))
        if columns:
            self._population_path = path

    def residents(self) -> PopulationTable | None:
        """The residents chosen from a CSV, or ``None``; raises ``AssetMapError`` if they cannot be read."""
        if self._population_path is None:
            return None
        return read_population_csv(
            self._population_path,
            code_column=self.population_code_combo.currentData(),
            population_column=self.population_column_combo.currentData(),
        )

    def fields(self) -> BoundaryFields | None:
        chosen = {role: combo.currentData() for role, combo in self.field_combos.items()}
        if not chosen["code"] or not chosen["name"]:
            return None
        return BoundaryFields(
            chosen["code"],
            chosen["name"],
            chosen["district_code"],
            chosen["district_name"],
            chosen["population"],
        )

    # -- writing -------------------------------------------------------------------------

    def import_wards(self) -> None:
        fields = self.fields()
        if self._path is None or fields is None or not self.name_edit.text().strip():
            return
        self._clear_error()
        try:
            done = import_boundaries(
                self.register,
                self._path,
                fields,
                name=self.name_edit.text(),
                layer=self.layer_combo.currentText() or None,
                residents=self.residents(),
            )
        except AssetMapError as exc:
            self._fail(exc)
            return
        self._show_current()
        notes = "".join(f" {note}" for note in done.notes)
        self.result_label.setText(
            translate(
                "boundaries_dialog",
                "Imported: the register now uses {wards} wards in {districts} district(s).",
            ).format(wards=number(done.wards), districts=number(done.districts))
            + f" {done.effect()}{notes}"
        )
        self.result_label.show()
        self.changed.emit(done.change)

    def use_bundled(self) -> None:
        answer = QMessageBox.question(
            self,
            translate("boundaries_dialog", "Use the Greater Manchester wards"),
            translate(
                "boundaries_dialog",
                "Go back to the bundled Greater Manchester wards? The register's own wards are removed "
                "from it (import the file again to use them again), and every asset is placed in GM's "
                "wards.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            change = self.register.use_boundaries(None)
        except AssetMapError as exc:
            self._fail(exc)
            return
        self._show_current()
        self.result_label.setText(
            translate(
                "boundaries_dialog",
                "The register uses the bundled Greater Manchester wards again; {count} assets changed ward.",
            ).format(count=number(len(change.updated)))
        )
        self.result_label.show()
        self.changed.emit(change)

    # -- state ---------------------------------------------------------------------------

    def _show_current(self) -> None:
        boundaries = self.register.boundaries()
        self.current_label.setText(describe_boundaries(boundaries))
        self.bundled_button.setEnabled(not boundaries.bundled)

    def _update_buttons(self) -> None:
        ready = self._path is not None and self.fields() is not None and bool(self.name_edit.text().strip())
        self.import_button.setEnabled(ready)

    def _fail(self, exc: Exception) -> None:
        log.info("Boundary import refused: %s", exc)
        self.error_label.setText(str(exc))
        self.error_label.show()

    def _clear_error(self) -> None:
        for label in (self.error_label, self.result_label):
            label.clear()
            label.hide()


def _chosen_file_row(
    placeholder: str, accessible_name: str, button: str, choose: Callable[[], None]
) -> tuple[QLineEdit, QHBoxLayout]:
    """A read-only path box with a button beside it that chooses the file."""
    edit = QLineEdit()
    edit.setReadOnly(True)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible_name)
    browse = QPushButton(button)
    browse.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return edit, row
