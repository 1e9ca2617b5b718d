"""Links, link kinds, stories and photos through bundles between two real registers, conflicts included."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import BundleError, read_bundle
from assetmap.bundles.planning import plan_merge
from assetmap.bundles.resolution import conflict_report, policy_choices
from assetmap.register import Register
from assetmap.register.connections import ANONYMOUS
from assetmap.register.merging import MergeError
from tests.bundles.conftest import plan_from

HALL = {"name": "St Mary's Church Hall", "category": "physical_spaces", "lon": -2.4296, "lat": 53.5779}
CLUB = {"name": "Thursday Lunch Club", "category": "associations", "lon": -2.4290, "lat": 53.5770}


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (30, 20), (10, 120, 30)).save(out, "PNG")
    return out.getvalue()


def _shape(register: Register) -> tuple[object, ...]:
    """What two converged registers share of links, stories, kinds and photos."""
    return (
        sorted(
            (x.id, x.from_kind, x.from_id, x.to_id, x.kind, x.note, x.is_removed)
            for x in register.links(include_removed=True)
        ),
        sorted(
            (
                s.id,
                s.asset_id,
                s.text,
                s.told_on,
                s.teller,
                s.quote_consent,
                s.person_id,
                s.featured,
                s.is_removed,
            )
            for s in register.stories(include_removed=True)
        ),
        register.link_kinds(),
        sorted((p.id, p.asset_id, p.alt_text) for p in register.photos(include_removed=True)),
    )


@pytest.fixture
def pair(open_register, tmp_path: Path):
    """A with a hall, a club, a link, a story and a photo; B took A's first bundle."""
    a, b = open_register("a"), open_register("b")
    hall, club = a.add_asset(**HALL).added[0], a.add_asset(**CLUB).added[0]
    kind = a.add_link_kind("Lends chairs to").added[0]
    link = a.add_link(club, hall, "meets_at", note="Thursdays").links[0]
    a.add_link(hall, club, kind)
    story = a.add_story(hall, "We started with four of us.", teller="Margaret", quote_consent=True).stories[0]
    photo = a.add_photo(hall, _png(), "The hall's door", story_id=story).photos[0]
    b.merge_bundle(plan_from(a, b, tmp_path))
    return a, b, {"hall": hall, "club": club, "link": link, "story": story, "photo": photo, "kind": kind}


def test_a_new_register_takes_every_link_kind_story_and_photo_with_their_history(pair) -> None:
    a, b, ids = pair
    assert _shape(b) == _shape(a)
    assert b.photo_thumbnail(ids["photo"]) and b.photo(ids["photo"]).story_id == ids["story"]
    assert [e.operation for e in b.story_history(ids["story"])] == ["add", "merge"]
    assert b.story_history(ids["story"])[0].register_id == a.register_id
    merged = {(e.record_kind, e.record_id) for e in b.audit_trail(action="merge")}
    assert {("link", ids["link"]), ("story", ids["story"]), ("photo", ids["photo"])} <= merged


def test_edits_on_one_side_each_travel_both_ways_and_the_registers_converge(pair, tmp_path) -> None:
    a, b, ids = pair
    a.update_story(ids["story"], featured=True)
    b.update_link(ids["link"], note="Thursdays at noon")
    b.add_story(ids["club"], "Soup on Fridays too.")
    a.remove_photo(ids["photo"])

    b_plan = plan_from(a, b, tmp_path)
    assert not b_plan.conflicts
    assert "stories: 1 updated" in b_plan.summary()
    b.merge_bundle(b_plan)
    a.merge_bundle(plan_from(b, a, tmp_path))

    assert _shape(a) == _shape(b)
    assert a.link(ids["link"]).note == "Thursdays at noon" and b.story(ids["story"]).featured
    assert b.photos() == [] and len(a.stories()) == 2
    assert plan_from(a, b, tmp_path).is_empty


