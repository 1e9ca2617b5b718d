"""Randomised edits on two registers: merging each into the other converges, and twice changes nothing."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import read_bundle
from assetmap.bundles.planning import MergePlan, plan_merge
from assetmap.bundles.resolution import Choices, policy_choices
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from tests.bundles.conftest import contents, history_count

SHARED = 3
NAMES = ("Hall", "Hub", "Club")
PLACES = ((-2.24, 53.48), (-2.43, 53.58), None)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory, ward_index: WardIndex) -> Iterator[Path]:
    """Register A with three assets, and B holding A's first bundle: a shared starting point."""
    folder = tmp_path_factory.mktemp("templates")
    with (
        Register.open(folder / "a.assetmap", ward_index=ward_index) as a,
        Register.open(folder / "b.assetmap", ward_index=ward_index) as b,
    ):
        a.add_assets([{"name": f"Asset {i}", "category": "associations"} for i in range(SHARED)])
        export_bundle(a, folder / "start.assetmap-bundle")
        b.merge_bundle(plan_merge(b, read_bundle(folder / "start.assetmap-bundle")))
    yield folder


edit = st.one_of(
    st.tuples(st.just("name"), st.integers(0, SHARED + 1), st.sampled_from(NAMES)),
    st.tuples(st.just("description"), st.integers(0, SHARED + 1), st.sampled_from(("x", "y", None))),
    st.tuples(st.just("move"), st.integers(0, SHARED + 1), st.sampled_from(PLACES)),
    st.tuples(st.just("remove"), st.integers(0, SHARED + 1), st.none()),
    st.tuples(st.just("restore"), st.integers(0, SHARED + 1), st.none()),
    st.tuples(st.just("add"), st.integers(0, 0), st.sampled_from(NAMES)),
)
step = st.one_of(
    st.tuples(st.sampled_from("ab"), edit), st.tuples(st.just("sync"), st.sampled_from(("ab", "ba")))
)


def _apply(register: Register, operation: tuple[str, int, object]) -> None:
    kind, index, value = operation
    ids = [a.id for a in register.assets(include_removed=True)]
    ids.sort()
    asset_id = ids[index % len(ids)]
    if kind == "name":
        register.update_asset(asset_id, name=value)
    elif kind == "description":
        register.update_asset(asset_id, description=value)
    elif kind == "move":
        register.move_asset(asset_id, *(value or (None, None)))  # type: ignore[misc]
    elif kind == "remove":
        register.remove_asset(asset_id)
    elif kind == "restore":
        register.restore_asset(asset_id)
    else:
        register.add_asset(name=value, category="institutions")


def _smallest_value(plan: MergePlan) -> Choices:
    """Choices keyed by value: keep whichever value sorts first, which reads the same from either side."""
    return {
        change.asset_id: {
            c.field: "mine"
            if json.dumps(c.mine, sort_keys=True) <= json.dumps(c.theirs, sort_keys=True)
            else "theirs"
            for c in change.conflicts
        }
        for change in plan.conflicts
    }


def _choose(plan: MergePlan, rule: str) -> Choices:
    return policy_choices(plan, "newest") if rule == "newest" else _smallest_value(plan)


def _plan(source: Register, target: Register, folder: Path) -> MergePlan:
    path = folder / f"{source.path.stem}-{len(source.exports())}.assetmap-bundle"
    export_bundle(source, path)
    return plan_merge(target, read_bundle(path))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, max_size=12), rule=st.sampled_from(("newest", "smallest value")))
def test_two_registers_edited_independently_converge_and_a_bundle_merged_twice_changes_nothing(
    templates: Path, ward_index: WardIndex, steps: list, rule: str
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name in ("a", "b"):
            shutil.copy(templates / f"{name}.assetmap", folder / f"{name}.assetmap")
        with (
            Register.open(folder / "a.assetmap", ward_index=ward_index) as a,
            Register.open(folder / "b.assetmap", ward_index=ward_index) as b,
        ):
            side = {"a": a, "b": b}
            for who, what in steps:
                if who == "sync":
                    source, target = side[what[0]], side[what[1]]
                    plan = _plan(source, target, folder)
                    target.merge_bundle(plan, _choose(plan, rule))
                else:
                    _apply(side[who], what)

            # Both directions are planned from the same two independent registers.
            into_b, into_a = _plan(a, b, folder), _plan(b, a, folder)
            b.merge_bundle(into_b, _choose(into_b, rule))
            a.merge_bundle(into_a, _choose(into_a, rule))

            assert contents(a) == contents(b)
            for register, plan in ((b, into_b), (a, into_a)):
                before, entries = contents(register), history_count(register)
                again = plan_merge(register, plan.bundle)
                assert again.is_empty
                register.merge_bundle(again)
                assert contents(register) == before and history_count(register) == entries
            assert _plan(a, b, folder).is_empty and _plan(b, a, folder).is_empty
