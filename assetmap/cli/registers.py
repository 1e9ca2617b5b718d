"""How the commands open a register: to write (holding its lock, as a window does), to read, or to try."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assetmap import paths
from assetmap.errors import DamagedRegisterError, PassphraseNeededError, RegisterError, ServerError
from assetmap.messages import tr
from assetmap.register import Register, audit, migrate
from assetmap.register.connection import is_encrypted, is_server_location
from assetmap.register.encryption import passphrase_from_environment, remembered_passphrase
from assetmap.register.lock import InstanceLock
from assetmap.register.server import location_of
from assetmap.register.store import check_register_file, key_to_open

USER_VARIABLE = "ASSETMAP_USER"


def register_location(text: str) -> Path | str:
    """A ``--register`` value: a register file's path, or a team register's server URL as given."""
    return text if is_server_location(text) else Path(text)


def register_option(parser: argparse.ArgumentParser) -> None:
    """The ``--register`` option of a subcommand."""
    # SUPPRESS: a --register given before the command name is not reset by the subcommand's default.
    parser.add_argument(
        "--register",
        type=register_location,
        default=argparse.SUPPRESS,
        help=tr(
            "the register file, or a team register's server as postgresql://USER@HOST/DATABASE "
            "(default: your usual register)"
        ),
    )


def user_option(parser: argparse.ArgumentParser) -> None:
    """The ``--as-user`` option of a subcommand that writes."""
    parser.add_argument(
        "--as-user",
        metavar="NAME",
        help=tr(
            "who the audit trail records for this change (default: ${variable}, else the user "
            "chosen in the window, else your computer account name)"
        ).format(variable=USER_VARIABLE),
    )


def audit_user(given: str | None = None) -> str:
    """Who the audit trail records for a command's writes.

    The name given (``--as-user``), else ``ASSETMAP_USER``, else the user chosen in the window's
    preferences, else the OS account name.
    """
    from assetmap.settings import load_preferences

    for name in (given, os.environ.get(USER_VARIABLE)):
        if name and name.strip():
            return audit.clean_user(name)
    return audit.clean_user(load_preferences().user_name)


def register_path(given: Path | str | None) -> Path:
    """The register file a command works on: the one given, or the usual one.

    A team register on a server is refused plainly here: the commands that ask for a file (encrypting,
    bundles, dry runs) work on register files only.
    """
    if isinstance(given, str) and is_server_location(given):
        shown = location_of(given)
        raise ServerError(
            shown,
            tr(
                "{location} is a team register on a server; this command works on a register file. Make an "
                "offline copy of the team register to use it there."
            ).format(location=shown),
        )
    return Path(given or paths.default_register()).expanduser().resolve()


def passphrase_for(path: Path) -> str | None:
    """The passphrase to open the register at ``path`` with; ``None`` for a plain register.

    It comes from ``ASSETMAP_PASSPHRASE`` (for scripts), else the keyring (when the person asked the
    window to remember it), else is asked in the terminal. With none of these the command is refused.
    """
    if not is_encrypted(path):
        return None
    found = passphrase_from_environment() or remembered_passphrase(path)
    if found:
        return found
    if sys.stdin.isatty():
        try:
            return getpass.getpass(tr("Passphrase for {name}: ").format(name=path.name))
        except EOFError:
            pass
    raise PassphraseNeededError(path)


@contextmanager
def locked(path: Path, *, refuse_damaged: bool = True) -> Iterator[Path]:
    """Hold the register's lock, as an open window does; ``RegisterLockedError`` if another process has it.

    Another program's database (and a damaged file, unless ``refuse_damaged`` is false) is refused
    before the lock file is made beside it.
    """
    if path.exists() and path.stat().st_size > 0:
        try:
            check_register_file(path)
        except DamagedRegisterError:
            if refuse_damaged:
                raise
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(path)
    lock.acquire()
    try:
        yield path
    finally:
        lock.release()


@contextmanager
def writing(given: Path | str | None, *, user: str | None = None) -> Iterator[Register]:
    """The register opened for a command that writes, its lock held until the command ends.

    Its writes are recorded in the audit trail as ``user`` (see :func:`audit_user`). A team register
    on a server needs no lock: the server keeps many writers apart.
    """
    if isinstance(given, str) and is_server_location(given):
        with Register.open(logged_in(given), user=audit_user(user)) as register:
            yield register
        return
    with (
        locked(register_path(given)) as path,
        Register.open(path, user=audit_user(user), passphrase=passphrase_for(path)) as register,
    ):
        yield register


@contextmanager
def reading(given: Path | str | None) -> Iterator[Register]:
    """The register opened for a command that only reads it; a missing register is not created.

    A register from an older AssetMap is upgraded first, which writes: that is done holding the
    lock, as a window would.
    """
    if isinstance(given, str) and is_server_location(given):
        with Register.open(logged_in(given)) as register:
            yield register
        return
    path = register_path(given)
    if not path.is_file():
        raise RegisterError(
            path,
            tr("There is no register at {path}. Name an existing one with --register.").format(path=path),
        )
    passphrase = passphrase_for(path)
    revision = check_register_file(path, key_to_open(path, passphrase))
    migrate.check_not_newer(path, revision)
    if revision != migrate.head_revision():
        with locked(path):
            Register.open(path, passphrase=passphrase).close()
    with Register.open(path, passphrase=passphrase) as register:
        yield register


@contextmanager
def trying(given: Path | str | None) -> Iterator[Register]:
    """A throwaway copy of the register for a dry run: nothing is written at or beside the real one."""
    from assetmap.register.trial import trial_copy

    path = register_path(given)
    with trial_copy(path, passphrase_for(path) if path.exists() else None) as register:
        yield register


def team_register_window(location: str) -> int:
    """Open the window on a team register given by its server URL (``assetmap --register URL``)."""
    shown = location_of(location)
    raise ServerError(
        shown,
        tr(
            "{location} is a team register on a server: open it in the window with File → Open team "
            "register…, or name it with --register in a command (assetmap person list --register URL)."
        ).format(location=shown),
    )


def logged_in(location: str) -> str:
    """A team register's URL with its login's password: from the URL, ``ASSETMAP_PASSWORD``, the
    keyring, or asked in the terminal (see :func:`assetmap.cli.team.login_password`)."""
    from assetmap.cli.team import location_with_password

    return location_with_password(location)
