"""Roles are enforced by the server: each login, through plain SQL, reads and writes no more than its role."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import errors

from assetmap.register import roles
from tests.pgcluster import Cluster
from tests.server.team import NOW, PASSWORD, Team, add_asset, build_team


@pytest.fixture(scope="module")
def team(pg_cluster: Cluster) -> Iterator[tuple[Team, dict[str, str]]]:
    """One register with its users and rows, shared by the read-only checks of this module."""
    database = pg_cluster.new_database("roles")
    try:
        yield build_team(pg_cluster, database)
    finally:
        pg_cluster.drop_database(database)
        for name in ("cora", "alice", "bob", "val"):
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{name}"')
        for role in roles.ROLES:
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{role}"')


def _ids(conn: psycopg.Connection, sql: str) -> set[str]:
    return {row[0] for row in conn.execute(sql)}


# -- every table of the register is under row-level security -----------------------------------------


def test_every_table_of_the_register_has_row_level_security_enabled_and_forced(
    team: tuple[Team, dict],
) -> None:
    register, _ = team
    with psycopg.connect(register.cluster.libpq(register.database)) as conn:
        rows = conn.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
        ).fetchall()
    tables = {
        name: (enabled, forced) for name, enabled, forced in rows if name not in roles.NOT_REGISTER_TABLES
    }
    assert tables, "the register has no tables"
    unguarded = sorted(name for name, flags in tables.items() if flags != (True, True))
    assert unguarded == []
    undeclared = sorted(set(tables) - set(roles.POLICIES))
    assert undeclared == [], f"tables with no policies declared in assetmap.register.roles: {undeclared}"


# -- what each role reads ------------------------------------------------------------------------------

ALL_ASSETS = {"alice-public", "alice-partners", "alice-private", "alice-gift", "bob-private", "cora-private"}
READS = [
    # (role, query, expected ids, or None when the server refuses the read outright)
    ("viewer", "SELECT id FROM assets WHERE person_id IS NOT NULL", set()),
    ("viewer", "SELECT id FROM assets", {"alice-public"}),
    ("viewer", "SELECT id FROM people", set()),
    ("viewer", "SELECT person_id FROM person_keys", set()),
    ("viewer", "SELECT person_id FROM person_history", set()),
    ("viewer", "SELECT person_id FROM person_links", set()),
    ("viewer", "SELECT person_id FROM consent_events", set()),
    ("viewer", "SELECT person_id FROM erasures", set()),
    ("viewer", "SELECT record_id FROM audit_log", set()),
    ("viewer", "SELECT asset_id FROM asset_history", set()),
    ("viewer", "SELECT id FROM suggestions", set()),
    ("viewer", "SELECT code FROM categories WHERE code = 'associations'", {"associations"}),
    (
        "alice",
        "SELECT id FROM assets",
        {"alice-public", "alice-partners", "alice-private", "alice-gift"},
    ),
    (
        "alice",
        "SELECT DISTINCT asset_id FROM asset_history",
        {"alice-public", "alice-partners", "alice-private", "alice-gift"},
    ),
    ("alice", "SELECT id FROM people", {"alice-person"}),
    ("alice", "SELECT person_id FROM person_keys", {"alice-person"}),
    ("alice", "SELECT DISTINCT person_id FROM person_history", {"alice-person"}),
    ("alice", "SELECT person_id FROM consent_events", {"alice-person"}),
    ("bob", "SELECT id FROM assets", {"alice-public", "alice-partners", "alice-gift", "bob-private"}),
    ("bob", "SELECT id FROM people", {"bob-person"}),
    ("bob", "SELECT person_id FROM person_keys", {"bob-person"}),
    ("bob", "SELECT person_id FROM consent_events", set()),
    ("cora", "SELECT id FROM assets", ALL_ASSETS),
    ("cora", "SELECT DISTINCT asset_id FROM asset_history", ALL_ASSETS),
    ("cora", "SELECT id FROM people", {"alice-person", "bob-person"}),
    ("cora", "SELECT person_id FROM person_keys", {"alice-person", "bob-person"}),
    # Links, stories and their history follow what they connect.
    ("viewer", "SELECT id FROM links", set()),
    ("viewer", "SELECT link_id FROM link_history", set()),
    ("viewer", "SELECT id FROM stories", {"s-public"}),
    ("viewer", "SELECT story_id FROM story_history", set()),
    ("viewer", "SELECT code FROM link_kinds WHERE code = 'supports'", {"supports"}),
    ("alice", "SELECT id FROM links", {"l-shared", "l-alice-private", "l-alice-person"}),
    ("alice", "SELECT link_id FROM link_history", {"l-shared", "l-alice-private", "l-alice-person"}),
    ("alice", "SELECT id FROM stories", {"s-public"}),
    ("bob", "SELECT id FROM links", {"l-shared", "l-bob-private"}),
    ("bob", "SELECT id FROM stories", {"s-public", "s-bob"}),
    ("bob", "SELECT story_id FROM story_history", {"s-public", "s-bob"}),
    ("cora", "SELECT id FROM links", {"l-shared", "l-alice-private", "l-bob-private", "l-alice-person"}),
]


@pytest.mark.parametrize(("who", "query", "expected"), READS, ids=[f"{w}:{q}" for w, q, _ in READS])
def test_each_role_reads_only_what_it_may(
    team: tuple[Team, dict[str, str]], who: str, query: str, expected: set[str] | None
) -> None:
    register, named = team
    login = named[{"viewer": "val"}.get(who, who)]
    with register.connect(login) as conn:
        if expected is None:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(query)
        else:
            assert _ids(conn, query) == expected


# -- what each role may not write -----------------------------------------------------------------------

REFUSED_WRITES = [
    (
        "viewer",
        "INSERT INTO assets (id, name, category, visibility, status, created_at, updated_at, version)"
        " VALUES ('v-new', 'x', 'associations', 'public', 'active', now(), now(), 1)",
    ),
    ("viewer", "UPDATE assets SET name = 'changed' WHERE id = 'alice-public'"),
    ("viewer", "DELETE FROM assets WHERE id = 'alice-public'"),
    ("viewer", "INSERT INTO people (id, created_at, updated_at, version) VALUES ('v-p', now(), now(), 1)"),
    ("viewer", "UPDATE categories SET label = 'x'"),
    (
        "viewer",
        "INSERT INTO audit_log (at, \"user\", action, record_kind) VALUES (now(), 'v', 'add', 'asset')",
    ),
    # A worker may not make a row that is someone else's, nor hide a shared asset as another's private one.
    (
        "alice",
        "INSERT INTO assets (id, name, category, visibility, status, created_at, updated_at, version, owner)"
        " VALUES ('a-new', 'x', 'associations', 'private', 'active', now(), now(), 1, 'someone else')",
    ),
    ("alice", "UPDATE assets SET owner = 'someone else' WHERE id = 'alice-public'"),
    (
        "alice",
        "INSERT INTO people (id, created_at, updated_at, version, owner)"
        " VALUES ('a-p', now(), now(), 1, 'someone else')",
    ),
    ("alice", "INSERT INTO person_keys (person_id, key) VALUES ('bob-person', 'k')"),
    ("alice", "UPDATE ward_boundaries SET ward_name = 'x'"),
    (
        "viewer",
        "INSERT INTO stories (id, asset_id, text, quote_consent, featured, created_at, updated_at, version)"
        " VALUES ('v-s', 'alice-public', 'x', false, false, now(), now(), 1)",
    ),
    ("viewer", "DELETE FROM links"),
    # A worker may not link from another worker's private asset, nor tell a story on it.
    (
        "alice",
        "INSERT INTO links (id, from_kind, from_id, to_id, kind, created_at, updated_at, version)"
        " VALUES ('a-l', 'asset', 'bob-private', 'alice-public', 'supports', now(), now(), 1)",
    ),
    (
        "alice",
        "INSERT INTO stories (id, asset_id, text, quote_consent, featured, created_at, updated_at, version)"
        " VALUES ('a-s', 'bob-private', 'x', false, false, now(), now(), 1)",
    ),
    ("alice", "DELETE FROM register_meta"),
]
AUDIT_CHANGES = [
    "UPDATE audit_log SET \"user\" = 'someone else'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
]


@pytest.mark.parametrize(
    ("who", "statement"), REFUSED_WRITES, ids=[f"{w}:{s[:40]}" for w, s in REFUSED_WRITES]
)
def test_each_role_is_refused_writes_beyond_it(
    team: tuple[Team, dict[str, str]], who: str, statement: str
) -> None:
    register, named = team
    login = named[{"viewer": "val"}.get(who, who)]
    with register.connect(login) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(statement)


@pytest.mark.parametrize("who", ["cora", "alice", "val"])
@pytest.mark.parametrize("statement", AUDIT_CHANGES)
def test_nobody_changes_or_deletes_the_audit_trail(
    team: tuple[Team, dict[str, str]], who: str, statement: str
) -> None:
    register, named = team
    with register.connect(named[who]) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(statement)


WRITES_UNSEEN = [
    # A worker's change to rows they cannot see touches nothing.
    ("alice", "UPDATE assets SET name = 'changed' WHERE id = 'bob-private'"),
    ("bob", "DELETE FROM assets WHERE id = 'alice-public'"),  # shared, but not theirs to delete
    ("alice", "UPDATE people SET version = 9 WHERE id = 'bob-person'"),
    ("alice", "DELETE FROM person_keys WHERE person_id = 'bob-person'"),
    ("bob", "UPDATE consent_events SET scope = 'named' WHERE person_id = 'alice-person'"),
]


@pytest.mark.parametrize(("who", "statement"), WRITES_UNSEEN, ids=[f"{w}:{s[:40]}" for w, s in WRITES_UNSEEN])
def test_a_worker_cannot_change_rows_of_another_worker(
    team: tuple[Team, dict[str, str]], who: str, statement: str
) -> None:
    register, named = team
    with register.connect(named[who]) as conn:
        assert conn.execute(statement).rowcount == 0


def test_a_worker_cannot_turn_a_shared_asset_into_someone_elses_private_one(
    team: tuple[Team, dict[str, str]],
) -> None:
    register, named = team
    with register.connect(named["bob"]) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE assets SET visibility = 'private' WHERE id = 'alice-partners'")


def test_the_trail_records_the_login_whatever_name_is_given(team: tuple[Team, dict[str, str]]) -> None:
    register, named = team
    with register.connect(named["alice"]) as conn:
        conn.execute(
            'INSERT INTO audit_log (at, "user", action, record_kind, record_id)'
            " VALUES (%s, 'Cora Coordinator', 'add', 'asset', 'trail-check')",
            (NOW,),
        )
    with register.connect(named["cora"]) as conn:
        users = _ids(conn, "SELECT \"user\" FROM audit_log WHERE record_id = 'trail-check'")
    assert users == {named["alice"]}


def test_a_new_row_belongs_to_the_login_that_wrote_it(team: tuple[Team, dict[str, str]]) -> None:
    register, named = team
    with register.connect(named["cora"]) as conn:
        owners = dict(conn.execute("SELECT id, owner FROM assets WHERE id LIKE '%-private'").fetchall())
    assert owners == {
        "alice-private": named["alice"],
        "bob-private": named["bob"],
        "cora-private": named["cora"],
    }


def test_viewers_read_aggregate_figures_with_small_numbers_of_people_suppressed(
    team: tuple[Team, dict[str, str]],
) -> None:
    register, named = team
    with register.connect(named["val"]) as conn:
        figures = {
            (category, places, assets, shown)
            for _ward, category, places, assets, shown in conn.execute(f"SELECT * FROM {roles.FIGURES_VIEW}")
        }
    # The public and the partners place count; the one person's gift (with consent) is "<5".
    assert figures == {("associations", 2, 2, "2"), ("gifts_skills", 0, None, "<5")}


def test_a_viewer_through_psql_sees_public_assets_and_no_people(team: tuple[Team, dict[str, str]]) -> None:
    psql = shutil.which("psql")
    assert psql is not None, "psql is installed with the PostgreSQL server"
    register, named = team

    def run(sql: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [psql, register.libpq(named["val"]), "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    seen = run("SELECT id FROM assets ORDER BY id")
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.split() == ["alice-public"]
    people = run("SELECT count(*) FROM people")
    assert people.returncode == 0 and people.stdout.split() == ["0"], people.stderr
    adding = run("INSERT INTO people (id, created_at, updated_at, version) VALUES ('p', now(), now(), 1)")
    assert adding.returncode != 0 and "permission denied" in adding.stderr


def test_a_worker_adds_and_sees_a_private_asset_of_their_own(team: tuple[Team, dict[str, str]]) -> None:
    register, named = team
    with register.connect(named["bob"]) as conn:
        add_asset(conn, "bob-second", "private")
        assert "bob-second" in _ids(conn, "SELECT id FROM assets")
    with register.connect(named["alice"]) as conn:
        assert "bob-second" not in _ids(conn, "SELECT id FROM assets")
    with register.connect(named["bob"]) as conn:
        conn.execute("DELETE FROM asset_history WHERE asset_id = 'bob-second'")
        assert conn.execute("DELETE FROM assets WHERE id = 'bob-second'").rowcount == 1


def test_a_login_of_no_role_cannot_connect_to_the_register(team: tuple[Team, dict[str, str]]) -> None:
    register, _ = team
    stranger = f"{register.database}_stranger"
    register.cluster.run_sql(f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD '{PASSWORD}'")
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(register.libpq(stranger))
    finally:
        register.cluster.run_sql(f'DROP ROLE "{stranger}"')


def test_a_table_a_later_migration_adds_is_put_under_the_roles_as_declared(
    team: tuple[Team, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import create_engine, text

    register, named = team
    monkeypatch.setitem(roles.POLICIES, "later_notes", (roles.Policy(roles.WORKER, "SELECT", "true"),))
    engine = create_engine(register.url())
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE later_notes (id text PRIMARY KEY)"))
            conn.execute(text("INSERT INTO later_notes VALUES ('n1')"))
            roles.secure_tables(conn, ["later_notes"])
        with register.connect(named["alice"]) as conn:
            assert _ids(conn, "SELECT id FROM later_notes") == {"n1"}
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("DELETE FROM later_notes")
        with register.connect(named["val"]) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT id FROM later_notes")
    finally:
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE later_notes"))
        engine.dispose()
