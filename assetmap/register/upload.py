"""Moving a laptop's register file, with everything it remembers, onto an empty team register on a server.

Every table of the file is copied as it is (assets with their history, categories, ward boundaries,
the register's own id, people sealed with their keys and their history, links, consent events,
erasures, the audit trail, saved views, suggestions, and any table a later schema adds), in one
transaction on the server: a failure anywhere leaves the server as empty as it was. The server keeps
the file's register id, so bundles made from the file before still merge into the team register.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import geoalchemy2  # noqa: F401  (so that reflecting a server's tables knows PostGIS's geometry type)
import psycopg
from sqlalchemy import JSON, Connection, MetaData, Table, func, insert, select, text
from sqlalchemy.exc import DBAPIError

from assetmap.errors import ServerError
from assetmap.messages import tr, tr_n
from assetmap.register import audit
from assetmap.register.connection import write_unit
from assetmap.register.store import Register

log = logging.getLogger(__name__)

CHUNK = 2_000
# Tables that make a server register not empty: an upload goes only into a register with none of these.
_HOLDINGS = {
    "assets": "assets",
    "people": "people",
    "suggestions": "suggestions",
    "saved_views": "saved views",
}
# How the summary names what was moved, in this order (a table a later schema adds follows by its name).
_LABELS = {
    "assets": "assets",
    "asset_history": "asset history entries",
    "categories": "categories",
    "subcategories": "subcategories",
    "ward_boundaries": "ward boundaries",
    "people": "people (erased ones as empty rows)",
    "person_history": "person history entries",
    "person_keys": "people's keys",
    "person_links": "links between people and assets",
    "consent_events": "consent events",
    "erasures": "erasures",
    "saved_views": "saved views",
    "suggestions": "suggestions",
    "audit_log": "audit trail entries",
    "register_meta": "register settings",
    "bundle_exports": "bundles written",
}
# Kept by the schema itself, not copied.
_NOT_COPIED = {"alembic_version", "spatial_ref_sys"}
# Written on the server by its triggers (from lon/lat and the wards' shapes) or numbered by it.
_SERVER_ONLY_COLUMNS = {"geom", "rowid"}


@dataclass(frozen=True)
class UploadSummary:
    """What an upload copied: rows per table, in the order they were written."""

    location: str
    rows: dict[str, int]

    @property
    def assets(self) -> int:
        return self.rows.get("assets", 0)

    def text(self) -> str:
        named = [table for table in _LABELS if table in self.rows]
        named += sorted(table for table in self.rows if table not in _LABELS)
        parts = [_moved(table, self.rows[table]) for table in named if self.rows[table]]
        return tr("Moved onto {location}: {parts}.").format(location=self.location, parts=", ".join(parts))


def _moved(table: str, count: int) -> str:
    """``count`` rows of ``table`` as the summary names them (``_LABELS``), in the language spoken now."""
    n = f"{count:,}"
    forms = {
        "assets": tr_n("{n} assets", "{n} assets", count),
        "asset_history": tr_n("{n} asset history entries", "{n} asset history entries", count),
        "categories": tr_n("{n} categories", "{n} categories", count),
        "subcategories": tr_n("{n} subcategories", "{n} subcategories", count),
        "ward_boundaries": tr_n("{n} ward boundaries", "{n} ward boundaries", count),
        "people": tr_n(
            "{n} people (erased ones as empty rows)", "{n} people (erased ones as empty rows)", count
        ),
        "person_history": tr_n("{n} person history entries", "{n} person history entries", count),
        "person_keys": tr_n("{n} people's keys", "{n} people's keys", count),
        "person_links": tr_n(
            "{n} links between people and assets", "{n} links between people and assets", count
        ),
        "consent_events": tr_n("{n} consent events", "{n} consent events", count),
        "erasures": tr_n("{n} erasures", "{n} erasures", count),
        "saved_views": tr_n("{n} saved views", "{n} saved views", count),
        "suggestions": tr_n("{n} suggestions", "{n} suggestions", count),
        "audit_log": tr_n("{n} audit trail entries", "{n} audit trail entries", count),
        "register_meta": tr_n("{n} register settings", "{n} register settings", count),
        "bundle_exports": tr_n("{n} bundles written", "{n} bundles written", count),
    }
    if table in forms:
        return forms[table].format(n=n)
    return f"{n} {table.replace('_', ' ')}"  # a table a later schema adds: named by itself


def _held(table: str, count: int) -> str:
    """``count`` rows of a table an empty team register must not hold (``_HOLDINGS``)."""
    forms = {
        "assets": tr_n("{n} assets", "{n} assets", count),
        "people": tr_n("{n} people", "{n} people", count),
        "suggestions": tr_n("{n} suggestions", "{n} suggestions", count),
        "saved_views": tr_n("{n} saved views", "{n} saved views", count),
    }
    return forms[table].format(n=f"{count:,}")


def upload(source: Register, target: Register) -> UploadSummary:
    """Copy the register file ``source`` into the empty server register ``target``, in one transaction.

    Raises ``ServerError`` when ``target`` is not on a server or already holds assets (or people,
    views or suggestions), and when a row cannot be written there (naming its table, row and the
    server's reason); then nothing is left on the server.
    """
    if not target.is_server:
        raise ServerError(
            target.location,
            tr("{location} is not a team register on a server.").format(location=target.location),
        )
    if source.is_server:
        raise ServerError(
            source.location,
            tr("{location} is already a team register on a server.").format(location=source.location),
        )
    file_tables = _reflect(source)
    server_tables = _reflect(target)
    rows: dict[str, int] = {}
    with write_unit(target.engine) as conn:
        _refuse_unless_empty(conn, target.location, server_tables)
        _refuse_a_team_login(conn, target.location)
        # The categories and kinds of link seeded with the server register give way to the file's own.
        for name in ("subcategories", "categories", "register_meta", "link_kinds"):
            if name in server_tables and name in file_tables:
                conn.execute(server_tables[name].delete())
        with source.engine.connect() as reading:
            for table in _in_order(server_tables):
                if table.name in _NOT_COPIED or table.name not in file_tables:
                    continue
                rows[table.name] = _copy(reading, file_tables[table.name], conn, table, target.location)
        _renumber(conn, server_tables)
        audit.append(conn, target.user, "upload", "register", [_register_id(conn, server_tables)])
    summary = UploadSummary(target.location, rows)
    log.info("%s", summary.text())
    return summary


def _reflect(register: Register) -> dict[str, Table]:
    meta = MetaData()
    meta.reflect(register.engine)
    return dict(meta.tables)


def _in_order(tables: dict[str, Table]) -> list[Table]:
    """The tables, each after those its rows refer to."""
    meta = next(iter(tables.values())).metadata
    return [t for t in meta.sorted_tables if t.name in tables]


def _refuse_unless_empty(conn: Connection, location: str, tables: dict[str, Table]) -> None:
    held = []
    for name in _HOLDINGS:
        count = conn.execute(select(func.count()).select_from(tables[name])).scalar_one()
        if count:
            held.append(_held(name, count))
    if held:
        raise ServerError(
            location,
            tr(
                "The team register {location} already holds {held}, so the file was not moved "
                "onto it: a register file goes only into an empty team register. Make a new database for it "
                "(assetmap server init), or merge the file in as a bundle instead."
            ).format(location=location, held=", ".join(held)),
        )


def _refuse_a_team_login(conn: Connection, location: str) -> None:
    """Only the server's administrator may move a file in: a team login's rows are held to its role, and
    the audit trail would record that login for every entry the file carries."""
    if conn.execute(text("SELECT row_security_active('audit_log')")).scalar_one():
        raise ServerError(
            location,
            tr(
                "A register file is moved onto {location} by the server's administrator (the login that "
                "made the team register with assetmap server init), so that its audit trail and its "
                "workers' private records are kept as they are. A team login, even a coordinator's, cannot "
                "do it: ask the administrator to run the upload, or send the file's work as a bundle "
                "(assetmap bundle, then assetmap merge into the team register)."
            ).format(location=location),
        )


def _copy(reading: Connection, source: Table, conn: Connection, target: Table, location: str) -> int:
    columns = [
        c.name for c in target.columns if c.name in source.columns and c.name not in _SERVER_ONLY_COLUMNS
    ]
    query = select(*(source.c[name] for name in columns))
    if "rowid" in target.columns:
        # In the order the file wrote them, which the server's own row numbers then keep.
        query = query.order_by(text("rowid"))
    elif target.primary_key.columns:
        query = query.order_by(*(source.c[c.name] for c in target.primary_key.columns))
    result = reading.execute(query)
    # JSON goes into COPY as its text; every other value as the driver writes it.
    as_json = [isinstance(target.c[name].type, JSON) for name in columns]
    quote = conn.dialect.identifier_preparer.quote
    statement = f"COPY {quote(target.name)} ({', '.join(quote(name) for name in columns)}) FROM STDIN"
    done = 0
    while True:
        rows = result.fetchmany(CHUNK)
        if not rows:
            return done
        try:
            # COPY: ten times the rows per second of INSERTs, and all or nothing for the chunk.
            with conn.begin_nested(), _driver(conn).cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(
                        [
                            json.dumps(value) if encode and value is not None else value
                            for value, encode in zip(row, as_json, strict=True)
                        ]
                    )
        except (DBAPIError, psycopg.Error) as exc:
            batch = [dict(zip(columns, row, strict=True)) for row in rows]
            raise _bad_row(conn, target, batch, done, location, exc) from exc
        done += len(rows)


def _driver(conn: Connection) -> psycopg.Connection[Any]:
    driver = conn.connection.driver_connection
    if not isinstance(driver, psycopg.Connection):
        raise TypeError("an upload writes to a PostgreSQL server through psycopg")
    return driver


def _bad_row(
    conn: Connection,
    table: Table,
    batch: Sequence[dict[str, Any]],
    before: int,
    location: str,
    exc: Exception,
) -> ServerError:
    """The error naming the first row of ``batch`` the server refuses, found one row at a time."""
    cause = getattr(exc, "orig", None) or exc
    reason = str(cause).splitlines()[0]
    for position, row in enumerate(batch, start=before + 1):
        try:
            with conn.begin_nested():
                conn.execute(insert(table), [row])
        except DBAPIError as one:
            reason = str(one.orig).splitlines()[0] if one.orig is not None else reason
            key = ", ".join(f"{c.name} {row.get(c.name)}" for c in table.primary_key.columns)
            column = getattr(getattr(one.orig, "diag", None), "column_name", None)
            values = {
                "position": f"{position:,}",
                "table": table.name,
                "key": key,
                "column": column,
                "location": location,
                "reason": reason,
            }
            message = (
                tr(
                    "Row {position} of the table {table} ({key}, field {column}) could not be written to the "
                    "team register {location}: {reason}. Nothing was moved; the server is as it was. Correct "
                    "that record in the file (or ask for help with it) and try again."
                )
                if column
                else tr(
                    "Row {position} of the table {table} ({key}) could not be written to the "
                    "team register {location}: {reason}. Nothing was moved; the server is as it was. Correct "
                    "that record in the file (or ask for help with it) and try again."
                )
            )
            return ServerError(location, message.format(**values))
    return ServerError(
        location,
        tr(
            "The table {table} could not be written to the team register {location}: {reason}. Nothing "
            "was moved; the server is as it was."
        ).format(table=table.name, location=location, reason=reason),
    )


def _renumber(conn: Connection, tables: dict[str, Table]) -> None:
    """Let the server's counters (history and audit sequence numbers) carry on after the copied rows."""
    for table in tables.values():
        for column in table.primary_key.columns:
            sequence = conn.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table.name, "column": column.name},
            ).scalar()
            if sequence is None:
                continue
            top = conn.execute(select(func.max(column))).scalar()
            if top is not None:
                conn.execute(text("SELECT setval(:sequence, :top)"), {"sequence": sequence, "top": int(top)})


def _register_id(conn: Connection, tables: dict[str, Table]) -> str | None:
    meta = tables["register_meta"]
    return conn.execute(select(meta.c.value).where(meta.c.key == "register_id")).scalar()
