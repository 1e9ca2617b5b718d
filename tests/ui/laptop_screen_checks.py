"""On a 1366x768 laptop screen every window and dialog fits, with every button on screen.

Not collected by itself: ``test_laptop_screen.py`` runs this file in a pytest of its own on the laptop-sized
offscreen screen (``ASSETMAP_TEST_SCREEN=offscreen_screen_1366x768.json``). Screenshots go to each test's
tmp folder.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget, QWizard

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import read_bundle
from assetmap.bundles.planning import plan_merge
from assetmap.geo.boundaries import gm_boundaries
from assetmap.register.store import Register
from assetmap.reports.layer import options as report_options
from assetmap.ui.about import AboutDialog
from assetmap.ui.asset_form import AssetForm
from assetmap.ui.boundaries_dialog import BoundariesDialog
from assetmap.ui.export_dialog import ExportDialog
from assetmap.ui.import_wizard import (
    PAGE_CATEGORIES,
    PAGE_COLUMNS,
    PAGE_PART,
    PAGE_PREVIEW,
    PAGE_SUMMARY,
    ImportWizard,
)
from assetmap.ui.merge_dialog import MergeDialog
from assetmap.ui.removed_dialog import RemovedDialog
from assetmap.ui.report_actions import KINDS, ReportContents
from assetmap.ui.report_dialog import ReportExportDialog
from tests.ui.conftest import open_window

LAPTOP = QSize(1366, 768)


@pytest.fixture(autouse=True)
def on_a_laptop_screen(qapp) -> None:
    size = QGuiApplication.primaryScreen().availableGeometry().size()
    assert size == LAPTOP, f"these checks need the 1366x768 offscreen screen, not {size}"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = Register.open(tmp_path / "laptop.assetmap")
    reg.add_asset(name="Knit Club", category="associations", lon=-2.2374, lat=53.4808)
    gone = reg.add_asset(name="Old Hall", category="physical_spaces", lon=-2.24, lat=53.48).added[0]
    reg.remove_assets([gone])
    yield reg
    reg.close()


def _in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def check_fits(qtbot, window: QWidget, buttons: Iterable[QAbstractButton], shot: Path) -> None:
    """The frame lies in the screen's available geometry and each shown button is whole inside it."""
    qtbot.waitExposed(window)
    qtbot.wait(50)  # a layout pass after showing
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()), (window.windowTitle(), window.frameGeometry(), area)
    shown = [b for b in buttons if b.isVisible()]
    assert shown, f"{window.windowTitle()}: no buttons shown"
    for button in shown:
        assert window.rect().contains(_in_window(button)), (window.windowTitle(), button.text())
        # Nothing clips it: the part of the button that can be painted is all of it.
        assert button.visibleRegion().boundingRect() == button.rect(), (window.windowTitle(), button.text())
    assert window.grab().save(str(shot))


def box_buttons(dialog: QWidget) -> list[QAbstractButton]:
    return [b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()]


