"""The import wizard: file, sheet or layer, columns, categories, the check, the import, and a summary.

Every rule lives in ``assetmap.io``; the pages only collect choices and show what the core found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from assetmap.errors import AssetMapError
from assetmap.io.category_values import CategoryChoice
from assetmap.io.importer import (
    ADD,
    SKIP,
    UPDATE,
    ImportSummary,
    commit_import,
    plan_import,
    write_rejected_rows,
)
from assetmap.io.mapping import (
    COORDINATE_MODES,
    FIELDS,
    ColumnMapping,
    guess_mapping,
    refresh_category_values,
)
from assetmap.io.preview import ImportPreview, build_preview
from assetmap.io.source import SourceTable, open_source, parts_of
from assetmap.register.importing import ImportCancelledError
from assetmap.register.records import Change
from assetmap.register.store import Register
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate, vocabulary
from assetmap.ui.local_format import number
from assetmap.ui.screen_fit import fit_to_screen
from assetmap.ui.tasks import Cancelled, Progress, run_with_progress

FILE_FILTER = QT_TRANSLATE_NOOP(
    "import_wizard",
    "Lists and layers (*.csv *.tsv *.txt *.xlsx *.geojson *.json *.gpkg *.zip *.kml *.kmz);;All files (*)",
)
NOT_MAPPED = QT_TRANSLATE_NOOP("import_wizard", "(not used)")
NOT_PLACED = QT_TRANSLATE_NOOP("import_wizard", "(choose a category)")
_WIZARD_HINTS = {
    "name": QT_TRANSLATE_NOOP("import_wizard", "go back and choose the column that holds the names"),
    "category": QT_TRANSLATE_NOOP(
        "import_wizard",
        "go back and give a default category, or choose the category column and place its values",
    ),
}
_CHOICE_LABELS = {
    SKIP: QT_TRANSLATE_NOOP("import_wizard", "Skip"),
    UPDATE: QT_TRANSLATE_NOOP("import_wizard", "Update the existing asset"),
    ADD: QT_TRANSLATE_NOOP("import_wizard", "Add as a new asset"),
}
_SHOWN_ROWS = 2_000
PAGE_FILE, PAGE_PART, PAGE_COLUMNS, PAGE_CATEGORIES, PAGE_PREVIEW, PAGE_SUMMARY = range(6)
WIZARD_SIZE = (760, 640)


def _side_button(text: str, parent: QWidget) -> QPushButton:
    """A page's own button; Enter still goes to Next or Import, never to it."""
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    return button


def import_button_text(count: int) -> str:
    return translate("import_wizard", "Import %Ln asset(s)", None, count)


def _key(choice: CategoryChoice) -> str:
    """A category choice as combo-box data (Qt compares text reliably, Python objects not)."""
    return f"{choice.category}\t{choice.subcategory or ''}"


def _choice(key: str) -> CategoryChoice:
    category, _tab, sub = key.partition("\t")
    return CategoryChoice(category, sub or None)


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("import_wizard", "Choose a file"))
        self.setSubTitle(
            translate(
                "import_wizard", "CSV or TSV, Excel (.xlsx), GeoJSON, GeoPackage, zipped Shapefile or KML."
            )
        )
        self._wizard = wizard
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(translate("import_wizard", "File to import"))
        browse = _side_button(translate("import_wizard", "Browse…"), self)
        browse.clicked.connect(self._browse)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.registerField("path*", self.path_edit)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("import_wizard", "Import assets from"),
            "",
            translate("import_wizard", FILE_FILTER),
        )
        if name:
            self.path_edit.setText(name)

    def validatePage(self) -> bool:
        try:
            self._wizard.parts = parts_of(Path(self.path_edit.text().strip()))
        except AssetMapError as exc:
            self.error_label.setText(str(exc))
            return False
        self.error_label.clear()
        if not self._wizard.parts or len(self._wizard.parts) == 1:
            return self._wizard.read_table(
                self._wizard.parts[0] if self._wizard.parts else None, self.error_label
            )
        return True

    def nextId(self) -> int:
        return PAGE_PART if len(self._wizard.parts) > 1 else PAGE_COLUMNS


