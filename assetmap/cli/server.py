"""``assetmap server`` (init, upload): a team register on a PostgreSQL server, and moving a file onto it.

``init URL`` makes (or brings up to date) the register's tables on the server and says what it made;
``upload --register FILE URL`` moves a laptop's register file, with all its history, onto an empty team
register in one transaction. Roles and logins are ``assetmap server add-user``'s.
"""

from __future__ import annotations

import argparse

from sqlalchemy import URL, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from assetmap.cli.registers import (
    audit_user,
    locked,
    passphrase_for,
    register_option,
    register_path,
    user_option,
)
from assetmap.cli.team import add_user_commands
from assetmap.errors import ServerError
from assetmap.messages import tr
from assetmap.register import Register, migrate
from assetmap.register.connection import is_server_location
from assetmap.register.server import location_of, server_engine, server_problem, server_url


def add_server_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``server`` with its subcommands; each sets ``handler`` to its function."""
    command = subparsers.add_parser(
        "server",
        help=tr("make a team register on a PostgreSQL server, and move a register file onto it"),
        description=tr("A team register on a PostgreSQL server with PostGIS (see docs/team-register.md)."),
    )
    actions = command.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init", help=tr("make the register's tables on a server (or bring them up to date)")
    )
    init.add_argument(
        "url", metavar="URL", help=tr("the server's database, as postgresql://USER@HOST:PORT/DATABASE")
    )
    init.set_defaults(handler=run_init)

    upload = actions.add_parser(
        "upload", help=tr("move a register file, with its history, onto an empty team register on a server")
    )
    upload.add_argument(
        "url", metavar="URL", help=tr("the team register, as postgresql://USER@HOST:PORT/DATABASE")
    )
    register_option(upload)
    user_option(upload)
    upload.set_defaults(handler=run_upload)
    add_user_commands(actions)

    from assetmap.cli.offline import add_offline_commands

    add_offline_commands(actions)


def _server_location(text: str) -> str:
    if not is_server_location(text):
        raise ServerError(
            text,
            tr(
                "{text} is not a server address. Write it as postgresql://USER@HOST:PORT/DATABASE "
                "(the password is asked for by the server's settings, or given as USER:PASSWORD@HOST)."
            ).format(text=text),
        )
    return text


def run_init(args: argparse.Namespace) -> int:
    location = _server_location(args.url)
    url = server_url(location)
    shown = location_of(url)
    created = _create_database_if_missing(url, shown)
    engine = server_engine(url)
    try:
        applied = migrate.upgrade_server(shown, engine)
    except DBAPIError as exc:
        raise server_problem(shown, url.username, exc) or exc from exc
    finally:
        engine.dispose()
    if created:
        print(
            tr("Created the database {database} on {host}.").format(
                database=url.database, host=url.host or "localhost"
            )
        )
    with Register.open(location) as register, register.engine.connect() as conn:
        # The register's own tables (PostGIS keeps its table of coordinate systems beside them).
        tables = sorted(set(inspect(conn).get_table_names()) - {"spatial_ref_sys"})
        postgis = conn.exec_driver_sql("SELECT postgis_lib_version()").scalar()
        layers = conn.exec_driver_sql(
            "SELECT f_table_name, type FROM geometry_columns WHERE f_table_schema = 'public' ORDER BY 1"
        ).all()
    head = migrate.head_revision()
    if applied:
        print(
            tr(
                "Made the team register at {location}: schema {schema}, {tables} tables, PostGIS {postgis}."
            ).format(location=shown, schema=head, tables=len(tables), postgis=postgis)
        )
    else:
        print(
            tr("The team register at {location} was already at schema {schema}; nothing was changed.").format(
                location=shown, schema=head
            )
        )
    for table, kind in layers:
        print(_map_layer(table, kind))
    print(
        tr(
            "Next: give each worker a login (assetmap server add-user), or move a register file onto it "
            "with\n  assetmap server upload --register FILE {location}"
        ).format(location=shown)
    )
    return 0


def _map_layer(table: str, kind: str) -> str:
    """A line saying what a map layer on the server holds, for a GIS tool."""
    geometry = kind.upper()
    if geometry == "POINT":
        line = tr("  map layer {table}.geom: points in WGS84 (EPSG:4326), for QGIS and ogrinfo")
    elif geometry == "MULTIPOLYGON":
        line = tr("  map layer {table}.geom: multipolygons in WGS84 (EPSG:4326), for QGIS and ogrinfo")
    else:
        line = tr("  map layer {table}.geom: {kind} geometries in WGS84 (EPSG:4326), for QGIS and ogrinfo")
    return line.format(table=table, kind=kind.lower())


def _create_database_if_missing(url: URL, shown: str) -> bool:
    """Create the register's database when the server has none of that name (and the role may)."""
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}
            ).first()
            if exists:
                return False
            conn.exec_driver_sql(
                f"CREATE DATABASE {conn.dialect.identifier_preparer.quote(str(url.database))}"
            )
            return True
    except DBAPIError as exc:
        # No maintenance database to look from, or no right to create one: the upgrade says what is wrong.
        plain = server_problem(shown, url.username, exc)
        if plain is not None and "cannot be reached" in str(plain):
            raise plain from exc
        return False
    finally:
        admin.dispose()


def run_upload(args: argparse.Namespace) -> int:
    from assetmap.register.upload import upload

    location = _server_location(args.url)
    with (
        locked(register_path(getattr(args, "register", None))) as path,
        Register.open(path, passphrase=passphrase_for(path)) as source,
        Register.open(location, user=audit_user(args.as_user)) as target,
    ):
        summary = upload(source, target)
    print(summary.text())
    print(
        tr(
            "The team register keeps {file}'s register id, so bundles made from it still merge. Work in "
            "the team register from now on; keep the file as a record of how it was."
        ).format(file=path.name)
    )
    return 0
