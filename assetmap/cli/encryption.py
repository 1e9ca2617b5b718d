"""The ``assetmap encrypt`` and ``assetmap decrypt`` commands: a register encrypted at rest, or plain again.

The passphrase comes from ``ASSETMAP_PASSPHRASE`` (for scripts) or is asked in the terminal (twice,
to encrypt); with neither the command is refused. Each holds the register's lock, as an open window
does, so a register open in a window is refused rather than changed under it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from assetmap.cli.registers import locked, register_location, register_path
from assetmap.errors import AssetMapError, RegisterError
from assetmap.messages import tr
from assetmap.register.encryption import (
    PASSPHRASE_VARIABLE,
    decrypt_register,
    encrypt_register,
    forget_passphrase,
    passphrase_from_environment,
    passphrase_problem,
    remember_passphrase,
)


class PassphraseRefused(AssetMapError):
    """No passphrase could be had: not in the environment, and no terminal to ask in."""


def add_encryption_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``encrypt`` and ``decrypt`` to a parser's subcommands."""
    encrypt = subparsers.add_parser(
        "encrypt",
        help=tr("encrypt a register (and its backups) with a passphrase"),
        description=tr(
            "Encrypt a register at rest with SQLCipher: it then opens only with its passphrase, and a plain "
            "SQLite tool cannot read it. The passphrase is asked twice, or read from {variable}."
        ).format(variable=PASSPHRASE_VARIABLE),
    )
    encrypt.add_argument(
        "--register", type=register_location, help=tr("the register to encrypt (default: your register)")
    )
    encrypt.add_argument(
        "--remember", action="store_true", help=tr("keep the passphrase in this computer's keyring")
    )
    encrypt.set_defaults(handler=run_encrypt)
    decrypt = subparsers.add_parser(
        "decrypt",
        help=tr("return an encrypted register (and its backups) to a plain file"),
        description=tr(
            "Decrypt a register: anyone with the file can then read it. The passphrase is asked, or read "
            "from {variable}; a remembered passphrase is forgotten."
        ).format(variable=PASSPHRASE_VARIABLE),
    )
    decrypt.add_argument(
        "--register", type=register_location, help=tr("the register to decrypt (default: your register)")
    )
    decrypt.set_defaults(handler=run_decrypt)


def _passphrase(path: Path, *, confirm: bool) -> str:
    given = passphrase_from_environment()
    if given:
        return given
    if not sys.stdin.isatty():
        raise PassphraseRefused(
            tr(
                "No passphrase for {path}: run the command in a terminal to be asked for one, or set "
                "{variable} in a script."
            ).format(path=path, variable=PASSPHRASE_VARIABLE)
        )
    try:
        passphrase = getpass.getpass(tr("Passphrase for {name}: ").format(name=path.name))
        if confirm:
            problem = passphrase_problem(passphrase)
            if problem:
                raise PassphraseRefused(problem)
            if getpass.getpass(tr("The same passphrase again: ")) != passphrase:
                raise PassphraseRefused(tr("The two passphrases were not the same; nothing was changed."))
    except EOFError:
        raise PassphraseRefused(
            tr("No passphrase was typed for {path}; nothing was changed.").format(path=path)
        ) from None
    return passphrase


def _existing(given: Path | None) -> Path:
    path = register_path(given)
    if not path.is_file():
        raise RegisterError(
            path,
            tr("There is no register at {path}. Name an existing one with --register.").format(path=path),
        )
    return path


def run_encrypt(args: argparse.Namespace) -> int:
    path = _existing(args.register)
    passphrase = _passphrase(path, confirm=True)
    with locked(path):
        done = encrypt_register(path, passphrase)
    print(done.summary)
    if args.remember:
        if remember_passphrase(path, passphrase):
            print(tr("The passphrase is kept in this computer's keyring."))
        else:
            print(
                tr(
                    "This computer has no keyring to keep the passphrase in: "
                    "it will be asked at each opening."
                )
            )
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    path = _existing(args.register)
    passphrase = _passphrase(path, confirm=False)
    with locked(path):
        done = decrypt_register(path, passphrase)
    forget_passphrase(path)
    print(done.summary)
    return 0
