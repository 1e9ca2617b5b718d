"""Schema upgrades with Alembic: backed up first, one transaction per migration, foreign keys checked."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from assetmap.errors import MigrationError, NewerRegisterError
from assetmap.messages import tr
from assetmap.register.backup import take_backup
from assetmap.register.connection import CipherKey, driver_of, on_file

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# Alembic (about 0.15 s to import) is loaded only when a register needs upgrading. Whether it does is
# read from the migration files' own ``revision`` and ``down_revision`` lines; a test checks this
# reading against Alembic's.
_REVISION_LINE = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION_LINE = re.compile(r"""^down_revision\s*=\s*(?:["']([^"']+)["']|None)""", re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def revision_chain() -> dict[str, str | None]:
    """Each migration's revision and the one it follows (``None`` for the first), from the files."""
    chain: dict[str, str | None] = {}
    for script in sorted((_MIGRATIONS / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION_LINE.search(text), _DOWN_REVISION_LINE.search(text)
        if revision and down:
            chain[revision.group(1)] = down.group(1)
    return chain


def head_revision() -> str:
    """The newest schema revision this AssetMap knows."""
    chain = revision_chain()
    heads = set(chain) - set(chain.values())
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one line, but end in {sorted(heads)}")
    return heads.pop()


def stored_revision(engine: Engine) -> str | None:
    """The schema revision written in the register, or ``None`` for a new, empty file."""
    with engine.connect() as conn:
        return _revision_in(conn)


def _revision_in(conn: Connection) -> str | None:
    if on_file(conn):
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
    else:
        has_table = conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
    if not has_table:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


def check_not_newer(path: Path | str, revision: str | None) -> None:
    """Refuse, untouched, a register whose schema this version of AssetMap does not know."""
    if revision is None:
        return
    if revision not in revision_chain():
        raise NewerRegisterError(path, revision)


def upgrade(
    path: Path, engine: Engine, *, target: str = "head", backup: bool = True, key: CipherKey | None = None
) -> list[str]:
    """Bring the register at ``path`` to ``target``; return the revisions applied.

    An existing register is backed up first (unless ``backup`` is false: a throwaway copy). Each
    migration then runs in its own transaction with foreign keys off (a table rebuild with them on
    cascades deletes into child rows) and ``PRAGMA foreign_key_check`` before commit; any failure
    leaves the previous revision intact. ``key`` is an encrypted register's key (its backup is
    encrypted with it too).
    """
    if not on_file(engine):
        return upgrade_server(str(path), engine, target=target)
    current = stored_revision(engine)
    check_not_newer(path, current)
    if current == (head_revision() if target == "head" else target):
        return []
    from alembic import command

    scripts = script_directory()
    destination = scripts.get_current_head() if target == "head" else target
    if current == destination:
        return []
    steps = [rev.revision for rev in scripts.iterate_revisions(destination, current)]
    steps.reverse()
    if current is not None and backup:
        take_backup(path, reason=f"before-{destination}", key=key)
    config = _config()
    config.attributes["register_path"] = path
    with engine.connect() as conn:
        # Outside any transaction: the pragma is a no-op inside one.
        driver_of(conn).execute("PRAGMA foreign_keys=OFF")
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
                        tr(
                            "The upgrade of {path} to schema {revision} failed ({reason}); the register "
                            "was left at "
                            "its previous version and a backup was taken before trying."
                        ).format(path=path, revision=revision, reason=exc),
                    ) from exc
        finally:
            if conn.in_transaction():
                conn.rollback()
            driver_of(conn).execute("PRAGMA foreign_keys=ON")
    return steps


def upgrade_server(location: str, engine: Engine, *, target: str = "head") -> list[str]:
    """Bring a register on a server to ``target`` (the newest schema) in one transaction; return the
    revisions applied.

    AssetMap takes no backup of a server (its administrators do); a failed upgrade is rolled back whole,
    leaving the schema as it was. An advisory lock keeps two AssetMaps from upgrading it at once.
    """
    from assetmap.register.server import UPGRADE_LOCK

    with engine.connect() as conn, conn.begin():
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK})")
        current = _revision_in(conn)
        check_not_newer(location, current)
        if current == (head_revision() if target == "head" else target):
            return []
        from alembic import command

        scripts = script_directory()
        steps = [rev.revision for rev in scripts.iterate_revisions(target, current)]
        steps.reverse()
        config = _config()
        config.attributes["register_path"] = location
        config.attributes["connection"] = conn
        log.info("Upgrading %s to schema %s", location, steps[-1])
        try:
            command.upgrade(config, target)
        except MigrationError:
            raise
        except Exception as exc:
            raise MigrationError(
                location,
                tr(
                    "The upgrade of the team register {location} to schema {revision} failed ({reason}); "
                    "nothing was changed on the server. Ask whoever manages the server to look at its log."
                ).format(location=location, revision=steps[-1], reason=exc),
            ) from exc
    return steps
