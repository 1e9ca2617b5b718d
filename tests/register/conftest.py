"""Fixtures: registers on real SQLite files under tmp_path, and on a real PostgreSQL server.

The ``register`` fixture runs each test that uses it twice, on a register file and on a server register
(a fresh database of its own, see ``pg_url``), so the register's suite is one suite for both engines.
What is about files (opening them, their WAL, lock, encryption, backups, migrations from old files)
stays on files: a module lists itself in ``FILE_ONLY_MODULES``, and a test that also asks for
``register_path`` (the file itself) or is marked ``file_only`` runs on a file only.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from tests.pgcluster import Cluster

ENGINES = ("file", "server")
_COPIES = itertools.count(1)
FILE_ONLY_MODULES = {
    "test_durability",
    "test_encryption",
    "test_lock",
    "test_migrations",
    "test_opening",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    file_only = (
        module in FILE_ONLY_MODULES
        or "register_path" in metafunc.fixturenames
        or metafunc.definition.get_closest_marker("file_only") is not None
    )
    metafunc.parametrize("engine", ("file",) if file_only else ENGINES, scope="function")


@pytest.fixture(scope="session")
def ward_index() -> WardIndex:
    return WardIndex.for_gm()


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "register.assetmap"


@pytest.fixture(scope="session")
def migrated_template(pg_cluster: Cluster) -> str:
    """A server database already at the newest schema, which each test's server register is copied from.

    Copying it takes tens of milliseconds; running every migration for each test took most of a second.
    """
    name = pg_cluster.new_database("migrated")
    Register.open(pg_cluster.url(name)).close()
    return name


def new_server_register(cluster: Cluster, template: str, prefix: str = "register") -> str:
    """A new database copied from ``template`` (see ``migrated_template``); returns its name.

    Each copy is a register of its own, with its own register id, as each new file is.
    """
    name = f"{prefix}_{os.getpid()}_{next(_COPIES)}"
    cluster.run_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    cluster.run_sql(f"UPDATE register_meta SET value = '{uuid.uuid4()}' WHERE key = 'register_id'", name)
    return name


@pytest.fixture
def register_location(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """Where the test's register is: a file under tmp_path, or a new database on the test server."""
    if engine == "file":
        yield tmp_path / "register.assetmap"
        return
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    name = new_server_register(cluster, request.getfixturevalue("migrated_template"))
    try:
        yield cluster.url(name)
    finally:
        cluster.drop_database(name)


@pytest.fixture
def register(register_location: Path | str, ward_index: WardIndex) -> Iterator[Register]:
    with Register.open(register_location, ward_index=ward_index) as opened:
        yield opened
