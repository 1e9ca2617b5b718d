"""Schema upgrades on real register files: children kept, backups taken, failures undone, newer refused."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from assetmap import paths
from assetmap.errors import MigrationError, NewerRegisterError
from assetmap.geo.boundaries import gm_boundaries
from assetmap.register import Register, migrate
from assetmap.register.backup import backups_of
from assetmap.register.connection import sqlite_engine
from tests.register.builders import file_hash, table_counts, write_first_schema_register


def _revision(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_a_first_schema_register_reaches_head_with_every_child_row_kept(register_path: Path) -> None:
    before = write_first_schema_register(register_path, assets=300)
    assert _revision(register_path) == "0001"

    with Register.open(register_path) as register:
        assert [c.code for c in register.categories()] == [
            "gifts_skills",
            "associations",
            "institutions",
            "physical_spaces",
            "local_economy",
            "culture_stories",
        ]
        assert register.count() == 300
        assert {a.category for a in register.assets()} == {c.code for c in register.categories()}
        assert all(a.version == 1 and a.tags == ("old",) for a in register.assets())
        # 0004: a register from before has no wards of its own, so it keeps the bundled GM wards.
        assert register.boundaries() is gm_boundaries()

    assert _revision(register_path) == migrate.head_revision() == "0010"
    assert table_counts(register_path) == before == {"categories": 6, "subcategories": 31, "assets": 300}


def test_the_upgrade_leaves_a_backup_that_opens_at_the_first_schema(register_path: Path) -> None:
    before = write_first_schema_register(register_path, assets=40)
    assert backups_of(register_path) == []

    Register.open(register_path).close()

    backups = backups_of(register_path)
    assert len(backups) == 1
    assert backups[0].parent == paths.backup_dir(register_path)
    assert _revision(backups[0]) == "0001"
    assert table_counts(backups[0]) == before
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_rebuilding_categories_with_foreign_keys_on_is_stopped_by_the_child_rows(register_path: Path) -> None:
    # The trap the upgrade avoids: with foreign keys on, the batch rebuild of the parent table drops
    # it, and SQLite's implicit DELETE hits every child (refused here, as children are ON DELETE RESTRICT;
    # deleted outright with CASCADE). The upgrade above succeeds only because it turns them off.
    before = write_first_schema_register(register_path, assets=20)
    second = migrate.script_directory().get_revision("0002").module
    engine = sqlite_engine(register_path)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"render_as_batch": True})
            with pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"), conn.begin():
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
                with Operations.context(context):
                    second.upgrade()
    finally:
        engine.dispose()
    assert table_counts(register_path) == before
    assert _revision(register_path) == "0001"


_BROKEN_REVISION = '''
    """A migration that breaks halfway through rebuilding the assets table.

    Revision ID: 9999
    Revises: {head}
    """

    import sqlalchemy as sa
    from alembic import op

    revision = "9999"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        op.execute("UPDATE categories SET label = 'changed by the broken upgrade'")
        # A NOT NULL column with no default: the copy into _alembic_tmp_assets fails after that
        # table was created and filled with nothing.
        with op.batch_alter_table("assets", recreate="always") as batch:
            batch.add_column(sa.Column("needs_a_value", sa.Text, nullable=False))


    def downgrade() -> None:
        pass
'''


@pytest.fixture
def broken_migrations(tmp_path: Path) -> Path:
    """The real migrations plus a revision 9999 that fails midway."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate._MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_broken.py").write_text(
        textwrap.dedent(_BROKEN_REVISION).replace("{head}", migrate.head_revision()), encoding="utf-8"
    )
    return scripts


def test_a_migration_that_fails_midway_leaves_the_register_as_it_was(
    register_path: Path, broken_migrations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Register.open(register_path) as register:
        register.add_assets([{"name": f"Asset {i}", "category": "institutions"} for i in range(25)])
        labels = [c.label for c in register.categories()]
    previous = migrate.head_revision()
    monkeypatch.setattr(migrate, "_MIGRATIONS", broken_migrations)

    with pytest.raises(MigrationError, match="9999") as failure:
        Register.open(register_path)
    assert "left at its previous version" in str(failure.value)

    assert _revision(register_path) == previous
    assert not {t for t in _tables(register_path) if t.startswith("_alembic_tmp")}
    # A second try meets the same honest failure, not a leftover table from the first.
    with pytest.raises(MigrationError, match="NOT NULL"):
        Register.open(register_path)
    assert len(backups_of(register_path)) == 2

    monkeypatch.undo()
    with Register.open(register_path) as register:
        assert register.count() == 25
        assert [c.label for c in register.categories()] == labels
    assert _revision(register_path) == previous


def test_a_register_from_a_newer_version_is_refused_and_left_byte_for_byte(register_path: Path) -> None:
    with Register.open(register_path) as register:
        register.add_asset(name="Library", category="institutions")
    conn = sqlite3.connect(register_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()
    before = file_hash(register_path)
    siblings = sorted(p.name for p in register_path.parent.iterdir())

    with pytest.raises(NewerRegisterError) as refused:
        Register.open(register_path)

    assert refused.value.revision == "0099_from_the_future"
    assert "newer version of AssetMap" in str(refused.value)
    assert "has not been changed" in str(refused.value)
    assert file_hash(register_path) == before
    assert backups_of(register_path) == []
    wal = register_path.with_name(register_path.name + "-wal")
    # The read-only check may leave SQLite's empty side files, but never writes to the register.
    assert not wal.exists() or wal.stat().st_size == 0
    assert {p.name for p in register_path.parent.iterdir()} - {wal.name, wal.name[:-4] + "-shm"} == set(
        siblings
    )


def test_the_revisions_read_from_the_files_are_alembics() -> None:
    scripts = migrate.script_directory()
    assert migrate.revision_chain() == {r.revision: r.down_revision for r in scripts.walk_revisions()}
    assert migrate.head_revision() == scripts.get_current_head()


def test_an_up_to_date_register_opens_without_loading_alembic(register_path: Path) -> None:
    Register.open(register_path).close()
    probe = (
        "import sys; from assetmap.register import Register; "
        f"Register.open({str(register_path)!r}).close(); print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
