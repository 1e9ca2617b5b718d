"""Logging in to a team register on a server: where it is, who logs in, its password and encryption.

A login is a server, port, database and user, with the connection's ``sslmode`` (and, to check the
server's certificate, a root certificate file). Its password is never kept in AssetMap's settings: it is
typed each time, or kept in the computer's keyring (the OS's password store) when the person asks, and a
script may give it in ``ASSETMAP_PASSWORD``. A login is named to people and kept in lists of recent
registers as a URL without its password.

:func:`try_login` connects once and says plainly what is wrong, if anything: a wrong password, a server
that cannot be reached, a database that is not an AssetMap register, a login with no role in it, or an
encrypted connection that cannot be made as asked.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from assetmap.errors import AssetMapError
from assetmap.messages import tr

log = logging.getLogger(__name__)

PASSWORD_VARIABLE = "ASSETMAP_PASSWORD"
KEYRING_SERVICE = "AssetMap team register"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 10
SSL_MODES: dict[str, str] = {
    "disable": "No encryption (only on a network you trust)",
    "prefer": "Encrypted if the server offers it (the default)",
    "require": "Always encrypted, the server's certificate not checked",
    "verify-ca": "Always encrypted, the certificate checked against a root certificate",
    "verify-full": "Always encrypted, the certificate and the server's name checked",
}
VERIFYING = ("verify-ca", "verify-full")


class LoginError(AssetMapError):
    """A login to a team register did not work; ``kind`` says why, the message what to do."""

    WRONG_PASSWORD = "wrong password"
    UNREACHABLE = "not reachable"
    NOT_A_REGISTER = "not a register"
    NO_ACCESS = "no access"
    ENCRYPTION = "encryption"
    DETAILS = "details"

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class ServerLogin:
    """Where a team register is and who logs in to it (never the password)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"
    sslrootcert: str | None = None

    @property
    def location(self) -> str:
        """The register as people see it and lists keep it: its URL without a password."""
        return self.url(None)

    @property
    def account(self) -> str:
        """The name its password is kept under in the keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def where(self) -> str:
        return tr("the register {database} on {server}").format(
            database=self.database, server=f"{self.host}:{self.port}"
        )

    def url(self, password: str | None) -> str:
        """The SQLAlchemy URL (psycopg 3) of the register, with ``password`` if one is given."""
        query = {"sslmode": self.sslmode}
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        url = URL.create(
            "postgresql+psycopg", self.user, password, self.host, self.port, self.database, query
        )
        return url.render_as_string(hide_password=False)

    def problem(self) -> str | None:
        """What is missing or wrong in the details themselves, before trying them, or ``None``."""
        if not self.host.strip():
            return tr("Give the server of the team register.")
        if not self.database.strip():
            return tr("Give the database of the team register.")
        if not self.user.strip():
            return tr("Give the user of the team register.")
        if not 0 < self.port < 65536:
            return tr("{port} is not a port: the usual one is {default}.").format(
                port=self.port, default=DEFAULT_PORT
            )
        if self.sslmode not in SSL_MODES:
            return tr("{sslmode} is not an sslmode: choose one of {modes}.").format(
                sslmode=repr(self.sslmode), modes=", ".join(SSL_MODES)
            )
        if self.sslmode in VERIFYING:
            if not self.sslrootcert:
                return tr(
                    "sslmode {sslmode} checks the server's certificate: give the root certificate file "
                    "(root.crt) that whoever runs the server hands out."
                ).format(sslmode=self.sslmode)
            if not Path(self.sslrootcert).expanduser().is_file():
                return tr("The root certificate file {path} is not there: check where it was saved.").format(
                    path=self.sslrootcert
                )
        return None

    def conninfo(self, password: str | None) -> dict[str, object]:
        """Keyword arguments for ``psycopg.connect``."""
        info: dict[str, object] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.database,
            "user": self.user,
            "sslmode": self.sslmode,
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "AssetMap",
        }
        if password is not None:
            info["password"] = password
        if self.sslrootcert:
            info["sslrootcert"] = str(Path(self.sslrootcert).expanduser())
        return info


def is_server_location(text: str | os.PathLike[str]) -> bool:
    """Whether ``text`` names a register on a server (``postgresql://…``) rather than a file."""
    return str(text).strip().lower().startswith(("postgresql:", "postgresql+psycopg:", "postgres:"))


def parse_location(text: str) -> tuple[ServerLogin, str | None]:
    """The login a ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…]`` URL names, and its
    password if it carries one."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise LoginError(
            LoginError.DETAILS,
            tr(
                "That is not a server address AssetMap understands: write it as "
                "postgresql://USER@HOST:PORT/DATABASE."
            ),
        ) from None
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise LoginError(LoginError.DETAILS, tr("That is not the address of a PostgreSQL server."))
    query = {key: value if isinstance(value, str) else value[-1] for key, value in url.query.items()}
    login = ServerLogin(
        host=url.host or "localhost",
        database=url.database or "",
        user=url.username or "",
        port=url.port or DEFAULT_PORT,
        sslmode=query.get("sslmode", "prefer"),
        sslrootcert=query.get("sslrootcert"),
    )
    problem = login.problem()
    if problem:
        raise LoginError(
            LoginError.DETAILS, tr("{location}: {problem}").format(location=login.location, problem=problem)
        )
    return login, url.password if url.password else None


def with_sslmode(login: ServerLogin, sslmode: str, sslrootcert: str | None = None) -> ServerLogin:
    return replace(login, sslmode=sslmode, sslrootcert=sslrootcert)


# -- passwords: typed, from a script's environment, or kept in the keyring -----------------------------


def password_for(login: ServerLogin, given: str | None = None) -> str | None:
    """The password to log in with: ``given`` (in a URL), ``ASSETMAP_PASSWORD``, the keyring, or ``None``
    (then the person is asked)."""
    return given or os.environ.get(PASSWORD_VARIABLE) or remembered_password(login)


def remember_password(login: ServerLogin, password: str) -> bool:
    """Keep the password in the computer's keyring; ``False`` when it has none (it is asked each time)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, login.account, password)
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("No keyring to remember the password in: %s", exc)
        return False
    return True


def remembered_password(login: ServerLogin) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, login.account)
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("No keyring to look the password up in: %s", exc)
        return None


