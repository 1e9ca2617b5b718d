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


def test_every_subcommand_is_found_whether_or_not_it_loads_the_heavy_modules() -> None:
    """A subcommand missing from the light parser must make main() build the full one (assetmap handout
    once failed as an "invalid choice" from a shell)."""
    import argparse

    from assetmap import cli

    def names(parser: argparse.ArgumentParser) -> set[str]:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return set(sub.choices)

    light, full = names(cli._parser(with_all_commands=False)), names(cli._parser(with_all_commands=True))
    assert light == cli._LIGHT_COMMANDS
    for command in full - light:
        assert cli._wants_heavy_commands([command, "--register", "r.assetmap"]), command
        assert cli._wants_heavy_commands(["--register", "r.assetmap", "-v", command]), command
    for command in light:
        assert not cli._wants_heavy_commands([command, "--register", "r.assetmap"]), command
    # Opening the window stays light, whatever the register is called.
    assert not cli._wants_heavy_commands(["--register", "report", "-v"])
    assert not cli._wants_heavy_commands(["--demo"])


def test_a_printed_map_shows_the_person_only_assetmaps_own_messages(tmp_path: Path) -> None:
    """The map sheet is typeset by Typst: the command line prints its progress and the file it wrote,
    in any language, and nothing of Qt's or Chromium's (Qt's debug output is switched on to be sure)."""
    import os

    register = tmp_path / "small.assetmap"
    with Register.open(register) as opened:
        opened.add_asset(name="Our hall", category="physical_spaces", lon=-2.16, lat=53.41)
    home = tmp_path / "home"
    env = {**os.environ, "ASSETMAP_HOME": str(home), "QT_LOGGING_RULES": "*.debug=true"}
    options = ["--area", "Stockport", "--language", "ur", "--dpi", "50"]
    for command, out in (("map-pdf", tmp_path / "map.pdf"), ("map", tmp_path / "map.png")):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "assetmap.cli",
                command,
                "--register",
                str(register),
                *options,
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )
        assert result.returncode == 0, result.stderr
        assert out.read_bytes()[:4] in (b"%PDF", b"\x89PNG")
        assert result.stdout.strip() == f"Wrote {out}"
        for line in result.stderr.splitlines():
            assert line.startswith("Map: ") and line.endswith("%"), result.stderr
