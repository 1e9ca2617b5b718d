"""Fixtures for import and export tests: fresh registers, a table hash, and a one-call import."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from assetmap.io.importer import ImportSummary, commit_import
from assetmap.io.mapping import ColumnMapping, guess_mapping
from assetmap.io.preview import ImportPreview, build_preview
from assetmap.io.source import open_source
from assetmap.register import Register

# Piccadilly Gardens, Manchester city centre.
CITY_CENTRE = (-2.2374, 53.4808)


@pytest.fixture
def register(tmp_path: Path):
    with Register.open(tmp_path / "register.assetmap") as opened:
        yield opened


@pytest.fixture
def empty_register(tmp_path: Path):
    with Register.open(tmp_path / "empty.assetmap") as opened:
        yield opened


def assets_hash(register: Register) -> str:
    """A hash of every row of the asset table, to prove a register unchanged."""
    with register.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM assets ORDER BY id").all()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def preview_file(
    register: Register,
    path: Path,
    part: str | None = None,
    *,
    mapping: ColumnMapping | None = None,
    **guess: object,
) -> ImportPreview:
    table = open_source(path, part)
    mapping = mapping or guess_mapping(table, register.categories(), **guess)  # type: ignore[arg-type]
    return build_preview(table, mapping, register)


def import_file(register: Register, path: Path, part: str | None = None, **options: object) -> ImportSummary:
    duplicates = str(options.pop("duplicates", "skip"))
    return commit_import(register, preview_file(register, path, part, **options), duplicates=duplicates)
