"""A register on a read-only drive or a full disk is reported as such (not as damage), and nothing is lost.

Real conditions, not mocks: each test runs the command in a private mount namespace (``unshare -m``,
root only) with a read-only bind mount or a 3 MB tmpfs filled up, which nothing outside it sees.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assetmap.register import Register
from tests.register.builders import file_hash

pytestmark = pytest.mark.skipif(
    not (hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("unshare") and shutil.which("mount")),
    reason="mount namespaces need root and unshare(1)",
)

PYTHON = f"'{sys.executable}' -m assetmap.cli"


def _in_namespace(script: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", f"set -e\n{script}"],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=600,
    )


def _groups(path: Path, rows: int) -> Path:
    lines = ["Name,Category,Description"] + [f"Group {i},associations,{'x' * 300}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_register_on_a_read_only_drive_is_said_to_be_read_only_and_is_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    target = folder / "r.assetmap"
    with Register.open(target) as register:
        register.add_asset(name="Library", category="institutions")
    before = file_hash(target)
    source = _groups(tmp_path / "groups.csv", 3)

    done = _in_namespace(
        f"mount --bind '{folder}' '{folder}'\n"
        f"mount -o remount,ro,bind '{folder}'\n"
        f"for command in 'import {source}' 'boundaries reset' 'separate'; do\n"
        f"  {PYTHON} $command --register '{target}' && echo 'exit 0' || echo \"exit $?\"\n"
        "done\n"
    )

    assert done.stdout.count("exit 2") == 3, done.stdout + done.stderr
    assert done.stderr.count(f"The register {target} is read-only here") == 3
    assert "damaged" not in done.stderr and "Traceback" not in done.stderr
    assert file_hash(target) == before
    assert sorted(p.name for p in folder.iterdir()) == ["r.assetmap"]


def test_a_full_disk_is_said_to_be_full_and_the_register_keeps_every_asset(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    target = disk / "r.assetmap"
    source = _groups(tmp_path / "groups.csv", 20_000)
    count = (
        f"'{sys.executable}' -c \"from assetmap.register import Register; "
        f"print('count', Register.open('{target}').count())\""
    )

    done = _in_namespace(
        f"mount -t tmpfs -o size=3m tmpfs '{disk}'\n"
        f"'{sys.executable}' -c \"from assetmap.register import Register; "
        f"Register.open('{target}').add_asset(name='Library', category='institutions')\"\n"
        f"{PYTHON} import '{source}' --register '{target}' > /dev/null && echo 'exit 0' || echo \"exit $?\"\n"
        f"{count}\n"
    )

    assert "exit 2" in done.stdout, done.stdout + done.stderr
    assert f"The disk holding the register {target} is full" in done.stderr
    assert (
        "Nothing was lost" in done.stderr and "damaged" not in done.stderr and "Traceback" not in done.stderr
    )
    assert "count 1" in done.stdout
