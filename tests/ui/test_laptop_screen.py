"""Every window and dialog fits a 1366x768 laptop screen, checked on an offscreen screen of that size.

Qt reads the offscreen screen's size once, when the application starts, so the checks
(``laptop_screen_checks.py``) run in a pytest of their own on that screen. Their screenshots are kept in
this test's tmp folder (``laptop/…/*.png``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.other_screens import run_checks_on_screen

LAPTOP_SCREEN = "offscreen_screen_1366x768.json"


@pytest.mark.web
def test_every_window_and_dialog_fits_a_1366x768_screen(tmp_path: Path) -> None:
    result = run_checks_on_screen(LAPTOP_SCREEN, "laptop_screen_checks.py", tmp_path / "laptop")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout
    shots = sorted(p.name for p in (tmp_path / "laptop").rglob("*.png"))
    assert "main_window.png" in shots and "wizard_2.png" in shots
