"""Every write keeps history in its own transaction; schema 0003 gives old registers a baseline and an id."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from assetmap.register import Register, migrate
from assetmap.register.connection import sqlite_engine
from assetmap.register.records import canonical_content, content_of, node_id
from tests.register.builders import table_counts, write_first_schema_register


def _operations(register: Register, asset_id: str) -> list[tuple[str, int]]:
    return [(e.operation, e.version) for e in register.history(asset_id)]


def test_each_write_records_the_state_it_reached_with_version_register_and_parent(register: Register) -> None:
    asset_id = register.add_asset(name="Youth club", category="associations").added[0]
    register.update_asset(asset_id, description="Tuesdays")
    register.remove_asset(asset_id)
    register.restore_asset(asset_id)

    history = register.history(asset_id)

    assert _operations(register, asset_id) == [("add", 1), ("update", 2), ("remove", 3), ("restore", 4)]
    assert {e.register_id for e in history} == {register.register_id}
    assert [e.parents for e in history] == [(), *((e.node,) for e in history[:-1])]
    assert history[1].content["description"] == "Tuesdays"
    assert [e.content["removed"] for e in history] == [False, False, True, False]
    final = register.asset(asset_id)
    assert history[-1].content == content_of(final)
    assert history[-1].node == node_id(canonical_content(content_of(final)), history[-1].parents)


def test_adding_in_bulk_records_one_add_per_asset(register: Register) -> None:
    ids = register.add_assets(
        [{"name": f"Group {i}", "category": "associations", "review_due": "2027-03-31"} for i in range(50)]
    ).added

    assert all(_operations(register, i) == [("add", 1)] for i in ids[:5])
    with register.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM asset_history").scalar_one() == 50
    assert register.history(ids[0])[0].content["review_due"] == "2027-03-31"


def test_a_write_that_fails_records_no_history(register: Register) -> None:
    asset_id = register.add_asset(name="Library", category="institutions").added[0]

    with pytest.raises(Exception, match="no asset"):
        register.remove_assets([asset_id, "no-such-asset"])

    assert _operations(register, asset_id) == [("add", 1)]


def test_purging_an_asset_drops_its_history_and_reinstating_records_it_afresh(register: Register) -> None:
    asset_id = register.add_asset(name="Library", category="institutions").added[0]

    _change, snapshot = register.purge_asset(asset_id)
    assert register.history(asset_id) == []
    register.reinstate_asset(snapshot)

    assert _operations(register, asset_id) == [("add", 1)]


def test_a_write_that_bypassed_the_register_is_noticed_and_chained_into_history(register: Register) -> None:
    asset_id = register.add_asset(name="Library", category="institutions").added[0]
    with register.engine.begin() as conn:
        conn.execute(
            text("UPDATE assets SET name = 'Edited outside', version = 2 WHERE id = :id"), {"id": asset_id}
        )

    register.update_asset(asset_id, description="Then edited here")

    history = register.history(asset_id)
    assert [e.operation for e in history] == ["add", "baseline", "update"]
    assert history[1].content["name"] == "Edited outside"
    assert history[2].parents == (history[1].node,)


def test_each_register_has_its_own_id_which_survives_reopening(tmp_path: Path, ward_index) -> None:
    with Register.open(tmp_path / "one.assetmap", ward_index=ward_index) as one:
        first = one.register_id
    with Register.open(tmp_path / "two.assetmap", ward_index=ward_index) as two:
        other = two.register_id
    with Register.open(tmp_path / "one.assetmap", ward_index=ward_index) as one:
        assert one.register_id == first
    assert first != other
    assert len(first) == 36


def _second_schema_register(path: Path, assets: int) -> None:
    write_first_schema_register(path, assets=assets)
    engine = sqlite_engine(path)
    try:
        assert migrate.upgrade(path, engine, target="0002") == ["0002"]
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE assets SET version = 3, review_due = '2026-01-31', removed_at = updated_at WHERE id = ?",
            ("asset-0001",),
        )
    conn.close()


def test_upgrading_a_0002_register_keeps_every_asset_and_gives_each_a_baseline(register_path: Path) -> None:
    _second_schema_register(register_path, assets=120)
    before = table_counts(register_path)

    with Register.open(register_path) as register:
        assets = register.assets(include_removed=True)
        assert len(assets) == 120
        for asset in assets:
            (entry,) = register.history(asset.id)
            assert (entry.operation, entry.version, entry.register_id) == (
                "baseline",
                asset.version,
                register.register_id,
            )
            # The migration's frozen encoding names each state exactly as the live code does.
            assert entry.content == content_of(asset)
            assert entry.node == node_id(canonical_content(content_of(asset)), ())
        removed = register.asset("asset-0001")
        assert removed.is_removed and removed.review_due == dt.date(2026, 1, 31)
        register.update_asset("asset-0002", name="Edited after the upgrade")
        assert [e.operation for e in register.history("asset-0002")] == ["baseline", "update"]

    assert table_counts(register_path) == before


def test_upgrading_copies_of_one_register_gives_them_the_same_states_but_different_ids(
    tmp_path: Path,
) -> None:
    _second_schema_register(tmp_path / "first.assetmap", assets=5)
    (tmp_path / "copy.assetmap").write_bytes((tmp_path / "first.assetmap").read_bytes())

    with (
        Register.open(tmp_path / "first.assetmap") as first,
        Register.open(tmp_path / "copy.assetmap") as copy,
    ):
        assert first.register_id != copy.register_id
        assert [e.node for e in first.history("asset-0003")] == [e.node for e in copy.history("asset-0003")]