def forget_password(login: ServerLogin) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, login.account)
    except PasswordDeleteError:
        pass
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("No keyring to forget the password in: %s", exc)


# -- trying a login --------------------------------------------------------------------------------------


def login_problem(login: ServerLogin, exc: BaseException) -> LoginError | None:
    """The plain error for a failed connection, or ``None`` if it is none of the known kinds."""
    text = " ".join(str(exc).split())
    lowered = text.lower()
    server = f"{login.host}:{login.port}"
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return LoginError(
            LoginError.WRONG_PASSWORD,
            tr(
                "The server {server} refused {user}: the password is not right, or there is no such user. "
                "Check both with the team's coordinator."
            ).format(server=server, user=login.user),
        )
    if "permission denied for database" in lowered or "not permitted to log in" in lowered:
        return LoginError(LoginError.NO_ACCESS, _no_role(login))
    if "database" in lowered and "does not exist" in lowered:
        return LoginError(
            LoginError.NOT_A_REGISTER,
            tr(
                "The server {server} has no database {database}. Check its name with whoever runs the server."
            ).format(server=server, database=login.database),
        )
    if "root certificate file" in lowered:
        return LoginError(
            LoginError.ENCRYPTION,
            tr("The root certificate file {path} could not be read: check where it was saved.").format(
                path=login.sslrootcert
            ),
        )
    if "does not support ssl" in lowered:
        return LoginError(
            LoginError.ENCRYPTION,
            tr(
                "The server {server} does not offer encrypted connections, and sslmode {sslmode} asks for "
                "one. Ask whoever runs the server to switch SSL on; choose sslmode disable only on a network "
                "you trust."
            ).format(server=server, sslmode=login.sslmode),
        )
    if "certificate verify failed" in lowered or "server certificate" in lowered or "ssl" in lowered:
        return LoginError(
            LoginError.ENCRYPTION,
            tr(
                "An encrypted connection to {server} could not be made with sslmode {sslmode} ({detail}). "
                "Check the root certificate file, and that the server's name matches its certificate."
            ).format(server=server, sslmode=login.sslmode, detail=text),
        )
    if any(
        sign in lowered
        for sign in (
            "connection refused",
            "could not connect",
            "timeout",
            "could not translate host name",
            "name or service not known",
            "no route to host",
            "network is unreachable",
            "server closed the connection",
        )
    ):
        return LoginError(
            LoginError.UNREACHABLE,
            tr(
                "The server {server} cannot be reached. Check the server's name and port and the network "
                "connection, then try again."
            ).format(server=server),
        )
    return None


def try_login(login: ServerLogin, password: str | None) -> str:
    """Log in once, check that the database is an AssetMap register, and return the login's role there.

    Raises ``LoginError`` saying plainly what is wrong.
    """
    import psycopg

    from assetmap.register.team_users import role_of_connection

    problem = login.problem()
    if problem:
        raise LoginError(LoginError.DETAILS, problem)
    try:
        conn = psycopg.connect(**login.conninfo(password))  # type: ignore[arg-type]
    except psycopg.OperationalError as exc:
        plain = login_problem(login, exc)
        if plain is None:
            raise
        raise plain from None
    try:
        with conn:
            found = conn.execute(
                "SELECT to_regclass('alembic_version') IS NOT NULL AND to_regclass('assets') IS NOT NULL"
            ).fetchone()
            if not (found and found[0]):
                raise LoginError(
                    LoginError.NOT_A_REGISTER,
                    tr(
                        "The database {database} on {server} is not an AssetMap "
                        "register. Check its name, or ask whoever runs the server to make one "
                        "(assetmap server init)."
                    ).format(database=login.database, server=f"{login.host}:{login.port}"),
                )
            role = role_of_connection(conn)
    except psycopg.Error as exc:
        raise LoginError(
            LoginError.NO_ACCESS,
            tr(
                "{user} may not read the register {database} on {server} ({detail}). Ask the team's "
                "coordinator for a role."
            ).format(
                user=login.user,
                database=login.database,
                server=f"{login.host}:{login.port}",
                detail=" ".join(str(exc).split()),
            ),
        ) from None
    if role is None:
        raise LoginError(LoginError.NO_ACCESS, _no_role(login))
    return role


def _no_role(login: ServerLogin) -> str:
    return tr(
        "{user} has no role in the register {database} on {server}. Ask the team's coordinator to add them "
        "(Team → Users…, or assetmap server add-user)."
    ).format(user=login.user, database=login.database, server=f"{login.host}:{login.port}")
