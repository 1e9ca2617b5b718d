"""A register opens on a server URL: its schema is made there, and it is named without its password."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from assetmap.errors import MigrationError, ServerError
from assetmap.register import Register, migrate
from tests.pgcluster import Cluster, with_password


def _database(url: str) -> str:
    return url.rsplit("/", 1)[1]


@pytest.mark.parametrize("scheme", ["postgresql+psycopg", "postgresql", "postgres"])
def test_a_register_opens_on_a_server_url_with_each_scheme(pg_url: str, scheme: str) -> None:
    url = scheme + pg_url.removeprefix("postgresql+psycopg")
    with Register.open(url, user="Asha") as register:
        added = register.add_asset(name="Hulme Community Garden", category="physical_spaces")
        assert register.is_server
        assert register.asset(added.added[0]).name == "Hulme Community Garden"
    with Register.open(url) as again:
        assert [a.name for a in again.assets()] == ["Hulme Community Garden"]


def test_the_migrations_run_on_the_server_to_the_newest_schema(pg_cluster: Cluster, pg_url: str) -> None:
    Register.open(pg_url).close()
    with psycopg.connect(pg_cluster.libpq(_database(pg_url))) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (migrate.head_revision(),)
        ]
        tables = {
            row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
    assert {"assets", "asset_history", "people", "consent_events", "audit_log", "suggestions"} <= tables
    # Opened again, nothing is left to upgrade.
    with Register.open(pg_url) as register:
        assert migrate.upgrade_server(register.location, register.engine) == []


def test_a_server_register_is_named_without_its_password(pg_cluster: Cluster, pg_url: str) -> None:
    with Register.open(pg_url) as register:
        assert pg_cluster.password not in register.location
        assert register.location.startswith("postgresql://assetmap_admin@127.0.0.1:")
        assert register.display_name == f"{_database(pg_url)} on 127.0.0.1"
        with pytest.raises(ServerError, match="on a server, not in a file"):
            _ = register.path


def test_a_wrong_password_is_refused_naming_the_server_and_role(pg_cluster: Cluster, pg_url: str) -> None:
    wrong = with_password(pg_url, pg_cluster.user, "not the password")
    with pytest.raises(ServerError) as caught:
        Register.open(wrong)
    message = str(caught.value)
    assert "refused the role assetmap_admin" in message
    assert "not the password" not in message and pg_cluster.password not in message
    assert f"127.0.0.1:{pg_cluster.port}/{_database(pg_url)}" in message


def test_a_server_that_is_not_there_is_said_plainly(pg_cluster: Cluster) -> None:
    from tests.pgcluster import _free_port

    gone = pg_cluster.url("postgres").replace(f":{pg_cluster.port}/", f":{_free_port()}/")
    with pytest.raises(ServerError, match="cannot be reached"):
        Register.open(gone)


def test_two_first_openings_at_once_make_one_schema_and_one_set_of_categories(
    pg_cluster: Cluster, pg_url: str
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def _open(_: int) -> int:
        with Register.open(pg_url) as register:
            return len(register.categories())

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(_open, range(4))) == [6, 6, 6, 6]
    with psycopg.connect(pg_cluster.libpq(_database(pg_url))) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM categories").fetchone() == (6,)


def test_an_upgrade_that_fails_on_the_server_leaves_it_as_it_was(pg_cluster: Cluster, pg_url: str) -> None:
    # Another program's table where a later migration makes one of the register's own: that step fails.
    pg_cluster.run_sql("CREATE TABLE saved_views (id integer)", _database(pg_url))

    with pytest.raises(MigrationError, match="nothing was changed on the server"):
        Register.open(pg_url)

    with psycopg.connect(pg_cluster.libpq(_database(pg_url))) as conn:
        made = conn.execute(
            "SELECT to_regclass('assets'), to_regclass('alembic_version'), to_regclass('audit_log')"
        ).fetchone()
    assert made == (None, None, None)


def test_a_password_given_as_an_option_is_not_shown_either(pg_cluster: Cluster, pg_url: str) -> None:
    bare = pg_url.replace(f":{pg_cluster.password}@", "@")
    with Register.open(f"{bare}?sslmode=disable&password={pg_cluster.password}") as register:
        assert pg_cluster.password not in register.location
        assert register.location.endswith("?sslmode=disable")


def test_an_erased_person_is_in_no_row_of_the_server(pg_cluster: Cluster, pg_url: str) -> None:
    name, phone = "Quennevilliers Zephyrine", "0161 496 0017"
    with Register.open(pg_url) as register:
        person = register.add_person(name, phone=phone, notes="Knits for the hospice")
        register.record_consent(person.id, "register", method="spoken")
        register.add_gift(person.id, name="Knitting circle")
        register.update_person(person.id, notes="Also sings")
        register.erase_person(person.id)
        assert register.is_erased(person.id)

    with psycopg.connect(pg_cluster.libpq(_database(pg_url))) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables "
                "WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys'"
            )
        ]
        every_row = "\n".join(
            str(row[0])
            for table in tables
            for row in conn.execute(f"SELECT t::text FROM {table} t")  # type: ignore[call-overload]
        )
        keys = conn.execute("SELECT count(*) FROM person_keys").fetchone()
    assert name not in every_row and phone not in every_row and "Knitting circle" not in every_row
    assert keys == (0,)


def test_a_team_register_from_an_older_assetmap_is_upgraded_when_opened(
    pg_cluster: Cluster, pg_url: str
) -> None:
    from assetmap.register.server import server_engine, server_url

    engine = server_engine(server_url(pg_url))
    try:
        assert migrate.upgrade(Path("team"), engine, target="0007")[-1] == "0007"
        assert migrate.stored_revision(engine) == "0007"
    finally:
        engine.dispose()
    with Register.open(pg_url) as register:
        register.add_asset(name="Library", category="institutions", lon=-2.24, lat=53.48)
        assert migrate.stored_revision(register.engine) == migrate.head_revision()
    with psycopg.connect(pg_cluster.libpq(_database(pg_url))) as conn:
        assert conn.execute("SELECT ST_AsText(geom) FROM assets").fetchall() == [("POINT(-2.24 53.48)",)]


def test_a_database_that_is_not_on_the_server_is_said_plainly(pg_cluster: Cluster) -> None:
    with pytest.raises(ServerError, match="has no such database") as caught:
        Register.open(pg_cluster.url("no_such_register"))
    assert "assetmap server init" in str(caught.value) and pg_cluster.password not in str(caught.value)
