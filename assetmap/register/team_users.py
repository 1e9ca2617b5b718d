"""A team register's users: logins on its server, each with a role, managed by a coordinator.

These call the functions migration 0009 puts in the database (see :mod:`assetmap.register.roles`); the
server itself checks that the caller is a coordinator of the register and refuses anyone else. A new
password leaves this computer only as a SCRAM verifier, never as text, so it is in no server log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from assetmap.errors import AssetMapError
from assetmap.messages import tr
from assetmap.register.roles import ROLES

if TYPE_CHECKING:
    import psycopg

MIN_PASSWORD = 10
_NOT_ALLOWED = "42501"  # insufficient_privilege


class UserManagementError(AssetMapError):
    """The server refused to add, change or remove a user; the message says why and what to do."""


class NotCoordinatorError(UserManagementError):
    """Someone who is not a coordinator of the register tried to manage its users."""


@dataclass(frozen=True, slots=True)
class TeamUser:
    """A login of the register and its role there."""

    login: str
    role: str

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)


def where(engine: Engine) -> str:
    """The register as messages name it: its database and server (never a password)."""
    url = engine.url
    return tr("the register {database} on {server}").format(
        database=url.database, server=f"{url.host or 'localhost'}:{url.port or 5432}"
    )


# The server's administrators (superusers) count as coordinators.
_ROLE_SQL = (
    "SELECT CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN 'coordinator' "
    "ELSE assetmap_user_role(session_user) END"
)


def role_of(conn: Connection) -> str | None:
    """The role this connection's login has in the register, or ``None``."""
    role = conn.execute(text(_ROLE_SQL)).scalar()
    return str(role) if role is not None else None


def role_of_connection(conn: psycopg.Connection) -> str | None:
    """The same for a plain psycopg connection."""
    row = conn.execute(_ROLE_SQL).fetchone()
    return str(row[0]) if row and row[0] is not None else None


def password_problem(password: str) -> str | None:
    """Why ``password`` will not do for a login, or ``None``."""
    if len(password) < MIN_PASSWORD:
        return tr("A password needs at least {minimum} characters.").format(minimum=MIN_PASSWORD)
    if password != password.strip():
        return tr("A password may not start or end with a space.")
    return None


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise UserManagementError(
            tr("There is no role {role}: the roles are {roles}.").format(
                role=repr(role), roles=", ".join(ROLES)
            )
        )


def _check_login(login: str) -> None:
    if not login or login != login.strip() or len(login) > 63:
        raise UserManagementError(
            tr(
                "{login} cannot be a login name: give a name of 1 to 63 characters "
                "without spaces at the ends."
            ).format(login=repr(login))
        )


# What a call to the server was doing, for its refusal's message: ``(what, login, role)``.
_Doing = tuple[str, str, str]


def _role_name(role: str) -> str:
    names = {"coordinator": tr("coordinator"), "worker": tr("worker"), "viewer": tr("viewer")}
    return names.get(role, role)


def _not_coordinator(engine: Engine, doing: _Doing) -> str:
    """Only a coordinator manages users: one whole sentence for each thing refused."""
    what, login, role = doing
    url = engine.url
    values = {
        "login": login,
        "role": _role_name(role),
        "me": url.username or tr("this login"),
        "database": url.database,
        "server": f"{url.host or 'localhost'}:{url.port or 5432}",
    }
    if what == "add":
        message = tr(
            "The server refused to add {login} as a {role}: only a coordinator of the register {database} on "
            "{server} may manage its users, and {me} is not one. Ask a coordinator of the team to do it."
        )
    elif what == "set_role":
        message = tr(
            "The server refused to make {login} a {role}: only a coordinator of the register {database} on "
            "{server} may manage its users, and {me} is not one. Ask a coordinator of the team to do it."
        )
    elif what == "remove":
        message = tr(
            "The server refused to remove {login}: only a coordinator of the register {database} on "
            "{server} may manage its users, and {me} is not one. Ask a coordinator of the team to do it."
        )
    else:
        message = tr(
            "The server refused to list the users: only a coordinator of the register {database} on "
            "{server} may manage its users, and {me} is not one. Ask a coordinator of the team to do it."
        )
    return message.format(**values)


