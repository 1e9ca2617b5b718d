"""``assetmap server add-user``, ``set-role``, ``remove-user`` and ``users``: a team register's logins.

Each names the register by its URL, logged in as a coordinator (``postgresql://USER@HOST:PORT/DATABASE``,
with ``?sslmode=…`` where needed). That login's password is taken from the URL, ``ASSETMAP_PASSWORD``,
the keyring, or asked in the terminal. A new user's password is never on the command line: it is asked
twice, or read from the first line of standard input with ``--password-stdin`` (for scripts). The server
refuses anyone but a coordinator, and the command says so.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy import Engine, create_engine

from assetmap.errors import AssetMapError
from assetmap.messages import tr
from assetmap.register import logins, team_users
from assetmap.register.roles import ROLES


class PasswordRefused(AssetMapError):
    """No password could be had: none given, and no terminal to ask in."""


def _location(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "url",
        metavar="URL",
        help=tr(
            "the register, logged in as a coordinator: postgresql://USER@HOST:PORT/DATABASE[?sslmode=require]"
        ),
    )


def add_user_commands(actions: argparse._SubParsersAction) -> None:
    """Add ``add-user``, ``set-role``, ``remove-user`` and ``users`` to the ``server`` command's actions."""
    roles = ", ".join(ROLES)
    add = actions.add_parser(
        "add-user",
        help=tr("make a login for a team member, with a role"),
        description=tr(
            "Make a login for a team member with a role in the register (a coordinator only). The new "
            "password is asked twice, or read from standard input with --password-stdin."
        ),
    )
    add.add_argument("name", help=tr("the new login's name"))
    add.add_argument(
        "--role", required=True, choices=tuple(ROLES), help=tr("one of {choices}").format(choices=roles)
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help=tr("read the new password from standard input's first line"),
    )
    _location(add)
    add.set_defaults(handler=run_add_user)

    change = actions.add_parser("set-role", help=tr("change a user's role (a coordinator only)"))
    change.add_argument("name", help=tr("the user's login"))
    change.add_argument(
        "--role", required=True, choices=tuple(ROLES), help=tr("one of {choices}").format(choices=roles)
    )
    _location(change)
    change.set_defaults(handler=run_set_role)

    remove = actions.add_parser("remove-user", help=tr("take a user off the register (a coordinator only)"))
    remove.add_argument("name", help=tr("the user's login"))
    _location(remove)
    remove.set_defaults(handler=run_remove_user)

    listing = actions.add_parser("users", help=tr("list the register's users and roles (a coordinator only)"))
    _location(listing)
    listing.set_defaults(handler=run_users)


def login_password(location: str) -> tuple[logins.ServerLogin, str | None]:
    """The login a register's URL names and its password: from the URL, ``ASSETMAP_PASSWORD``, the
    keyring, or asked in the terminal; ``None`` when there is none of these (the server then says so)."""
    login, given = logins.parse_location(location)
    password = logins.password_for(login, given)
    if password is None and sys.stdin.isatty():
        try:
            asking = tr("Password for {user} on {host}: ").format(user=login.user, host=login.host)
            password = getpass.getpass(asking) or None
        except EOFError:
            password = None
    return login, password


def location_with_password(location: str) -> str:
    """The register's URL for opening it, with its login's password when one is found or typed.

    A URL that carries a password, or that names no login, is left as it is (opening it says what is wrong).
    """
    from sqlalchemy.engine import make_url

    url = make_url(location.strip())
    if url.password is not None:
        return location
    try:
        _login, password = login_password(location)
    except logins.LoginError:
        return location
    return location if password is None else url.set(password=password).render_as_string(hide_password=False)


def engine_for(location: str) -> tuple[Engine, logins.ServerLogin]:
    """An engine for the register at ``location``, with the login's password found or asked."""
    login, password = login_password(location)
    if password is None:
        raise PasswordRefused(
            tr(
                "No password for {user} on {host}: run the command in a terminal to be asked "
                "for it, or set {variable} in a script."
            ).format(user=login.user, host=login.host, variable=logins.PASSWORD_VARIABLE)
        )
    logins.try_login(login, password)
    engine = create_engine(login.url(password), connect_args={"connect_timeout": logins.CONNECT_TIMEOUT_S})
    return engine, login


def _new_password(name: str, from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise PasswordRefused(
                tr("Standard input gave no password for {name}; nothing was changed.").format(name=name)
            )
        return password
    if not sys.stdin.isatty():
        raise PasswordRefused(
            tr(
                "No password for {name}: run the command in a terminal to be asked for one, or give it on "
                "standard input with --password-stdin."
            ).format(name=name)
        )
    try:
        password = getpass.getpass(tr("Password for {name}: ").format(name=name))
        problem = team_users.password_problem(password)
        if problem:
            raise PasswordRefused(tr("{problem} Nothing was changed.").format(problem=problem))
        if getpass.getpass(tr("The same password again: ")) != password:
            raise PasswordRefused(tr("The two passwords were not the same; nothing was changed."))
    except EOFError:
        raise PasswordRefused(
            tr("No password was typed for {name}; nothing was changed.").format(name=name)
        ) from None
    return password


def run_add_user(args: argparse.Namespace) -> int:
    password = _new_password(args.name, args.password_stdin)
    engine, login = engine_for(args.url)
    try:
        made = team_users.add_user(engine, args.name, args.role, password)
    finally:
        engine.dispose()
    if made:
        print(
            tr("{name} can now log in to {register} as a {role}.").format(
                name=args.name, register=login.where, role=args.role
            )
        )
    else:
        print(
            tr(
                "{name} already had a login on {host} (for another register) and keeps its password; "
                "they are now a {role} in {register}."
            ).format(name=args.name, host=login.host, role=args.role, register=login.where)
        )
    return 0


def run_set_role(args: argparse.Namespace) -> int:
    engine, login = engine_for(args.url)
    try:
        team_users.set_role(engine, args.name, args.role)
    finally:
        engine.dispose()
    print(
        tr("{name} is now a {role} in {register}.").format(
            name=args.name, role=args.role, register=login.where
        )
    )
    return 0


def run_remove_user(args: argparse.Namespace) -> int:
    engine, login = engine_for(args.url)
    try:
        gone = team_users.remove_user(engine, args.name)
    finally:
        engine.dispose()
    if gone:
        print(
            tr("{name} was taken off {register}, and their login removed from the server.").format(
                name=args.name, register=login.where
            )
        )
    else:
        print(
            tr("{name} was taken off {register}; their login stays for the other registers they use.").format(
                name=args.name, register=login.where
            )
        )
    return 0


def run_users(args: argparse.Namespace) -> int:
    engine, _login = engine_for(args.url)
    try:
        found = team_users.users(engine)
    finally:
        engine.dispose()
    print("login\trole")
    for user in found:
        print(f"{user.login}\t{user.role}")
    return 0
