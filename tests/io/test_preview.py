"""The check before writing: errors and warnings per row, and the choice for likely duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetmap.io.importer import commit_import
from tests.io.conftest import CITY_CENTRE, preview_file


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rows.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_row_is_checked_with_errors_and_warnings(tmp_path: Path, register) -> None:
    path = _csv(
        tmp_path,
        (
            "name,category,postcode,lon,lat,contact_email\n"
            "Good Hall,associations,M1 1AD,-2.2374,53.4808,\n"  # row 2: fine
            ",associations,,,,\n"  # row 3: no name, and nowhere to name it by
            "Far Away,associations,,151.2,-33.9,\n"  # row 4: outside every ward
            "Bad Lon,associations,,east,53.48,\n"  # row 5: unreadable coordinate
            "Too Far,associations,,-200,53.48,\n"  # row 6: out of range
            "Odd Postcode,associations,ZZ9 9ZZ,-2.2374,53.4808,\n"  # row 7: not in GM data
            "Bad Email,associations,,-2.2374,53.4808,not-an-email\n"  # row 8: kept, the email left blank
            "Half,associations,,-2.2374,,\n"  # row 9: one coordinate
        ),
    )
    preview = preview_file(register, path)
    assert preview.importable.tolist() == [True, False, True, False, False, True, True, False]
    messages = {preview.row_number(p): [i.message for i in issues] for p, issues in preview.issues.items()}
    assert messages[3] == ["Name is required."]
    assert "outside every ward" in messages[4][0]
    assert "lon is not a number" in messages[5][0]
    assert "longitude between -180 and 180" in messages[6][0]
    assert "ZZ9 9ZZ is not in the bundled postcode list" in messages[7][0]
    assert "not in Greater Manchester" not in messages[7][0]
    assert messages[8] == [
        "Contact email 'not-an-email' does not look like an email address; it is left blank."
    ]
    assert preview.record(6)["contact_email"] is None
    assert "lat is empty but lon is not" in messages[9][0]
    assert 2 not in messages
    assert preview.counts() == {"rows": 8, "ready": 4, "errors": 4, "warnings": 3, "duplicates": 0}
    assert "row 3: error: Name is required." in preview.report()


def test_rows_without_coordinates_are_placed_at_their_postcode(tmp_path: Path, register) -> None:
    path = _csv(tmp_path, "name,category,postcode\nHall,associations,m1 1ad\n")
    preview = preview_file(register, path)
    record = preview.record(0)
    assert record is not None and record["postcode"] == "M1 1AD" and record["lon"] is not None
    assert "centre of its postcode" in preview.warnings(0)[0].message


def test_rows_without_a_category_take_the_default_or_are_refused(tmp_path: Path, register) -> None:
    path = _csv(tmp_path, "name,type\nHall,\nShop,mystery\n")
    refused = preview_file(register, path)
    assert refused.importable.tolist() == [False, False]
    defaulted = preview_file(register, path, default_category="associations")
    assert defaulted.importable.tolist() == [True, True]
    assert "takes the default" in defaulted.warnings(1)[0].message


@pytest.fixture
def with_hall(register):
    register.add_asset(
        name="St Mary's Church Hall",
        category="physical_spaces",
        lon=CITY_CENTRE[0],
        lat=CITY_CENTRE[1],
        description="Original",
    )
    return register


def _near_rows(tmp_path: Path) -> Path:
    # 0.0003° of latitude is about 33 m; 0.003° about 330 m.
    lon, lat = CITY_CENTRE
    return _csv(
        tmp_path,
        (
            "name,category,description,lon,lat\n"
            f"St. Marys Church Hall,physical_spaces,Updated,{lon},{lat + 0.0003}\n"
            f"Church Hall St Mary's,physical_spaces,Words swapped,{lon},{lat}\n"
            f"St Mary's Church Hall,physical_spaces,Too far,{lon},{lat + 0.003}\n"
            f"Piccadilly Gardens,physical_spaces,Different name,{lon},{lat}\n"
        ),
    )


def test_likely_duplicates_are_similar_names_within_50_metres(tmp_path: Path, with_hall) -> None:
    preview = preview_file(with_hall, _near_rows(tmp_path))
    assert sorted(preview.duplicates) == [0, 1]
    assert 'Likely the same as "St Mary\'s Church Hall"' in preview.warnings(0)[0].message


@pytest.mark.parametrize(
    ("choice", "count", "description"),
    [("skip", 3, "Original"), ("add", 5, "Original"), ("update", 3, "Updated")],
)
def test_duplicates_are_skipped_updated_or_added_for_all(
    tmp_path: Path, with_hall, choice, count, description
) -> None:
    preview = preview_file(with_hall, _near_rows(tmp_path))
    summary = commit_import(with_hall, preview, duplicates=choice)
    assert with_hall.count() == count
    original = [a for a in with_hall.assets() if a.version > 1 or a.description == "Original"]
    assert original[0].description == description
    assert summary.skipped == (2 if choice == "skip" else 1 if choice == "update" else 0)


def test_a_choice_per_row_overrides_the_choice_for_all(tmp_path: Path, with_hall) -> None:
    preview = preview_file(with_hall, _near_rows(tmp_path))
    summary = commit_import(with_hall, preview, duplicates="skip", choices={1: "add"})
    assert (summary.added, summary.skipped) == (3, 1)
    assert "Words swapped" in {a.description for a in with_hall.assets()}
