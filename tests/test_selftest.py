"""``assetmap self-test``: the installation checks a user (and the package smoke test) can run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assetmap.cli.selftest import run_checks

CHECKS = (
    "version",
    "demo register",
    "window and map",
    "CSV import",
    "GeoPackage export",
    "Stockport report (PDF)",
    "HTML map",
)


@pytest.mark.slow
@pytest.mark.web
@pytest.mark.timeout(900)
def test_self_test_passes_every_check_and_leaves_the_users_registers_alone(assetmap_home: Path) -> None:
    register = assetmap_home / "data" / "register.assetmap"
    register.parent.mkdir(parents=True)
    register.write_bytes(b"a register the self-test must not touch")
    data = register.parent
    before = sorted(path.relative_to(data) for path in data.rglob("*"))

    result = subprocess.run(
        [sys.executable, "-m", "assetmap.cli", "self-test"],
        capture_output=True,
        text=True,
        timeout=850,
        env=dict(os.environ),
    )

    assert result.returncode == 0, result.stdout + result.stderr
    for name in CHECKS:
        assert f"[ok  ] {name} (" in result.stdout
    assert "map ready with 4,211 of 4,211 assets drawn" in result.stdout
    assert f"{len(CHECKS)} of {len(CHECKS)} checks passed." in result.stdout
    assert register.read_bytes() == b"a register the self-test must not touch"
    assert sorted(path.relative_to(data) for path in data.rglob("*")) == before


def test_self_test_reports_a_failed_check_and_the_checks_it_could_not_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A folder where the demo register should go: the demo command refuses to overwrite it.
    (tmp_path / "demo.assetmap").mkdir()

    outcomes = run_checks(tmp_path)

    assert [outcome.name for outcome in outcomes] == list(CHECKS)
    assert [outcome.passed for outcome in outcomes] == [True] + [False] * (len(CHECKS) - 1)
    printed = capsys.readouterr().out
    assert "[FAIL] demo register" in printed
    assert "[FAIL] window and map (0.0 s): not run: the demo register could not be built" in printed