def test_both_sides_editing_the_same_story_is_a_conflict_settled_by_the_choice_per_field(
    pair, tmp_path
) -> None:
    a, b, ids = pair
    a.update_story(ids["story"], text="We started with four of us and a kettle.")
    b.update_story(ids["story"], text="We started with five of us.", featured=True)

    plan = plan_from(b, a, tmp_path)
    [conflict] = plan.conflicts
    assert conflict.asset_id == ids["story"] and conflict.name.startswith("Story on St Mary's Church Hall")
    assert [(c.field, c.mine, c.theirs) for c in conflict.conflicts] == [
        ("text", "We started with four of us and a kettle.", "We started with five of us.")
    ]
    assert "text: base" in conflict_report(plan)
    with pytest.raises(MergeError):
        a.merge_bundle(plan)
    assert a.story(ids["story"]).text == "We started with four of us and a kettle."

    change = a.merge_bundle(plan, {ids["story"]: {"text": "theirs"}})

    story = a.story(ids["story"])
    assert change.stories == (ids["story"],)
    assert story.text == "We started with five of us." and story.featured  # featured changed on one side only
    assert len(a.story_history(ids["story"])[-1].parents) == 2
    b.merge_bundle(plan_from(a, b, tmp_path))
    assert _shape(a) == _shape(b)


def test_both_sides_changing_a_links_kind_is_a_conflict_and_a_policy_settles_it(pair, tmp_path) -> None:
    a, b, ids = pair
    a.update_link(ids["link"], kind="supports")
    b.update_link(ids["link"], kind="funds")
    plan = plan_from(b, a, tmp_path)
    [conflict] = plan.conflicts
    assert conflict.name == "Link: Thursday Lunch Club funds St Mary's Church Hall"  # as they have it
    assert [c.field for c in conflict.conflicts] == ["kind"]
    a.merge_bundle(plan, policy_choices(plan, "mine"))
    assert a.link(ids["link"]).kind == "supports"


def test_a_link_or_story_changed_here_after_planning_stops_the_merge(pair, tmp_path) -> None:
    a, b, ids = pair
    a.update_story(ids["story"], text="Their edit")
    plan = plan_from(a, b, tmp_path)
    b.update_story(ids["story"], featured=True)
    with pytest.raises(MergeError, match="changed in this register after the merge was planned"):
        b.merge_bundle(plan)
    assert b.story(ids["story"]).text == "We started with four of us."


def test_a_removed_assets_links_and_stories_follow_it_through_a_merge(pair, tmp_path) -> None:
    a, b, ids = pair
    a.remove_asset(ids["hall"])
    b.merge_bundle(plan_from(a, b, tmp_path))
    assert b.links() == [] and b.stories() == [] and b.photos() == []
    a.restore_asset(ids["hall"])
    b.merge_bundle(plan_from(a, b, tmp_path))
    assert len(b.links()) == 2 and len(b.stories()) == 1


def test_an_erased_persons_links_and_teller_never_come_back_from_an_older_bundle(
    open_register, tmp_path
) -> None:
    a, b = open_register("a"), open_register("b")
    hall = a.add_asset(**HALL).added[0]
    person = a.add_person("Jo Bloggs").id
    link = a.add_link(person, hall, "runs", from_kind="person").links[0]
    story = a.add_story(
        hall, "Jo kept the place open.", teller="Jo Bloggs", quote_consent=True, person_id=person
    ).stories[0]
    old = tmp_path / "old.assetmap-bundle"
    export_bundle(a, old)
    b.merge_bundle(plan_merge(b, read_bundle(old)))
    assert [x.id for x in b.links([hall])] == [link] and b.story(story).shown_teller == "Jo Bloggs"

    b.erase_person(person)
    assert b.links(include_removed=True) == []
    scrubbed = b.story(story)
    assert (scrubbed.teller, scrubbed.person_id, scrubbed.shown_teller) == (None, None, ANONYMOUS)
    assert all(e.content is None or e.content["teller"] is None for e in b.story_history(story))

    replayed = b.merge_bundle(plan_merge(b, read_bundle(old)))

    assert link not in replayed.links
    assert b.links(include_removed=True) == []
    assert b.story(story).teller is None and b.story(story).person_id is None
    raw = b"".join(p.read_bytes() for p in b.path.parent.glob(b.path.name + "*"))
    assert b"Jo Bloggs" not in raw


