"""Take offline and Sync as the team's own logins, on a real server under row-level security.

The team (tests/server/team.py) has a coordinator (cora), two workers (alice, bob) and a viewer (val);
each takes and syncs copies with their own login, so what they copy and what they may send back is
what the server's policies allow them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from assetmap.bundles.offline import OfflineError, plan_sync, sync, take_offline
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from tests.pgcluster import Cluster
from tests.server.team import PASSWORD, Team, build_team


@pytest.fixture
def team(pg_cluster: Cluster) -> Iterator[tuple[Team, dict[str, str]]]:
    database = pg_cluster.new_database("offroles")
    try:
        yield build_team(pg_cluster, database)
    finally:
        pg_cluster.drop_database(database)


def _open(team: Team, login: str, ward_index: WardIndex) -> Register:
    return Register.open(team.url(login), ward_index=ward_index)


def _server_rows(team: Team, sql: str, **params: object) -> list[tuple[object, ...]]:
    """Rows read as the server's administrator, past row-level security."""
    engine = create_engine(team.url())
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def _footprint(team: Team) -> tuple[int, ...]:
    tables = ("assets", "asset_history", "people", "person_history", "audit_log", "links", "stories")
    return tuple(int(_server_rows(team, f"SELECT count(*) FROM {t}")[0][0]) for t in tables)


def _file_footprint(path: Path) -> tuple[object, ...]:
    with sqlite3.connect(path) as conn:
        return tuple(
            conn.execute(f"SELECT count(*), group_concat(coalesce({c}, ''), '|') FROM {t}").fetchone()
            for t, c in (
                ("assets", "name || version"),
                ("asset_history", "node"),
                ("audit_log", "action"),
                ("register_meta", "key || value"),
            )
        )


def _take(team: Team, login: str, path: Path, ward_index: WardIndex) -> Path:
    with _open(team, login, ward_index) as server:
        take_offline(server, path, ward_index=ward_index)
    return path


def test_a_workers_copy_holds_exactly_what_she_may_see_with_its_history(team, tmp_path, ward_index) -> None:
    team, named = team
    path = _take(team, named["alice"], tmp_path / "alice.assetmap", ward_index)
    with Register.open(path, ward_index=ward_index) as copy:
        assets = {a.id for a in copy.assets(include_removed=True)}
        assert assets == {"alice-public", "alice-partners", "alice-private", "alice-gift"}
        assert "bob-private" not in assets and "cora-private" not in assets
        people = {p.id for p in copy.people_section().people}
        assert people == {"alice-person"}
        assert copy.person("alice-person").name == "alice-person name"  # sealed with its key, opened here
        # The server's own history entry of each asset came with it.
        assert copy.history("alice-public")[0].node == "n1"
        links = {link.id for link in copy.links()}
        assert "l-bob-private" not in links
        assert {"l-shared", "l-alice-private"} <= links
        origin = copy.offline_origin()
        assert origin is not None and named["alice"] in origin.address and PASSWORD not in origin.address


def test_a_workers_sync_sends_her_changes_as_her_login_and_brings_the_others_back(
    team, tmp_path, ward_index
) -> None:
    team, named = team
    alice, bob = named["alice"], named["bob"]
    path = _take(team, alice, tmp_path / "alice.assetmap", ward_index)
    with Register.open(path, ward_index=ward_index) as copy:
        copy.update_asset("alice-public", description="Checked offline")
        new = copy.add_asset(name="Offline find", category="associations", lon=-2.24, lat=53.48).added[0]
    with _open(team, bob, ward_index) as server:
        server.update_asset("alice-partners", description="Bob was here")
    with Register.open(path, ward_index=ward_index) as copy, _open(team, alice, ward_index) as server:
        result = sync(copy, server)
        assert result.to_server is not None and result.to_copy is not None
        assert copy.asset("alice-partners").description == "Bob was here"
    owners = dict(_server_rows(team, "SELECT id, owner FROM assets WHERE id IN ('alice-public', :n)", n=new))
    assert owners == {"alice-public": alice, new: alice}
    assert _server_rows(team, "SELECT description FROM assets WHERE id = 'alice-public'") == [
        ("Checked offline",)
    ]
    merged = _server_rows(
        team,
        "SELECT DISTINCT \"user\" FROM audit_log WHERE action = 'merge' AND record_kind = 'asset'"
        " AND record_id = 'alice-public'",
    )
    assert merged == [(alice,)]
    # What a worker's sync sent is now read by the other worker too.
    with _open(team, bob, ward_index) as server:
        assert server.asset(new).name == "Offline find"


def test_a_worker_cannot_sync_another_workers_private_asset_into_the_server(
    team, tmp_path, ward_index
) -> None:
    team, named = team
    alice = named["alice"]
    path = _take(team, alice, tmp_path / "alice.assetmap", ward_index)
    with Register.open(path, ward_index=ward_index) as copy:
        assert "bob-private" not in {a.id for a in copy.assets(include_removed=True)}
        copy.update_asset("alice-public", description="An honest change")
    with sqlite3.connect(path) as conn:  # a forged row in the copy, with the id of bob's private asset
        conn.execute(
            "INSERT INTO assets (id, name, category, tags, visibility, status, created_at, updated_at,"
            " version) VALUES ('bob-private', 'Taken over', 'associations', '[]', 'public', 'active',"
            " '2026-12-01 12:00:00', '2026-12-01 12:00:00', 1)"
        )
    before = _footprint(team)
    bob_row = _server_rows(
        team, "SELECT name, visibility, owner, version FROM assets WHERE id = 'bob-private'"
    )
    with Register.open(path, ward_index=ward_index) as copy, _open(team, alice, ward_index) as server:
        origin = copy.offline_origin()
        with pytest.raises(OfflineError) as refused:
            sync(copy, server)
        assert copy.offline_origin() == origin
        assert copy.asset("bob-private").name == "Taken over"  # the copy is left as it was
    message = str(refused.value)
    assert "bob-private" in message and alice in message and "Nothing was changed" in message
    assert _footprint(team) == before
    assert _server_rows(
        team, "SELECT name, visibility, owner, version FROM assets WHERE id = 'bob-private'"
    ) == (bob_row)
    assert _server_rows(team, "SELECT description FROM assets WHERE id = 'alice-public'") == [(None,)]


