"""Fixtures for bundle tests: pairs of real registers on disk, sharing the GM ward index."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import read_bundle
from assetmap.bundles.planning import MergePlan, plan_merge
from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from assetmap.register.records import content_of


@pytest.fixture(scope="session")
def ward_index() -> WardIndex:
    return WardIndex.for_gm()


@pytest.fixture
def open_register(tmp_path: Path, ward_index: WardIndex) -> Iterator[Callable[[str], Register]]:
    """Open (creating) a register by name under tmp_path; all are closed after the test."""
    opened: list[Register] = []

    def _open(name: str) -> Register:
        register = Register.open(tmp_path / f"{name}.assetmap", ward_index=ward_index)
        opened.append(register)
        return register

    yield _open
    for register in opened:
        register.close()


def contents(register: Register) -> dict[str, dict[str, object]]:
    """Every asset's id and content (removed ones too): what two converged registers share."""
    return {a.id: content_of(a) for a in register.assets(include_removed=True)}


def history_count(register: Register) -> int:
    with register.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM asset_history").scalar_one())


def plan_from(source: Register, target: Register, folder: Path, since: str | None = None) -> MergePlan:
    """Export ``source`` to a bundle file and plan merging it into ``target``."""
    path = folder / f"{source.path.stem}-{len(source.exports()) + 1}.assetmap-bundle"
    export_bundle(source, path, since)
    return plan_merge(target, read_bundle(path))


REPO = Path(__file__).resolve().parents[2]