def _show(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_main_window_fits_with_its_map_table_and_toolbar(
    qtbot, register: Register, tmp_path: Path
) -> None:
    window = open_window(qtbot, register)
    try:
        toolbar = window.findChild(QWidget, "mainToolbar")
        tool_buttons = [b for b in toolbar.findChildren(QAbstractButton) if b.defaultAction() is not None]
        check_fits(qtbot, window, tool_buttons, tmp_path / "main_window.png")
        for part in (window.table, window.map_view, window.statusBar()):
            assert part.isVisible() and window.rect().contains(_in_window(part))
        assert window.map_view.width() >= 320 and window.map_view.height() >= 300
        assert window.frameGeometry().height() <= LAPTOP.height()
    finally:
        window.shut_down()
        window.close()


def wizard_buttons(wizard: ImportWizard) -> list[QAbstractButton]:
    which = QWizard.WizardButton
    kinds = (which.BackButton, which.NextButton, which.CommitButton, which.FinishButton, which.CancelButton)
    return [wizard.button(kind) for kind in kinds]


def test_the_import_wizard_fits_on_every_page(
    qtbot, register: Register, reference_data: Path, tmp_path: Path
) -> None:
    wizard = _show(qtbot, ImportWizard(register))
    check_fits(qtbot, wizard, wizard_buttons(wizard), tmp_path / "wizard_file.png")
    wizard.file_page.path_edit.setText(str(reference_data / "demo" / "gm_community_assets.csv"))
    for page in (PAGE_COLUMNS, PAGE_CATEGORIES, PAGE_PREVIEW, PAGE_SUMMARY):
        wizard.next()
        assert wizard.currentId() == page
        check_fits(qtbot, wizard, wizard_buttons(wizard), tmp_path / f"wizard_{page}.png")


def test_the_import_wizard_fits_while_choosing_a_sheet(qtbot, register: Register, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Groups"
    book.active.append(["name", "category", "lon", "lat"])
    book.active.append(["Knit Club", "associations", -2.2374, 53.4808])
    book.create_sheet("Notes").append(["nothing here"])
    path = tmp_path / "two sheets.xlsx"
    book.save(path)
    wizard = _show(qtbot, ImportWizard(register))
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == PAGE_PART
    check_fits(qtbot, wizard, wizard_buttons(wizard), tmp_path / "wizard_part.png")


def test_the_asset_form_fits_for_adding_and_editing(qtbot, register: Register, tmp_path: Path) -> None:
    boundaries = register.boundaries()
    form = _show(qtbot, AssetForm(register.categories(), None, boundaries.ward_names))
    check_fits(qtbot, form, box_buttons(form), tmp_path / "asset_form.png")
    asset = register.assets()[0]
    edit = _show(qtbot, AssetForm(register.categories(), None, boundaries.ward_names, asset))
    check_fits(qtbot, edit, box_buttons(edit), tmp_path / "asset_form_edit.png")


def test_the_export_dialog_fits(qtbot, register: Register, tmp_path: Path) -> None:
    dialog = _show(qtbot, ExportDialog(register))
    check_fits(qtbot, dialog, box_buttons(dialog), tmp_path / "export.png")


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_report_dialog_fits(qtbot, register: Register, kind: str, tmp_path: Path) -> None:
    dialog = _show(qtbot, ReportExportDialog(kind, report_options(), ReportContents.read(register, kind)))
    check_fits(qtbot, dialog, box_buttons(dialog), tmp_path / f"report_{kind}.png")


def test_the_boundaries_dialog_fits_with_a_file_chosen(qtbot, register: Register, tmp_path: Path) -> None:
    from tests.ui.test_boundaries_dialog import _leeds

    dialog = _show(qtbot, BoundariesDialog(register))
    check_fits(qtbot, dialog, box_buttons(dialog), tmp_path / "boundaries.png")
    dialog.set_file(_leeds(tmp_path))
    check_fits(qtbot, dialog, [*box_buttons(dialog), dialog.import_button], tmp_path / "boundaries_file.png")


def test_the_merge_dialog_fits(qtbot, register: Register, tmp_path: Path) -> None:
    other = Register.open(tmp_path / "other.assetmap")
    try:
        other.add_asset(name="New from the other laptop", category="associations")
        bundle = tmp_path / "other.assetmap-bundle"
        export_bundle(other, bundle)
        dialog = _show(qtbot, MergeDialog(register, plan_merge(register, read_bundle(bundle))))
        check_fits(qtbot, dialog, box_buttons(dialog), tmp_path / "merge.png")
    finally:
        other.close()


def test_the_removed_dialog_fits(qtbot, register: Register, tmp_path: Path) -> None:
    dialog = _show(qtbot, RemovedDialog(register))
    check_fits(qtbot, dialog, box_buttons(dialog), tmp_path / "removed.png")


def test_the_about_box_fits(qtbot, tmp_path: Path) -> None:
    dialog = _show(qtbot, AboutDialog(gm_boundaries()))
    check_fits(qtbot, dialog, box_buttons(dialog), tmp_path / "about.png")


def test_a_window_size_remembered_on_a_larger_screen_shrinks_to_this_one(
    qtbot, register: Register, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMainWindow

    from assetmap.ui.main_window import window_settings

    big = QMainWindow()
    big.setGeometry(200, 120, 1800, 1000)  # as saved on a 1920x1080 screen
    settings = window_settings()
    settings.setValue("geometry", big.saveGeometry())
    settings.sync()
    window = open_window(qtbot, register)
    try:
        tool_buttons = [
            b
            for b in window.findChild(QWidget, "mainToolbar").findChildren(QAbstractButton)
            if b.defaultAction() is not None
        ]
        check_fits(qtbot, window, tool_buttons, tmp_path / "main_window_restored.png")
    finally:
        window.shut_down()
        window.close()


def test_the_people_dialogs_fit(qtbot, register: Register, tmp_path: Path) -> None:
    from PySide6.QtGui import QUndoStack

    from assetmap.ui.consent_dialog import ConsentDialog
    from assetmap.ui.people_actions import PeopleEdits
    from assetmap.ui.people_panel import PeopleDialog
    from assetmap.ui.person_form import EraseDialog, GiftDialog, PersonForm

    person = register.add_person("Amina Begum", notes="Met at the summer fair")
    register.add_gift(person.id, name="Teaches sewing")
    register.record_consent(person.id, "public", method="paper")
    edits = PeopleEdits(register, QUndoStack(), lambda _c: None, lambda _e: None, lambda: None)
    people = _show(qtbot, PeopleDialog(edits))
    check_fits(qtbot, people, [*box_buttons(people)], tmp_path / "people.png")
    form = _show(qtbot, PersonForm(edits, person.id))
    check_fits(qtbot, form, box_buttons(form), tmp_path / "person_form.png")
    for name, dialog in (
        ("consent", ConsentDialog(person.name, lambda **_v: None)),
        ("gift", GiftDialog(register, person.name)),
        ("erase", EraseDialog(person.name, 1)),
    ):
        shown = _show(qtbot, dialog)
        check_fits(qtbot, shown, box_buttons(shown), tmp_path / f"{name}.png")
