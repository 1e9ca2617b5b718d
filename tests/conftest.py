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

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_configure(config: pytest.Config) -> None:
    # The tests check the code beside them: another checkout's assetmap (an editable install made
    # elsewhere) would pass or fail for the wrong reasons.
    import assetmap

    imported = Path(assetmap.__file__).resolve()
    if not imported.is_relative_to(REPO):
        raise pytest.UsageError(
            f"The tests in {REPO} import assetmap from {imported}; run them from the checkout's root "
            f"or with PYTHONPATH={REPO}."
        )
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
def messages_in_english() -> Iterator[None]:
    """Every test starts with the core's messages in English, and leaves them so."""
    from assetmap import messages

    messages.set_language("en")
    yield
    messages.set_language("en")


@pytest.fixture(autouse=True)
def assetmap_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own ASSETMAP_HOME, so nothing touches the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ASSETMAP_HOME", str(home))
    yield home


@pytest.fixture
def reference_data() -> Path:
    """The GM reference data the app ships (``data/``: boundaries, postcodes, demo assets)."""
    return REPO / "data"


@pytest.fixture
def fixtures() -> Path:
    """Small test files kept with the tests (``tests/fixtures``; sources and licences in its README)."""
    return FIXTURES


@pytest.fixture
def hostile_strings() -> list[str]:
    """The 45 hostile strings (script, event-handler and template payloads) from shared/data/security."""
    lines = (FIXTURES / "hostile_strings.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]


# -- a real PostgreSQL server for the team register ---------------------------------------------------


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL server with PostGIS (see tests/pgcluster.py), started on first use.

    If no server can be started, every test that needs one errors: the team register's tests are
    never skipped.
    """
    from tests.pgcluster import start_cluster

    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: object) -> Iterator[str]:
    """A SQLAlchemy URL (as the server's superuser) of a new, empty database with PostGIS."""
    from tests.pgcluster import Cluster

    assert isinstance(pg_cluster, Cluster)
    name = pg_cluster.new_database()
    try:
        yield pg_cluster.url(name)
    finally:
        pg_cluster.drop_database(name)
