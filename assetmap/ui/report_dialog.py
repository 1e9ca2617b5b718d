"""The dialog of the Reports menu: every choice of one document, a preview of its first pages, and its file.

It starts from the Abundance panel's choices (area, measure, categories, tier) and shows them as controls
the person can change for this document, with the paper, title, language and the whole path of the file.
The preview is made by the core's :func:`assetmap.reports.files.make_document`, as Save makes the document.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assetmap import paths
from assetmap.languages import LANGUAGES
from assetmap.register import sharing
from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.reports.analysis import DOCUMENT_SIZES, PAGE_SIZES, PageSetup, ReportOptions
from assetmap.reports.files import make_document
from assetmap.reports.measures import MEASURES
from assetmap.reports.privacy import PARTNER_NOTICE
from assetmap.reports.progress import CancelCheck
from assetmap.reports.selection import ReportInputError, resolve_area, resolve_categories
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, translate
from assetmap.ui.report_actions import KINDS, ReportContents, path_problem
from assetmap.ui.report_preview import MakeDocument, ReportPreview
from assetmap.ui.screen_fit import fit_to_screen
from assetmap.ui.ward_picker import WardChecklist

WINDOW_TITLES = {
    "report": QT_TRANSLATE_NOOP("report_dialog", "Save the commissioner report"),
    "map": QT_TRANSLATE_NOOP("report_dialog", "Save a map sheet"),
    "html": QT_TRANSLATE_NOOP("report_dialog", "Save a shareable interactive map"),
}
TIER_TEXTS = {
    sharing.PUBLIC: QT_TRANSLATE_NOOP("report_dialog", "Public assets"),
    sharing.PARTNERS: QT_TRANSLATE_NOOP("report_dialog", "Public and partner-only assets"),
}
CHOSEN_WARDS = "wards"  # the area combo's item for an area chosen ward by ward
# Characters no file name may hold on Windows, macOS or Linux.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name_for(title: str, suffix: str) -> str:
    """A file name made from a document's title: its words, without characters file names cannot hold."""
    stem = " ".join(_NOT_IN_FILE_NAMES.sub(" ", title).split()).strip(". ")[:120]
    return f"{stem or 'AssetMap'}{suffix}"


def report_settings() -> QSettings:
    """The dialog's remembered choices and size (``report-dialog.ini`` in the config folder)."""
    return QSettings(str(paths.config_dir() / "report-dialog.ini"), QSettings.Format.IniFormat)