def test_an_erasure_there_takes_the_persons_links_and_teller_here(open_register, tmp_path) -> None:
    a, b = open_register("a"), open_register("b")
    hall = a.add_asset(**HALL).added[0]
    person = a.add_person("Jo Bloggs").id
    a.add_link(person, hall, "runs", from_kind="person")
    story = a.add_story(hall, "Jo kept the place open.", teller="Jo Bloggs", person_id=person).stories[0]
    b.merge_bundle(plan_from(a, b, tmp_path))
    a.erase_person(person)
    b.merge_bundle(plan_from(a, b, tmp_path))
    assert b.links(include_removed=True) == []
    assert b.story(story).teller is None


def test_a_damaged_connections_section_is_refused_naming_the_place(pair, tmp_path) -> None:
    import gzip
    import json

    a, _b, _ids = pair
    path = tmp_path / "damaged.assetmap-bundle"
    export_bundle(a, path)
    document = json.loads(gzip.decompress(path.read_bytes()))
    document["connections"]["stories"][0]["content"]["text"] = "changed by hand"
    path.write_bytes(gzip.compress(json.dumps(document).encode()))
    with pytest.raises(BundleError, match="story 1"):
        read_bundle(path)


def test_hostile_strings_in_stories_notes_kinds_and_alt_text_travel_unchanged(
    open_register, tmp_path, hostile_strings
) -> None:
    a, b = open_register("a"), open_register("b")
    hall, club = a.add_asset(**HALL).added[0], a.add_asset(**CLUB).added[0]
    for i, text in enumerate(hostile_strings[:12]):
        a.add_story(hall, text, teller=text)
        a.add_link_kind(f"{text[:70]} {i}")
    a.add_link(club, hall, "meets_at", note=hostile_strings[-1])
    a.add_photo(hall, _png(), hostile_strings[0])
    b.merge_bundle(plan_from(a, b, tmp_path))
    assert _shape(b) == _shape(a)


def test_a_bundle_since_the_last_carries_only_photos_stored_since_and_removed_ones(pair, tmp_path) -> None:
    a, b, ids = pair
    later = a.add_photo(ids["club"], _png(), "The club's sign").photos[0]
    path = tmp_path / "since.assetmap-bundle"
    export_bundle(a, path, "last")
    carried = {copy.photo.id for copy in read_bundle(path).connections.photos}
    assert carried == {later}
    a.remove_photo(ids["photo"])
    export_bundle(a, path, "last")
    assert {copy.photo.id for copy in read_bundle(path).connections.photos} == {ids["photo"]}
    b.merge_bundle(plan_merge(b, read_bundle(path)))
    assert b.photos([ids["hall"]]) == []
    export_bundle(a, path)
    assert {copy.photo.id for copy in read_bundle(path).connections.photos} == {ids["photo"], later}


def test_a_photo_in_a_bundle_made_by_hand_comes_in_without_its_metadata(pair, tmp_path) -> None:
    import base64
    import gzip
    import json

    from PIL import ExifTags

    a, b, ids = pair
    new = a.add_photo(ids["club"], _png(), "The club's sign").photos[0]
    path = tmp_path / "crafted.assetmap-bundle"
    export_bundle(a, path)
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "CRAFTED-MARKER-1234"
    out = io.BytesIO()
    Image.new("RGB", (20, 20), (1, 2, 3)).save(out, "JPEG", exif=exif, comment="CRAFTED-MARKER-1234")
    document = json.loads(gzip.decompress(path.read_bytes()))
    for photo in document["connections"]["photos"]:
        if photo["id"] == new:
            photo["data"] = base64.b64encode(out.getvalue()).decode()
    path.write_bytes(gzip.compress(json.dumps(document).encode()))

    b.merge_bundle(plan_merge(b, read_bundle(path)))

    stored = b.photo_bytes(new)
    assert b"CRAFTED-MARKER-1234" not in stored and not Image.open(io.BytesIO(stored)).getexif()
    assert b.photo(new).media_type == "image/jpeg"