def test_a_viewer_takes_a_read_only_copy_of_the_public_assets(team, tmp_path, ward_index) -> None:
    team, named = team
    before = _footprint(team)
    path = _take(team, named["val"], tmp_path / "val.assetmap", ward_index)
    assert _footprint(team) == before  # reading the register wrote nothing on the server
    with Register.open(path, ward_index=ward_index) as copy:
        assert {a.id for a in copy.assets(include_removed=True)} == {"alice-public"}
        assert copy.people_section().people == ()
        assert copy.offline_origin() is not None


def test_a_viewers_sync_is_refused_plainly_and_touches_neither_side(team, tmp_path, ward_index) -> None:
    team, named = team
    val = named["val"]
    path = _take(team, val, tmp_path / "val.assetmap", ward_index)
    with Register.open(path, ward_index=ward_index) as copy:
        copy.update_asset("alice-public", description="A viewer's note")
    before, copy_before = _footprint(team), _file_footprint(path)
    with Register.open(path, ward_index=ward_index) as copy, _open(team, val, ward_index) as server:
        with pytest.raises(OfflineError, match="viewer") as refused:
            plan_sync(copy, server)
        with pytest.raises(OfflineError, match="viewer"):
            sync(copy, server)
    assert val in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert _footprint(team) == before
    assert _file_footprint(path) == copy_before


def test_a_workers_sync_of_hundreds_of_assets_takes_the_bulk_path_under_row_level_security(
    team, tmp_path, ward_index
) -> None:
    team, named = team
    alice = named["alice"]
    with _open(team, alice, ward_index) as server:
        server.add_assets(
            [
                {"name": f"Asset {i:03d}", "category": "associations", "lon": -2.3 + i / 10_000, "lat": 53.48}
                for i in range(250)
            ]
        )
    path = _take(team, alice, tmp_path / "alice.assetmap", ward_index)
    with Register.open(path, ward_index=ward_index) as copy:
        ids = sorted(a.id for a in copy.assets() if a.name.startswith("Asset "))
        assert len(ids) == 250
        for asset_id in ids:
            copy.update_asset(asset_id, tags=["checked"])
        with _open(team, alice, ward_index) as server:
            result = sync(copy, server)
        assert result.to_server is not None and len(result.to_server.updated) == 250
    checked = _server_rows(
        team, "SELECT count(*) FROM assets WHERE tags::text LIKE '%checked%' AND owner = :o", o=alice
    )
    assert checked == [(250,)]
    merges = _server_rows(
        team, "SELECT count(*) FROM asset_history WHERE operation = 'merge' AND asset_id = :a", a=ids[0]
    )
    assert merges == [(1,)]


def test_the_commands_reach_the_server_with_the_logins_password_from_the_environment_or_keyring(
    team, tmp_path, capsys, monkeypatch
) -> None:
    """The copy keeps the address without a password; sync finds it as every team-register command does."""
    from assetmap.cli import main
    from assetmap.register import logins
    from tests.memory_keyring import MemoryKeyring, keyring_in_use

    team, named = team
    alice, val = named["alice"], named["val"]
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.setenv(logins.PASSWORD_VARIABLE, PASSWORD)
    address = team.url(alice).replace(f":{PASSWORD}@", "@")
    assert PASSWORD not in address
    path = tmp_path / "alice.assetmap"
    assert main(["server", "take-offline", address, str(path)]) == 0, capsys.readouterr().err
    with Register.open(path) as copy:
        copy.update_asset("alice-partners", description="Synced from a shell")

    monkeypatch.delenv(logins.PASSWORD_VARIABLE)
    with keyring_in_use(MemoryKeyring()):
        login, _ = logins.parse_location(address)
        assert main(["server", "sync", str(path)]) == 2  # no password anywhere, and no terminal to ask in
        assert "password" in capsys.readouterr().err
        logins.remember_password(login, PASSWORD)
        assert main(["server", "sync", str(path)]) == 0, capsys.readouterr().err
    assert _server_rows(team, "SELECT description, owner FROM assets WHERE id = 'alice-partners'") == [
        ("Synced from a shell", alice)
    ]
    assert _server_rows(
        team, "SELECT \"user\" FROM audit_log WHERE action = 'merge' AND record_id = 'alice-partners'"
    ) == [(alice,)]

    monkeypatch.setenv(logins.PASSWORD_VARIABLE, PASSWORD)
    viewer_address = team.url(val).replace(f":{PASSWORD}@", "@")
    viewer_copy = tmp_path / "val.assetmap"
    assert main(["server", "take-offline", viewer_address, str(viewer_copy)]) == 0
    capsys.readouterr()
    assert main(["server", "sync", str(viewer_copy)]) == 2
    assert "viewers cannot change it" in capsys.readouterr().err
