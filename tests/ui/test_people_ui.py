"""The window's people: the list, the form, consent, gifts and links, undo, and erasure."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from assetmap.register import Change, Register, consent
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.people import PersonNotFoundError
from assetmap.ui.consent_dialog import ConsentDialog, WithdrawDialog, day_text
from assetmap.ui.people_actions import PeopleEdits
from assetmap.ui.people_panel import EMPTY_TEXT, NO_REVIEW_TEXT, PeopleDialog
from assetmap.ui.person_form import AssetPicker, EraseDialog, GiftDialog, PersonForm

REPO = Path(__file__).resolve().parents[2]


def _today() -> dt.date:
    """Today when asked: a run that crosses midnight must not compare yesterday's date with today's."""
    return dt.date.today()


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = Register.open(tmp_path / "people.assetmap", user="Test worker")
    yield reg
    reg.close()


class Window:
    """What a window gives the people's dialogs: an undo stack, and a record of what it was asked to show."""

    def __init__(self) -> None:
        self.undo_stack = QUndoStack()
        self.changes: list[Change] = []
        self.refreshes = 0
        self.errors: list[Exception] = []

    def apply(self, change: Change) -> None:
        self.changes.append(change)

    def refresh(self) -> None:
        self.refreshes += 1

    def failed(self, error: Exception) -> None:
        self.errors.append(error)


@pytest.fixture
def window() -> Window:
    return Window()


@pytest.fixture
def edits(register: Register, window: Window) -> PeopleEdits:
    return PeopleEdits(register, window.undo_stack, window.apply, window.failed, window.refresh)


@pytest.fixture
def form_of(qtbot, edits: PeopleEdits) -> Callable[[str | None], PersonForm]:
    def make(person_id: str | None) -> PersonForm:
        form = PersonForm(edits, person_id)
        qtbot.addWidget(form)
        form.show()
        return form

    return make


