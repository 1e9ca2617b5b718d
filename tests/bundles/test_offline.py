"""Take offline and Sync, against a real team register: both sides read back after every sync."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from assetmap.bundles.offline import (
    OfflineError,
    SyncCancelled,
    apply_sync,
    plan_sync,
    sync,
    take_offline,
)
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from assetmap.register.merging import MergeError
from assetmap.register.people import PersonNotFoundError
from tests.bundles.conftest import contents

LIBRARY = {"name": "Bolton Library", "category": "institutions", "lon": -2.4296, "lat": 53.5779}
CAFE = {"name": "Repair Cafe", "category": "associations", "lon": -2.2374, "lat": 53.4808}
PARK = {"name": "Queen's Park", "category": "physical_spaces", "lon": -2.2440, "lat": 53.5000}


class Team:
    """A team register and how to open it again (its address), as a laptop would."""

    def __init__(self, register: Register, address: str, reopen: Callable[[], Register]) -> None:
        self.register = register
        self.address = address
        self.reopen = reopen


@pytest.fixture(params=["file", "server"])
def team(request: pytest.FixtureRequest, tmp_path: Path, ward_index: WardIndex) -> Iterator[Team]:
    """A team register (a register file, or a database on the test's PostgreSQL server) with three
    assets (one edited) and a person with a gift."""
    address = (
        str(tmp_path / "team.assetmap") if request.param == "file" else request.getfixturevalue("pg_url")
    )

    def reopen() -> Register:
        return Register.open(address, ward_index=ward_index, user="Coordinator")

    register = reopen()
    ids = [register.add_asset(**fields).added[0] for fields in (LIBRARY, CAFE, PARK)]
    register.update_asset(ids[0], opening_times="Mon-Sat 9-5")
    person = register.add_person("Zebedee Quillfeather", phone="07700 900461")
    register.add_gift(person.id, name="Teaches sewing")
    register.add_subcategory("associations", "Allotment societies")
    register.save_view(
        "Bolton centre", note="For the ward meeting", area={"bounds": [-2.5, 53.5, -2.4, 53.6]}
    )
    yield Team(register, address, reopen)
    register.close()


@pytest.fixture
def offline(team: Team, tmp_path: Path, ward_index: WardIndex) -> Iterator[Register]:
    """An offline copy of the team register, open as a laptop's register."""
    path = tmp_path / "laptop.assetmap"
    take_offline(team.register, path, address=team.address, ward_index=ward_index)
    copy = Register.open(path, ward_index=ward_index, user="Worker")
    yield copy
    copy.close()


def _ids(register: Register) -> dict[str, str]:
    return {a.name: a.id for a in register.assets(include_removed=True)}


def _count(register: Register, table: str) -> int:
    with register.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _footprint(register: Register) -> tuple[int, ...]:
    """Rows that any write of assets, people or history would add to."""
    return tuple(
        _count(register, t) for t in ("assets", "asset_history", "people", "person_history", "audit_log")
    )


# -- taking offline ------------------------------------------------------------------------------


def test_taking_offline_copies_assets_history_people_subcategories_and_views(team, offline) -> None:
    server = team.register
    assert contents(offline) == contents(server)
    library = _ids(server)["Bolton Library"]
    server_nodes = [e.node for e in server.history(library)]
    assert [e.node for e in offline.history(library)][: len(server_nodes)] == server_nodes
    assert offline.history(library)[-1].node == server_nodes[-1]
    [person] = offline.people()
    assert person.name == "Zebedee Quillfeather"
    assert person.phone == "07700 900461"
    assert [g.name for g in offline.gifts_of(person.id)] == ["Teaches sewing"]
    assert (
        "Allotment societies"
        in next(c for c in offline.categories() if c.code == "associations").subcategories
    )
    assert [(v.title, v.note) for v in offline.views()] == [("Bolton centre", "For the ward meeting")]


def test_an_offline_copy_knows_its_team_register_and_has_an_identity_of_its_own(team, offline) -> None:
    origin = offline.offline_origin()
    assert origin is not None
    assert origin.address == team.register.location
    assert "assetmap_admin:" not in origin.address  # no password kept
    assert origin.register_id == team.register.register_id
    assert offline.register_id != team.register.register_id
    assert team.register.offline_origin() is None
    assert "offline copy of" in origin.label


def test_taking_offline_refuses_to_overwrite_a_file(team, tmp_path) -> None:
    target = tmp_path / "existing.assetmap"
    target.write_bytes(b"someone's notes")
    with pytest.raises(OfflineError, match="already a file"):
        take_offline(team.register, target, address=team.address)
    assert target.read_bytes() == b"someone's notes"


def test_taking_offline_cancelled_leaves_no_file(team, tmp_path) -> None:
    target = tmp_path / "cancelled.assetmap"
    calls = iter([False, False, True])
    with pytest.raises(OfflineError, match="cancelled"):
        take_offline(team.register, target, address=team.address, cancelled=lambda: next(calls, True))
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if "cancelled" in p.name]


