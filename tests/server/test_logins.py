"""Logging in to a team register: the details, the password's keeping, and plain errors for each failure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.register import logins, roles
from assetmap.register.logins import LoginError, ServerLogin
from tests.memory_keyring import MemoryKeyring, keyring_in_use
from tests.pgcluster import Cluster
from tests.server.team import PASSWORD, Team, build_team


@pytest.fixture(scope="module")
def team(pg_cluster: Cluster) -> Iterator[tuple[Team, dict[str, str]]]:
    database = pg_cluster.new_database("logins")
    try:
        yield build_team(pg_cluster, database)
    finally:
        pg_cluster.drop_database(database)
        for name in ("cora", "alice", "bob", "val", "stranger"):
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{name}"')
        for role in roles.ROLES:
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{role}"')


def login_of(team: Team, user: str, **changes: object) -> ServerLogin:
    details: dict[str, object] = {
        "host": team.cluster.host,
        "port": team.cluster.port,
        "database": team.database,
        "user": user,
        "sslmode": "disable",
    }
    details.update(changes)
    return ServerLogin(**details)  # type: ignore[arg-type]


def test_a_location_names_the_register_without_its_password() -> None:
    login, password = logins.parse_location(
        "postgresql://alice:s3cret%40word@db.example.org:6543/team?sslmode=require"
    )
    assert login == ServerLogin("db.example.org", "team", "alice", 6543, "require")
    assert password == "s3cret@word"
    assert "s3cret" not in login.location
    assert logins.parse_location(login.location) == (login, None)
    assert logins.is_server_location(login.location) and not logins.is_server_location("/home/a/b.assetmap")


def test_verifying_the_certificate_needs_a_root_certificate_file(tmp_path: Path) -> None:
    login = ServerLogin("db.example.org", "team", "alice", sslmode="verify-full")
    assert "root certificate" in (login.problem() or "")
    missing = ServerLogin(
        "db.example.org", "team", "alice", sslmode="verify-ca", sslrootcert=str(tmp_path / "r")
    )
    assert "is not there" in (missing.problem() or "")
    (tmp_path / "root.crt").write_text("certificate", encoding="utf-8")
    given = ServerLogin(
        "db.example.org", "team", "alice", sslmode="verify-full", sslrootcert=str(tmp_path / "root.crt")
    )
    assert given.problem() is None
    assert logins.parse_location(given.location)[0] == given


@pytest.mark.parametrize(("who", "role"), [("cora", "coordinator"), ("alice", "worker"), ("val", "viewer")])
def test_a_login_that_works_says_its_role(team: tuple[Team, dict[str, str]], who: str, role: str) -> None:
    register, named = team
    assert logins.try_login(login_of(register, named[who]), PASSWORD) == role


def test_each_failure_to_log_in_is_said_plainly(team: tuple[Team, dict[str, str]], pg_url: str) -> None:
    register, named = team
    alice = named["alice"]
    stranger = f"{register.database}_stranger"
    register.cluster.run_sql(f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD '{PASSWORD}'")
    other_database = pg_url.rsplit("/", 1)[1]
    cases = [
        (login_of(register, alice), "not the password", LoginError.WRONG_PASSWORD, "password is not right"),
        (login_of(register, alice, port=1), PASSWORD, LoginError.UNREACHABLE, "cannot be reached"),
        (
            login_of(register, alice, database="no_such_db"),
            PASSWORD,
            LoginError.NOT_A_REGISTER,
            "no database",
        ),
        (
            login_of(register, register.cluster.user, database=other_database),
            register.cluster.password,
            LoginError.NOT_A_REGISTER,
            "is not an AssetMap register",
        ),
        (login_of(register, stranger), PASSWORD, LoginError.NO_ACCESS, "has no role in"),
        (login_of(register, alice, sslmode="require"), PASSWORD, LoginError.ENCRYPTION, "encrypted"),
    ]
    for login, password, kind, words in cases:
        with pytest.raises(LoginError) as failed:
            logins.try_login(login, password)
        assert failed.value.kind == kind, (login, str(failed.value))
        assert words in str(failed.value)
        assert PASSWORD not in str(failed.value)


def test_a_password_is_kept_in_the_keyring_and_a_script_can_give_one(monkeypatch: pytest.MonkeyPatch) -> None:
    login = ServerLogin("db.example.org", "team", "alice")
    with keyring_in_use(MemoryKeyring()) as kept:
        assert logins.password_for(login) is None
        assert logins.remember_password(login, "kept secret")
        assert kept.kept == {(logins.KEYRING_SERVICE, "alice@db.example.org:5432/team"): "kept secret"}  # type: ignore[attr-defined]
        assert logins.password_for(login) == "kept secret"
        monkeypatch.setenv(logins.PASSWORD_VARIABLE, "from a script")
        assert logins.password_for(login) == "from a script"
        assert logins.password_for(login, "in the url") == "in the url"
        logins.forget_password(login)
        monkeypatch.delenv(logins.PASSWORD_VARIABLE)
        assert logins.password_for(login) is None
