"""A sync whose connection to the PostgreSQL server is cut leaves both sides as they were; the next completes.

The laptop reaches the server through a TCP relay (tests/tcprelay.py) that the test cuts: inside the
server's transaction, or between reading both sides and writing. What the server holds is read back
over a connection of its own that never passes the relay.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from assetmap.bundles.offline import OfflineError, apply_sync, plan_sync, sync, take_offline
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from tests.bundles.conftest import contents
from tests.pgcluster import Cluster
from tests.tcprelay import Relay

ASSETS = 40
CHANGED = 30


class Sides:
    def __init__(self, laptop_view: Register, direct: Register, copy: Register, relay: Relay) -> None:
        self.server = laptop_view  # the team register as the laptop reaches it: through the relay
        self.direct = direct  # the same database, read without the relay
        self.copy = copy
        self.relay = relay


def _footprint(register: Register) -> tuple[object, ...]:
    with register.engine.connect() as conn:
        counts = tuple(
            int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in ("assets", "asset_history", "people", "audit_log")
        )
    return (*counts, contents(register))


@pytest.fixture
def sides(pg_cluster: Cluster, tmp_path: Path, ward_index: WardIndex) -> Iterator[Sides]:
    database = pg_cluster.new_database("sync")
    relay = Relay(pg_cluster.host, pg_cluster.port)
    through_relay = pg_cluster.url(database).replace(f":{pg_cluster.port}/", f":{relay.port}/")
    server = Register.open(through_relay, ward_index=ward_index, user="Worker")
    direct = Register.open(pg_cluster.url(database), ward_index=ward_index, user="Coordinator")
    try:
        direct.add_assets(
            [
                {"name": f"Asset {i:03d}", "category": "associations", "lon": -2.24 + i / 1000, "lat": 53.48}
                for i in range(ASSETS)
            ]
        )
        direct.add_person("Zebedee Quillfeather", phone="07700 900461")
        path = tmp_path / "laptop.assetmap"
        take_offline(server, path, ward_index=ward_index)
        copy = Register.open(path, ward_index=ward_index, user="Worker")
        ids = sorted(a.id for a in copy.assets())
        for asset_id in ids[:CHANGED]:
            copy.update_asset(asset_id, description="Checked on the street survey")
        direct.update_asset(ids[-1], contact_phone="0161 000 0000")
        yield Sides(server, direct, copy, relay)
        copy.close()
    finally:
        server.close()
        direct.close()
        relay.close()
        pg_cluster.drop_database(database)


def _synced(sides: Sides) -> None:
    ids = sorted(a.id for a in sides.copy.assets())
    assert contents(sides.copy) == contents(sides.direct)
    assert sides.direct.asset(ids[0]).description == "Checked on the street survey"
    assert sides.copy.asset(ids[-1]).contact_phone == "0161 000 0000"


def test_a_connection_cut_inside_the_servers_transaction_leaves_both_sides_as_they_were(sides) -> None:
    server_before, copy_before = _footprint(sides.direct), _footprint(sides.copy)
    origin_before = sides.copy.offline_origin()
    plan = plan_sync(sides.copy, sides.server)
    statements: list[str] = []

    def cut_midway(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)
        if len(statements) == 12:  # well inside the merge: past its first asset writes
            sides.relay.cut()

    event.listen(sides.server.engine, "before_cursor_execute", cut_midway)
    try:
        with pytest.raises(OfflineError, match="Nothing was changed"):
            apply_sync(sides.copy, sides.server, plan)
    finally:
        event.remove(sides.server.engine, "before_cursor_execute", cut_midway)
    assert len(statements) >= 12
    assert any(s.lstrip().upper().startswith("UPDATE ASSETS") for s in statements[:12])

    assert _footprint(sides.direct) == server_before
    assert _footprint(sides.copy) == copy_before
    assert sides.copy.offline_origin() == origin_before

    sides.relay.mend()
    sync(sides.copy, sides.server)
    _synced(sides)
    assert not sync(sides.copy, sides.server).changed


def test_a_connection_cut_from_another_thread_between_reading_and_writing_changes_nothing(sides) -> None:
    server_before, copy_before = _footprint(sides.direct), _footprint(sides.copy)
    plan = plan_sync(sides.copy, sides.server)
    cutter = threading.Thread(target=sides.relay.cut)
    cutter.start()
    cutter.join()

    with pytest.raises(OfflineError, match="Check the connection"):
        apply_sync(sides.copy, sides.server, plan)

    assert _footprint(sides.direct) == server_before
    assert _footprint(sides.copy) == copy_before
    sides.relay.mend()
    sync(sides.copy, sides.server)
    _synced(sides)


def test_a_sync_with_the_server_unreachable_says_so_and_changes_nothing(sides) -> None:
    copy_before = _footprint(sides.copy)
    sides.relay.cut()
    with pytest.raises(OfflineError, match="Nothing was changed"):
        sync(sides.copy, sides.server)
    assert _footprint(sides.copy) == copy_before


def test_a_sync_of_hundreds_of_assets_keeps_postgis_points_tags_and_history_in_step(
    pg_cluster: Cluster, tmp_path: Path, ward_index: WardIndex
) -> None:
    """Past a few hundred assets the server's merge writes by COPY; what it writes is the same."""
    database = pg_cluster.new_database("bulk")
    server = Register.open(pg_cluster.url(database), ward_index=ward_index)
    try:
        server.add_assets(
            [
                {"name": f"Asset {i:03d}", "category": "associations", "lon": -2.3 + i / 10_000, "lat": 53.48}
                for i in range(300)
            ]
        )
        take_offline(server, tmp_path / "laptop.assetmap", ward_index=ward_index)
        with Register.open(tmp_path / "laptop.assetmap", ward_index=ward_index) as copy:
            ids = sorted(a.id for a in copy.assets())
            for asset_id in ids[:250]:
                copy.update_asset(asset_id, tags=["checked"], lon=-2.2)
            sync(copy, server)
            assert contents(copy) == contents(server)
        with server.engine.connect() as conn:
            moved = conn.execute(
                text("SELECT count(*) FROM assets WHERE round(ST_X(geom)::numeric, 6) = -2.2 AND lon = -2.2")
            ).scalar_one()
            history = conn.execute(
                text("SELECT count(*) FROM asset_history WHERE operation = 'merge' AND asset_id = :a"),
                {"a": ids[0]},
            ).scalar_one()
        assert moved == 250
        assert history == 1
        assert server.asset(ids[0]).tags == ("checked",)
        assert server.asset(ids[0]).ward_code == ward_index.ward_of(-2.2, 53.48)
    finally:
        server.close()
        pg_cluster.drop_database(database)


