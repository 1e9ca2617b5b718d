"""A coordinator manages the register's users; the server refuses everyone else, and says so plainly."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine, create_engine

from assetmap.register import roles, team_users
from assetmap.register.team_users import NotCoordinatorError, TeamUser, UserManagementError
from tests.pgcluster import Cluster
from tests.server.team import PASSWORD, Team, build_team


@pytest.fixture
def team(pg_cluster: Cluster) -> Iterator[tuple[Team, dict[str, str]]]:
    database = pg_cluster.new_database("users")
    try:
        yield build_team(pg_cluster, database)
    finally:
        pg_cluster.drop_database(database)
        for name in ("cora", "alice", "bob", "val", "dee", "eve"):
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{name}"')
        for role in roles.ROLES:
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{role}"')


def engine_as(team: Team, login: str) -> Engine:
    return create_engine(team.url(login))


def test_a_coordinator_adds_a_worker_who_then_logs_in_with_their_password(
    team: tuple[Team, dict[str, str]],
) -> None:
    register, named = team
    dee = f"{register.database}_dee"
    coordinator = engine_as(register, named["cora"])
    assert team_users.add_user(coordinator, dee, "worker", "a long enough secret") is True
    assert TeamUser(dee, "worker") in team_users.users(coordinator)
    with psycopg.connect(register.cluster.libpq(register.database, dee, "a long enough secret")) as conn:
        seen = {row[0] for row in conn.execute("SELECT id FROM assets")}
    assert seen == {"alice-public", "alice-partners", "alice-gift"}
    coordinator.dispose()


def test_the_server_keeps_only_a_scram_verifier_of_a_new_password(team: tuple[Team, dict[str, str]]) -> None:
    register, named = team
    with psycopg.connect(register.cluster.libpq()) as conn:
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (named["alice"],)
        ).fetchone()
    assert stored is not None and stored[0].startswith("SCRAM-SHA-256$")
    assert PASSWORD not in stored[0]


@pytest.mark.parametrize("who", ["alice", "val"])
@pytest.mark.parametrize(
    "action",
    [
        lambda e, t: team_users.add_user(e, f"{t.database}_eve", "coordinator", "a long enough secret"),
        lambda e, t: team_users.set_role(e, f"{t.database}_alice", "coordinator"),
        lambda e, t: team_users.remove_user(e, f"{t.database}_bob"),
        lambda e, t: team_users.users(e),
    ],
    ids=["add-user", "set-role", "remove-user", "users"],
)
def test_only_a_coordinator_may_manage_users(
    team: tuple[Team, dict[str, str]], who: str, action: object
) -> None:
    register, named = team
    engine = engine_as(register, named[who])
    with pytest.raises(NotCoordinatorError) as refused:
        action(engine, register)  # type: ignore[operator]
    engine.dispose()
    message = str(refused.value)
    assert "only a coordinator" in message and register.database in message and named[who] in message
    with psycopg.connect(register.cluster.libpq()) as conn:
        eve = conn.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = %s", (f"{register.database}_eve",)
        ).fetchone()
    assert eve is None


def test_a_changed_role_changes_what_the_login_sees(team: tuple[Team, dict[str, str]]) -> None:
    register, named = team
    coordinator = engine_as(register, named["cora"])
    team_users.set_role(coordinator, named["alice"], "viewer")
    coordinator.dispose()
    with register.connect(named["alice"]) as conn:
        seen = {row[0] for row in conn.execute("SELECT id FROM assets")}
        assert conn.execute("SELECT id FROM people").fetchall() == []
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE assets SET name = 'x'")
    assert seen == {"alice-public"}


def test_a_removed_user_can_no_longer_log_in(team: tuple[Team, dict[str, str]]) -> None:
    register, named = team
    coordinator = engine_as(register, named["cora"])
    assert team_users.remove_user(coordinator, named["bob"]) is True
    assert named["bob"] not in {u.login for u in team_users.users(coordinator)}
    coordinator.dispose()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(register.libpq(named["bob"]))


@pytest.mark.parametrize("change", ["demote", "remove"])
def test_the_only_coordinator_stays_one(team: tuple[Team, dict[str, str]], change: str) -> None:
    register, named = team
    coordinator = engine_as(register, named["cora"])
    with pytest.raises(UserManagementError, match="only coordinator"):
        if change == "demote":
            team_users.set_role(coordinator, named["cora"], "worker")
        else:
            team_users.remove_user(coordinator, named["cora"])
    assert TeamUser(named["cora"], "coordinator") in team_users.users(coordinator)
    coordinator.dispose()


def test_a_user_already_there_and_a_short_password_are_refused_plainly(
    team: tuple[Team, dict[str, str]],
) -> None:
    register, named = team
    coordinator = engine_as(register, named["cora"])
    with pytest.raises(UserManagementError, match="already a user of this register, as worker"):
        team_users.add_user(coordinator, named["alice"], "viewer", "a long enough secret")
    with pytest.raises(UserManagementError, match="at least 10 characters"):
        team_users.add_user(coordinator, f"{register.database}_eve", "viewer", "short")
    coordinator.dispose()


def test_each_login_knows_its_role(team: tuple[Team, dict[str, str]]) -> None:
    register, named = team
    for who, role in (("cora", "coordinator"), ("alice", "worker"), ("val", "viewer")):
        engine = engine_as(register, named[who])
        with engine.connect() as conn:
            assert team_users.role_of(conn) == role
        engine.dispose()


def test_each_change_of_a_login_is_in_the_audit_trail_under_the_coordinator(
    team: tuple[Team, dict[str, str]],
) -> None:
    register, named = team
    dee = f"{register.database}_dee"
    coordinator = engine_as(register, named["cora"])
    team_users.add_user(coordinator, dee, "viewer", "dee's long password")
    team_users.set_role(coordinator, dee, "worker")
    team_users.remove_user(coordinator, dee)
    coordinator.dispose()
    with register.connect(named["cora"]) as conn:
        rows = conn.execute(
            'SELECT "user", action, record_kind, record_id FROM audit_log WHERE record_id = %s ORDER BY seq',
            (dee,),
        ).fetchall()
    assert rows == [(named["cora"], action, "login", dee) for action in ("add", "update", "remove")]
