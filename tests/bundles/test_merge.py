"""Merging a bundle: adds, one-sided changes, conflicts field by field, removals, and the guarantees."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetmap.bundles.planning import plan_merge
from assetmap.bundles.resolution import policy_choices
from assetmap.register import Register
from assetmap.register.merging import MergeError
from tests.bundles.conftest import contents, history_count, plan_from

LIBRARY = {"name": "Bolton Library", "category": "institutions", "lon": -2.4296, "lat": 53.5779}


@pytest.fixture
def pair(open_register, tmp_path: Path) -> tuple[Register, Register, str]:
    """Registers A and B sharing one asset (B took A's first bundle), plus that asset's id."""
    a, b = open_register("a"), open_register("b")
    shared = a.add_asset(**LIBRARY, description="Books").added[0]
    b.merge_bundle(plan_from(a, b, tmp_path))
    return a, b, shared


def test_a_new_register_takes_every_asset_of_a_bundle_with_its_history(open_register, tmp_path) -> None:
    a, b = open_register("a"), open_register("b")
    ids = a.add_assets([{"name": f"Group {i}", "category": "associations"} for i in range(5)]).added

    plan = plan_from(a, b, tmp_path)
    change = b.merge_bundle(plan)

    assert len(plan.adds) == 5 and not plan.conflicts
    assert sorted(change.added) == sorted(ids)
    assert contents(b) == contents(a)
    entry = b.history(ids[0])[0]
    assert (entry.operation, entry.register_id) == ("add", a.register_id)


def test_a_change_on_one_side_only_is_taken(pair, tmp_path) -> None:
    a, b, shared = pair
    a.update_asset(shared, name="Bolton Central Library")

    plan = plan_from(a, b, tmp_path, "last")
    change = b.merge_bundle(plan)

    assert [c.kind for c in plan.changes] == ["update"]
    assert change.updated == (shared,)
    assert b.asset(shared).name == "Bolton Central Library"


def test_a_change_only_here_is_kept_when_their_bundle_holds_an_older_state(pair, tmp_path) -> None:
    a, b, shared = pair
    b.update_asset(shared, name="Renamed here")

    plan = plan_from(a, b, tmp_path)

    assert plan.is_empty and plan.unchanged == 1
    assert b.asset(shared).name == "Renamed here"


def test_fields_changed_on_one_side_merge_and_only_fields_changed_on_both_conflict(pair, tmp_path) -> None:
    a, b, shared = pair
    a.update_asset(shared, name="Library A", website="https://a.example")
    b.update_asset(shared, name="Library B", cost="free")

    plan = plan_from(a, b, tmp_path)

    (conflict,) = plan.conflicts
    assert [(c.field, c.base, c.mine, c.theirs) for c in conflict.conflicts] == [
        ("name", "Bolton Library", "Library B", "Library A")
    ]
    assert conflict.merged["website"] == "https://a.example"
    assert conflict.merged["cost"] == "free"


def test_the_value_not_chosen_stays_in_the_assets_history(pair, tmp_path) -> None:
    a, b, shared = pair
    a.update_asset(shared, name="Library A")
    b.update_asset(shared, name="Library B")
    plan = plan_from(a, b, tmp_path)

    b.merge_bundle(plan, {shared: {"name": "mine"}})

    assert b.asset(shared).name == "Library B"
    history = b.history(shared)
    merge = history[-1]
    assert merge.operation == "merge" and len(merge.parents) == 2
    kept = {e.node: e.content for e in history if e.content is not None}
    assert {kept[p]["name"] for p in merge.parents} == {"Library A", "Library B"}


def test_a_location_is_one_choice_not_two_numbers(pair, tmp_path) -> None:
    a, b, shared = pair
    a.move_asset(shared, -2.43, 53.58)
    b.move_asset(shared, -2.44, 53.57)

    (conflict,) = plan_from(a, b, tmp_path).conflicts

    assert [(c.field, c.mine, c.theirs) for c in conflict.conflicts] == [
        ("location", [-2.44, 53.57], [-2.43, 53.58])
    ]


def test_merging_without_a_choice_for_every_conflict_writes_nothing(pair, tmp_path) -> None:
    a, b, shared = pair
    a.update_asset(shared, name="Library A", description="A")
    b.update_asset(shared, name="Library B", description="B")
    plan = plan_from(a, b, tmp_path)
    before, entries = contents(b), history_count(b)

    with pytest.raises(MergeError, match=r"1 conflicting field.*description"):
        b.merge_bundle(plan, {shared: {"name": "theirs"}})

    assert contents(b) == before and history_count(b) == entries


def test_a_register_changed_after_planning_refuses_the_stale_plan_and_stays_as_it_was(pair, tmp_path) -> None:
    a, b, shared = pair
    other = a.add_asset(name="New hall", category="physical_spaces").added[0]
    a.update_asset(shared, name="Library A")
    plan = plan_from(a, b, tmp_path)
    b.update_asset(shared, description="Edited while the dialog was open")
    before, entries = contents(b), history_count(b)

    with pytest.raises(MergeError, match="changed in this register after the merge was planned"):
        b.merge_bundle(plan)

    assert contents(b) == before and history_count(b) == entries
    assert other not in before


def test_merging_the_same_bundle_twice_changes_nothing(pair, tmp_path) -> None:
    a, b, shared = pair
    a.update_asset(shared, name="Library A")
    b.update_asset(shared, name="Library B")
    a.add_asset(name="Youth club", category="associations")
    bundle_plan = plan_from(a, b, tmp_path)
    b.merge_bundle(bundle_plan, policy_choices(bundle_plan, "theirs"))
    after_first, entries = contents(b), history_count(b)

    again = plan_merge(b, bundle_plan.bundle)

    assert again.is_empty and again.unchanged == 2
    assert not b.merge_bundle(again)
    assert contents(b) == after_first and history_count(b) == entries


def test_merging_each_into_the_other_with_the_same_choices_gives_the_same_register(
    pair, tmp_path, open_register
) -> None:
    a, b, shared = pair
    a.update_asset(shared, name="Library A", website="https://a.example")
    b.update_asset(shared, name="Library B", cost="free")
    a.add_asset(name="Only in A", category="associations")
    b.add_asset(name="Only in B", category="institutions")
    into_b = plan_from(a, b, tmp_path)
    into_a = plan_from(b, a, tmp_path)

    # The same way: the name from A, which is "theirs" seen from B and "mine" seen from A.
    b.merge_bundle(into_b, {shared: {"name": "theirs"}})
    a.merge_bundle(into_a, {shared: {"name": "mine"}})

    assert contents(a) == contents(b)
    assert a.asset(shared).name == "Library A" and a.asset(shared).cost == "free"
    # The two registers reached the very same state, so further bundles bring nothing.
    assert a.history(shared)[-1].node == b.history(shared)[-1].node
    assert plan_from(a, b, tmp_path).is_empty
    assert plan_from(b, a, tmp_path).is_empty


def test_a_removal_travels_as_a_removal_and_can_be_restored(pair, tmp_path) -> None:
    a, b, shared = pair
    a.remove_asset(shared)

    plan = plan_from(a, b, tmp_path)
    change = b.merge_bundle(plan)

    assert [c.kind for c in plan.changes] == ["remove"]
    assert change.removed == (shared,)
    assert [x.id for x in b.removed_assets()] == [shared]
    assert b.asset(shared).removed_at == a.asset(shared).removed_at
    b.restore_asset(shared)
    assert not b.asset(shared).is_removed
    # The restoration travels back as a restoration.
    plan = plan_from(b, a, tmp_path)
    assert [c.kind for c in plan.changes] == ["restore"]
    assert a.merge_bundle(plan).restored == (shared,)


def test_an_asset_removed_there_and_edited_here_stays_removed_with_the_edit(pair, tmp_path) -> None:
    a, b, shared = pair
    a.remove_asset(shared)
    b.update_asset(shared, description="Edited here")

    plan = plan_from(a, b, tmp_path)
    b.merge_bundle(plan)

    assert not plan.conflicts
    assert b.asset(shared).is_removed and b.asset(shared).description == "Edited here"


def test_a_removed_asset_new_to_this_register_arrives_removed(open_register, tmp_path) -> None:
    a, b = open_register("a"), open_register("b")
    gone = a.add_asset(name="Closed cafe", category="local_economy").added[0]
    a.remove_asset(gone)

    b.merge_bundle(plan_from(a, b, tmp_path))

    assert b.assets() == [] and [x.id for x in b.removed_assets()] == [gone]


def test_an_edit_and_its_merge_with_equal_values_join_so_a_later_edit_is_no_conflict(pair, tmp_path) -> None:
    a, b, shared = pair
    a.update_asset(shared, name="Same new name")
    b.update_asset(shared, name="Same new name")
    b.merge_bundle(plan_from(a, b, tmp_path))
    a.merge_bundle(plan_from(b, a, tmp_path))
    a.update_asset(shared, name="Later name")

    plan = plan_from(a, b, tmp_path)

    assert [c.kind for c in plan.changes] == ["update"]


def test_newest_prefers_the_side_changed_last_from_either_register(pair, tmp_path) -> None:
    a, b, shared = pair
    a.update_asset(shared, name="Older, from A")
    b.update_asset(shared, name="Newer, from B")
    into_b, into_a = plan_from(a, b, tmp_path), plan_from(b, a, tmp_path)

    b.merge_bundle(into_b, policy_choices(into_b, "newest"))
    a.merge_bundle(into_a, policy_choices(into_a, "newest"))

    assert a.asset(shared).name == b.asset(shared).name == "Newer, from B"


def test_export_since_last_carries_only_assets_changed_since_the_last_bundle(pair, tmp_path) -> None:
    a, b, shared = pair
    quiet = a.add_asset(name="Quiet", category="associations").added[0]
    plan_from(a, b, tmp_path)
    a.update_asset(shared, description="Changed after the last bundle")

    plan = plan_from(a, b, tmp_path, "last")

    assert [x.id for x in plan.bundle.assets] == [shared]
    assert quiet not in {x.id for x in plan.bundle.assets}
    # Older states travel as ids only, enough to find the common state.
    assert any(e.content is None for e in plan.bundle.assets[0].history)
    assert [c.kind for c in plan.changes] == ["update"]
