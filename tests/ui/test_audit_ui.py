"""Who is using AssetMap (asked at first start, remembered, recorded) and the audit trail viewer."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from assetmap.register import Register, audit
from assetmap.register.connection import write_unit
from assetmap.register.lock import InstanceLock
from assetmap.settings import Preferences, load_preferences, save_preferences
from assetmap.ui import app as app_module
from assetmap.ui import audit_dialog
from assetmap.ui.app import AppWindows
from assetmap.ui.audit_dialog import PAGE, AuditDialog
from assetmap.ui.user_dialog import UserDialog, user_at_first_start
from assetmap.ui.welcome import RegisterRequest
from tests.ui.conftest import READY_MS

LIBRARY = {"name": "Bolton Library", "category": "institutions", "lon": -2.4296, "lat": 53.5779}
OLD_DAY = dt.datetime(2026, 1, 10, 12, 0)


def answer_user_dialog(name: str | None, seen: list[str]) -> None:
    """Once the "Who is using AssetMap" dialog is open, note its name, then type ``name`` and press OK
    (or Cancel, for ``None``)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UserDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.name_edit.text())
        if name is None:
            dialog.reject()
            return
        dialog.name_edit.setText(name)
        dialog.accept()

    QTimer.singleShot(0, answer)


# -- who is using AssetMap ----------------------------------------------------------------------------


def test_the_first_start_asks_who_is_using_assetmap_with_the_os_account_filled_in(qtbot) -> None:
    seen: list[str] = []
    answer_user_dialog("Amira Khan", seen)

    chosen = user_at_first_start(Preferences())

    assert seen == [audit.default_user()]
    assert chosen.user_name == "Amira Khan"
    assert load_preferences().user_name == "Amira Khan"
    # Remembered: the next start asks nothing (a dialog here would wait for ever).
    assert user_at_first_start(load_preferences()).user_name == "Amira Khan"


def test_cancelling_the_first_start_question_keeps_the_os_account_and_asks_again_next_time(qtbot) -> None:
    seen: list[str] = []
    answer_user_dialog(None, seen)

    assert user_at_first_start(Preferences()).user_name == ""
    assert seen == [audit.default_user()]
    assert load_preferences().user_name == ""


@pytest.mark.web
def test_the_app_asks_at_first_start_before_it_opens_a_register(qapp, tmp_path: Path) -> None:
    path = tmp_path / "busy.assetmap"
    Register.open(path).close()
    held = InstanceLock(path)
    held.acquire()
    seen: list[str] = []
    told: list[str] = []

    def refused() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, refused)
            return
        told.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    answer_user_dialog("Amira Khan", seen)
    QTimer.singleShot(0, refused)
    try:
        assert app_module.run_app(path) == 1
    finally:
        held.release()
    assert seen == [audit.default_user()]
    assert "already open" in told[0]
    assert load_preferences().user_name == "Amira Khan"


def test_the_user_dialog_names_its_controls_and_refuses_a_blank_name(qtbot) -> None:
    dialog = UserDialog("Amira Khan")
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Amira Khan"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name_edit.setText("   ")
    assert not ok.isEnabled()
    dialog.name_edit.setText("  Bilal\n Hussain  ")
    assert dialog.chosen() == "Bilal Hussain"
    assert _unnamed_controls(dialog) == []


