"""Imported assets get their "add" history entry when it is first needed, named as if written at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import read_bundle
from assetmap.bundles.planning import MergePlan, plan_merge
from assetmap.bundles.resolution import policy_choices
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from assetmap.register.records import canonical_content, content_of, node_id
from tests.io.conftest import CITY_CENTRE


def _stored(register: Register) -> list[tuple[str, str]]:
    with register.engine.connect() as conn:
        return [
            (r[0], r[1])
            for r in conn.exec_driver_sql("SELECT asset_id, operation FROM asset_history ORDER BY seq")
        ]


def _records(*names: str) -> list[dict[str, object]]:
    return [
        {"name": n, "category": "associations", "tags": "a,b", "lon": CITY_CENTRE[0], "lat": CITY_CENTRE[1]}
        for n in names
    ]


def _plan(source: Register, target: Register, folder: Path, since: str | None = None) -> MergePlan:
    path = folder / f"{source.path.stem}-{len(source.exports()) + 1}.assetmap-bundle"
    export_bundle(source, path, since)
    return plan_merge(target, read_bundle(path))


@pytest.fixture(scope="module")
def ward_index() -> WardIndex:
    return WardIndex.for_gm()


@pytest.fixture
def pair(tmp_path: Path, ward_index: WardIndex):
    with (
        Register.open(tmp_path / "a.assetmap", ward_index=ward_index) as a,
        Register.open(tmp_path / "b.assetmap", ward_index=ward_index) as b,
    ):
        yield a, b


def test_an_imported_asset_shows_its_add_entry_before_it_is_written(register: Register) -> None:
    (asset_id,) = register.import_records(_records("Hall")).added
    asset = register.asset(asset_id)

    (entry,) = register.history(asset_id)

    assert _stored(register) == []
    assert (entry.operation, entry.version, entry.parents, entry.seq) == ("add", 1, (), None)
    assert (entry.register_id, entry.recorded_at) == (register.register_id, asset.updated_at)
    assert entry.content == content_of(asset)
    assert entry.node == node_id(canonical_content(content_of(asset)), ())


def test_the_next_write_records_the_add_entry_first(register: Register) -> None:
    keep, edit, remove = register.import_records(_records("Hall", "Hub", "Club")).added
    shown = register.history(edit)[0]

    register.update_asset(edit, description="Tuesdays")
    register.remove_asset(remove)

    assert _stored(register) == [(edit, "add"), (edit, "update"), (remove, "add"), (remove, "remove")]
    written = register.history(edit)
    assert written[0].node == shown.node and written[0].recorded_at == shown.recorded_at
    assert written[1].parents == (shown.node,)
    assert [e.operation for e in register.history(keep)] == ["add"]


def test_a_bundle_records_every_missing_entry_so_later_bundles_start_after_them(pair, tmp_path: Path) -> None:
    a, b = pair
    first = a.import_records(_records("Hall", "Hub")).added
    b.merge_bundle(_plan(a, b, tmp_path))
    assert sorted(asset_id for asset_id, _op in _stored(a)) == sorted(first)
    assert [e.operation for e in b.history(first[0])] == ["add", "merge"]
    assert b.history(first[0])[0].node == a.history(first[0])[0].node

    upto = a.exports()[-1].upto_seq
    later = a.import_records(_records("Club")).added
    # Entries after the last bundle's: exact by entry number, whatever the clocks say.
    _upto, states = a.bundle_source(since_seq=upto)
    assert [s.asset.id for s in states] == list(later)

    plan = _plan(a, b, tmp_path, "last")
    assert [c.asset_id for c in plan.adds] == list(later)
    b.merge_bundle(plan)
    assert {x.id for x in b.assets()} == set(first) | set(later)
    assert _plan(a, b, tmp_path, "last").is_empty


def test_imported_assets_merge_and_converge_like_assets_added_one_by_one(pair, tmp_path: Path) -> None:
    a, b = pair
    ids = a.import_records(_records("Hall", "Hub", "Club")).added
    b.merge_bundle(_plan(a, b, tmp_path))
    b_ids = b.import_records(_records("Library")).added

    a.update_asset(ids[0], name="Hall (A)")
    b.update_asset(ids[0], name="Hall (B)", description="From B")
    b.remove_asset(ids[1])

    into_b, into_a = _plan(a, b, tmp_path), _plan(b, a, tmp_path)
    b.merge_bundle(into_b, policy_choices(into_b, "newest"))
    a.merge_bundle(into_a, policy_choices(into_a, "newest"))

    def contents(register: Register) -> dict[str, dict[str, object]]:
        return {x.id: content_of(x) for x in register.assets(include_removed=True)}

    assert contents(a) == contents(b)
    assert set(contents(a)) == {*ids, *b_ids}
    for asset_id in (*ids, *b_ids):
        assert a.history(asset_id)[-1].node == b.history(asset_id)[-1].node
    for register, plan in ((b, into_b), (a, into_a)):
        before = contents(register)
        again = plan_merge(register, plan.bundle)
        assert again.is_empty
        register.merge_bundle(again)
        assert contents(register) == before
    assert _plan(a, b, tmp_path).is_empty and _plan(b, a, tmp_path).is_empty
