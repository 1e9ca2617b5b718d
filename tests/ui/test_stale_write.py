"""A stale edit in the window: both versions field by field in the conflict view, and nothing lost.

The window and a second Register object (another window, another worker) open the same register file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtWidgets import QDialog

from assetmap.geo.postcodes import PostcodeIndex
from assetmap.register import Register
from assetmap.ui.asset_form import AssetForm
from assetmap.ui.commands import EditAssetCommand
from assetmap.ui.main_window import MainWindow
from assetmap.ui.merge_dialog import BASE
from assetmap.ui.stale_write import StaleWriteDialog

pytestmark = pytest.mark.web


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "team.assetmap", user="Amira")
    register.add_asset(
        name="Ancoats Library", category="institutions", description="Books", lon=-2.2270, lat=53.4840
    )
    yield register
    register.close()


@pytest.fixture
def other(register: Register) -> Iterator[Register]:
    other = Register.open(register.path, user="Ben")
    yield other
    other.close()


@pytest.fixture
def shown() -> list[StaleWriteDialog]:
    """Conflict views opened during the test (each answered by the test's ``answer``)."""
    seen: list[StaleWriteDialog] = []
    return seen


def answer_with(monkeypatch, seen: list[StaleWriteDialog], act: Callable[[StaleWriteDialog], int]) -> None:
    def exec_(dialog: StaleWriteDialog) -> int:
        seen.append(dialog)
        return act(dialog)

    monkeypatch.setattr(StaleWriteDialog, "exec", exec_)


def _form(window: MainWindow, asset_id: str) -> AssetForm:
    asset = window.register.asset(asset_id)
    form = AssetForm(window._categories, PostcodeIndex.for_gm(), window._ward_names, asset, window)
    form.save = lambda: window.save_edit(form, asset)
    form.show()
    return form


def _rows(dialog: StaleWriteDialog) -> dict[str, tuple[str, str, str]]:
    table = dialog.field_choices.field_table
    return {
        table.item(row, 0).text(): (
            table.item(row, BASE).text(),
            dialog.field_choices.radio(row, "mine").text(),
            dialog.field_choices.radio(row, "theirs").text(),
        )
        for row in range(table.rowCount())
    }


def test_a_stale_save_shows_both_versions_and_writes_the_choice_over_the_new_one(
    qtbot, window: MainWindow, other: Register, monkeypatch, shown
) -> None:
    library = window.register.assets()[0]
    form = _form(window, library.id)
    other.update_asset(library.id, name="Ancoats Carnegie Library")  # saved while the form is open
    form.name_edit.setText("Ancoats Library and Archive")
    form.description_edit.setPlainText("Books and maps")

    def choose(dialog: StaleWriteDialog) -> int:
        # Both changed the name: no side chosen, Save waits; only I changed the description.
        assert not dialog.save_button.isEnabled()
        assert dialog.choices == {"description": "mine"}
        dialog.choose("name", "mine")
        assert dialog.save_button.isEnabled()
        return QDialog.DialogCode.Accepted

    answer_with(monkeypatch, shown, choose)
    form.accept()

    assert len(shown) == 1
    assert _rows(shown[0]) == {
        "Name": ("Ancoats Library", "Ancoats Library and Archive", "Ancoats Carnegie Library"),
        "Description": ("Books", "Books and maps", "Books"),
    }
    assert not form.isVisible()
    now = other.asset(library.id)
    assert (now.name, now.description, now.version) == ("Ancoats Library and Archive", "Books and maps", 3)
    row = window.model.row_of(library.id)
    assert row is not None and window.model.asset_at(row).name == "Ancoats Library and Archive"
    # The other person's name is not lost: it is in the asset's history.
    assert "Ancoats Carnegie Library" in {e.content["name"] for e in other.history(library.id) if e.content}


def test_taking_their_value_keeps_it_and_writes_only_the_rest(
    qtbot, window: MainWindow, other: Register, monkeypatch, shown
) -> None:
    library = window.register.assets()[0]
    form = _form(window, library.id)
    other.update_asset(library.id, name="Ancoats Carnegie Library")
    form.name_edit.setText("Ancoats Library and Archive")
    form.description_edit.setPlainText("Books and maps")

    def take_theirs_for_name(dialog: StaleWriteDialog) -> int:
        dialog.choose("name", "theirs")
        return QDialog.DialogCode.Accepted

    answer_with(monkeypatch, shown, take_theirs_for_name)
    form.accept()

    now = other.asset(library.id)
    assert (now.name, now.description) == ("Ancoats Carnegie Library", "Books and maps")


def test_cancelling_the_conflict_view_keeps_the_form_open_as_typed(
    qtbot, window: MainWindow, other: Register, monkeypatch, shown
) -> None:
    library = window.register.assets()[0]
    form = _form(window, library.id)
    other.update_asset(library.id, description="Books and films")
    form.description_edit.setPlainText("Books and games, typed with care")

    answer_with(monkeypatch, shown, lambda _dialog: QDialog.DialogCode.Rejected)
    form.accept()

    assert len(shown) == 1
    assert form.isVisible()
    assert form.description_edit.toPlainText() == "Books and games, typed with care"
    assert other.asset(library.id).description == "Books and films"
    form.close()


def test_an_undo_over_someone_elses_change_is_refused_and_shown_in_the_conflict_view(
    qtbot, window: MainWindow, other: Register, monkeypatch, shown
) -> None:
    library = window.register.assets()[0]
    window.undo_stack.push(
        EditAssetCommand(
            window.register,
            library.id,
            {"description": "Books"},
            {"description": "Books and maps"},
            window.apply_change,
            failed=window.show_error,
            version=library.version,
        )
    )
    other.update_asset(library.id, description="Books, maps and films")

    def keep_theirs(dialog: StaleWriteDialog) -> int:
        dialog.field_choices.choose_all("theirs")
        return QDialog.DialogCode.Accepted

    answer_with(monkeypatch, shown, keep_theirs)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(shown) == 1)

    rows = _rows(shown[0])
    # Undo wanted "Books" back over "Books and maps"; the register now holds the other person's text.
    assert rows["Description"] == ("Books and maps", "Books", "Books, maps and films")
    assert other.asset(library.id).description == "Books, maps and films"


