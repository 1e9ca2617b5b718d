"""Test configuration: headless Qt, an isolated ASSETMAP_HOME, and shared fixtures."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt: tests never need a display or a GPU. The offscreen screen is
# 1920x1080 (its default is 800x800, which clamps restored window geometry); ASSETMAP_TEST_SCREEN names
# another screen file in tests/fixtures, as the small-laptop checks do (tests/ui/test_laptop_screen.py).
_SCREEN = Path(__file__).resolve().parent / "fixtures" / os.environ.get(
    "ASSETMAP_TEST_SCREEN", "offscreen_screen.json"
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-logging")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # Chromium's sandbox refuses to start as root (CI runs as root).
    os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"

import pytest  # noqa: E402  (after the environment above, before anything imports Qt)

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
REPO = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    # QtWebEngine must be imported, and the app:// scheme registered, before the QApplication exists.
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return
    try:
        from assetmap.ui.web.scheme import register_app_scheme
    except ImportError:
        return
    register_app_scheme()


@pytest.fixture(autouse=True)
def assetmap_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own ASSETMAP_HOME, so nothing touches the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ASSETMAP_HOME", str(home))
    yield home
    # A register with wards of its own makes them the set in use; the next test starts from GM's.
    from assetmap.geo.boundaries import set_current_boundaries

    set_current_boundaries(None)


@pytest.fixture
def shared_data() -> Path:
    """The shared GM reference data beside the repository (real files, read-only).

    Its absence fails the test rather than skipping it, so a missing folder cannot pass for green.
    """
    if not SHARED_DATA.is_dir():
        pytest.fail(f"The shared reference data is expected at {SHARED_DATA} (beside the repository).")
    return SHARED_DATA


FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def hostile_strings() -> list[str]:
    """The 45 hostile strings (script, event-handler and template payloads) from shared/data/security."""
    lines = (FIXTURES / "hostile_strings.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]
