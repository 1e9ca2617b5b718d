"""The merge dialog: summary, conflicts side by side, a choice per field, Merge only when all are chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import read_bundle
from assetmap.bundles.planning import MergePlan, plan_merge
from assetmap.register.store import Register
from assetmap.ui.merge_dialog import BASE, FIELD, MergeDialog


@pytest.fixture
def registers(tmp_path: Path):
    a, b = Register.open(tmp_path / "a.assetmap"), Register.open(tmp_path / "b.assetmap")
    yield a, b
    a.close()
    b.close()


def _plan(source: Register, target: Register, folder: Path) -> MergePlan:
    path = folder / f"{source.path.stem}-{len(source.exports())}.assetmap-bundle"
    export_bundle(source, path)
    return plan_merge(target, read_bundle(path))


@pytest.fixture
def conflicted(registers, tmp_path: Path):
    """B, and a plan from A with one new asset, one update and two assets in conflict."""
    a, b = registers
    first = a.add_asset(name="Library", category="institutions", description="Books").added[0]
    second = a.add_asset(name="Hall", category="physical_spaces").added[0]
    third = a.add_asset(name="Cafe", category="local_economy").added[0]
    b.merge_bundle(_plan(a, b, tmp_path))
    a.update_asset(first, name="Library A", description="Books and films")
    b.update_asset(first, name="Library B", description="Books and games")
    a.update_asset(second, name="Hall A")
    b.update_asset(second, name="Hall B")
    a.update_asset(third, cost="free")
    a.add_asset(name="New from A", category="associations")
    return b, _plan(a, b, tmp_path), first, second


def _dialog(qtbot, register: Register, plan: MergePlan) -> MergeDialog:
    dialog = MergeDialog(register, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_it_summarises_the_plan_and_lists_the_conflicts(qtbot, conflicted) -> None:
    b, plan, _first, _second = conflicted

    dialog = _dialog(qtbot, b, plan)

    assert "1 new, 1 updated, 0 removed, 2 in conflict" in dialog.summary_label.text()
    assert sorted(dialog.conflict_list.item(r).text() for r in range(2)) == ["Hall B", "Library B"]


def test_the_selected_conflict_shows_base_mine_and_theirs_per_field(qtbot, conflicted) -> None:
    b, plan, _first, _second = conflicted
    dialog = _dialog(qtbot, b, plan)

    row = next(r for r in range(2) if dialog.conflict_list.item(r).text() == "Library B")
    dialog.conflict_list.setCurrentRow(row)

    table = dialog.field_table
    assert [table.item(r, FIELD).text() for r in range(table.rowCount())] == ["Name", "Description"]
    assert table.item(0, BASE).text() == "Library"
    assert (dialog.radio(0, "mine").text(), dialog.radio(0, "theirs").text()) == ("Library B", "Library A")
    assert (dialog.radio(1, "mine").text(), dialog.radio(1, "theirs").text()) == (
        "Books and games",
        "Books and films",
    )


def test_merge_is_enabled_only_once_every_conflicting_field_is_chosen(qtbot, conflicted) -> None:
    b, plan, first, second = conflicted
    dialog = _dialog(qtbot, b, plan)
    assert not dialog.merge_button.isEnabled()

    dialog.conflict_list.setCurrentRow(
        next(r for r in range(2) if dialog.conflict_list.item(r).text() == "Library B")
    )
    dialog.radio(0, "theirs").click()
    assert not dialog.merge_button.isEnabled()
    dialog.radio(1, "mine").click()
    assert not dialog.merge_button.isEnabled()
    dialog.choose(second, "name", "mine")

    assert dialog.merge_button.isEnabled()
    assert dialog.choices == {first: {"name": "theirs", "description": "mine"}, second: {"name": "mine"}}


def test_take_all_theirs_then_merge_writes_the_choices_and_emits_merged(qtbot, conflicted) -> None:
    b, plan, first, second = conflicted
    dialog = _dialog(qtbot, b, plan)

    qtbot.mouseClick(dialog.take_all_theirs_button, Qt.MouseButton.LeftButton)
    assert dialog.merge_button.isEnabled()
    assert dialog.radio(0, "theirs").isChecked()
    with qtbot.waitSignal(dialog.merged) as emitted:
        dialog.merge_button.click()

    change = emitted.args[0]
    assert set(change.updated) >= {first, second} and len(change.added) == 1
    assert b.asset(first).name == "Library A" and b.asset(first).description == "Books and films"
    assert b.asset(second).name == "Hall A"
    assert not dialog.isVisible()


def test_take_all_mine_keeps_this_registers_values(qtbot, conflicted) -> None:
    b, plan, first, second = conflicted
    dialog = _dialog(qtbot, b, plan)

    dialog.take_all_mine_button.click()
    dialog.merge_button.click()

    assert b.asset(first).name == "Library B" and b.asset(second).name == "Hall B"


def test_a_merge_that_fails_shows_why_and_stays_open(qtbot, conflicted) -> None:
    b, plan, first, _second = conflicted
    dialog = _dialog(qtbot, b, plan)
    dialog.take_all_mine_button.click()
    b.update_asset(first, description="Changed while the dialog was open")

    with qtbot.assertNotEmitted(dialog.merged):
        dialog.merge_button.click()

    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "changed in this register after the merge was planned" in dialog.error_label.text()


def test_a_plan_without_conflicts_can_be_merged_at_once(qtbot, registers, tmp_path) -> None:
    a, b = registers
    a.add_asset(name="Library", category="institutions")
    dialog = _dialog(qtbot, b, _plan(a, b, tmp_path))

    assert dialog.merge_button.isEnabled()
    assert dialog.conflict_list.count() == 0


def test_it_counts_the_people_a_merge_adds_updates_and_erases(qtbot, registers, tmp_path: Path) -> None:
    a, b = registers
    kept = a.add_person("Amina")
    gone = a.add_person("Bert")
    b.merge_bundle(_plan(a, b, tmp_path))
    a.update_person(kept.id, phone="0161 496 0001")
    a.erase_person(gone.id)
    a.add_person("Chidi")

    dialog = _dialog(qtbot, b, _plan(a, b, tmp_path))

    assert dialog.people_label.isVisible()
    assert dialog.people_label.text() == "People: 1 new, 1 updated, 1 erased."


def test_it_says_nothing_of_people_when_the_bundle_carries_none(qtbot, registers, tmp_path: Path) -> None:
    a, b = registers
    a.add_asset(name="Library", category="institutions")

    dialog = _dialog(qtbot, b, _plan(a, b, tmp_path))

    assert not dialog.people_label.isVisible()


def test_a_story_changed_on_both_sides_is_listed_and_settled_with_the_fields_of_assets(
    qtbot, registers, tmp_path
) -> None:
    a, b = registers
    hall = a.add_asset(name="Hall", category="physical_spaces").added[0]
    story = a.add_story(hall, "We began in 1990.", teller="Margaret", quote_consent=True).stories[0]
    b.merge_bundle(_plan(a, b, tmp_path))
    a.update_story(story, text="We began in 1991.", quote_consent=False)
    b.update_story(story, text="We began in the spring of 1990.", teller="Margaret")
    plan = _plan(a, b, tmp_path)

    dialog = _dialog(qtbot, b, plan)

    assert "stories: 1 in conflict" in dialog.summary_label.text().lower()
    assert dialog.conflict_list.item(0).text().startswith("Story on Hall")
    dialog.conflict_list.setCurrentRow(0)
    table = dialog.field_table
    assert [table.item(r, FIELD).text() for r in range(table.rowCount())] == ["Text"]
    assert dialog.radio(0, "theirs").text() == "We began in 1991."
    dialog.radio(0, "theirs").click()
    choices = dialog.choices
    assert choices == {story: {"text": "theirs"}}
    b.merge_bundle(plan, choices)
    merged = b.story(story)
    assert merged.text == "We began in 1991." and not merged.quote_consent
