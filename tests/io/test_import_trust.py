"""The preview's checked columns go to the register unchecked; nothing unchecked can take that path."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assetmap.errors import ValidationError
from assetmap.io.importer import commit_import
from assetmap.register.categories import CATEGORY_CODES
from assetmap.register.importing import CleanColumns, clean_columns
from assetmap.register.records import content_of
from tests.io.conftest import CITY_CENTRE, assets_hash, preview_file


def _columns(*names: str, **extra: list[object]) -> dict[str, np.ndarray]:
    columns = {
        "name": list(names),
        "category": ["associations"] * len(names),
        "lon": [CITY_CENTRE[0]] * len(names),
        "lat": [CITY_CENTRE[1]] * len(names),
        **extra,
    }
    return {k: np.array(v, dtype=object) for k, v in columns.items()}


def _content(register) -> list[dict[str, object]]:
    return sorted((content_of(a) for a in register.assets()), key=lambda c: str(c["name"]))


def test_checked_columns_can_only_come_from_clean_columns() -> None:
    with pytest.raises(TypeError, match="clean_columns"):
        CleanColumns({"name": np.array(["Hall"], dtype=object)}, {}, CATEGORY_CODES)


def test_checked_columns_cannot_be_changed_after_the_check() -> None:
    clean, errors = clean_columns(_columns("Hall", "Hub"), CATEGORY_CODES)
    assert not errors
    with pytest.raises(ValueError, match="read-only"):
        clean["name"][0] = " "
    with pytest.raises(ValueError, match="read-only"):
        clean.take([1])["category"][0] = "no-such-category"
    with pytest.raises(TypeError):
        clean["name"] = np.array([None, None], dtype=object)  # type: ignore[index]


def test_checking_does_not_freeze_the_callers_own_columns() -> None:
    columns = _columns("Hall")
    clean_columns(columns, CATEGORY_CODES)
    columns["name"][0] = "Changed"


def test_a_refused_record_stays_refused_when_taken_with_others(register) -> None:
    clean, errors = clean_columns(_columns("Fine", " ", "Also fine"), CATEGORY_CODES)
    assert list(errors) == [1]
    before = assets_hash(register)

    with pytest.raises(ValidationError, match="Record 3: Name is required"):
        register.import_columns(clean.take([0, 2, 1]))
    with pytest.raises(ValidationError, match="Record 2: Name is required"):
        register.import_columns(clean)

    assert assets_hash(register) == before
    register.import_columns(clean.take([2, 0]))
    assert [a.name for a in register.assets()] == ["Also fine", "Fine"]


def test_plain_columns_are_checked_even_when_they_look_clean(register) -> None:
    before = assets_hash(register)
    tags = np.empty(1, dtype=object)
    tags[0] = ("ok", "bad\x00tag")
    bad = [
        {**_columns("Hall"), "tags": tags},
        _columns("Hall", visibility=["everyone"]),
        {**_columns("Hall"), "lon": np.array([500.0])},
        {**_columns("Hall"), "category": np.array(["not-a-category"], dtype=object)},
    ]
    for columns in bad:
        with pytest.raises(ValidationError, match="Record 1"):
            register.import_columns(columns)
    assert assets_hash(register) == before


def test_columns_checked_against_other_categories_are_checked_again(register) -> None:
    columns = _columns("Hall")
    columns["category"] = np.array(["made-up"], dtype=object)
    clean, errors = clean_columns(columns, (*CATEGORY_CODES, "made-up"))
    assert not errors
    before = assets_hash(register)

    with pytest.raises(ValidationError, match="Record 1"):
        register.import_columns(clean)

    assert assets_hash(register) == before


def test_the_previews_checked_columns_import_exactly_as_the_raw_rows_do(
    tmp_path: Path, register, empty_register
) -> None:
    source = tmp_path / "rows.csv"
    source.write_text(
        "name,category,tags,postcode,visibility,review_due,lon,lat\n"
        f' Hall ,associations,"a, b,a",m11ad,Partners,2027-03-31,{CITY_CENTRE[0]},{CITY_CENTRE[1]}\n'
        "Hub,institutions,,,,,,\n"
        f"'=Club,spaces,x,ZZ1 1ZZ,private,,{CITY_CENTRE[0]},{CITY_CENTRE[1]}\n"
        ",associations,,,,,,\n",
        encoding="utf-8",
    )
    preview = preview_file(register, source)
    assert isinstance(preview.clean, CleanColumns)
    summary = commit_import(register, preview)
    assert (summary.added, len(summary.rejected)) == (3, 1)

    rows = preview.importable_rows
    raw = {name: values[rows] for name, values in preview.columns.items()}
    empty_register.import_columns(raw, wards=None)

    assert _content(register) == _content(empty_register)
    assert sorted(a.ward_code or "" for a in register.assets()) == sorted(
        a.ward_code or "" for a in empty_register.assets()
    )
