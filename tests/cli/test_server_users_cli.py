"""``assetmap server add-user``, ``set-role``, ``remove-user`` and ``users`` on a real server."""

from __future__ import annotations

import io
from collections.abc import Iterator

import psycopg
import pytest

from assetmap.cli import main
from assetmap.register import roles
from tests.pgcluster import Cluster
from tests.server.team import PASSWORD, Team, build_team


@pytest.fixture
def team(pg_cluster: Cluster) -> Iterator[tuple[Team, dict[str, str]]]:
    database = pg_cluster.new_database("cli")
    try:
        yield build_team(pg_cluster, database)
    finally:
        pg_cluster.drop_database(database)
        for name in ("cora", "alice", "bob", "val", "dee"):
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{name}"')
        for role in roles.ROLES:
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{role}"')


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _location(team: Team, login: str) -> str:
    """The register's URL for ``login``, without a password: that comes from ASSETMAP_PASSWORD."""
    return f"postgresql://{login}@{team.cluster.host}:{team.cluster.port}/{team.database}?sslmode=disable"


def test_a_coordinator_manages_users_from_a_script(
    team: tuple[Team, dict[str, str]], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    register, named = team
    monkeypatch.setenv("ASSETMAP_PASSWORD", PASSWORD)
    url = _location(register, named["cora"])
    dee = f"{register.database}_dee"

    code, out, err = _run(
        capsys, monkeypatch, "server", "add-user", dee, "--role", "viewer", "--password-stdin", url,
        stdin="dee's own long password\n",
    )  # fmt: skip
    assert code == 0, err
    assert f"{dee} can now log in" in out and "viewer" in out
    with psycopg.connect(register.cluster.libpq(register.database, dee, "dee's own long password")) as conn:
        assert {row[0] for row in conn.execute("SELECT id FROM assets")} == {"alice-public"}

    code, out, err = _run(capsys, monkeypatch, "server", "set-role", dee, "--role", "worker", url)
    assert code == 0, err
    code, out, err = _run(capsys, monkeypatch, "server", "users", url)
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0] == ["login", "role"]
    assert (
        [dee, "worker"] in rows
        and [named["cora"], "coordinator"] in rows
        and [named["val"], "viewer"] in rows
    )

    code, out, err = _run(capsys, monkeypatch, "server", "remove-user", dee, url)
    assert code == 0, err
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(register.cluster.libpq(register.database, dee, "dee's own long password"))


@pytest.mark.parametrize("who", ["alice", "val"])
def test_the_server_refuses_anyone_but_a_coordinator_and_the_command_says_so(
    team: tuple[Team, dict[str, str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    who: str,
) -> None:
    register, named = team
    monkeypatch.setenv("ASSETMAP_PASSWORD", PASSWORD)
    url = _location(register, named[who])
    code, _out, err = _run(
        capsys, monkeypatch, "server", "add-user", f"{register.database}_dee", "--role", "coordinator",
        "--password-stdin", url, stdin="another long password\n",
    )  # fmt: skip
    assert code == 2
    assert "only a coordinator" in err and named[who] in err and "Traceback" not in err
    code, _out, err = _run(capsys, monkeypatch, "server", "users", url)
    assert code == 2 and "only a coordinator" in err


def test_without_a_password_or_a_terminal_the_command_asks_for_one_plainly(
    team: tuple[Team, dict[str, str]], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    register, named = team
    monkeypatch.delenv("ASSETMAP_PASSWORD", raising=False)
    code, _out, err = _run(capsys, monkeypatch, "server", "users", _location(register, named["cora"]))
    assert code == 2
    assert "ASSETMAP_PASSWORD" in err


def test_a_wrong_password_is_said_plainly(
    team: tuple[Team, dict[str, str]], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    register, named = team
    monkeypatch.setenv("ASSETMAP_PASSWORD", "not the password")
    code, _out, err = _run(capsys, monkeypatch, "server", "users", _location(register, named["cora"]))
    assert code == 2
    assert "password is not right" in err and "not the password" not in err


def test_a_command_on_a_team_register_takes_the_password_from_the_environment_or_the_keyring(
    team: tuple[Team, dict[str, str]], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from assetmap.register import logins
    from tests.memory_keyring import MemoryKeyring, keyring_in_use

    register, named = team
    url = _location(register, named["val"])
    monkeypatch.setenv("ASSETMAP_PASSWORD", PASSWORD)
    code, _out, err = _run(capsys, monkeypatch, "suggestion", "list", "--register", url)
    monkeypatch.delenv("ASSETMAP_PASSWORD")
    with keyring_in_use(MemoryKeyring()):
        logins.remember_password(logins.parse_location(url)[0], PASSWORD)
        code_kept, _out, err_kept = _run(capsys, monkeypatch, "audit", "--register", url)
    assert (code, code_kept) == (0, 0), err + err_kept
    with keyring_in_use(MemoryKeyring()):
        code, _out, err = _run(capsys, monkeypatch, "audit", "--register", url)
    assert code == 2 and "password" in err
