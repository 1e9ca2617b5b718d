"""The asset fields are declared once (ASSET_FIELDS), and the form, checks and imports follow it."""

from __future__ import annotations

import dataclasses

import pytest

from assetmap.errors import ValidationError
from assetmap.io.mapping import FIELDS
from assetmap.register import records
from assetmap.register.records import ASSET_FIELDS, EDITABLE_FIELDS, Asset
from assetmap.register.validation import clean_fields


def test_the_asset_record_holds_exactly_the_declared_fields() -> None:
    assert {f.name for f in dataclasses.fields(Asset)} == {f.name for f in ASSET_FIELDS}


def test_the_edited_and_imported_fields_are_those_declared_so() -> None:
    assert tuple(f.name for f in ASSET_FIELDS if f.editable) == EDITABLE_FIELDS
    assert set(FIELDS) == {f.name for f in ASSET_FIELDS if f.importable}
    assert "id" in FIELDS and "lon" not in FIELDS and "ward_code" not in FIELDS


def test_a_check_names_the_field_by_its_declared_label() -> None:
    with pytest.raises(ValidationError, match=r"^Contact email .* does not look like an email address"):
        clean_fields({"contact_email": "nobody"}, [], creating=False)
    with pytest.raises(ValidationError, match=r"^Review due must be a date like 2027-03-31"):
        clean_fields({"review_due": "next week"}, [], creating=False)
    with pytest.raises(ValidationError, match=r"^Opening times contains a NUL character"):
        clean_fields({"opening_times": "9\x00"}, [], creating=False)


def test_every_declared_text_field_is_checked_as_text() -> None:
    for name in records.TEXT_FIELDS:
        with pytest.raises(ValidationError, match=rf"^{records.FIELD_LABELS[name]} must be text"):
            clean_fields({name: 12}, [], creating=False)
