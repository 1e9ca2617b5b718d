"""A team register on a PostgreSQL server: its URL, its engine, and what a server's failures mean.

A register file and a server register go through the same :class:`~assetmap.register.Register`; what
differs between them is kept here and in :mod:`assetmap.register.connection`. A server is reached
through SQLAlchemy 2 with psycopg 3. Its location is shown without the password.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from assetmap.errors import ServerError
from assetmap.messages import tr

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10
# Held while a server register's schema is upgraded, so that two windows opening a new server at
# once do not both create it (any number of AssetMap's own; "AMAP" in ASCII).
UPGRADE_LOCK = 0x414D4150


def server_url(location: str) -> URL:
    """The SQLAlchemy URL (psycopg 3) of a server register named ``postgresql://…`` or ``postgres://…``."""
    try:
        url = make_url(location.strip())
    except ArgumentError as exc:
        raise ServerError(
            location_of(location),
            tr(
                "{location} is not a server address AssetMap understands ({reason}). Write it as "
                "postgresql://USER@HOST:PORT/DATABASE."
            ).format(location=location_of(location), reason=exc),
        ) from None
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise ServerError(
            location_of(location),
            tr("{location} is not a PostgreSQL server address.").format(location=location_of(location)),
        )
    if not url.database:
        raise ServerError(
            location_of(location),
            tr(
                "{location} names no database: add it after the server, as in "
                "postgresql://USER@HOST:PORT/DATABASE."
            ).format(location=location_of(location)),
        )
    return url.set(drivername=DRIVER)


# libpq options that carry a secret: never shown with the location.
_SECRET_OPTIONS = {"password", "sslpassword"}


def location_of(location: str | URL) -> str:
    """How a server register is named to people and in lists: its URL without the password."""
    try:
        url = location if isinstance(location, URL) else make_url(location.strip())
    except ArgumentError:
        # Not a URL at all: at least never repeat what may be a password after a colon.
        return str(location).split("@")[-1]
    query = {key: value for key, value in url.query.items() if key not in _SECRET_OPTIONS}
    shown = URL.create("postgresql", url.username, None, url.host, url.port, url.database, query)
    return shown.render_as_string(hide_password=False)


def short_name(url: URL) -> str:
    """A short name for a window title: the database and the server it is on."""
    host = url.host or "localhost"
    return f"{url.database} on {host}"


def server_engine(url: URL) -> Engine:
    """An engine for one server register: a small pool of connections, each checked before use."""
    return create_engine(
        url,
        pool_size=2,
        max_overflow=4,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "AssetMap"},
    )


def server_problem(location: str, role: str | None, exc: BaseException) -> ServerError | None:
    """The plain error for a server that cannot be reached or refuses the login, or ``None``."""
    if not isinstance(exc, DBAPIError):
        return None
    text = str(exc.orig or exc)
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        refused = (
            tr(
                "The server {location} refused the role {role}: the password is not right (or the role does "
                "not exist). Check the user name and password with whoever manages the team register."
            )
            if role
            else tr(
                "The server {location} refused this login: the password is not right (or the role does not "
                "exist). Check the user name and password with whoever manages the team register."
            )
        )
        return ServerError(location, refused.format(location=location, role=role))
    if "does not exist" in lowered and "database" in lowered:
        return ServerError(
            location,
            tr(
                "The server {location} has no such database. Check its name, or ask whoever manages the "
                "server to create it (assetmap server init makes its tables)."
            ).format(location=location),
        )
    if "permission denied" in lowered:
        denied = (
            tr(
                "The server {location} does not let the role {role} do this ({detail}). Ask the "
                "team's coordinator for the right role."
            )
            if role
            else tr(
                "The server {location} does not let this login do this ({detail}). Ask the "
                "team's coordinator for the right role."
            )
        )
        return ServerError(location, denied.format(location=location, role=role, detail=text.splitlines()[0]))
    if any(
        sign in lowered
        for sign in (
            "connection refused",
            "could not connect",
            "connection timeout",
            "timeout expired",
            "could not translate host name",
            "server closed the connection",
            "connection is closed",
            "consuming input failed",
            "no route to host",
            "network is unreachable",
        )
    ):
        return ServerError(
            location,
            tr(
                "The server {location} cannot be reached ({detail}). Check the "
                "network connection and the server address, then try again. Nothing was changed."
            ).format(location=location, detail=text.splitlines()[0].strip()),
        )
    return None


@contextmanager
def server_write_unit(engine: Engine) -> Iterator[Connection]:
    """One write transaction on a server; a server that cannot be reached raises ``ServerError``."""
    try:
        with engine.connect() as conn, conn.begin():
            yield conn
    except DBAPIError as exc:
        plain = server_problem(location_of(engine.url), engine.url.username, exc)
        if plain is None:
            raise
        raise plain from exc