def test_a_stale_person_edit_shows_both_versions_and_writes_the_choice(
    qtbot, window: MainWindow, other: Register, monkeypatch, shown
) -> None:
    person = window.register.add_person("Dee Walsh", phone="01204 000000", notes="Sews")
    other.update_person(person.id, expected_version=person.version, phone="01204 111111")

    def keep_mine(dialog: StaleWriteDialog) -> int:
        assert dialog.choices == {}  # both changed the phone: no side chosen for them
        dialog.choose("phone", "mine")
        return QDialog.DialogCode.Accepted

    answer_with(monkeypatch, shown, keep_mine)
    saved = window.people.edits.edit_person(person, {"phone": "01204 222222"})

    assert saved
    assert _rows(shown[0]) == {"Phone": ("01204 000000", "01204 222222", "01204 111111")}
    now = other.person(person.id)
    assert (now.phone, now.notes, now.version) == ("01204 222222", "Sews", person.version + 2)


def test_dragging_a_marker_someone_else_moved_meanwhile_opens_the_conflict_view(
    qtbot, window: MainWindow, other: Register, monkeypatch, shown
) -> None:
    library = window.register.assets()[0]
    other.move_asset(library.id, -2.2300, 53.4850)  # the window still shows it where it was

    answer_with(monkeypatch, shown, lambda _dialog: QDialog.DialogCode.Rejected)
    window._asset_dragged(library.id, -2.2100, 53.4800)
    qtbot.waitUntil(lambda: len(shown) == 1)

    rows = _rows(shown[0])
    # Read, dragged to, and where the other worker put it.
    assert rows == {"Lon": ("-2.227", "-2.21", "-2.23"), "Lat": ("53.484", "53.48", "53.485")}
    now = other.asset(library.id)
    assert (now.lon, now.lat) == (-2.23, 53.485)