def test_a_change_still_being_committed_on_the_server_while_a_sync_reads_comes_in_on_the_next(sides) -> None:
    """An entry numbered by a transaction open during a sync, below one committed after it, is not skipped."""
    from assetmap.register.merging import history_row
    from assetmap.register.records import canonical_content, content_of, node_id, utc_now

    ids = sorted(a.id for a in sides.copy.assets())
    late, early = ids[CHANGED], ids[CHANGED + 1]  # neither changed in the copy
    before = sides.direct.asset(late)
    head = sides.direct.history(late)[-1].node
    slow = sides.direct.engine.connect()
    transaction = slow.begin()
    slow.execute(
        text("UPDATE assets SET name = 'Late edit', version = version + 1 WHERE id = :i"), {"i": late}
    )
    content = {**content_of(before), "name": "Late edit"}
    canonical = canonical_content(content)
    row = history_row(
        late, node_id(canonical, (head,)), (head,), before.version + 1, "slow", utc_now(), "update", canonical
    )
    slow.execute(
        text(
            "INSERT INTO asset_history (asset_id, node, parents, version, register_id, recorded_at, "
            "operation, content) VALUES (:asset_id, :node, :parents, :version, :register_id, "
            ":recorded_at, :operation, :content)"
        ),
        row,
    )
    sides.direct.update_asset(early, name="Early edit")  # numbered after the slow one, committed first
    try:
        sync(sides.copy, sides.server)
        assert sides.copy.asset(early).name == "Early edit"
        assert sides.copy.asset(late).name == before.name
    finally:
        transaction.commit()
        slow.close()

    sync(sides.copy, sides.server)

    assert sides.copy.asset(late).name == "Late edit"
    assert contents(sides.copy) == contents(sides.direct)