def _measure_text(key: str, walk_m: int) -> str:
    """A measure's name in the window's language (the core's words go through the "vocabulary" catalogue)."""
    if key == "reach":
        return translate("report_dialog", "Share of postcodes within {metres} m of an asset").format(
            metres=f"{walk_m:,}"
        )
    return translate("vocabulary", MEASURES[key].label)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ReportExportDialog(QDialog):
    """Every choice of one document, shown and changeable, with a preview and the whole path to save to."""

    def __init__(
        self,
        kind: str,
        options: ReportOptions,
        contents: ReportContents,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportExportDialog")
        self.kind = kind
        self.base = options
        self.contents = contents
        self.settings = settings or report_settings()
        self._path_chosen = False  # once the person types or browses a path, the title no longer names it
        b = contents.boundaries
        self.setWindowTitle(translate("report_dialog", WINDOW_TITLES[kind]))

        self.area_combo = QComboBox()
        self.area_combo.addItem(b.area_name, None)
        for name in sorted(b.district_names.values(), key=str.casefold):
            self.area_combo.addItem(name, name)
        self.area_combo.addItem(translate("report_dialog", "Wards chosen below"), CHOSEN_WARDS)
        self.wards = WardChecklist(b)
        self.wards.list.setMinimumHeight(90)
        self.wards.list.setMaximumHeight(150)
        self.measure_combo = QComboBox()
        for key in MEASURES:
            if key != "per1000" or b.population:
                self.measure_combo.addItem(_measure_text(key, options.walk_m), key)
        self.category_boxes: dict[str, QCheckBox] = {}
        self.categories_box = QGroupBox(translate("report_dialog", "&Categories"))
        grid = QGridLayout(self.categories_box)
        for index, category in enumerate(ABCD_CATEGORIES):
            box = QCheckBox(translate("vocabulary", category.label))  # the core's words, translated
            box.setIcon(_swatch(category.colour))
            self.category_boxes[category.code] = box
            grid.addWidget(box, index // 2, index % 2)
        self.tier_combo = QComboBox()
        for tier in sharing.REPORT.tiers:
            self.tier_combo.addItem(translate("report_dialog", TIER_TEXTS[tier]), tier)
        self.tier_note = QLabel(
            translate(
                "report_dialog",
                "Private assets are never included. People's gifts and skills are only counted, and "
                "only with each person's consent to this tier; a person is named only if they agreed "
                "to be named.",
            )
        )
        self.tier_note.setWordWrap(True)
        self.partner_notice = QLabel(PARTNER_NOTICE)
        self.partner_notice.setStyleSheet(
            "font-weight: 600; border: 1px solid palette(text); padding: 2px 6px;"
        )
        self.page_combo = QComboBox()
        # A map sheet can also be a poster (A1, A0) for the wall; a report is read in the hand.
        self.page_combo.addItems(list(PAGE_SIZES if kind == "map" else DOCUMENT_SIZES))
        self.landscape_check = QCheckBox(translate("report_dialog", "&Landscape"))
        self.title_edit = QLineEdit(options.title or "")
        self.title_edit.setPlaceholderText(translate("report_dialog", "Default: named after the area"))
        self.prepared_edit = QLineEdit(options.prepared_by or "")
        self.language_combo = QComboBox()
        for lang in LANGUAGES.values():
            shown = (
                lang.native_name
                if lang.native_name == lang.english_name
                else (f"{lang.native_name} ({lang.english_name})")
            )
            self.language_combo.addItem(shown, lang.code)

        self.path_edit = QLineEdit()
        self.path_edit.setMinimumWidth(420)
        self.browse_button = QPushButton(translate("report_dialog", "Bro&wse…"))
        self.browse_button.setAutoDefault(False)
        self.path_message = QLabel()
        self.path_message.setObjectName("path_message")
        self.path_message.setTextFormat(Qt.TextFormat.PlainText)
        self.path_message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("report_dialog", "&Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("report_dialog", "Cancel")
        )
        self.preview = ReportPreview(self._prepare_preview)
        if kind == "html":
            # A web page has no pages: the preview shows its map, with the same choices, as a sheet.
            self.preview.setTitle(
                translate("report_dialog", "Preview: a web page has no pages, so this is its map as a sheet")
            )
        self._lay_out()
        self._show_choices(options)
        self._restore()
        self._connect()
        self._lock_last_category()
        self._update_area()
        self._update_tier()
        self._update_save()
        fit_to_screen(self, 1200, 720)
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_to_screen(self, self.width(), self.height())

    # -- building --------------------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(translate("report_dialog", "&Area"), self.area_combo)
        search_label = QLabel(translate("report_dialog", "Fin&d a ward"))
        search_label.setBuddy(self.wards.search_edit)
        form.addRow(search_label, self.wards)
        form.addRow(translate("report_dialog", "&Measure"), self.measure_combo)
        form.addRow(self.categories_box)
        form.addRow(translate("report_dialog", "&Include"), self.tier_combo)
        form.addRow(self.tier_note)
        form.addRow(self.partner_notice)
        if self.kind != "html":
            paper = QHBoxLayout()
            paper.addWidget(self.page_combo)
            paper.addWidget(self.landscape_check)
            paper.addStretch(1)
            paper_label = QLabel(translate("report_dialog", "Pa&per"))
            paper_label.setBuddy(self.page_combo)
            form.addRow(paper_label, paper)
        form.addRow(translate("report_dialog", "&Title"), self.title_edit)
        if self.kind != "html":
            form.addRow(translate("report_dialog", "Prepared &by"), self.prepared_edit)
        form.addRow(translate("report_dialog", "Lang&uage"), self.language_combo)
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.addLayout(form)
        column.addStretch(1)  # the rows keep their height when the column is taller than they need
        choices_scroll = QScrollArea()
        choices_scroll.setWidgetResizable(True)
        choices_scroll.setWidget(choices)
        choices_scroll.setMinimumWidth(440)
        choices_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top = QHBoxLayout()
        top.addWidget(choices_scroll, 0)
        top.addWidget(self.preview, 1)

        path_row = QHBoxLayout()
        path_label = QLabel(translate("report_dialog", "Save t&o"))
        path_label.setBuddy(self.path_edit)
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(path_row)
        layout.addWidget(self.path_message)
        layout.addWidget(self.buttons)
        order: list[QWidget] = [
            self.area_combo,
            self.wards.search_edit,
            self.wards.list,
            self.measure_combo,
            *self.category_boxes.values(),
            self.tier_combo,
        ]
        if self.kind != "html":
            order += [self.page_combo, self.landscape_check]
        order.append(self.title_edit)
        if self.kind != "html":
            order.append(self.prepared_edit)
        order += [self.language_combo, self.preview.refresh_button, self.path_edit, self.browse_button]
        order += [self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _show_choices(self, options: ReportOptions) -> None:
        """Set the controls to ``options`` (the Abundance panel's choices)."""
        area = options.area
        if area is None or (isinstance(area, str) and self.area_combo.findData(area) >= 0):
            self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(area)))
        else:
            try:
                codes = resolve_area(area, boundaries=self.contents.boundaries).ward_codes
            except ReportInputError:
                codes = ()
            self.area_combo.setCurrentIndex(self.area_combo.findData(CHOSEN_WARDS))
            self.wards.set_checked(codes)
        self.measure_combo.setCurrentIndex(max(0, self.measure_combo.findData(options.measure)))
        chosen = resolve_categories(options.categories)
        for code, box in self.category_boxes.items():
            box.setChecked(code in chosen)
        self.tier_combo.setCurrentIndex(max(0, self.tier_combo.findData(options.tier)))
        if self.page_combo.findText(options.page.size) >= 0:
            self.page_combo.setCurrentText(options.page.size)
        self.landscape_check.setChecked(options.page.landscape)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(options.language)))

    def _restore(self) -> None:
        """The choices particular to a document, as last saved: paper, orientation, language, who prepared."""
        s, kind = self.settings, self.kind
        page = s.value(f"{kind}/page")
        if isinstance(page, str) and self.page_combo.findText(page) >= 0:
            self.page_combo.setCurrentText(page)
        landscape = s.value(f"{kind}/landscape")
        if landscape is not None:
            self.landscape_check.setChecked(str(landscape).casefold() == "true")
        language = s.value("language")
        if isinstance(language, str) and self.language_combo.findData(language) >= 0:
            self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        prepared = s.value("prepared_by")
        if not self.prepared_edit.text() and isinstance(prepared, str):
            self.prepared_edit.setText(prepared)

    def _connect(self) -> None:
        for combo in (
            self.area_combo,
            self.measure_combo,
            self.tier_combo,
            self.page_combo,
            self.language_combo,
        ):
            combo.currentIndexChanged.connect(self._choices_changed)
        for box in self.category_boxes.values():
            box.toggled.connect(self._categories_toggled)
        self.landscape_check.toggled.connect(self._choices_changed)
        self.wards.changed.connect(self._choices_changed)
        for edit in (self.title_edit, self.prepared_edit):
            edit.textChanged.connect(self._choices_changed)
        self.path_edit.textChanged.connect(self._update_save)
        self.path_edit.textEdited.connect(self._path_typed)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- reacting --------------------------------------------------------------------------------------------

    def _choices_changed(self) -> None:
        self._update_area()
        self._update_tier()
        if not self._path_chosen:
            self.path_edit.setText(str(self._default_path()))
        self._update_save()
        self.preview.schedule()

    def _categories_toggled(self) -> None:
        self._lock_last_category()
        self._choices_changed()

    def _lock_last_category(self) -> None:
        # At least one category stays chosen: the last one checked cannot be unchecked.
        checked = [box for box in self.category_boxes.values() if box.isChecked()]
        for box in self.category_boxes.values():
            box.setEnabled(not (len(checked) == 1 and box.isChecked()))

    def _update_area(self) -> None:
        self.wards.setEnabled(self.area_combo.currentData() == CHOSEN_WARDS)

    def _update_tier(self) -> None:
        self.partner_notice.setVisible(self.tier_combo.currentData() == sharing.PARTNERS)

    def _path_typed(self) -> None:
        self._path_chosen = True

    def _choice_problem(self) -> str | None:
        if self.area_combo.currentData() == CHOSEN_WARDS and not self.wards.checked_codes():
            return translate(
                "report_dialog", "Tick at least one ward in the list, or choose a district or the whole area."
            )
        return None

    def problem(self) -> str | None:
        """What stops the document being saved, in plain words (the choices, then the path), or None."""
        return self._choice_problem() or path_problem(self.kind, self.path_edit.text())

    def _update_save(self) -> None:
        if not self.path_edit.text():
            self.path_edit.setText(str(self._default_path()))
            return
        problem = self.problem()
        if problem is None and self.path().exists():
            message = translate("report_dialog", "{name} is already there and will be replaced.").format(
                name=self.path().name
            )
        else:
            message = problem or ""
        self.path_message.setText(message)
        self.path_message.setStyleSheet("font-weight: 600;" if problem else "")
        self.path_edit.setToolTip(self.path_edit.text())
        self.save_button.setEnabled(problem is None)

    def _default_folder(self) -> Path:
        remembered = self.settings.value("folder")
        if isinstance(remembered, str) and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if documents and Path(documents).is_dir():
            return Path(documents)
        return Path.home()

    def _default_path(self) -> Path:
        current = self.path_edit.text().strip()
        folder = Path(current).expanduser().parent if current else self._default_folder()
        return folder / file_name_for(self.document_title(), KINDS[self.kind][2][0])

    def _browse(self) -> None:
        _name, filters, _endings = KINDS[self.kind]
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("report_dialog", WINDOW_TITLES[self.kind]),
            self.path_edit.text(),
            translate("report_actions", filters),  # marked where KINDS is declared,
        )
        if path:
            self._path_chosen = True
            self.path_edit.setText(path)

    def _prepare_preview(self) -> MakeDocument:
        """Read the choices now (on the UI thread); the work makes their document as Save does."""
        problem = self._choice_problem()
        if problem is not None:
            raise ReportInputError(problem)
        kind = "map" if self.kind == "html" else self.kind  # a web page has no pages: its map as a sheet
        options, contents = self.options(), self.contents

        def make(cancelled: CancelCheck) -> bytes:
            return make_document(kind, options, contents, cancelled=cancelled)

        return make

    # -- what the menu reads ---------------------------------------------------------------------------------

    def chosen_area(self) -> str | list[str] | None:
        """``None`` for the whole area, a district's name, or the chosen wards' codes."""
        data = self.area_combo.currentData()
        if data == CHOSEN_WARDS:
            return self.wards.checked_codes()
        return data

    def document_title(self) -> str:
        """The title typed, or the one the document will have (named after the area)."""
        typed = self.title_edit.text().strip()
        if typed:
            return typed
        try:
            area = resolve_area(self.chosen_area(), boundaries=self.contents.boundaries)
        except ReportInputError:
            return "AssetMap"
        return f"Community assets in {area.name}"

    def options(self) -> ReportOptions:
        return dataclasses.replace(
            self.base,
            area=self.chosen_area(),
            measure=self.measure_combo.currentData(),
            categories=[code for code, box in self.category_boxes.items() if box.isChecked()],
            tier=self.tier_combo.currentData(),
            title=self.title_edit.text().strip() or None,
            prepared_by=self.prepared_edit.text().strip() or None,
            page=PageSetup(self.page_combo.currentText(), self.landscape_check.isChecked()),
            language=self.language_combo.currentData(),
        )

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.preview.images and not self.preview.busy:
            self.preview.schedule()

    def accept(self) -> None:
        if self.problem() is not None:
            return  # Enter in a field while saving is not possible: the message above the buttons says why
        s, kind = self.settings, self.kind
        s.setValue(f"{kind}/page", self.page_combo.currentText())
        s.setValue(f"{kind}/landscape", self.landscape_check.isChecked())
        s.setValue("language", self.language_combo.currentData())
        s.setValue("prepared_by", self.prepared_edit.text().strip())
        s.setValue("folder", str(self.path().parent))
        super().accept()

    def done(self, result: int) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.sync()
        self.preview.stop()
        super().done(result)