# -- syncing -------------------------------------------------------------------------------------


def test_sync_sends_and_brings_changes_to_different_assets(team, offline) -> None:
    server = team.register
    ids = _ids(server)
    offline.update_asset(ids["Bolton Library"], name="Bolton Central Library")
    offline.add_asset(name="Sewing circle", category="associations", lon=-2.43, lat=53.58)
    server.update_asset(ids["Repair Cafe"], contact_phone="0161 000 0000")
    server.remove_asset(ids["Queen's Park"])

    result = sync(offline, server)

    assert result.changed
    assert contents(offline) == contents(server)
    assert server.asset(ids["Bolton Library"]).name == "Bolton Central Library"
    assert "Sewing circle" in _ids(server)
    assert offline.asset(ids["Repair Cafe"]).contact_phone == "0161 000 0000"
    assert offline.asset(ids["Queen's Park"]).is_removed
    assert offline.history(ids["Bolton Library"])[-1].node == server.history(ids["Bolton Library"])[-1].node


def test_sync_merges_different_fields_of_one_asset(team, offline) -> None:
    server = team.register
    library = _ids(server)["Bolton Library"]
    offline.update_asset(library, opening_times="Mon-Fri 10-4")
    server.update_asset(library, contact_phone="01204 333 173")

    sync(offline, server)

    for side in (offline, server):
        asset = side.asset(library)
        assert (asset.opening_times, asset.contact_phone) == ("Mon-Fri 10-4", "01204 333 173")
    assert offline.history(library)[-1].node == server.history(library)[-1].node


def test_the_same_field_changed_on_both_sides_is_a_conflict_chosen_before_anything_is_written(
    team, offline
) -> None:
    server = team.register
    library = _ids(server)["Bolton Library"]
    offline.update_asset(library, name="Bolton Library (laptop)")
    server.update_asset(library, name="Bolton Library (office)")
    before = (_footprint(offline), _footprint(server))

    plan = plan_sync(offline, server)
    [conflict] = plan.conflicts.conflicts
    [field] = conflict.conflicts
    assert (field.field, field.mine, field.theirs) == (
        "name",
        "Bolton Library (laptop)",
        "Bolton Library (office)",
    )
    with pytest.raises(MergeError, match="no choice"):
        apply_sync(offline, server, plan, {})
    assert (_footprint(offline), _footprint(server)) == before

    apply_sync(offline, server, plan, {library: {"name": "theirs"}})

    assert offline.asset(library).name == server.asset(library).name == "Bolton Library (office)"
    # The value not chosen stays in history on both sides.
    for side in (offline, server):
        names = {(e.content or {}).get("name") for e in side.history(library)}
        assert {"Bolton Library (laptop)", "Bolton Library (office)"} <= names
    assert offline.history(library)[-1].node == server.history(library)[-1].node


