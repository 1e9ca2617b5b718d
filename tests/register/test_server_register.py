"""A register opens on a server URL: its schema is made there, and it is named without its password."""

from __future__ import annotations

import psycopg
import pytest

from assetmap.errors import ServerError
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