class _PartPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("import_wizard", "Choose the sheet or layer"))
        self._wizard = wizard
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(translate("import_wizard", "Sheet or layer"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.combo.clear()
        self.combo.addItems(self._wizard.parts)

    def validatePage(self) -> bool:
        return self._wizard.read_table(self.combo.currentText(), self.error_label)


class _ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("import_wizard", "Which column holds what"))
        self.setSubTitle(translate("import_wizard", "AssetMap has guessed; change anything it got wrong."))
        self._wizard = wizard
        self.field_combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for name in FIELDS:
            combo = QComboBox(self)
            combo.setAccessibleName(translate("import_wizard", "Column for {field}").format(field=name))
            self.field_combos[name] = combo
            form.addRow(vocabulary(name.replace("_", " ").capitalize()), combo)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setAccessibleName(translate("import_wizard", "Locations"))
        for mode, label in COORDINATE_MODES.items():
            self.mode_combo.addItem(vocabulary(label), mode)
        self.x_combo = QComboBox(self)
        self.y_combo = QComboBox(self)
        self.default_combo = QComboBox(self)
        self.x_combo.setAccessibleName(translate("import_wizard", "Longitude, easting or WKT column"))
        self.y_combo.setAccessibleName(translate("import_wizard", "Latitude or northing column"))
        self.default_combo.setAccessibleName(translate("import_wizard", "Category for rows without one"))
        form.addRow(translate("import_wizard", "Locations"), self.mode_combo)
        form.addRow(translate("import_wizard", "Longitude, easting or WKT column"), self.x_combo)
        form.addRow(translate("import_wizard", "Latitude or northing column"), self.y_combo)
        form.addRow(translate("import_wizard", "Category for rows without one"), self.default_combo)
        save = _side_button(translate("import_wizard", "Save mapping…"), self)
        save.clicked.connect(self._save)
        # One row per field: taller than a laptop screen, so the rows scroll and the buttons stay on screen.
        body = QWidget(self)
        body.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        table, mapping = self._wizard.table, self._wizard.mapping
        assert table is not None and mapping is not None
        for name, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(translate("import_wizard", NOT_MAPPED), None)
            for column in table.columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.fields.get(name))))
        for combo, value in ((self.x_combo, mapping.x_column), (self.y_combo, mapping.y_column)):
            combo.clear()
            combo.addItem(translate("import_wizard", NOT_MAPPED), None)
            for column in table.columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mapping.coordinates))
        self.default_combo.clear()
        self.default_combo.addItem(translate("import_wizard", "(none: such rows are not imported)"), None)
        for category in self._wizard.categories:
            self.default_combo.addItem(vocabulary(category.label), category.code)
        self.default_combo.setCurrentIndex(max(0, self.default_combo.findData(mapping.default_category)))

    def mapping(self) -> ColumnMapping:
        old = self._wizard.mapping or ColumnMapping()
        fields = {n: c.currentData() for n, c in self.field_combos.items() if c.currentData()}
        return ColumnMapping(
            fields=fields,
            coordinates=self.mode_combo.currentData(),
            x_column=self.x_combo.currentData(),
            y_column=self.y_combo.currentData(),
            categories=dict(old.categories) if old.fields.get("category") == fields.get("category") else {},
            default_category=self.default_combo.currentData(),
        )

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("import_wizard", "Save the column mapping"),
            "mapping.json",
            translate("import_wizard", "Mapping (*.json)"),
        )
        if name:
            self.mapping().save(name)

    def validatePage(self) -> bool:
        self._wizard.mapping = self.mapping()
        assert self._wizard.table is not None
        refresh_category_values(self._wizard.table, self._wizard.mapping, self._wizard.categories)
        return True

    def nextId(self) -> int:
        mapping = self._wizard.mapping
        has_values = mapping is not None and mapping.fields.get("category") and mapping.categories
        return PAGE_CATEGORIES if has_values else PAGE_PREVIEW


