"""Alembic environment: runs on the connection the register hands it, one transaction per call."""

from __future__ import annotations

from alembic import context

from assetmap.errors import MigrationError
from assetmap.messages import tr_n
from assetmap.register.schema import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    # Alembic's SQLite default is non-transactional DDL; a migration killed midway then leaves
    # a temporary table behind that makes every later upgrade fail. One real transaction instead.
    transactional_ddl=True,
)

with context.begin_transaction():
    context.run_migrations()
    # A server checks foreign keys as it goes; a file's were off for the upgrade (see migrate.upgrade).
    violations = (
        connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if connection.dialect.name == "sqlite"
        else []
    )
    if violations:
        raise MigrationError(
            config.attributes["register_path"],
            tr_n(
                "The upgrade of {path} would break {n} links between "
                "records, so it was undone and the register left as it was.",
                "The upgrade of {path} would break {n} links between "
                "records, so it was undone and the register left as it was.",
                len(violations),
            ).format(path=config.attributes["register_path"], n=len(violations)),
        )
