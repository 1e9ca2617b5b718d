"""The import wizard, driven page by page on real files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

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
    assert "3,100 ready to import" in wizard.preview_page.counts_label.text()
    assert wizard.preview_page.table.rowCount() > 0
    wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY
    assert wizard.summary_page.summary_label.text().startswith("Added 3,100")
    assert len(changes) == 1 and len(changes[0].added) == 3100
    pharmacies = [a for a in register.assets() if "pharmacy" in (a.subcategory or "").casefold()]
    assert pharmacies and {a.category for a in pharmacies} == {"institutions"}
    saved = wizard.save_rejected(tmp_path / "rejected.csv")
    assert saved.read_text(encoding="utf-8-sig").count("Name is required.") == 1111


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
