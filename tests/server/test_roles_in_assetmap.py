"""Each role, logged in through AssetMap's own Register, reads and writes no more than the server allows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assetmap.errors import AssetNotFoundError
from assetmap.register import Register, roles
from assetmap.register.refusals import RoleRefusedError
from tests.pgcluster import Cluster
from tests.server.team import Team, build_team


@pytest.fixture
def team(pg_cluster: Cluster) -> Iterator[tuple[Team, dict[str, str]]]:
    database = pg_cluster.new_database("through")
    try:
        yield build_team(pg_cluster, database)
    finally:
        pg_cluster.drop_database(database)
        for name in ("cora", "alice", "bob", "val"):
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{name}"')
        for role in roles.ROLES:
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{role}"')


def opened(team: Team, login: str) -> Register:
    return Register.open(team.url(login), user="A typed name")


def test_a_viewer_sees_public_assets_and_may_not_read_people_or_write(
    team: tuple[Team, dict[str, str]],
) -> None:
    register, named = team
    with opened(register, named["val"]) as viewer:
        assert viewer.role == "viewer"
        assert {a.id for a in viewer.assets()} == {"alice-public"}
        assert viewer.people() == []
        with pytest.raises(RoleRefusedError, match="may not add to people's records"):
            viewer.add_person("Someone a viewer met")
        with pytest.raises(RoleRefusedError, match="may not add to these assets"):
            viewer.add_asset(name="A viewer's asset", category="associations")
        with pytest.raises(RoleRefusedError, match="may not change these assets"):
            viewer.update_asset("alice-public", name="Changed by a viewer")
        assert viewer.audit_trail() == []
    with opened(register, named["cora"]) as coordinator:
        assert coordinator.asset("alice-public").name == "alice-public name"


def test_a_worker_cannot_see_or_change_another_workers_private_assets_or_people(
    team: tuple[Team, dict[str, str]],
) -> None:
    register, named = team
    with opened(register, named["bob"]) as bob:
        assert bob.role == "worker"
        assert {a.id for a in bob.assets()} == {"alice-public", "alice-partners", "alice-gift", "bob-private"}
        assert {p.id for p in bob.people()} == {"bob-person"}
        with pytest.raises(AssetNotFoundError):
            bob.update_asset("alice-private", name="Changed by bob")
        with pytest.raises(RoleRefusedError, match="out of their reach"):
            bob.update_asset("alice-partners", visibility="private")
        own = bob.add_asset(name="Bob's own", category="associations", visibility="private").assets[0]
    with opened(register, named["alice"]) as alice:
        assert own.id not in {a.id for a in alice.assets()}
        assert alice.asset("alice-private").name == "alice-private name"
    with opened(register, named["cora"]) as coordinator:
        assert coordinator.role == "coordinator"
        every = {a.id for a in coordinator.assets()}
        assert {"alice-private", "bob-private", "cora-private", own.id} <= every
        assert {p.id for p in coordinator.people()} == {"alice-person", "bob-person"}


def test_the_trail_names_the_login_not_a_typed_name(team: tuple[Team, dict[str, str]]) -> None:
    register, named = team
    with opened(register, named["alice"]) as alice:
        assert alice.user == named["alice"]
        added = alice.add_asset(name="Alice's new group", category="associations").added[0]
        person = alice.add_person("Someone alice met")
    with opened(register, named["cora"]) as coordinator:
        trail = coordinator.audit_trail(record_ids=[added, person.id])
        assert {entry.user for entry in trail} == {named["alice"]}
        assert coordinator.person(person.id).recorded_by == named["alice"]
