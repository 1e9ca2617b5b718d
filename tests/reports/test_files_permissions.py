"""Documents are written with the folder's usual permissions, not readable by their owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from assetmap.reports.files import write_atomically


def test_a_written_document_follows_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        target = write_atomically(tmp_path / "report.html", b"<html></html>")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
