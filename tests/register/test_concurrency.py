"""Optimistic concurrency: a write states the version it read; a stale one is refused, never applied.

Two Register objects open the same register, as two windows (or two workers) would, on a register file
and on a PostgreSQL server.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from assetmap.errors import StaleWriteError
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from assetmap.register.concurrency import MINE, THEIRS, compare_stale, update_if_unchanged
from assetmap.register.connection import write_unit
from assetmap.register.schema import AssetRow

LIBRARY = {"name": "Bolton Library", "category": "institutions", "lon": -2.4296, "lat": 53.5779}


@pytest.fixture
def pair(register_location: Path | str, ward_index: WardIndex) -> Iterator[tuple[Register, Register]]:
    """Two registers open on one register (a file, or a database on the test server), as two windows."""
    first = Register.open(register_location, ward_index=ward_index, user="Amira")
    second = Register.open(register_location, ward_index=ward_index, user="Ben")
    yield first, second
    first.close()
    second.close()


def test_a_write_based_on_the_current_version_is_applied(pair) -> None:
    first, _second = pair
    asset = first.add_asset(**LIBRARY).assets[0]

    change = first.update_asset(asset.id, expected_version=asset.version, description="Books")

    assert change.assets[0].version == asset.version + 1
    assert first.asset(asset.id).description == "Books"


def test_a_stale_edit_is_refused_and_carries_both_versions(pair) -> None:
    first, second = pair
    read = first.add_asset(**LIBRARY).assets[0]
    second.update_asset(read.id, expected_version=read.version, name="Bolton Central Library")

    with pytest.raises(StaleWriteError) as raised:
        first.update_asset(read.id, expected_version=read.version, name="Library (Bolton)", cost="free")

    error = raised.value
    assert error.current.name == "Bolton Central Library"
    assert error.current.version == read.version + 1
    assert error.expected_version == read.version
    assert error.attempted == {"name": "Library (Bolton)", "cost": "free"}
    assert "Bolton Central Library" in str(error) and "not saved" in str(error)
    now = second.asset(read.id)
    assert (now.name, now.cost, now.version) == ("Bolton Central Library", None, read.version + 1)
    assert [e.operation for e in first.history(read.id)] == ["add", "update"]


def test_a_stale_write_leaves_no_audit_entry(pair) -> None:
    first, second = pair
    read = first.add_asset(**LIBRARY).assets[0]
    second.update_asset(read.id, expected_version=read.version, name="Changed")
    entries = len(first.audit_trail())

    with pytest.raises(StaleWriteError):
        first.update_asset(read.id, expected_version=read.version, name="Mine")

    assert len(first.audit_trail()) == entries


def test_a_stale_move_is_refused(pair) -> None:
    first, second = pair
    read = first.add_asset(**LIBRARY).assets[0]
    second.move_asset(read.id, -2.43, 53.58, expected_version=read.version)

    with pytest.raises(StaleWriteError) as raised:
        first.move_asset(read.id, -2.2, 53.4, expected_version=read.version)

    assert raised.value.attempted == {"lon": -2.2, "lat": 53.4}
    assert (first.asset(read.id).lon, first.asset(read.id).lat) == (-2.43, 53.58)


def test_a_stale_removal_removes_none_of_the_assets(pair) -> None:
    first, second = pair
    a = first.add_asset(**LIBRARY).assets[0]
    b = first.add_asset(name="Hall", category="physical_spaces").assets[0]
    second.update_asset(b.id, expected_version=b.version, name="Church Hall")

    with pytest.raises(StaleWriteError) as raised:
        first.remove_assets([a.id, b.id], {a.id: a.version, b.id: b.version})

    assert raised.value.record_id == b.id
    assert raised.value.attempted == {"removed": True}
    assert not first.asset(a.id).is_removed and not first.asset(b.id).is_removed


def test_a_stale_restore_is_refused(pair) -> None:
    first, second = pair
    a = first.add_asset(**LIBRARY).assets[0]
    removed = first.remove_asset(a.id, a.version).assets[0]
    second.restore_asset(a.id, removed.version)
    again = second.remove_asset(a.id).assets[0]

    with pytest.raises(StaleWriteError):
        first.restore_assets([a.id], {a.id: removed.version})

    assert first.asset(a.id).version == again.version


def test_a_write_stating_no_version_applies_to_the_record_as_it_is(pair) -> None:
    first, second = pair
    read = first.add_asset(**LIBRARY).assets[0]
    second.update_asset(read.id, name="Changed")

    first.update_asset(read.id, cost="free")

    now = first.asset(read.id)
    assert (now.name, now.cost, now.version) == ("Changed", "free", read.version + 2)


def test_the_conditional_update_refuses_a_row_changed_since_it_was_read(pair) -> None:
    """Inside one transaction the row is read, then written only if still at that version: if another
    writer got in between (possible on a server), no row is touched and the write is refused."""
    first, second = pair
    read = first.add_asset(**LIBRARY).assets[0]
    second.update_asset(read.id, name="Changed")
    table = AssetRow.__table__

    with pytest.raises(StaleWriteError) as raised, write_unit(first.engine) as conn:
        update_if_unchanged(
            conn, table, "asset", read, {"name": "Mine"}, {"name": "Mine"}, lambda: first._get(conn, read.id)
        )

    assert raised.value.current.name == "Changed"
    with first.engine.connect() as conn:
        assert conn.execute(select(table.c.name).where(table.c.id == read.id)).scalar_one() == "Changed"


def test_a_stale_person_edit_is_refused(pair) -> None:
    first, second = pair
    person = first.add_person("Dee Walsh", phone="01204 000000")
    second.update_person(person.id, expected_version=person.version, phone="01204 111111")

    with pytest.raises(StaleWriteError) as raised:
        first.update_person(person.id, expected_version=person.version, phone="01204 222222")

    assert raised.value.kind == "person"
    assert first.person(person.id).phone == "01204 111111"
    with pytest.raises(StaleWriteError):
        first.remove_person(person.id, expected_version=person.version)
    assert not first.person(person.id).is_removed


def test_the_comparison_offers_each_differing_field_with_the_side_that_changed_it(pair) -> None:
    first, second = pair
    read = first.add_asset(**LIBRARY, description="Books").assets[0]
    second.update_asset(read.id, name="Bolton Central Library", description="Books and films")
    with pytest.raises(StaleWriteError) as raised:
        first.update_asset(read.id, expected_version=read.version, description="Books and games", cost="free")
    base = next(e.content for e in first.history(read.id) if e.version == read.version)

    comparison = compare_stale(raised.value, base, ["name", "description", "cost"])

    by_field = {c.field: c for c in comparison.conflicts}
    assert set(by_field) == {"name", "description", "cost"}
    assert by_field["name"].suggested == THEIRS  # only they changed it
    assert by_field["cost"].suggested == MINE  # only I changed it
    assert by_field["description"].suggested is None  # both did: mine to choose
    assert (by_field["description"].mine, by_field["description"].theirs) == (
        "Books and games",
        "Books and films",
    )
    assert comparison.missing_choices({"name": THEIRS, "cost": MINE}) == ["description"]
    chosen = comparison.resolved({"name": THEIRS, "cost": MINE, "description": MINE})
    assert chosen == {"cost": "free", "description": "Books and games"}
    first.update_asset(read.id, expected_version=comparison.current_version, **chosen)
    now = first.asset(read.id)
    assert (now.name, now.description, now.cost) == ("Bolton Central Library", "Books and games", "free")


def _edit_many(path: str, asset_ids: list[str], rounds: int, queue) -> None:
    """A worker process: read each asset, write it back stating the version read; count what happened."""
    register = Register.open(path, backup=False, ward_index=WardIndex.for_gm())
    applied = conflicts = 0
    for _round in range(rounds):
        for asset_id in asset_ids:
            read = register.asset(asset_id)
            try:
                register.update_asset(
                    asset_id, expected_version=read.version, description=f"{read.description} +"
                )
                applied += 1
            except StaleWriteError:
                conflicts += 1
    register.close()
    queue.put((applied, conflicts))


def test_two_processes_editing_the_same_assets_lose_no_update(pair, register_location) -> None:
    first, _second = pair
    ids = [first.add_asset(**LIBRARY, description="").assets[0].id for _ in range(3)]
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [
        context.Process(target=_edit_many, args=(str(register_location), ids, 20, queue)) for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join()

    applied = sum(r[0] for r in results)
    assert applied + sum(r[1] for r in results) == 2 * 20 * len(ids)
    # Every applied edit added one "+" and one version: none was overwritten by another.
    assert sum(first.asset(i).description.count("+") for i in ids) == applied
    assert sum(first.asset(i).version - 1 for i in ids) == applied
