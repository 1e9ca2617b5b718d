"""Suggestions from a meeting on a real register: no personal details, never counted or exported, reviewed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import read_bundle
from assetmap.errors import ValidationError
from assetmap.io.export import export_assets
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.suggestions import contact_details_in
from assetmap.reports.measures import compute_measures
from tests.register.builders import CITY_CENTRE

NAME = "Quennevilliers knitting circle"


def _suggest(register: Register, **fields: object) -> str:
    values: dict[str, object] = {
        "name": NAME,
        "category": "associations",
        "note": "Meets Thursdays in the library",
        "lon": CITY_CENTRE[0],
        "lat": CITY_CENTRE[1],
        "meeting": "Deansgate residents' evening",
        **fields,
    }
    return register.add_suggestion(**values).id  # type: ignore[arg-type]


def test_a_suggestion_is_kept_open_with_its_place_ward_meeting_and_who_took_it(register: Register) -> None:
    sid = _suggest(register)

    [found] = register.suggestions()
    assert found.id == sid and found.status == "open"
    assert (found.name, found.category, found.note) == (
        NAME,
        "associations",
        "Meets Thursdays in the library",
    )
    assert (found.lon, found.lat) == CITY_CENTRE
    assert found.ward_code is not None
    assert found.meeting == "Deansgate residents' evening"
    assert found.created_by == register.user
    assert register.suggestions("accepted") == []


def test_a_suggestion_needs_no_place(register: Register) -> None:
    found = register.add_suggestion("Litter pickers", "associations")
    assert (found.lon, found.lat, found.ward_code, found.note) == (None, None, None, None)


def test_a_suggestion_is_never_an_asset_so_never_in_the_table_figures_or_exports(
    register: Register, tmp_path: Path
) -> None:
    register.add_asset(
        name="Central Library", category="institutions", lon=CITY_CENTRE[0], lat=CITY_CENTRE[1]
    )
    _suggest(register)
    ward = register.suggestions()[0].ward_code
    assert ward is not None

    assert [a.name for a in register.assets()] == ["Central Library"]
    assert register.count() == 1
    for fmt, name in (("csv", "out.csv"), ("geojson", "out.geojson")):
        export_assets(register, tmp_path / name, fmt)
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "Central Library" in text
        assert "Quennevilliers" not in text
    features = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))["features"]
    assert len(features) == 1

    export_bundle(register, tmp_path / "out.assetmap-bundle")
    bundle = read_bundle(tmp_path / "out.assetmap-bundle")
    assert len(bundle.assets) == 1
    assert "Quennevilliers" not in repr(bundle.assets)

    frame = compute_measures(register.assets(), boundaries=register.boundaries(), people=NO_PEOPLE)
    assert "Quennevilliers" not in frame.to_csv()
    assert int(frame["total"].sum()) == 1
    assert int(frame.loc[ward, "count_associations"]) == 0


def test_the_gifts_and_skills_category_is_refused(register: Register) -> None:
    with pytest.raises(ValidationError, match="consent") as caught:
        register.add_suggestion("Teaches sewing", "gifts_skills")
    assert caught.value.field == "category"
    assert register.suggestions(None) == []


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("note", "Ring Jo on 07700 900123"),
        ("note", "call 0161 496 0000 after six"),
        ("note", "+44 161 496 0000"),
        ("note", "email jo.bloggs@example.org"),
        ("name", "jo@example.org's group"),
        ("name", "Bike club 07700900123"),
    ],
)
def test_contact_details_are_refused_with_a_message_naming_the_field(
    register: Register, field: str, text: str
) -> None:
    with pytest.raises(ValidationError, match="contact details") as caught:
        _suggest(register, **{field: text})
    assert caught.value.field == field
    assert register.suggestions(None) == []


def test_ordinary_numbers_are_not_taken_for_phone_numbers() -> None:
    assert contact_details_in("Open 9 till 5, 2 rooms, 150 seats, since 1998") is None
    assert contact_details_in("Room 12, 3rd floor") is None


def test_accepting_makes_an_asset_whose_history_starts_with_add_and_says_where_it_came_from(
    register: Register,
) -> None:
    sid = _suggest(register)

    change = register.accept_suggestion(sid, subcategory="Interest group")

    [asset_id] = change.added
    asset = register.asset(asset_id)
    assert asset.name == NAME and asset.subcategory == "Interest group"
    assert (asset.lon, asset.lat) == CITY_CENTRE
    assert asset.description is not None
    assert "Meets Thursdays in the library" in asset.description
    assert "Suggested at meeting Deansgate residents' evening on " in asset.description
    assert [entry.operation for entry in register.history(asset_id)] == ["add"]
    trail = [(e.action, e.record_kind, e.record_id) for e in register.audit_trail()]
    assert ("accept", "suggestion", sid) in trail
    assert ("add", "asset", asset_id) in trail
    done = register.suggestion(sid)
    assert (done.status, done.asset_id) == ("accepted", asset_id)
    assert register.suggestions() == []


def test_a_reviewed_suggestion_cannot_be_reviewed_twice(register: Register) -> None:
    sid = _suggest(register)
    register.discard_suggestion(sid)
    with pytest.raises(ValidationError, match="already discarded"):
        register.accept_suggestion(sid)
    assert register.count() == 0


def test_accepting_cannot_make_a_persons_gift(register: Register) -> None:
    sid = _suggest(register)
    with pytest.raises(ValidationError):
        register.accept_suggestion(sid, category="gifts_skills")
    assert register.count() == 0
    assert register.suggestion(sid).is_open


def test_merging_adds_the_note_to_the_assets_description_as_an_update(register: Register) -> None:
    asset_id = register.add_asset(
        name="Central Library", category="institutions", description="Books."
    ).added[0]
    sid = _suggest(register)

    register.merge_suggestion(sid, asset_id)

    asset = register.asset(asset_id)
    assert asset.description is not None
    assert asset.description.startswith("Books.\n\nMeets Thursdays in the library Suggested at meeting")
    assert [e.operation for e in register.history(asset_id)] == ["add", "update"]
    assert register.count() == 1
    done = register.suggestion(sid)
    assert (done.status, done.asset_id) == ("merged", asset_id)


def test_discarding_keeps_it_listed_as_discarded_and_reopening_brings_it_back(register: Register) -> None:
    sid = _suggest(register)

    register.discard_suggestion(sid)
    assert [s.id for s in register.suggestions("discarded")] == [sid]
    assert register.suggestions() == []

    register.reopen_suggestion(sid)
    assert [s.id for s in register.suggestions()] == [sid]


def test_undoing_an_accept_takes_the_new_asset_away(register: Register) -> None:
    sid = _suggest(register)
    asset_id = register.accept_suggestion(sid).added[0]

    change = register.reopen_suggestion(sid)

    assert change.purged == (asset_id,)
    assert register.count(include_removed=True) == 0
    assert register.suggestion(sid).is_open


def test_removing_an_open_suggestion_deletes_it_and_it_can_be_put_back_with_its_id(
    register: Register,
) -> None:
    sid = _suggest(register)
    gone = register.remove_suggestion(sid)
    assert register.suggestions(None) == []
    register.add_suggestion(
        gone.name, gone.category, gone.note, gone.lon, gone.lat, gone.meeting, suggestion_id=sid
    )
    assert [s.id for s in register.suggestions()] == [sid]
