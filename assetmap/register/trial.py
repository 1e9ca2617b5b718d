"""A throwaway copy of a register, so a dry run can do everything but leave the real file untouched."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assetmap.register import migrate
from assetmap.register.connection import peek_connection, raw_connection
from assetmap.register.store import Register, check_register_file, key_to_open


@contextmanager
def trial_copy(path: Path | str, passphrase: str | None = None) -> Iterator[Register]:
    """Open a copy of the register at ``path`` (a new, empty one if there is none) in a temporary folder.

    Nothing is created, locked or backed up at or beside ``path``: the file is only read (see
    :func:`assetmap.register.connection.peek_connection`), and the copy and its folder are deleted
    afterwards. The same refusals as :meth:`Register.open` apply to the real file. The copy of an
    encrypted register (opened with ``passphrase``) is encrypted with the same key.
    """
    path = Path(path).expanduser().resolve()
    key = key_to_open(path, passphrase) if path.exists() else None
    with tempfile.TemporaryDirectory(prefix="assetmap-dry-run-") as folder:
        copy = Path(folder) / path.name
        if path.exists() and path.stat().st_size > 0:
            migrate.check_not_newer(path, check_register_file(path, key))
            source, target = peek_connection(path, key), raw_connection(copy, key=key)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
        with Register.open(copy, backup=False, passphrase=passphrase if key else None) as register:
            yield register
