"""The import wizard, driven page by page on real files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton, QWizard

from assetmap.register.store import Register
from assetmap.ui.import_wizard import (
    PAGE_CATEGORIES,
    PAGE_COLUMNS,
    PAGE_PART,
    PAGE_PREVIEW,
    PAGE_SUMMARY,
    ImportWizard,
)


@pytest.fixture
def register(tmp_path: Path):
    reg = Register.open(tmp_path / "r.assetmap")
    yield reg
    reg.close()


def _wizard(qtbot, register: Register) -> ImportWizard:
    wizard = ImportWizard(register)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_importing_the_demo_csv_through_every_page(
    qtbot, register: Register, reference_data: Path, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, register)
    changes = []
    wizard.imported.connect(changes.append)
    wizard.file_page.path_edit.setText(str(reference_data / "demo" / "gm_community_assets.csv"))
    wizard.next()
    assert wizard.currentId() == PAGE_COLUMNS
    page = wizard.columns_page
    assert page.field_combos["name"].currentText() == "name"
    assert page.mode_combo.currentData() == "lonlat"
    assert (page.x_combo.currentText(), page.y_combo.currentText()) == ("lon", "lat")
    wizard.next()
    assert wizard.currentId() == PAGE_CATEGORIES
    combos = wizard.categories_page.combos
    assert combos["library"].currentText() == "Institutions / Library"
    combos["pharmacy"].setCurrentIndex(combos["pharmacy"].findText("Institutions"))
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    assert "4,211 ready to import" in wizard.preview_page.counts_label.text()
    assert wizard.preview_page.table.rowCount() > 0
    wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY
    assert wizard.summary_page.summary_label.text().startswith("Added 4,211")
    assert len(changes) == 1 and len(changes[0].added) == 4211
    pharmacies = [a for a in register.assets() if "pharmacy" in (a.subcategory or "").casefold()]
    assert pharmacies and {a.category for a in pharmacies} == {"institutions"}
    # Unnamed records are named from their kind and ward rather than rejected.
    assert sum("(unnamed) in " in a.name for a in register.assets()) == 1111
    saved = wizard.save_rejected(tmp_path / "rejected.csv")
    assert len(saved.read_text(encoding="utf-8-sig").splitlines()) == 1  # the header alone


def test_duplicates_can_be_chosen_per_row(qtbot, register: Register, tmp_path: Path) -> None:
    register.add_asset(name="Knit Club", category="associations", lon=-2.2374, lat=53.4808, description="old")
    path = tmp_path / "rows.csv"
    path.write_text(
        "name,category,description,lon,lat\nKnit Club,associations,new,-2.2374,53.4808\n", encoding="utf-8"
    )
    wizard = _wizard(qtbot, register)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()  # columns
    wizard.next()  # categories
    assert wizard.currentId() == PAGE_PREVIEW
    combo = wizard.preview_page.row_combos[0]
    combo.setCurrentIndex(combo.findData("update"))
    wizard.next()
    assert wizard.summary.updated == 1
    assert register.assets()[0].description == "new"


def test_a_workbook_asks_for_the_sheet_and_a_bad_file_is_explained(
    qtbot, register: Register, tmp_path: Path
) -> None:
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["notes"])
    sheet = book.create_sheet("Groups")
    sheet.append(["Name", "Category", "Postcode"])
    sheet.append(["Food Bank", "food bank", "M1 1AD"])
    book.save(path)
    bad = tmp_path / "bad.geojson"
    bad.write_text("not json", encoding="utf-8")
    wizard = _wizard(qtbot, register)
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    assert wizard.currentId() == 0
    assert "bad.geojson: this is not valid JSON" in wizard.file_page.error_label.text()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == PAGE_PART
    wizard.part_page.combo.setCurrentText("Groups")
    wizard.next()
    assert wizard.currentId() == PAGE_COLUMNS
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.summary.added == 1
    assert register.assets()[0].category == "local_economy"


def test_cancelling_the_import_leaves_the_register_as_it_was(
    qtbot, register: Register, tmp_path: Path
) -> None:
    register.add_asset(name="Already here", category="institutions")
    before = [(a.id, a.name, a.version) for a in register.assets()]
    path = tmp_path / "many.csv"
    rows = "".join(f"Group {i},associations,-2.24,53.48\n" for i in range(60_000))
    path.write_text("name,category,lon,lat\n" + rows, encoding="utf-8")
    wizard = _wizard(qtbot, register)
    changes = []
    wizard.imported.connect(changes.append)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()  # columns
    wizard.next()  # categories
    assert wizard.currentId() == PAGE_PREVIEW

    def press_cancel_once_started() -> None:
        dialog = wizard.findChild(QProgressDialog, "taskProgress")
        if dialog is None or dialog.value() <= 0:
            QTimer.singleShot(5, press_cancel_once_started)
        else:
            dialog.findChild(QPushButton).click()

    QTimer.singleShot(0, press_cancel_once_started)
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW  # the wizard stays to try again
    assert "cancel" in wizard.preview_page.message_label.text().casefold()
    assert changes == []
    assert [(a.id, a.name, a.version) for a in register.assets()] == before


def test_the_preview_says_a_problem_on_every_row_once_above_the_rows(
    qtbot, register: Register, tmp_path: Path
) -> None:
    path = tmp_path / "no_type.csv"
    rows = "".join(f"Hall {i},-2.24,53.48\n" for i in range(50))
    path.write_text("name,lon,lat\n" + rows, encoding="utf-8")
    wizard = _wizard(qtbot, register)
    wizard.file_page.path_edit.setText(str(path))
    while wizard.currentId() != PAGE_PREVIEW:
        wizard.next()
    text = wizard.preview_page.counts_label.text()
    assert "All 50 rows have no category" in text and "give a default category" in text
    assert wizard.preview_page.table.rowCount() == 0


def _two_rows_one_a_duplicate(qtbot, register: Register, tmp_path: Path) -> ImportWizard:
    register.add_asset(name="Knit Club", category="associations", lon=-2.2374, lat=53.4808)
    path = tmp_path / "rows.csv"
    path.write_text(
        "name,category,lon,lat\n"
        "Knit Club,associations,-2.2374,53.4808\n"
        "Chess Club,associations,-2.24,53.48\n",
        encoding="utf-8",
    )
    wizard = _wizard(qtbot, register)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()  # columns
    wizard.next()  # categories
    assert wizard.currentId() == PAGE_PREVIEW
    return wizard


def test_the_import_button_counts_the_assets_the_duplicate_choices_will_write(
    qtbot, register: Register, tmp_path: Path
) -> None:
    wizard = _two_rows_one_a_duplicate(qtbot, register, tmp_path)
    page = wizard.preview_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "Import 1 asset"  # the duplicate is skipped
    page.for_all_combo.setCurrentIndex(page.for_all_combo.findData("update"))
    assert commit.text() == "Import 2 assets"
    page.for_all_combo.setCurrentIndex(page.for_all_combo.findData("add"))
    assert commit.text() == "Import 2 assets"
    row = page.row_combos[0]
    row.setCurrentIndex(row.findData("skip"))  # this row's own choice wins over "for all"
    assert commit.text() == "Import 1 asset"
    wizard.next()
    assert (wizard.summary.added, wizard.summary.updated, wizard.summary.skipped) == (1, 0, 1)


def test_only_duplicates_all_skipped_offer_no_import(qtbot, register: Register, tmp_path: Path) -> None:
    register.add_asset(name="Knit Club", category="associations", lon=-2.2374, lat=53.4808)
    path = tmp_path / "rows.csv"
    path.write_text("name,category,lon,lat\nKnit Club,associations,-2.2374,53.4808\n", encoding="utf-8")
    wizard = _wizard(qtbot, register)
    wizard.file_page.path_edit.setText(str(path))
    for _page in range(3):
        wizard.next()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Import 0 assets" and not commit.isEnabled()
    page = wizard.preview_page
    page.for_all_combo.setCurrentIndex(page.for_all_combo.findData("add"))
    assert commit.text() == "Import 1 asset" and commit.isEnabled()


def _press_enter(qtbot, wizard: ImportWizard) -> None:
    target = QApplication.focusWidget() or wizard
    assert target.window() is wizard
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_enter_goes_next_imports_and_finishes_never_saving_rejected_rows(
    qtbot, register: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked_to_save: list[object] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: asked_to_save.append(args) or ("", "")
    )
    path = tmp_path / "rows.csv"
    path.write_text("name,category,lon,lat\nChess Club,associations,-2.24,53.48\n,associations,0,0\n")
    wizard = _wizard(qtbot, register)
    wizard.activateWindow()
    wizard.file_page.path_edit.setFocus()
    wizard.file_page.path_edit.setText(str(path))
    finished: list[int] = []
    wizard.finished.connect(finished.append)
    for page in (PAGE_COLUMNS, PAGE_CATEGORIES, PAGE_PREVIEW, PAGE_SUMMARY):
        _press_enter(qtbot, wizard)
        assert wizard.currentId() == page
    assert wizard.summary.added == 1 and wizard.summary_page.save_button.isEnabled()
    wizard.summary_page.save_button.setFocus()  # even with the focus on it
    _press_enter(qtbot, wizard)
    assert finished == [QWizard.DialogCode.Accepted] and asked_to_save == []
