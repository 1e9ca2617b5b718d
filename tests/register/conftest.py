"""Fixtures: registers on real SQLite files under tmp_path, with the real GM ward index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.geo.wards import WardIndex
from assetmap.register import Register


@pytest.fixture(scope="session")
def ward_index() -> WardIndex:
    return WardIndex.for_gm()


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "register.assetmap"


@pytest.fixture
def register(register_path: Path, ward_index: WardIndex) -> Iterator[Register]:
    with Register.open(register_path, ward_index=ward_index) as opened:
        yield opened