class _CategoriesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("import_wizard", "Place each category value"))
        self.setSubTitle(
            translate(
                "import_wizard",
                "Each value in the file's category column goes to an ABCD category (and subcategory).",
            )
        )
        self._wizard = wizard
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(translate("import_wizard", "Category for each value in the file"))
        self.table.setHorizontalHeaderLabels(
            [translate("import_wizard", "Value in the file"), translate("import_wizard", "ABCD category")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        mapping = self._wizard.mapping
        assert mapping is not None
        self.combos.clear()
        self.table.setRowCount(len(mapping.categories))
        for row, (value, choice) in enumerate(mapping.categories.items()):
            item = QTableWidgetItem(value)  # user text: shown as plain text
            self.table.setItem(row, 0, item)
            combo = QComboBox(self.table)
            combo.setAccessibleName(
                translate("import_wizard", "ABCD category for {value}").format(value=value)
            )
            combo.addItem(translate("import_wizard", NOT_PLACED), None)
            for category in self._wizard.categories:
                label = vocabulary(category.label)
                combo.addItem(label, _key(CategoryChoice(category.code)))
                for sub in category.subcategories:
                    combo.addItem(f"{label} / {sub}", _key(CategoryChoice(category.code, sub)))
            index = combo.findData(_key(choice)) if choice is not None else 0
            combo.setCurrentIndex(max(0, index))
            self.table.setCellWidget(row, 1, combo)
            self.combos[value] = combo

    def validatePage(self) -> bool:
        mapping = self._wizard.mapping
        assert mapping is not None
        for value, combo in self.combos.items():
            key = combo.currentData()
            mapping.categories[value] = _choice(key) if key else None
        return True


class _PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("import_wizard", "Check before importing"))
        self.setCommitPage(True)  # once imported, Back cannot lead to importing the rows twice
        self._wizard = wizard
        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)
        self.for_all_combo = QComboBox(self)
        for choice, label in _CHOICE_LABELS.items():
            self.for_all_combo.addItem(translate("import_wizard", label), choice)
        self.for_all_combo.setAccessibleName(translate("import_wizard", "For all likely duplicates"))
        self.for_all_combo.currentIndexChanged.connect(self._choices_changed)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(translate("import_wizard", "Problems found in the file, by row"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("import_wizard", "Row"),
                translate("import_wizard", "Kind"),
                translate("import_wizard", "Problem"),
                translate("import_wizard", "If a duplicate"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("import_wizard", "For all likely duplicates:"), self))
        row.addWidget(self.for_all_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        self.row_combos: dict[int, QComboBox] = {}

    def initializePage(self) -> None:
        self.message_label.clear()
        wizard = self._wizard
        assert wizard.table is not None and wizard.mapping is not None
        try:
            table, mapping = wizard.table, wizard.mapping
            wizard.preview = run_with_progress(
                wizard,
                translate("import_wizard", "Checking"),
                translate("import_wizard", "Checking {count} rows…").format(count=number(len(table))),
                lambda _p, _c: build_preview(table, mapping, wizard.register),
                cancellable=False,
            )
        except AssetMapError as exc:
            wizard.preview = None
            self.counts_label.setText(str(exc))
            self.table.setRowCount(0)
            return
        preview = wizard.preview
        c = preview.counts()
        self.counts_label.setText(
            translate(
                "import_wizard",
                "{rows} rows: {ready} ready to import ({warnings} with warnings, "
                "{duplicates} likely duplicates); {errors} with errors will not be imported.",
            ).format(**{key: number(c[key]) for key in ("rows", "ready", "warnings", "duplicates", "errors")})
        )
        # A problem on (nearly) every row is said once, above the rows, and not repeated on each.
        causes = preview.common_causes(
            {field: translate("import_wizard", hint) for field, hint in _WIZARD_HINTS.items()}
        )
        said = {(cause.field, m) for cause in causes for m in cause.messages}
        extra = [cause.text() for cause in causes] + preview.notes
        if extra:
            self.counts_label.setText("\n".join([self.counts_label.text(), *extra]))
        lines = [
            (p, i)
            for p, issues in sorted(preview.issues.items())
            for i in issues
            if (i.field, i.message) not in said
        ][:_SHOWN_ROWS]
        self.table.setRowCount(len(lines))
        self.row_combos.clear()
        for row, (position, issue) in enumerate(lines):
            self.table.setItem(row, 0, QTableWidgetItem(str(preview.row_number(position))))
            self.table.setItem(row, 1, QTableWidgetItem(vocabulary(issue.severity)))
            self.table.setItem(row, 2, QTableWidgetItem(issue.message))
            if (
                position in preview.duplicates
                and preview.importable[position]
                and position not in self.row_combos
            ):
                combo = QComboBox(self.table)
                combo.setAccessibleName(
                    translate("import_wizard", "If row {row} is a duplicate").format(
                        row=preview.row_number(position)
                    )
                )
                combo.addItem(translate("import_wizard", "As for all"), None)
                for choice, label in _CHOICE_LABELS.items():
                    combo.addItem(translate("import_wizard", label), choice)
                self.table.setCellWidget(row, 3, combo)
                self.row_combos[position] = combo
                combo.currentIndexChanged.connect(self._choices_changed)
        self._choices_changed()

    def to_import(self) -> int:
        """How many assets the import adds or updates with the duplicate choices as they stand."""
        preview = self._wizard.preview
        if preview is None:
            return 0
        plan = plan_import(preview, duplicates=self.for_all_combo.currentData(), choices=self.choices())
        return plan.written

    def _choices_changed(self) -> None:
        self.setButtonText(QWizard.WizardButton.CommitButton, import_button_text(self.to_import()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.to_import() > 0

    def choices(self) -> dict[int, str]:
        return {p: c.currentData() for p, c in self.row_combos.items() if c.currentData()}

    def validatePage(self) -> bool:
        return self._wizard.commit(self.for_all_combo.currentData(), self.choices(), self.message_label)


class _SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("import_wizard", "Imported"))
        self._wizard = wizard
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.save_button = _side_button(translate("import_wizard", "Save rejected rows…"), self)
        self.save_button.clicked.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        summary = self._wizard.summary
        assert summary is not None
        self.summary_label.setText(
            translate(
                "import_wizard",
                "Added {added}, updated {updated}, skipped {skipped} duplicates, rejected {rejected} rows "
                "with errors.",
            ).format(
                added=number(summary.added),
                updated=number(summary.updated),
                skipped=number(summary.skipped),
                rejected=number(len(summary.rejected)),
            )
        )
        self.save_button.setEnabled(bool(summary.rejected))

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("import_wizard", "Save rejected rows"),
            translate("import_wizard", "rejected rows.csv"),
            translate("import_wizard", "CSV (*.csv)"),
        )
        if name:
            self._wizard.save_rejected(Path(name))


class ImportWizard(QWizard):
    """Import a list into the register; ``imported`` carries the :class:`Change` after the commit."""

    imported = Signal(object)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("import_wizard", "Import assets"))
        self.register = register
        self.categories = register.categories()
        self.parts: list[str] = []
        self.table: SourceTable | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self.file_page = _FilePage(self)
        self.part_page = _PartPage(self)
        self.columns_page = _ColumnsPage(self)
        self.categories_page = _CategoriesPage(self)
        self.preview_page = _PreviewPage(self)
        self.summary_page = _SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.part_page,
                self.columns_page,
                self.categories_page,
                self.preview_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.setStartId(PAGE_FILE)
        fit_to_screen(self, *WIZARD_SIZE)

    def read_table(self, part: str | None, error_label: QLabel) -> bool:
        path = Path(self.file_page.path_edit.text().strip())
        try:
            self.table = run_with_progress(
                self,
                translate("import_wizard", "Reading"),
                translate("import_wizard", "Reading {name}…").format(name=path.name),
                lambda _p, _c: open_source(path, part),
                cancellable=False,
            )
        except AssetMapError as exc:
            error_label.setText(str(exc))
            return False
        self.mapping = guess_mapping(self.table, self.categories)
        return True

    def commit(self, for_all: str, choices: dict[int, str], message_label: QLabel) -> bool:
        """Write the checked rows with a progress dialog whose Cancel undoes everything."""
        preview = self.preview
        assert preview is not None

        def work(progress: Progress, cancelled: Cancelled) -> ImportSummary:
            return commit_import(
                self.register,
                preview,
                duplicates=for_all,
                choices=choices,
                progress=progress,
                cancelled=cancelled,
            )

        try:
            self.summary = run_with_progress(
                self,
                translate("import_wizard", "Importing"),
                translate("import_wizard", "Importing {count} rows…").format(count=number(len(preview))),
                work,
            )
        except ImportCancelledError as exc:
            message_label.setText(str(exc))
            return False
        except AssetMapError as exc:
            message_label.setText(
                translate("import_wizard", "Nothing was imported: {error}").format(error=exc)
            )
            return False
        self.imported.emit(self.summary.change)
        return True

    def save_rejected(self, path: Path) -> Path:
        assert self.preview is not None and self.summary is not None
        return write_rejected_rows(self.preview, self.summary.rejected, path)

    def last_change(self) -> Change | None:
        return self.summary.change if self.summary else None