@pytest.mark.web
def test_the_chosen_name_is_recorded_by_the_windows_writes_and_can_be_changed_from_the_menu(
    qtbot, tmp_path: Path
) -> None:
    save_preferences(Preferences(user_name="Amira Khan"))
    windows = AppWindows(load_preferences())
    try:
        window = windows.open(RegisterRequest(tmp_path / "team.assetmap", new=True))
        assert window is not None
        with qtbot.waitSignal(window.map_view.ready, timeout=READY_MS):
            pass
        register = window.register
        assert register.user == "Amira Khan"
        first = register.add_asset(**LIBRARY).added[0]

        menu_items = {a.text(): a for m in window.menuBar().actions() for a in m.menu().actions()}
        assert menu_items["Audit &trail…"].shortcut().toString() == "Ctrl+Shift+A"
        seen: list[str] = []
        answer_user_dialog("Bilal Hussain", seen)
        menu_items["&Who is using AssetMap…"].trigger()

        assert seen == ["Amira Khan"]
        assert register.user == "Bilal Hussain"
        assert windows.preferences.user_name == window.preferences.user_name == "Bilal Hussain"
        assert load_preferences().user_name == "Bilal Hussain"
        register.update_asset(first, cost="free")
        assert [(e.user, e.action) for e in register.audit_trail()] == [
            ("Amira Khan", "add"),
            ("Bilal Hussain", "update"),
        ]

        menu_items["Audit &trail…"].trigger()
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, AuditDialog) and w.isVisible()
        )
        assert _column(dialog, 1) == ["Bilal Hussain", "Amira Khan"]
        assert _column(dialog, 4) == ["Bolton Library", "Bolton Library"]
        dialog.close()
    finally:
        windows.close_all()


# -- the viewer ------------------------------------------------------------------------------------------


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    with Register.open(tmp_path / "team.assetmap", user="Amira Khan") as opened:
        yield opened


@pytest.fixture
def viewer(qtbot) -> Callable[[Register], AuditDialog]:
    def make(register: Register) -> AuditDialog:
        dialog = AuditDialog(register)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def _column(dialog: AuditDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _seed(register: Register) -> dict[str, str]:
    """A few entries by two people, with an asset, a person and an erased person, and one old entry."""
    library = register.add_asset(**LIBRARY).added[0]
    jo = register.add_person("Jo Bloggs").id
    register.record_consent(jo, "named", method="paper")
    gone = register.add_person("Erased Person").id
    register.erase_person(gone)
    register.user = "Bilal Hussain"
    register.update_asset(library, cost="free")
    register.link_person(jo, library, "runs")
    with write_unit(register.engine) as conn:
        audit.append(conn, "Old Colleague", "remove", "asset", [library], OLD_DAY)
    return {"library": library, "jo": jo, "gone": gone}


def test_the_viewer_lists_the_trail_newest_first_with_names_resolved_on_screen(register, viewer) -> None:
    ids = _seed(register)
    dialog = viewer(register)

    assert _column(dialog, 2) == [
        "Removed",
        "Linked",
        "Changed",
        "Erased",
        "Added",
        "Recorded consent",
        "Added",
        "Added",
    ]
    assert _column(dialog, 4) == [
        "Bolton Library",
        "Jo Bloggs",
        "Bolton Library",
        "Erased person",
        "Erased person",
        "Jo Bloggs",
        "Jo Bloggs",
        "Bolton Library",
    ]
    assert _column(dialog, 5)[:3] == [ids["library"], ids["jo"], ids["library"]]
    assert _column(dialog, 1)[:3] == ["Old Colleague", "Bilal Hussain", "Bilal Hussain"]
    assert _column(dialog, 3)[:2] == ["Asset", "Person"]
    assert "entries" in dialog.status.text()


def test_the_viewer_filters_by_action_user_record_and_dates(register, viewer) -> None:
    ids = _seed(register)
    dialog = viewer(register)

    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("add"))
    assert _column(dialog, 4) == ["Erased person", "Jo Bloggs", "Bolton Library"]
    dialog.action_combo.setCurrentIndex(0)

    dialog.user_combo.setCurrentIndex(dialog.user_combo.findText("Bilal Hussain"))
    assert _column(dialog, 2) == ["Linked", "Changed"]
    dialog.user_combo.setCurrentIndex(0)

    dialog.record_edit.setText("bolton lib")
    assert _column(dialog, 2) == ["Removed", "Changed", "Added"]
    dialog.record_edit.setText(ids["jo"])
    assert _column(dialog, 2) == ["Linked", "Recorded consent", "Added"]
    dialog.record_edit.setText(ids["gone"])
    assert _column(dialog, 2) == ["Erased", "Added"]
    dialog.record_edit.setText("no record is called this")
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "No entries match these filters."
    assert not dialog.export_button.isEnabled()
    dialog.record_edit.clear()

    dialog.from_date.setDate(QDate(2026, 1, 9))
    dialog.to_date.setDate(QDate(2026, 1, 11))
    assert dialog.model.rowCount() == 8  # dates count only once ticked
    dialog.from_check.setChecked(True)
    dialog.to_check.setChecked(True)
    assert _column(dialog, 1) == ["Old Colleague"]
    dialog.to_check.setChecked(False)
    dialog.from_date.setDate(QDate.currentDate().addDays(1))
    assert dialog.model.rowCount() == 0


