"""Schema upgrades with Alembic: backed up first, one transaction per migration, foreign keys checked."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from assetmap.errors import MigrationError, NewerRegisterError
from assetmap.register.backup import take_backup

log = logging.getLogger(__name__)

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def stored_revision(engine: Engine) -> str | None:
    """The schema revision written in the register, or ``None`` for a new, empty file."""
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


def check_not_newer(path: Path, revision: str | None) -> None:
    """Refuse, untouched, a register whose schema this version of AssetMap does not know."""
    if revision is None:
        return
    known = {rev.revision for rev in script_directory().walk_revisions()}
    if revision not in known:
        raise NewerRegisterError(path, revision)


def upgrade(path: Path, engine: Engine, *, target: str = "head") -> list[str]:
    """Bring the register at ``path`` to ``target``; return the revisions applied.

    An existing register is backed up first. Each migration then runs in its own transaction
    with foreign keys off (a table rebuild with them on cascades deletes into child rows) and
    ``PRAGMA foreign_key_check`` before commit; any failure leaves the previous revision intact.
    """
    current = stored_revision(engine)
    check_not_newer(path, current)
    scripts = script_directory()
    destination = scripts.get_current_head() if target == "head" else target
    if current == destination:
        return []
    steps = [rev.revision for rev in scripts.iterate_revisions(destination, current)]
    steps.reverse()
    if current is not None:
        take_backup(path, reason=f"before-{destination}")
    config = _config()
    config.attributes["register_path"] = path
    with engine.connect() as conn:
        # Outside any transaction: the pragma is a no-op inside one.
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        conn.execution_options(sqlite_begin="IMMEDIATE")
        config.attributes["connection"] = conn
        try:
            for revision in steps:
                log.info("Upgrading %s to schema %s", path, revision)
                try:
                    command.upgrade(config, revision)
                except MigrationError:
                    raise
                except Exception as exc:
                    raise MigrationError(
                        path,
                        f"The upgrade of {path} to schema {revision} failed ({exc}); the register "
                        "was left at "
                        "its previous version and a backup was taken before trying.",
                    ) from exc
        finally:
            if conn.in_transaction():
                conn.rollback()
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    return steps
