"""``assetmap server take-offline`` and ``assetmap server sync`` on real registers."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetmap.cli import main
from assetmap.register import Register

LIBRARY = {"name": "Bolton Library", "category": "institutions", "lon": -2.4296, "lat": 53.5779}


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(params=["file", "server"])
def team_address(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A team register with one asset: a file, or a database on the test's PostgreSQL server.

    The copy keeps a server's address without the password; sync finds it where libpq looks
    (PGPASSWORD here).
    """
    if request.param == "server":
        monkeypatch.setenv("PGPASSWORD", request.getfixturevalue("pg_cluster").password)
        address = str(request.getfixturevalue("pg_url"))
    else:
        address = str(tmp_path / "team.assetmap")
    with Register.open(address, user="Coordinator") as team:
        team.add_asset(**LIBRARY)
    return address


def test_take_offline_then_sync_from_the_command_line(capsys, tmp_path, team_address) -> None:
    copy_path = tmp_path / "laptop.assetmap"
    code, out, _err = _run(capsys, "server", "take-offline", team_address, copy_path)
    assert code == 0, out
    assert "Took 1 assets" in out

    with Register.open(copy_path) as copy:
        [asset] = copy.assets()
        copy.update_asset(asset.id, name="Bolton Library (laptop)")
    with Register.open(team_address) as team:
        team.update_asset(asset.id, name="Bolton Library (office)")

    code, out, err = _run(capsys, "server", "sync", copy_path)
    assert code == 1
    assert "name: base" in out and "Nothing was synced" in err
    with Register.open(team_address) as team:
        assert team.asset(asset.id).name == "Bolton Library (office)"

    code, out, err = _run(capsys, "server", "sync", copy_path, "--prefer", "mine")
    assert code == 0, err
    assert "1 asset(s) sent" in out
    with Register.open(team_address) as team:
        assert team.asset(asset.id).name == "Bolton Library (laptop)"

    code, out, _err = _run(capsys, "server", "sync", copy_path)
    assert code == 0
    assert "nothing to sync" in out


def test_sync_of_a_register_that_is_no_copy_says_so(capsys, tmp_path, team_address) -> None:
    code, _out, err = _run(capsys, "server", "sync", team_address)
    assert code == 2
    assert "not an offline copy" in err
    if "@" in team_address:
        assert team_address.split("@")[0].split(":")[-1] not in err  # no password shown
    code, _out, err = _run(capsys, "server", "sync", tmp_path / "missing.assetmap")
    assert code == 2
    assert "no offline copy" in err
    assert not (tmp_path / "missing.assetmap").exists()
