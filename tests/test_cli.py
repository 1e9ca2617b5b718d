"""The headless command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assetmap import __version__
from assetmap.cli import main
from assetmap.register import Register


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"AssetMap {__version__}"


def test_demo_subcommand_builds_a_register_at_the_given_path(tmp_path: Path) -> None:
    target = tmp_path / "demo.assetmap"
    result = subprocess.run(
        [sys.executable, "-m", "assetmap.cli", "demo", "--register", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "4,211 assets" in result.stdout
    with Register.open(target) as register:
        assert register.count() == 4211


def test_demo_subcommand_refuses_to_overwrite_a_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.assetmap"
    with Register.open(target) as register:
        register.add_asset(name="Our hall", category="physical_spaces")
    assert main(["demo", "--register", str(target)]) == 2
    assert str(target) in capsys.readouterr().err
    with Register.open(target) as register:
        assert [a.name for a in register.assets()] == ["Our hall"]