def _refused(engine: Engine, doing: _Doing, said: str) -> str:
    """The server refused for another reason (``said``, its own words): one whole sentence for each."""
    what, login, role = doing
    url = engine.url
    values = {
        "login": login,
        "role": _role_name(role),
        "said": said,
        "database": url.database,
        "server": f"{url.host or 'localhost'}:{url.port or 5432}",
    }
    if what == "add":
        message = tr(
            "The server refused to add {login} as a {role} in the register {database} on {server}: {said}"
        )
    elif what == "set_role":
        message = tr(
            "The server refused to make {login} a {role} in the register {database} on {server}: {said}"
        )
    elif what == "remove":
        message = tr("The server refused to remove {login} in the register {database} on {server}: {said}")
    else:
        message = tr("The server refused to list the users in the register {database} on {server}: {said}")
    return message.format(**values)


def _run(engine: Engine, sql: str, params: dict[str, str], doing: _Doing) -> object:
    try:
        with engine.begin() as conn:
            return conn.execute(text(sql), params).scalar()
    except DBAPIError as exc:
        raise _plain(engine, exc, doing) from exc


def _plain(engine: Engine, exc: DBAPIError, doing: _Doing) -> AssetMapError | DBAPIError:
    state = getattr(exc.orig, "sqlstate", None)
    diag = getattr(exc.orig, "diag", None)
    said = getattr(diag, "message_primary", None) or str(exc.orig).splitlines()[0]
    if state == _NOT_ALLOWED:
        return NotCoordinatorError(_not_coordinator(engine, doing))
    if state is not None and state[:2] in ("22", "42", "55"):
        return UserManagementError(_refused(engine, doing, said))
    return exc


def add_user(engine: Engine, login: str, role: str, password: str) -> bool:
    """Give ``login`` the ``role`` in the register, making the login with ``password`` if it is new.

    Returns whether a login was made: a login the server already has (for another team's register)
    joins this one and keeps its own password. Raises ``NotCoordinatorError`` unless the engine's login
    is a coordinator, and ``UserManagementError`` for a user already there, a bad name or a weak password.
    """
    _check_login(login)
    _check_role(role)
    problem = password_problem(password)
    if problem:
        raise UserManagementError(
            tr("{problem} Nothing was changed for {login}.").format(problem=problem, login=login)
        )
    doing = ("add", login, role)
    try:
        with engine.begin() as conn:
            driver = conn.connection.driver_connection
            verifier = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
                password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
            ).decode("ascii")
            made = conn.execute(
                text("SELECT assetmap_add_user(:login, :role, :verifier)"),
                {"login": login, "role": role, "verifier": verifier},
            ).scalar()
    except DBAPIError as exc:
        raise _plain(engine, exc, doing) from exc
    return bool(made)


def set_role(engine: Engine, login: str, role: str) -> None:
    """Change the role of a user of the register (refused for its only coordinator)."""
    _check_role(role)
    _run(
        engine,
        "SELECT assetmap_set_role(:login, :role)",
        {"login": login, "role": role},
        ("set_role", login, role),
    )


def remove_user(engine: Engine, login: str) -> bool:
    """Take ``login`` off the register; returns whether the login itself went (no other register uses it)."""
    return bool(_run(engine, "SELECT assetmap_remove_user(:login)", {"login": login}, ("remove", login, "")))


def users(engine: Engine) -> list[TeamUser]:
    """The register's users and their roles, by login."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT login, role FROM assetmap_users()")).all()
    except DBAPIError as exc:
        raise _plain(engine, exc, ("list", "", "")) from exc
    return [TeamUser(login, role) for login, role in rows]


class ServerUsers:
    """The users of the register an engine is logged in to, for Team → Users… (which may be shown any
    object with these four methods, such as sample data)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def users(self) -> list[TeamUser]:
        return users(self.engine)

    def add(self, login: str, role: str, password: str) -> bool:
        return add_user(self.engine, login, role, password)

    def set_role(self, login: str, role: str) -> None:
        set_role(self.engine, login, role)

    def remove(self, login: str) -> bool:
        return remove_user(self.engine, login)