def test_a_name_that_matches_too_many_records_asks_for_more_of_it(register, viewer, monkeypatch) -> None:
    monkeypatch.setattr(audit_dialog, "MAX_MATCHES", 2)
    for town in ("Bolton", "Bury", "Wigan"):
        register.add_asset(name=f"{town} Library", category="institutions")
    dialog = viewer(register)

    dialog.record_edit.setText("library")
    assert dialog.model.rowCount() == 0
    assert dialog.status.text().startswith("More than 2 records match")
    dialog.record_edit.setText("bury library")
    assert _column(dialog, 4) == ["Bury Library"]


def test_the_viewer_reads_a_long_trail_a_page_at_a_time(register, viewer, qtmodeltester) -> None:
    register.add_assets([{"name": f"Group {i}", "category": "associations"} for i in range(PAGE * 2 + 50)])
    dialog = viewer(register)
    model = dialog.model

    assert model.rowCount() == PAGE and model.canFetchMore()
    assert "scroll down for older ones" in dialog.status.text()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE * 2 + 50 and not model.canFetchMore()
    seqs = [entry.seq for entry in model.entries()]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == len(seqs)
    assert dialog.status.text() == f"{PAGE * 2 + 50} entries."
    qtmodeltester.check(model)


def test_copy_and_csv_carry_the_filtered_trail_with_ids_and_no_names(
    register, viewer, tmp_path: Path
) -> None:
    ids = _seed(register)
    register.user = '=HYPERLINK("http://x")'
    register.update_asset(ids["library"], cost="paid")
    dialog = viewer(register)
    dialog.record_edit.setText("Bolton")

    path = dialog.export_csv(tmp_path / "trail")
    dialog.copy_trail()

    assert path == tmp_path / "trail.csv"
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert [r["action"] for r in rows] == ["update", "remove", "update", "add"]
    assert {r["record_id"] for r in rows} == {ids["library"]}
    assert rows[0]["user"] == '\'=HYPERLINK("http://x")'
    assert "Bolton" not in text and "Jo Bloggs" not in text
    assert rows[1]["time_utc"] == "2026-01-10T12:00:00+00:00"
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:3] == ["time_utc", "user", "action"]
    assert len(copied) == 5 and "Bolton" not in QApplication.clipboard().text()


def test_a_csv_that_cannot_be_written_is_explained(register, viewer, tmp_path: Path, monkeypatch) -> None:
    _seed(register)
    dialog = viewer(register)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))

    assert dialog.export_csv(tmp_path / "no such folder" / "trail.csv") is None
    assert "no such folder" in said[0] and "Choose a folder" in said[0]


def test_hostile_names_show_as_plain_text(register, viewer, hostile_strings: list[str]) -> None:
    for text in hostile_strings[:10]:
        register.add_asset(name=text, category="associations")
    dialog = viewer(register)
    assert sorted(_column(dialog, 4)) == sorted(hostile_strings[:10])


def test_every_control_of_the_viewer_has_an_accessible_name(register, viewer) -> None:
    _seed(register)
    dialog = viewer(register)
    assert _unnamed_controls(dialog) == []


def _unnamed_controls(dialog: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name (a spin box's or combo's own line edit
    is part of it)."""
    kinds = (QComboBox, QLineEdit, QDateEdit, QCheckBox, QPushButton, QTableView)
    unnamed = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        if not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()}")
    return unnamed
