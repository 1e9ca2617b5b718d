"""Opening a register: safe connection settings, damaged files, backups and shared folders."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from assetmap.errors import DamagedRegisterError, SharedLocationError
from assetmap.register import Register
from assetmap.register.backup import KEEP_BACKUPS, backups_of, restore_backup, take_backup
from assetmap.register.connection import BUSY_TIMEOUT_MS, shared_location_reason, write_unit
from tests.register.builders import file_hash


def _fill(register: Register, count: int, prefix: str = "Asset") -> None:
    register.add_assets(
        [
            {"name": f"{prefix} {i}", "category": "physical_spaces", "description": "x" * 200}
            for i in range(count)
        ]
    )


# -- connection settings --------------------------------------------------------------------


def test_every_connection_has_foreign_keys_a_busy_timeout_full_sync_and_wal(register: Register) -> None:
    for _ in range(3):
        with register.engine.connect() as conn:
            pragma = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()
                for name in ("foreign_keys", "busy_timeout", "synchronous", "journal_mode")
            }
        assert pragma == {
            "foreign_keys": 1,
            "busy_timeout": BUSY_TIMEOUT_MS,
            "synchronous": 2,
            "journal_mode": "wal",
        }
    assert BUSY_TIMEOUT_MS >= 5_000


def test_a_write_unit_holds_the_write_lock_before_its_first_write(register: Register) -> None:
    other = sqlite3.connect(register.path, isolation_level=None, timeout=0)
    try:
        with write_unit(register.engine) as conn:
            conn.exec_driver_sql("SELECT 1").all()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


# -- damaged files ----------------------------------------------------------------------------


PAGE = 4096


def _scribble_over_pages(path: Path) -> None:
    """Write garbage over four pages in the middle of the file, as a failing disk or a bad sync would."""
    start = (path.stat().st_size // PAGE // 3) * PAGE
    with path.open("r+b") as file:
        file.seek(start)
        file.write(random.Random(4).randbytes(PAGE * 4))


def _spoil_one_cell_pointer(path: Path) -> None:
    """Point one cell of a page off its end: the file opens, and SQLite's check reports the page in detail."""
    with path.open("r+b") as file:
        file.seek((path.stat().st_size // PAGE // 2) * PAGE + 8)
        file.write(b"\xff\xff")


@pytest.mark.parametrize("damage", [_scribble_over_pages, _spoil_one_cell_pointer])
def test_a_register_with_damaged_pages_is_reported_plainly_and_kept(register_path: Path, damage) -> None:
    with Register.open(register_path) as register:
        _fill(register, 3_000)
    backup = take_backup(register_path, reason="manual")
    damage(register_path)
    damaged = file_hash(register_path)

    with pytest.raises(DamagedRegisterError) as refused:
        Register.open(register_path)

    message = str(refused.value)
    assert message.startswith(f"The register {register_path} is damaged and cannot be opened safely")
    assert backup.name in message
    assert not any(word in message for word in ("Traceback", "\n", "***", "btree", "page 1", "Error"))
    assert refused.value.newest_backup == backup
    assert file_hash(register_path) == damaged
    assert backups_of(register_path) == [backup]


def test_a_file_that_is_not_sqlite_is_reported_damaged_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "notes.assetmap"
    path.write_text("Community assets to add:\n- the library\n" * 200, encoding="utf-8")
    before = file_hash(path)

    with pytest.raises(DamagedRegisterError, match="is damaged and cannot be opened safely") as refused:
        Register.open(path)

    assert "There is no backup of it yet" in str(refused.value)
    assert file_hash(path) == before


def test_restoring_puts_back_the_newest_backup_and_keeps_the_damaged_file(register_path: Path) -> None:
    with Register.open(register_path) as register:
        _fill(register, 100, prefix="Older")
        take_backup(register_path, reason="manual")
        _fill(register, 50, prefix="Newer")
        newest = take_backup(register_path, reason="manual")
        _fill(register, 2_000, prefix="Lost")
    _scribble_over_pages(register_path)
    damaged = file_hash(register_path)
    with pytest.raises(DamagedRegisterError) as refused:
        Register.open(register_path)
    assert refused.value.newest_backup == newest == backups_of(register_path)[0]

    kept = restore_backup(refused.value.newest_backup, register_path)

    assert kept is not None and kept.parent == register_path.parent and kept != register_path
    assert file_hash(kept) == damaged
    with Register.open(register_path) as register:
        assert register.count() == 150
        assert sum(a.name.startswith("Newer") for a in register.assets()) == 50


# -- backups --------------------------------------------------------------------------------


def test_only_the_last_five_backups_are_kept(register: Register) -> None:
    taken = []
    for i in range(KEEP_BACKUPS + 3):
        register.add_asset(name=f"Asset {i}", category="institutions")
        taken.append(take_backup(register.path, reason=f"edit{i}"))

    kept = backups_of(register.path)
    assert KEEP_BACKUPS == 5
    assert kept == list(reversed(taken[-5:]))
    assert not any(path.exists() for path in taken[:-5])
    newest = sqlite3.connect(f"file:{kept[0].as_posix()}?mode=ro", uri=True)
    try:
        assert newest.execute("SELECT count(*) FROM assets").fetchone()[0] == KEEP_BACKUPS + 3
    finally:
        newest.close()


# -- shared and synced folders --------------------------------------------------------------


@pytest.mark.parametrize("folder", ["OneDrive - Salford Council", "Dropbox"])
def test_a_register_in_a_synced_folder_is_refused_unless_accepted(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "Assets" / "register.assetmap"

    with pytest.raises(SharedLocationError, match="synced folder") as refused:
        Register.open(path)
    assert "Copy it to a local folder" in str(refused.value)
    assert not path.exists()

    with Register.open(path, accept_shared_location=True) as register:
        register.add_asset(name="Library", category="institutions")
        with register.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "delete"
    assert not path.with_name(path.name + "-wal").exists()


def test_a_network_path_is_refused() -> None:
    with pytest.raises(SharedLocationError, match="network folder"):
        Register.open("//fileserver/community/register.assetmap")
    assert shared_location_reason(Path("\\\\fileserver\\community\\register.assetmap")) == (
        "a network folder (UNC path)"
    )


@pytest.mark.parametrize(
    "path",
    [
        "C:/Users/sam/OneDrive - Wigan Council/register.assetmap",
        "/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/register.assetmap",
        "/Users/sam/Library/CloudStorage/GoogleDrive-sam@example.org/My Drive/register.assetmap",
        "/home/sam/Nextcloud/register.assetmap",
    ],
)
def test_synced_folders_on_each_system_are_recognised(path: str) -> None:
    assert shared_location_reason(Path(path)).startswith("a synced folder")


def test_a_local_folder_is_not_taken_for_a_shared_one(tmp_path: Path) -> None:
    assert shared_location_reason(tmp_path / "Documents" / "register.assetmap") is None
