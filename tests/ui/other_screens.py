"""Running a module of checks in a pytest of its own, on another offscreen screen layout.

The offscreen platform reads its screens once, when Qt starts, so checks that need a laptop screen or two
screens run in a child pytest with ``ASSETMAP_TEST_SCREEN`` naming a file in ``tests/fixtures``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_checks_on_screen(screen_file: str, checks: str, basetemp: Path) -> subprocess.CompletedProcess[str]:
    """Run ``tests/ui/<checks>`` with the screens of ``tests/fixtures/<screen_file>``; its temp files in
    ``basetemp``."""
    env = dict(os.environ, ASSETMAP_TEST_SCREEN=screen_file)
    env.pop("ASSETMAP_HOME", None)  # the checks isolate themselves, as every test does
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(basetemp)]
    return subprocess.run(
        [*command, str(REPO / "tests" / "ui" / checks)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
