"""Files are written whole or not at all, with the permissions any new file gets."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assetmap.atomic import atomic_path, write_atomic


def test_a_written_file_replaces_the_old_one_whole(tmp_path: Path) -> None:
    target = tmp_path / "assets.csv"
    target.write_bytes(b"old")

    write_atomic(target, b"new content")

    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["assets.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "assets.csv"
    target.write_bytes(b"old")

    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("the writer failed")

    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["assets.csv"]


def test_the_temporary_file_keeps_the_suffix_for_writers_that_choose_a_format_by_it(tmp_path: Path) -> None:
    with atomic_path(tmp_path / "assets.gpkg") as temporary:
        assert temporary.parent == tmp_path and temporary.suffix == ".gpkg"
        assert not temporary.exists()
        temporary.write_bytes(b"x")


def test_a_written_file_gets_the_permissions_the_umask_gives_any_new_file(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        target = write_atomic(tmp_path / "report.pdf", b"%PDF")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_writing_a_file_never_changes_the_process_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The umask is process-wide: setting it, even briefly, races with files other threads create.
    def umask(mask: int) -> int:
        raise AssertionError("the umask was changed while writing")

    monkeypatch.setattr(os, "umask", umask)

    write_atomic(tmp_path / "report.html", b"<html></html>")
