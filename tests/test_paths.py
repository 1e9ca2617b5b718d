"""Where AssetMap finds its bundled files: a checkout, a wheel, or the packaged desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assetmap import paths

REPO = Path(__file__).resolve().parents[1]


def test_a_checkout_reads_resources_and_data_from_the_source_tree() -> None:
    assert paths.resources_dir() == REPO / "resources"
    assert paths.reference_data_dir() == REPO / "data"


def test_the_packaged_app_reads_resources_and_data_from_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What PyInstaller's bootloader sets: sys.frozen, and sys._MEIPASS naming the unpacked folder.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "assetmap" / "_shipped" / "resources"
    assert paths.reference_data_dir() == tmp_path / "assetmap" / "_shipped" / "data"


def test_the_bundle_spec_ships_resources_and_data_where_the_packaged_app_looks() -> None:
    spec = (REPO / "installer" / "assetmap.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "assetmap/_shipped/resources")' in spec
    assert '(str(ROOT / "data"), "assetmap/_shipped/data")' in spec
