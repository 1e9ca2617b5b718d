"""Documents are written with the folder's usual permissions, not readable by their owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assetmap.reports.files import write_atomically


def test_a_written_document_follows_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        target = write_atomically(tmp_path / "report.html", b"<html></html>")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_writing_a_document_never_changes_the_process_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Exports run on worker threads; a umask set even briefly applies to files other threads create.
    def umask(mask: int) -> int:
        raise AssertionError("the umask was changed while writing")

    monkeypatch.setattr(os, "umask", umask)

    assert write_atomically(tmp_path / "map.html", b"<html></html>").read_bytes() == b"<html></html>"
