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
        help="encrypt a register (and its backups) with a passphrase",
        description=(
            "Encrypt a register at rest with SQLCipher: it then opens only with its passphrase, and a plain "
            f"SQLite tool cannot read it. The passphrase is asked twice, or read from {PASSPHRASE_VARIABLE}."
        ),
    )
    encrypt.add_argument(
        "--register", type=register_location, help="the register to encrypt (default: your register)"
    )
    encrypt.add_argument(
        "--remember", action="store_true", help="keep the passphrase in this computer's keyring"
    )
    encrypt.set_defaults(handler=run_encrypt)
    decrypt = subparsers.add_parser(
        "decrypt",
        help="return an encrypted register (and its backups) to a plain file",
        description=(
            "Decrypt a register: anyone with the file can then read it. The passphrase is asked, or read "
            f"from {PASSPHRASE_VARIABLE}; a remembered passphrase is forgotten."
        ),
    )
    decrypt.add_argument(
        "--register", type=register_location, help="the register to decrypt (default: your register)"
    )
    decrypt.set_defaults(handler=run_decrypt)


def _passphrase(path: Path, *, confirm: bool) -> str:
    given = passphrase_from_environment()
    if given:
        return given
    if not sys.stdin.isatty():
        raise PassphraseRefused(
            f"No passphrase for {path}: run the command in a terminal to be asked for one, or set "
            f"{PASSPHRASE_VARIABLE} in a script."
        )
    try:
        passphrase = getpass.getpass(f"Passphrase for {path.name}: ")
        if confirm:
            problem = passphrase_problem(passphrase)
            if problem:
                raise PassphraseRefused(problem)
            if getpass.getpass("The same passphrase again: ") != passphrase:
                raise PassphraseRefused("The two passphrases were not the same; nothing was changed.")
    except EOFError:
        raise PassphraseRefused(f"No passphrase was typed for {path}; nothing was changed.") from None
    return passphrase


def _existing(given: Path | None) -> Path:
    path = register_path(given)
    if not path.is_file():
        raise RegisterError(path, f"There is no register at {path}. Name an existing one with --register.")
    return path


def run_encrypt(args: argparse.Namespace) -> int:
    path = _existing(args.register)
    passphrase = _passphrase(path, confirm=True)
    with locked(path):
        done = encrypt_register(path, passphrase)
    print(done.summary)
    if args.remember:
        if remember_passphrase(path, passphrase):
            print("The passphrase is kept in this computer's keyring.")
        else:
            print("This computer has no keyring to keep the passphrase in: it will be asked at each opening.")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    path = _existing(args.register)
    passphrase = _passphrase(path, confirm=False)
    with locked(path):
        done = decrypt_register(path, passphrase)
    forget_passphrase(path)
    print(done.summary)
    return 0
