"""Writing an import: one transaction, cancel and failure leave the register exactly as it was."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from assetmap.errors import ValidationError
from assetmap.io.importer import ADD, SKIP, UPDATE, commit_import, plan_import, write_rejected_rows
from assetmap.register.categories import CATEGORY_CODES
from assetmap.register.importing import ImportCancelledError, clean_columns
from assetmap.register.validation import clean_fields
from tests.io.conftest import CITY_CENTRE, assets_hash, preview_file


def _rows(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "many.csv"
    lon, lat = CITY_CENTRE
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "category", "lon", "lat"])
        for i in range(n):
            writer.writerow([f"Group {i}", "associations", lon + i * 1e-5, lat])
        writer.writerow(["", "associations", "", ""])  # no name, and no place to name it by
    return path


def test_cancel_mid_commit_leaves_the_register_unchanged(tmp_path: Path, register) -> None:
    register.add_asset(name="Already here", category="institutions", lon=CITY_CENTRE[0], lat=CITY_CENTRE[1])
    before = assets_hash(register)
    preview = preview_file(register, _rows(tmp_path, 25_000))
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelledError, match="Nothing was added"):
        commit_import(
            register,
            preview,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen[0] == (10_000, 25_000)
    assert assets_hash(register) == before


def test_a_failure_inside_the_transaction_leaves_the_register_unchanged(tmp_path: Path, register) -> None:
    register.add_asset(name="Already here", category="institutions")
    before = assets_hash(register)
    preview = preview_file(register, _rows(tmp_path, 15_000))

    def explode(done: int, total: int) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        commit_import(register, preview, progress=explode)
    assert assets_hash(register) == before


@pytest.mark.parametrize("duplicates", [SKIP, UPDATE, ADD])
def test_the_plan_counts_what_the_commit_then_writes(tmp_path: Path, register, duplicates: str) -> None:
    lon, lat = CITY_CENTRE
    register.add_asset(name="Knit Club", category="associations", lon=lon, lat=lat)
    path = tmp_path / "rows.csv"
    path.write_text(
        f"name,category,lon,lat\nKnit Club,associations,{lon},{lat}\n"
        "Chess Club,associations,-2.20,53.47\nAllotment Society,physical_spaces,-2.30,53.50\n",
        encoding="utf-8",
    )
    preview = preview_file(register, path)
    assert list(preview.duplicates) == [0]
    plan = plan_import(preview, duplicates=duplicates)
    summary = commit_import(register, preview, duplicates=duplicates)
    assert plan.written == summary.added + summary.updated == {SKIP: 2, UPDATE: 3, ADD: 3}[duplicates]
    assert plan.skipped == summary.skipped


def test_commit_adds_the_good_rows_and_reports_the_rejected_ones(tmp_path: Path, register) -> None:
    preview = preview_file(register, _rows(tmp_path, 3))
    summary = commit_import(register, preview)
    assert (summary.added, summary.updated, summary.skipped, len(summary.rejected)) == (3, 0, 0, 1)
    assert summary.text() == "Added 3, updated 0, skipped 0 duplicates, rejected 1 rows with errors."
    assert all(a.ward_code for a in register.assets())
    target = write_rejected_rows(preview, summary.rejected, tmp_path / "rejected.csv")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["row", "name", "category", "lon", "lat", "reason"]
    assert rows[1][0] == "5" and rows[1][-1] == "Name is required."


def test_import_records_refuses_a_bad_record_and_writes_nothing(register) -> None:
    before = assets_hash(register)
    with pytest.raises(ValidationError, match="Record 2: Name is required"):
        register.import_records(
            [{"name": "Fine", "category": "associations"}, {"name": " ", "category": "associations"}]
        )
    assert assets_hash(register) == before


def test_imported_rows_read_back_like_added_ones(register) -> None:
    change = register.import_records(
        [
            {
                "name": " Hall ",
                "category": "associations",
                "tags": "a, b,a",
                "postcode": "m11ad",
                "review_due": "2027-03-31",
                "lon": CITY_CENTRE[0],
                "lat": CITY_CENTRE[1],
                "visibility": "partners",
            }
        ]
    )
    asset = register.asset(change.added[0])
    assert (asset.name, asset.tags, asset.postcode, str(asset.review_due)) == (
        "Hall",
        ("a", "b"),
        "M1 1AD",
        "2027-03-31",
    )
    assert asset.visibility == "partners" and asset.status == "active" and asset.version == 1
    assert asset.ward_code == register.ward_index.ward_of(*CITY_CENTRE)
    assert asset.created_at is not None and asset.created_at == asset.updated_at


_text = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            " ",
            "x\x00y",
            "M1 1AD",
            "m11ad",
            "ZZ",
            "a@b.co",
            "public",
            "draft",
            "free",
            "2027-02-30",
            "2027-03-31",
        ]
    ),
)
_number = st.one_of(
    st.none(), st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([-2.2, 53.4, 181.0])
)


_BLANK_RECORD: dict[str, object] = dict.fromkeys(
    (
        "name",
        "category",
        "postcode",
        "contact_email",
        "visibility",
        "status",
        "cost",
        "review_due",
        "tags",
        "lon",
        "lat",
    )
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "name": _text,
                "category": st.one_of(_text, st.sampled_from(CATEGORY_CODES)),
                "postcode": _text,
                "contact_email": _text,
                "visibility": _text,
                "status": _text,
                "cost": _text,
                "review_due": _text,
                "tags": _text,
                "lon": _number,
                "lat": _number,
            }
        ),
        min_size=1,
        max_size=8,
    )
)
@example([{**_BLANK_RECORD, "name": "0", "category": "gifts_skills", "review_due": " "}])
@example([{**_BLANK_RECORD, "name": "0", "category": "gifts_skills", "review_due": "20270331"}])
@example([{**_BLANK_RECORD, "name": "0", "category": "gifts_skills", "review_due": " 2027-03-31 "}])
def test_bulk_checks_agree_with_the_form_checks(records: list[dict[str, object]]) -> None:
    columns = {k: np.array([r[k] for r in records], dtype=object) for k in records[0]}
    clean, errors = clean_columns(columns, CATEGORY_CODES)
    for position, record in enumerate(records):
        given = {k: (None if isinstance(v, float) and v != v else v) for k, v in record.items()}
        given = {k: v for k, v in given.items() if v is not None and v != ""}
        try:
            expected = clean_fields(given, CATEGORY_CODES, creating=True)
        except ValidationError as exc:
            assert position in errors and errors[position].field == exc.field
            continue
        assert position not in errors
        for name, value in expected.items():
            got = clean[name][position]
            if name in ("lon", "lat"):
                got = None if np.isnan(got) else got
            if name == "review_due":
                value = value.isoformat() if value else None
            assert got == value, name


def test_imported_and_updated_assets_carry_their_history(register) -> None:
    added = register.import_records([{"name": "Hall", "category": "associations", "tags": "a,b"}]).added[0]
    assert [e.operation for e in register.history(added)] == ["add"]
    by_hand = register.add_asset(name="Hall", category="associations", tags=("a", "b")).added[0]
    # The same content reached the same way is the same state, however it was added.
    assert register.history(added)[0].node == register.history(by_hand)[0].node
    register.import_records([], [(added, {"description": "Updated"})])
    assert [e.operation for e in register.history(added)] == ["add", "update"]
    assert register.asset(added).version == 2