def in_next_dialog(act: Callable[[QDialog], None]) -> None:
    """Do ``act`` to the modal dialog about to open (then it is closed by ``act`` itself)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        assert isinstance(dialog, QDialog)
        act(dialog)

    QTimer.singleShot(0, run)


# -- adding, searching, undo -----------------------------------------------------------------


def test_a_person_added_through_the_form_is_found_by_search_and_undo_takes_them_back(
    qtbot, register: Register, edits: PeopleEdits, window: Window, form_of
) -> None:
    panel = PeopleDialog(edits)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.is_empty() and panel.empty_label.text() == EMPTY_TEXT
    assert panel.empty_add.isVisible()

    form = form_of(None)
    form.name_edit.setText("Amina Begum")
    form.phone_edit.setText("0161 496 0000")
    form.contact_combo.setCurrentIndex(form.contact_combo.findData("phone"))
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted
    person = register.person(str(form.person_id))
    assert (person.name, person.phone, person.preferred_contact) == ("Amina Begum", "0161 496 0000", "phone")

    register.add_person("Bob Marsh")
    panel.reload()
    qtbot.keyClicks(panel.search, "amin")
    assert [row[0] for row in panel.row_texts()] == ["Amina Begum"]
    assert panel.row_texts()[0][1:3] == ["Phone", "No consent in force"]

    window.undo_stack.undo()
    assert [p.name for p in register.people()] == ["Bob Marsh"]
    assert panel.row_texts() == []  # the list followed the undo
    window.undo_stack.redo()
    assert register.person(person.id).name == "Amina Begum"  # the same record, same id
    assert [row[0] for row in panel.row_texts()] == ["Amina Begum"]
    assert window.errors == []


def test_a_person_needs_a_name_and_the_error_is_shown_beside_it(form_of, register: Register) -> None:
    form = form_of(None)
    form.email_edit.setText("not an email")
    form.accept()
    assert form.isVisible() and register.people() == []
    assert form.errors["name"].isVisibleTo(form) and "needs a name" in form.errors["name"].text()
    assert form.errors["email"].isVisibleTo(form) and "not an email" in form.errors["email"].text()


def test_editing_a_person_is_undone_by_writing_back_their_old_details(
    register: Register, edits: PeopleEdits, window: Window, form_of
) -> None:
    person = register.add_person("Carol Jones", phone="0161 000 1111")
    form = form_of(person.id)
    form.name_edit.setText("Carol Jones-Smith")
    form.phone_edit.clear()
    form.accept()
    assert (register.person(person.id).name, register.person(person.id).phone) == ("Carol Jones-Smith", None)
    window.undo_stack.undo()
    assert (register.person(person.id).name, register.person(person.id).phone) == (
        "Carol Jones",
        "0161 000 1111",
    )


def test_removing_a_person_from_the_list_is_undone_and_they_can_be_restored(
    qtbot, register: Register, edits: PeopleEdits, window: Window
) -> None:
    person = register.add_person("Dev Patel")
    register.add_gift(person.id, name="Fixes radios")
    panel = PeopleDialog(edits)
    qtbot.addWidget(panel)
    assert panel.select(person.id)
    panel.remove_button.click()
    assert register.person(person.id).is_removed and panel.is_empty()
    assert window.refreshes == 1  # their gift leaves what the window shows
    window.undo_stack.undo()
    assert not register.person(person.id).is_removed
    window.undo_stack.redo()
    panel.restore_check.setChecked(True)
    assert panel.row_texts()[0][0] == "Dev Patel (removed)"
    assert panel.select(person.id) and panel.remove_button.text() == "&Restore"
    panel.remove_button.click()
    assert not register.person(person.id).is_removed


def test_enter_on_a_person_in_the_list_asks_to_open_them(
    qtbot, register: Register, edits: PeopleEdits
) -> None:
    person = register.add_person("Eve Adams")
    panel = PeopleDialog(edits)
    qtbot.addWidget(panel)
    panel.show()
    panel.select(person.id)
    panel.view.setFocus()
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened.args == [person.id]


# -- consent ---------------------------------------------------------------------------------


def test_recording_consent_shows_the_state_in_force_and_is_not_an_undo_step(
    register: Register, window: Window, form_of
) -> None:
    person = register.add_person("Fay Lee")
    form = form_of(person.id)
    assert form.state_label.text() == "No consent in force: their gifts appear nowhere"
    assert not form.withdraw_button.isEnabled()

    dialog = form.consent_dialog()
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(consent.PUBLIC))
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("paper"))
    today = dialog.given_date.date().toPython()
    lapses = consent.default_lapse(today)
    assert dialog.values()["lapses_on"] == lapses  # 12 months by default
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert form.state_label.text() == (
        f"Consent in force: shown on public maps and reports (not named), until {day_text(lapses)}"
    )
    assert form.event_texts() == [
        [
            day_text(today),
            "Shown on public maps and reports (not named)",
            "Consent",
            "Paper form",
            "Test worker",
            day_text(lapses),
        ]
    ]
    assert register.consent_state(person.id).level == consent.PUBLIC
    assert window.undo_stack.count() == 0
    assert window.refreshes == 1  # the window shows the register afresh: the map follows consent
    assert form.withdraw_button.isEnabled()


def test_sharing_with_partners_needs_their_names_and_the_dialog_says_so(
    qtbot, register: Register, edits: PeopleEdits
) -> None:
    person = register.add_person("Gus Hale")
    dialog = ConsentDialog(person.name, lambda **v: edits.record_consent(person.id, **v))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.partners_edit.isEnabled()
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(consent.PARTNERS))
    assert dialog.partners_edit.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and "partner organisations" in dialog.error_label.text()
    assert register.consent_events(person.id) == []
    dialog.partners_edit.setText("Salford CVS")
    dialog.accept()
    assert register.consent_events(person.id)[0].partners == "Salford CVS"


def test_withdrawing_consent_ends_it_and_keeps_the_evidence(
    register: Register, window: Window, form_of
) -> None:
    person = register.add_person("Hana Ito")
    register.record_consent(person.id, consent.NAMED, method="spoken")
    form = form_of(person.id)
    assert form.state_label.text().startswith("Consent in force: named in reports as a connector")
    dialog = form.withdraw_dialog()
    assert "cannot be undone" in dialog.findChild(type(form.state_label)).text()
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("email"))
    dialog.accept()
    assert form.state_label.text() == "No consent in force (withdrawn): their gifts appear nowhere"
    rows = form.event_texts()
    assert [row[1] for row in rows] == ["Withdrew consent", "Named in reports as a connector"]
    assert rows[0][3] == "Email"
    assert register.consent_state(person.id).level == consent.NONE
    assert window.undo_stack.count() == 0


def test_to_review_lists_a_person_whose_consent_lapses_in_ten_days(
    qtbot, register: Register, edits: PeopleEdits
) -> None:
    soon = register.add_person("Ivy Soon")
    later = register.add_person("Jack Later")
    register.record_consent(
        soon.id,
        consent.REGISTER,
        method="paper",
        given_on=_today() - dt.timedelta(days=300),
        lapses_on=_today() + dt.timedelta(days=10),
    )
    register.record_consent(later.id, consent.PUBLIC, method="paper")
    panel = PeopleDialog(edits)
    qtbot.addWidget(panel)
    assert len(panel.row_texts()) == 2
    panel.set_to_review(True)
    assert panel.row_texts() == [
        ["Ivy Soon", "", "Kept in the register only", day_text(_today() + dt.timedelta(days=10)), "0"]
    ]
    form = PersonForm(edits, soon.id)
    qtbot.addWidget(form)
    assert "lapses within 30 days" in form.state_label.text()
    register.record_consent(soon.id, consent.REGISTER, method="phone")  # asked again: renewed
    panel.reload()
    assert panel.is_empty() and panel.empty_label.text() == NO_REVIEW_TEXT


# -- gifts and links -------------------------------------------------------------------------


def test_adding_a_gift_from_the_person_form_makes_a_gift_linked_to_them(
    register: Register, window: Window, form_of
) -> None:
    person = register.add_person("Kofi Mensah")
    form = form_of(person.id)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, GiftDialog)
        dialog.name_edit.setText("Fixes bikes")
        dialog.description_edit.setPlainText("Saturday mornings, outside the library")
        dialog.ward_combo.setCurrentIndex(dialog.ward_combo.findText("Ancoats & Beswick"))
        dialog.accept()

    in_next_dialog(fill)
    form.add_gift_button.click()

    (gift,) = register.gifts_of(person.id)
    assert (gift.name, gift.category, gift.person_id) == ("Fixes bikes", PERSONAL_CATEGORY, person.id)
    assert gift.address is None and gift.postcode is None
    assert register.boundaries().ward_names[str(gift.ward_code)] == "Ancoats & Beswick"
    # Shown inside its ward, never at a point of its own.
    assert (gift.lon, gift.lat) == register.boundaries().ward_points[str(gift.ward_code)]
    assert gift.visibility == "private"
    assert form.gift_names() == ["Fixes bikes"]
    assert window.changes[-1].added == (gift.id,)  # the window was shown the new asset
    window.undo_stack.undo()
    assert register.gifts_of(person.id) == [] and form.gift_names() == []
    window.undo_stack.redo()
    assert [g.id for g in register.gifts_of(person.id)] == [gift.id]


def test_a_gift_never_takes_an_address(qtbot, register: Register) -> None:
    dialog = GiftDialog(register, "Lena")
    qtbot.addWidget(dialog)
    assert "address" not in dialog.values()
    assert "postcode" not in dialog.values()


def test_an_existing_gift_is_linked_and_unlinked_with_undo(
    register: Register, window: Window, form_of
) -> None:
    person = register.add_person("Mo Farah")
    gift_id = register.add_asset(name="Knows everyone on the estate", category=PERSONAL_CATEGORY).added[0]
    form = form_of(person.id)

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, AssetPicker)
        dialog.search.setText("knows every")
        assert dialog.chosen_id() == gift_id
        dialog.accept()

    in_next_dialog(pick)
    form.link_gift_button.click()
    assert register.asset(gift_id).person_id == person.id
    assert form.gift_names() == ["Knows everyone on the estate"]
    form.gifts_list.setCurrentRow(0)
    form.unlink_gift_button.click()
    assert register.asset(gift_id).person_id is None
    window.undo_stack.undo()
    assert register.asset(gift_id).person_id == person.id
    window.undo_stack.undo()
    assert register.asset(gift_id).person_id is None


def test_a_person_is_linked_to_a_group_they_run_and_undo_unlinks_them(
    register: Register, window: Window, form_of
) -> None:
    person = register.add_person("Nia Owen")
    group = register.add_asset(name="Hulme Sewing Circle", category="associations").added[0]
    form = form_of(person.id)

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, AssetPicker)
        dialog.search.setText("sewing")
        dialog.relation_combo.setCurrentIndex(dialog.relation_combo.findData("runs"))
        dialog.accept()

    in_next_dialog(pick)
    form.link_button.click()
    assert [(link.asset_id, link.relation) for link in register.links_of(person.id)] == [(group, "runs")]
    assert form.links_list.item(0).text() == "Runs: Hulme Sewing Circle"
    form.links_list.setCurrentRow(0)
    form.unlink_button.click()
    assert register.links_of(person.id) == []
    window.undo_stack.undo()
    assert len(register.links_of(person.id)) == 1
    window.undo_stack.undo()
    assert register.links_of(person.id) == []


# -- erasure ---------------------------------------------------------------------------------


def test_erasing_asks_for_their_name_first_then_removes_them_for_good(
    qtbot, register: Register, edits: PeopleEdits, window: Window, form_of
) -> None:
    person = register.add_person("Olga Petrova", email="olga@example.org")
    register.add_gift(person.id, name="Teaches sewing")
    edits.add_person({"name": "Someone else"})
    assert window.undo_stack.count() == 1
    form = form_of(person.id)

    confirm = form.erase_dialog()
    qtbot.addWidget(confirm)
    assert "cannot be undone" in confirm.text_label.text()
    assert not confirm.erase_button.isEnabled()
    qtbot.keyClicks(confirm.name_edit, "Olga")
    assert not confirm.erase_button.isEnabled()

    in_next_dialog(lambda dialog: dialog.reject())
    assert form.erase() is False
    assert register.person(person.id).name == "Olga Petrova"  # said no: nothing happened

    def confirm_by_name(dialog: QDialog) -> None:
        assert isinstance(dialog, EraseDialog)
        dialog.name_edit.setText("olga petrova")
        assert dialog.erase_button.isEnabled()
        dialog.erase_button.click()

    in_next_dialog(confirm_by_name)
    assert form.erase() is True
    with pytest.raises(PersonNotFoundError):
        register.person(person.id)
    assert register.is_erased(person.id)
    assert register.gifts_of(person.id) == []
    assert not form.isVisible()
    assert window.undo_stack.count() == 0  # its steps named them; none could be redone
    assert window.refreshes == 1


def test_the_export_button_writes_everything_held_as_csv_files_and_a_readable_pdf(
    qtbot, register: Register, form_of, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import zipfile

    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    person = register.add_person("Pat Quinn", email="pat.quinn@example.org")
    register.add_gift(person.id, name="Mends bicycles")
    form = form_of(person.id)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append("warning: " + text))
    # A name without ".zip" is given one.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "pat"), ""))
    form.export_button.click()

    written = tmp_path / "pat.zip"
    assert form.last_export == written and str(written) in told[-1]
    with zipfile.ZipFile(written) as archive:
        names = archive.namelist()
        pdf = next(n for n in names if n.endswith(".pdf"))
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(archive.read(pdf))).pages)
        csv_text = "".join(archive.read(n).decode("utf-8-sig") for n in names if n.endswith(".csv"))
    assert "Pat Quinn" in text and "Mends bicycles" in text
    assert "pat.quinn@example.org" in csv_text and "Mends bicycles" in csv_text
    assert [e.action for e in register.audit_trail(record_ids=[person.id])][-1] == "export"


# -- the window ------------------------------------------------------------------------------


def test_an_asset_form_shows_whose_gift_it_is_and_opens_them(qtbot, register: Register) -> None:
    from assetmap.geo.postcodes import PostcodeIndex
    from assetmap.ui.asset_form import AssetForm

    person = register.add_person("Quinn Reyes")
    gift_id = register.add_gift(person.id, name="Cooks for fifty").added[0]
    form = AssetForm(register.categories(), PostcodeIndex.for_gm(), {}, register.asset(gift_id))
    qtbot.addWidget(form)
    opened: list[str] = []
    form.show_people(register.people_of(gift_id), lambda pid, _parent: opened.append(pid))
    assert form.people_list.item(0).text() == "Quinn Reyes (their gift or skill)"
    form.open_person_button.click()
    assert opened == [person.id]


@pytest.mark.web
def test_the_people_menu_opens_the_list_and_consent_refreshes_the_window(qtbot, register: Register) -> None:
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    from tests.ui.conftest import open_window

    person = register.add_person("Rosa Silva")
    gift_id = register.add_gift(person.id, name="Plays the fiddle").added[0]
    window = open_window(qtbot, register)
    try:
        menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&People")
        texts = [a.text() for a in menu.actions()]
        assert texts == ["&People…", "&New person…", "Consent to &review…"]
        shortcuts = [a.shortcut().toString() for a in menu.actions()]
        assert shortcuts == ["Ctrl+Shift+U", "Ctrl+Shift+N", ""]
        # No shortcut of the window is taken twice (Qt would then run neither).
        # Two actions clash when both are window-wide, or one is, or both live on one widget.
        assert _clashing_shortcuts(window) == []
        window.activateWindow()
        qtbot.keyClick(
            window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        dialog = window.people.people_dialog()
        assert dialog.isVisible() and dialog.row_texts()[0][0] == "Rosa Silva"
        qtbot.keyClicks(dialog.search, "ros")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        assert dialog.isVisible()  # Enter in the search goes to the list; it does not close the dialog
        assert dialog.focusWidget() is dialog.view and dialog.selected_id() == person.id
        window.people.review_action.trigger()
        assert dialog.review_check.isChecked()
        dialog.close()

        # A change behind the window's back shows only when the window reads the register afresh,
        # which recording consent makes it do.
        register.update_asset(gift_id, name="Plays the fiddle and the tin whistle")
        window.people.edits.record_consent(person.id, scope=consent.REGISTER, method="spoken")
        names = {a.name for a in window.model.assets()}
        assert "Plays the fiddle and the tin whistle" in names

        # A gift added from a person goes straight into the table, and undo takes it away.
        window.people.edits.add_gift(person.id, {"name": "Bakes bread", "category": PERSONAL_CATEGORY})
        assert "Bakes bread" in {a.name for a in window.model.assets()}
        window.undo_stack.undo()
        assert "Bakes bread" not in {a.name for a in window.model.assets()}
    finally:
        window.shut_down()
        window.close()


def test_the_window_reminds_of_consent_due_for_review_until_it_is_renewed(qtbot, register: Register) -> None:
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    from tests.ui.conftest import open_window

    today = dt.date.today()
    person = register.add_person("Dee Review")
    register.record_consent(
        person.id,
        consent.PUBLIC,
        method="paper",
        given_on=today - dt.timedelta(days=355),
        lapses_on=today + dt.timedelta(days=10),
    )
    window = open_window(qtbot, register)
    try:
        button = window.people.review_button
        assert button.isVisible() and button.text() == "Consent to review: 1 person"
        assert window.people.review_action.text() == "Consent to &review (1)…"
        button.click()
        dialog = window.people.people_dialog()
        assert dialog.review_check.isChecked() and dialog.row_texts()[0][0] == "Dee Review"
        dialog.close()

        window.people.edits.record_consent(person.id, scope=consent.PUBLIC, method="email")
        assert not button.isVisible()
        assert window.people.review_action.text() == "Consent to &review…"
    finally:
        window.shut_down()
        window.close()


def _clashing_shortcuts(window: QWidget) -> list[str]:
    wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    seen: dict[str, list[QAction]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            seen.setdefault(key.toString(), []).append(action)
    clashes = []
    for key, actions in seen.items():
        for i, a in enumerate(actions):
            for b in actions[i + 1 :]:
                a_wide, b_wide = a.shortcutContext() in wide, b.shortcutContext() in wide
                shared = set(map(id, a.associatedObjects())) & set(map(id, b.associatedObjects()))
                if a_wide or b_wide or shared:
                    clashes.append(f"{key}: {a.text()!r} and {b.text()!r}")
    return clashes


# -- accessibility and the picture -----------------------------------------------------------


def _unnamed(dialog: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name."""
    missing = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(
            widget,
            QLineEdit | QComboBox | QPlainTextEdit | QAbstractButton | QAbstractItemView | QAbstractSpinBox,
        ):
            continue
        # Parts of another control (a combo's list, a table's corner button) are named by it.
        parents = []
        parent = widget.parentWidget()
        while parent is not None and parent is not dialog:
            parents.append(parent)
            parent = parent.parentWidget()
        if isinstance(widget, QHeaderView) or any(
            isinstance(p, QComboBox | QAbstractSpinBox | QLineEdit | QAbstractItemView) for p in parents
        ):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_of_the_new_dialogs_has_an_accessible_name(
    qtbot, register: Register, edits: PeopleEdits
) -> None:
    person = register.add_person("Sam Taylor")
    register.add_asset(name="Hall", category="physical_spaces")
    dialogs: list[QDialog] = [
        PeopleDialog(edits),
        PersonForm(edits, None),
        PersonForm(edits, person.id),
        ConsentDialog(person.name, lambda **_v: None),
        WithdrawDialog(person.name, lambda **_v: None),
        GiftDialog(register, person.name),
        AssetPicker(register.assets(), "Pick", relations=True),
        EraseDialog(person.name, 0),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed(dialog) == [], type(dialog).__name__


def test_screenshot_of_a_person_with_gifts_and_consent_events(
    qtbot, register: Register, edits: PeopleEdits, tmp_path: Path
) -> None:
    """The picture in docs/person_form.png: written there with ASSETMAP_DOCS_SCREENSHOTS=1, else to tmp."""
    person = register.add_person(
        "Amina Begum",
        phone="0161 496 0000",
        email="amina@example.org",
        preferred_contact="phone",
        notes="Met at the Ancoats summer fair; happy to be rung in the afternoons.",
    )
    register.add_gift(person.id, name="Teaches sewing", subcategory=None)
    register.add_gift(person.id, name="Knows everyone on the estate")
    group = register.add_asset(name="Ancoats Sewing Circle", category="associations").added[0]
    register.link_person(person.id, group, "runs")
    register.record_consent(
        person.id, consent.REGISTER, method="spoken", given_on=_today() - dt.timedelta(days=40)
    )
    register.record_consent(person.id, consent.PUBLIC, method="paper")
    form = PersonForm(edits, person.id)
    qtbot.addWidget(form)
    form.resize(760, 820)
    form.show()
    qtbot.waitExposed(form)
    qtbot.wait(100)  # let the scroll area settle, so the picture shows the laid-out form
    docs = os.environ.get("ASSETMAP_DOCS_SCREENSHOTS") == "1"
    target = (REPO / "docs" if docs else tmp_path) / "person_form.png"
    assert form.grab().save(str(target))
    assert target.stat().st_size > 0


def test_hostile_strings_in_every_new_field_are_kept_and_shown_as_plain_text(
    qtbot, register: Register, edits: PeopleEdits, window: Window, hostile_strings: list[str]
) -> None:
    for text in hostile_strings:
        form = PersonForm(edits, None)
        qtbot.addWidget(form)
        form.name_edit.setText(text)
        form.phone_edit.setText(text)
        form.notes_edit.setPlainText(text)
        form.accept()
        assert form.result() == QDialog.DialogCode.Accepted, (text, window.errors)
        person_id = str(form.person_id)
        person = register.person(person_id)
        assert (person.name, person.phone) == (text.strip(), text.strip())
        edits.add_gift(person_id, {"name": text, "description": text, "category": PERSONAL_CATEGORY})
        edits.record_consent(person_id, scope=consent.PARTNERS, method="paper", partners=text)

        shown = PersonForm(edits, person_id)
        qtbot.addWidget(shown)
        assert shown.name_edit.text() == person.name
        assert shown.gift_names() == [text.strip()]
        assert text.strip() in shown.event_texts()[0][1]
        confirm = shown.erase_dialog()
        qtbot.addWidget(confirm)
        assert confirm.text_label.textFormat() == Qt.TextFormat.PlainText
        assert person.name in confirm.text_label.text()
    panel = PeopleDialog(edits)
    qtbot.addWidget(panel)
    assert sorted(row[0] for row in panel.row_texts()) == sorted(t.strip() for t in hostile_strings)
    assert window.errors == []


def test_undoing_the_addition_of_a_person_with_consent_is_refused_and_says_why(
    register: Register, edits: PeopleEdits, window: Window
) -> None:
    person_id = edits.add_person({"name": "Tess Ward"})
    assert person_id is not None
    edits.record_consent(person_id, scope=consent.REGISTER, method="spoken")
    window.undo_stack.undo()
    assert register.person(person_id).name == "Tess Ward"  # consent was recorded: not purged
    assert len(window.errors) == 1 and "erase them instead" in str(window.errors[0])
    assert window.undo_stack.count() == 0  # the step that cannot be undone is dropped


def test_an_edit_reads_consent_again_only_on_a_new_day(qtbot, register: Register, monkeypatch) -> None:
    """Editing an asset leaves consent as it was; a window left open past midnight reads it afresh."""
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    from tests.ui.conftest import open_window

    person = register.add_person("Nia Night")
    register.record_consent(person.id, consent.PUBLIC, method="paper")
    hall = register.add_asset(name="Hall", category="physical_spaces").assets[0]
    window = open_window(qtbot, register)
    try:
        reads: list[int] = []
        original = register.people_view
        monkeypatch.setattr(register, "people_view", lambda today=None: reads.append(1) or original(today))
        # Withdrawn behind the window's back: a same-day edit does not read consent again...
        register.withdraw_consent(person.id, method="email")
        window.apply_change(register.update_asset(hall.id, description="Step-free"))
        assert reads == [] and window.model.people.level(person.id) == consent.PUBLIC
        # ...but the first edit on a new day does, and the withdrawal shows.
        window._people_day = _today() - dt.timedelta(days=1)
        window.apply_change(register.update_asset(hall.id, description="Step-free, with a ramp"))
        assert reads == [1] and window.model.people.level(person.id) == consent.NONE
    finally:
        window.shut_down()
        window.close()
