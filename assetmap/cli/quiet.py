"""What Qt and Chromium print on their own goes to a log file, not to the person at the terminal.

Native libraries a command loads (Qt and its graphics layer when a command opens the window, Chromium
with it, the system's keyring and D-Bus) write straight to the process's standard error (file
descriptor 2): GPU contexts they could not make, the sandbox being off, a D-Bus bus that a headless
machine does not have. None of it is for the person. (Reports, map sheets and handouts are typeset by
Typst without Qt, so the report commands start neither.) While a command runs,
descriptor 2 points at ``logs/native.log`` and Python's own ``sys.stderr`` (progress, messages, the
console log handler) at a copy of the real one, so AssetMap's messages still reach the terminal.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from assetmap import paths

log = logging.getLogger(__name__)

_KEEP_BYTES = 1_000_000


def native_log() -> Path:
    """Where Qt's and Chromium's own output goes while a command runs."""
    return paths.log_dir() / "native.log"


@contextlib.contextmanager
def native_output_to_log() -> Iterator[None]:
    """Send everything written to descriptor 2 by native code to :func:`native_log` while inside."""
    try:
        target = native_log()
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and target.stat().st_size > _KEEP_BYTES:
            target.unlink()
        sys.stderr.flush()
        real = os.dup(2)
        logged = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    except (OSError, ValueError, AttributeError) as exc:  # no log folder, or no descriptor 2 at all
        log.debug("Native output stays on standard error: %s", exc)
        yield
        return
    previous = sys.stderr
    # Python's own stderr follows the terminal only where it is descriptor 2 (a caller that captures
    # it in-process, as the tests do, keeps its own).
    ours: TextIO | None = None
    if _on_descriptor_2(previous):
        ours = os.fdopen(real, "w", buffering=1, encoding="utf-8", errors="backslashreplace", closefd=False)
    handlers = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.StreamHandler) and getattr(h, "stream", None) is previous
    ]
    os.dup2(logged, 2)
    os.close(logged)
    if ours is not None:
        sys.stderr = ours
        for handler in handlers:
            handler.setStream(ours)
    try:
        yield
    finally:
        if ours is not None:
            ours.flush()
        os.dup2(real, 2)
        os.close(real)
        if ours is not None:
            sys.stderr = previous
            for handler in handlers:
                handler.setStream(previous)
            ours.close()


def _on_descriptor_2(stream: object) -> bool:
    try:
        return bool(stream.fileno() == 2)  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return False


def native_output_to_log_until_exit() -> None:
    """Once a command has finished in its own process, send descriptor 2 to the log for good.

    Qt says its last words (libraries unloaded) while the interpreter shuts down, after the command
    and its :func:`native_output_to_log` are over. Nothing is done unless Qt was loaded.
    """
    if "PySide6.QtCore" not in sys.modules:
        return
    try:
        sys.stderr.flush()
        logged = os.open(native_log(), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    except (OSError, ValueError, AttributeError):
        return
    os.dup2(logged, 2)
    os.close(logged)