def test_choosing_this_copy_in_a_conflict_sends_it_to_the_team_register(team, offline) -> None:
    server = team.register
    library = _ids(server)["Bolton Library"]
    offline.update_asset(library, name="Bolton Library (laptop)")
    server.update_asset(library, name="Bolton Library (office)")

    sync(offline, server, {library: {"name": "mine"}})

    assert server.asset(library).name == offline.asset(library).name == "Bolton Library (laptop)"


def test_a_second_sync_with_no_new_changes_changes_nothing(team, offline) -> None:
    server = team.register
    ids = _ids(server)
    offline.update_asset(ids["Bolton Library"], name="Bolton Central Library")
    server.update_asset(ids["Repair Cafe"], contact_phone="0161 000 0000")
    sync(offline, server)
    before = (_footprint(offline), _footprint(server), offline.offline_origin())

    result = sync(offline, server)

    assert not result.changed
    assert (_footprint(offline), _footprint(server), offline.offline_origin()) == before


def test_changes_after_a_sync_travel_on_the_next(team, offline) -> None:
    server = team.register
    ids = _ids(server)
    offline.update_asset(ids["Bolton Library"], name="First")
    sync(offline, server)
    offline.update_asset(ids["Bolton Library"], name="Second")
    server.update_asset(ids["Repair Cafe"], name="Repair Cafe Bolton")

    sync(offline, server)

    assert server.asset(ids["Bolton Library"]).name == "Second"
    assert offline.asset(ids["Repair Cafe"]).name == "Repair Cafe Bolton"
    assert contents(offline) == contents(server)


def test_an_erasure_on_the_laptop_stays_erased_on_both_sides_after_sync(team, offline) -> None:
    server = team.register
    [person] = offline.people()
    [gift] = offline.gifts_of(person.id)
    server.update_asset(gift.id, description="Tuesdays at the library")  # changed there meanwhile

    offline.erase_person(person.id)
    sync(offline, server)
    sync(offline, server)

    for side in (offline, server):
        assert side.is_erased(person.id)
        with pytest.raises(PersonNotFoundError):
            side.person(person.id)
        assert gift.id not in _ids(side).values()


def test_an_erasure_on_the_team_register_reaches_the_copy_and_an_offline_edit_does_not_bring_it_back(
    team, offline
) -> None:
    server = team.register
    [person] = server.people()
    [gift] = server.gifts_of(person.id)
    offline.update_person(person.id, notes="Met at the tea dance")
    offline.update_asset(gift.id, description="Bring your own fabric")

    server.erase_person(person.id)
    sync(offline, server)

    for side in (offline, server):
        assert side.is_erased(person.id)
        assert gift.id not in _ids(side).values()


def test_sync_refuses_a_register_the_copy_was_not_taken_from(offline, tmp_path, ward_index) -> None:
    other = Register.open(tmp_path / "other.assetmap", ward_index=ward_index)
    try:
        with pytest.raises(OfflineError, match="not the team register this copy"):
            sync(offline, other)
    finally:
        other.close()


def test_sync_refuses_a_register_that_is_no_offline_copy(team, tmp_path, ward_index) -> None:
    plain = Register.open(tmp_path / "plain.assetmap", ward_index=ward_index)
    try:
        with pytest.raises(OfflineError, match="not an offline copy"):
            sync(plain, team.register)
    finally:
        plain.close()


def test_a_sync_cancelled_before_the_server_write_changes_nothing(team, offline) -> None:
    server = team.register
    library = _ids(server)["Bolton Library"]
    offline.update_asset(library, name="Bolton Central Library")
    plan = plan_sync(offline, server)
    before = (_footprint(offline), _footprint(server))

    with pytest.raises(SyncCancelled):
        apply_sync(offline, server, plan, cancelled=lambda: True)

    assert (_footprint(offline), _footprint(server)) == before
    sync(offline, server)
    assert server.asset(library).name == "Bolton Central Library"
