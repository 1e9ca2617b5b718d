"""The Register's public reads and writes: one transaction each, a Change each, frozen records."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy.exc import IntegrityError

from assetmap.errors import AssetNotFoundError, ValidationError
from assetmap.register import Asset, Change, Register
from tests.register.builders import CITY_CENTRE

# Out in the Irish Sea, west of Blackpool: no GM ward.
IRISH_SEA = (-3.6, 53.8)


def _record(i: int, **extra: object) -> dict[str, object]:
    return {"name": f"Asset {i}", "category": "associations", **extra}


# -- one transaction per write ------------------------------------------------------------


def test_add_assets_with_one_bad_record_adds_nothing_and_names_its_position_and_field(
    register: Register,
) -> None:
    records = [_record(i) for i in range(1, 8)]
    records[4] = _record(5, contact_email="not an email")

    with pytest.raises(ValidationError) as refused:
        register.add_assets(records)

    assert refused.value.field == "contact_email"
    assert str(refused.value).startswith("Record 5:")
    assert "Contact email" in str(refused.value)
    assert register.count(include_removed=True) == 0


def test_add_assets_that_fails_in_the_database_rolls_back_every_chunk(register: Register) -> None:
    records = [_record(i) for i in range(10)]
    records[7]["id"] = records[2]["id"] = "same-id"

    with pytest.raises(IntegrityError):
        register.add_assets(records, chunk=3)

    assert register.count(include_removed=True) == 0


def test_a_write_that_fails_after_its_first_statement_rolls_back_entirely(register: Register) -> None:
    first = register.add_asset(name="Youth club", category="associations").added[0]
    before = register.asset(first)

    with pytest.raises(AssetNotFoundError):
        register.remove_assets([first, "no-such-asset"])

    assert register.asset(first) == before
    assert register.removed_assets() == []


def test_add_asset_returns_a_change_naming_the_new_asset(register: Register) -> None:
    change = register.add_asset(name="Moss Side Library", category="institutions", subcategory="Library")

    assert isinstance(change, Change) and change
    assert len(change.added) == 1 and change.ids == change.added
    assert change.assets == (register.asset(change.added[0]),)
    assert change.assets[0].name == "Moss Side Library"


def test_each_public_write_returns_a_change_naming_what_changed(register: Register) -> None:
    added = register.add_assets([_record(1), _record(2)])
    one, two = added.added
    assert len(added.added) == 2

    updated = register.update_asset(one, name="Renamed")
    assert updated.updated == (one,) and updated.assets[0].name == "Renamed"
    assert register.move_asset(two, *CITY_CENTRE).updated == (two,)
    removed = register.remove_assets([one, two])
    assert removed.removed == (one, two) and all(a.is_removed for a in removed.assets)
    restored = register.restore_assets([one])
    assert restored.restored == (one,) and not restored.assets[0].is_removed
    purged, _ = register.purge_asset(two)
    assert purged.purged == (two,)
    assert register.add_subcategory("associations", "Choir").updated == ("associations",)
    assert register.remove_subcategory("associations", "Choir").updated == ("associations",)


def test_a_write_that_changes_nothing_says_so(register: Register) -> None:
    one = register.add_asset(**_record(1)).added[0]
    register.remove_asset(one)

    assert not register.remove_asset(one)
    assert not register.update_asset(one)
    assert not register.remove_subcategory("associations", "No such subcategory")


def test_reads_return_frozen_records(register: Register) -> None:
    register.add_asset(**_record(1))
    asset = register.assets()[0]
    category = register.categories()[0]

    with pytest.raises(dataclasses.FrozenInstanceError):
        asset.name = "Changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        category.label = "Changed"  # type: ignore[misc]
    assert isinstance(asset.tags, tuple) and isinstance(category.subcategories, tuple)
    assert register.assets()[0].name == "Asset 1"


def test_an_update_bumps_the_version_and_keeps_the_creation_time(register: Register) -> None:
    one = register.add_asset(**_record(1)).assets[0]

    after = register.update_asset(one.id, description="Meets on Tuesdays").assets[0]

    assert after.version == one.version + 1
    assert after.created_at == one.created_at and after.updated_at >= one.updated_at


# -- soft delete, purge and reinstate -------------------------------------------------------


def test_a_removed_asset_leaves_the_list_and_restoring_brings_it_back(register: Register) -> None:
    keep, remove = register.add_assets([_record(1), _record(2)]).added

    register.remove_asset(remove)

    assert [a.id for a in register.assets()] == [keep]
    assert [a.id for a in register.removed_assets()] == [remove]
    assert register.count() == 1 and register.count(include_removed=True) == 2

    register.restore_asset(remove)

    assert {a.id for a in register.assets()} == {keep, remove}
    assert register.removed_assets() == []


def test_purge_then_reinstate_keeps_every_field(register: Register) -> None:
    original = register.add_asset(
        name="Hulme Community Garden Centre",
        category="local_economy",
        subcategory="Social enterprise",
        tags=["garden", "volunteering"],
        description="Plants, cafe and volunteering.",
        address="28 Old Birley Street, Manchester",
        postcode="m15 5rg",
        lon=-2.2475,
        lat=53.4655,
        contact_name="Front desk",
        contact_phone="0161 000 0000",
        contact_email="hello@example.org",
        website="https://example.org",
        opening_times="Tue-Sun 10-4",
        audience="Everyone",
        accessibility="Step-free",
        cost="low",
        visibility="partners",
        status="draft",
        recorded_by="Test",
        review_due=dt.date(2027, 3, 31),
    ).assets[0]
    register.update_asset(original.id, status="active")
    # Removed too, so that every field, removed_at included, holds a value to lose.
    original = register.remove_asset(original.id).assets[0]

    change, snapshot = register.purge_asset(original.id)
    assert change.purged == (original.id,) and snapshot == original
    with pytest.raises(AssetNotFoundError):
        register.asset(original.id)

    back = register.reinstate_asset(snapshot)

    assert back.added == (original.id,)
    assert register.asset(original.id) == original
    # Only a gift or skill belongs to a person; reinstating a gift keeps its person
    # (tests/register/test_people.py).
    assert all(
        getattr(register.asset(original.id), f.name) is not None
        for f in dataclasses.fields(Asset)
        if f.name != "person_id"
    )


# -- wards ----------------------------------------------------------------------------------


@pytest.fixture
def postcodes(reference_data: Path) -> pd.DataFrame:
    return pd.read_csv(reference_data / "postcodes" / "gm_postcodes.csv", index_col="postcode")


def test_an_asset_at_m1_1ad_is_in_the_ward_the_postcode_data_gives(register: Register, postcodes) -> None:
    place = postcodes.loc["M1 1AD"]

    asset = register.add_asset(
        name="Near Piccadilly",
        category="institutions",
        postcode=" m11ad ",
        lon=place["lon"],
        lat=place["lat"],
    ).assets[0]

    assert asset.postcode == "M1 1AD"
    assert asset.ward_code == place["ward_code"]


def test_bulk_added_assets_get_the_wards_the_postcode_data_gives(register: Register, postcodes) -> None:
    sample = postcodes.sample(300, random_state=7)

    register.add_assets(
        [
            {"name": pc, "category": "institutions", "postcode": pc, "lon": row.lon, "lat": row.lat}
            for pc, row in sample.iterrows()
        ]
    )

    wards = {a.postcode: a.ward_code for a in register.assets()}
    agree = sum(wards[pc] == ward for pc, ward in sample["ward_code"].items())
    assert agree >= 0.995 * len(sample)


def test_an_asset_outside_greater_manchester_is_stored_without_a_ward(register: Register) -> None:
    one = register.add_asset(name="Lightship", category="culture_stories", lon=IRISH_SEA[0], lat=IRISH_SEA[1])
    many = register.add_assets([_record(2, lon=IRISH_SEA[0], lat=IRISH_SEA[1]), _record(3)])

    assert one.assets[0].ward_code is None
    assert {a.id: a.ward_code for a in register.assets()} == dict.fromkeys(one.added + many.added)
    assert register.asset(one.added[0]).lon == IRISH_SEA[0]


def test_moving_an_asset_updates_its_ward(register: Register, postcodes) -> None:
    city = postcodes.loc["M1 1AD"]
    wigan = postcodes.loc[postcodes["lad_code"] == "E08000010"].iloc[0]
    asset_id = register.add_asset(
        name="Mobile library", category="institutions", lon=city["lon"], lat=city["lat"]
    ).added[0]
    assert register.asset(asset_id).ward_code == city["ward_code"]

    register.move_asset(asset_id, wigan["lon"], wigan["lat"])
    assert register.asset(asset_id).ward_code == wigan["ward_code"]

    register.move_asset(asset_id, *IRISH_SEA)
    assert register.asset(asset_id).ward_code is None

    register.move_asset(asset_id, None, None)
    moved = register.asset(asset_id)
    assert (moved.lon, moved.lat, moved.ward_code) == (None, None, None)


def test_editing_one_coordinate_keeps_the_other_and_moves_the_ward(register: Register, postcodes) -> None:
    city = postcodes.loc["M1 1AD"]
    asset = register.add_asset(
        name="Hall", category="physical_spaces", lon=city["lon"], lat=city["lat"]
    ).assets[0]

    moved = register.update_asset(asset.id, lat=53.6).assets[0]

    assert (moved.lon, moved.lat) == (asset.lon, 53.6)
    assert moved.ward_code is not None and moved.ward_code != asset.ward_code
    assert moved.ward_code == register.ward_index.ward_of(asset.lon, 53.6)


def test_clearing_one_coordinate_alone_is_refused(register: Register) -> None:
    before = register.add_asset(
        name="Hall", category="physical_spaces", lon=CITY_CENTRE[0], lat=CITY_CENTRE[1]
    )
    before = before.assets[0]

    for half in ({"lat": None}, {"lon": None}, {"lon": -2.2, "lat": None}):
        with pytest.raises(ValidationError, match="both longitude and latitude"):
            register.update_asset(before.id, **half)

    assert register.asset(before.id) == before


# -- bulk reads -------------------------------------------------------------------------------


def test_the_bulk_reads_give_the_same_records_as_reading_one_asset_at_a_time(register: Register) -> None:
    full = {
        "name": "Hulme Community Garden Centre",
        "category": "local_economy",
        "subcategory": "Social enterprise",
        "tags": ["garden", "volunteering", "café ☕"],
        "description": "Plants, cafe and volunteering.",
        "address": "28 Old Birley Street, Manchester",
        "postcode": "m15 5rg",
        "lon": -2.2475,
        "lat": 53.4655,
        "contact_email": "hello@example.org",
        "visibility": "partners",
        "status": "draft",
        "review_due": dt.date(2027, 3, 31),
    }
    ids = register.add_assets([full, _record(2), _record(3, tags=[]), _record(4, tags=["garden"])]).added
    outside = _record(5, tags=["garden", "volunteering", "café ☕"], lon=IRISH_SEA[0], lat=IRISH_SEA[1])
    register.add_asset(**outside)
    register.update_asset(ids[1], description="Edited later")
    register.remove_assets([ids[2], ids[3]])

    live = register.assets()
    everything = register.assets(include_removed=True)
    removed = register.removed_assets()

    assert [a.name for a in live] == sorted(a.name for a in live)
    for asset in [*everything, *removed]:
        assert asset == register.asset(asset.id)
        assert isinstance(asset.tags, tuple)
        assert isinstance(asset.created_at, dt.datetime) and isinstance(asset.updated_at, dt.datetime)
    assert {a.id for a in live} == {a.id for a in everything} - {a.id for a in removed}
    assert len(everything) == 5 and len(live) == 3 and {a.id for a in removed} == {ids[2], ids[3]}
    assert all(a.removed_at is not None for a in removed)
    garden = next(a for a in live if a.id == ids[0])
    assert garden.tags == ("garden", "volunteering", "café ☕") and garden.review_due == dt.date(2027, 3, 31)
    assert next(a for a in everything if a.id == ids[2]).tags == ()


def test_a_bulk_read_of_an_empty_register_is_empty(register: Register) -> None:
    assert register.assets() == [] and register.removed_assets() == []
