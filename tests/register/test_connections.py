"""Links, link kinds, stories and photos on a real register file: reads, writes, history and undo."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image

from assetmap.errors import ValidationError
from assetmap.geo.wards import WardIndex
from assetmap.register import Link, LinkKind, Register, Story
from assetmap.register.connections import ANONYMOUS, ConnectionNotFoundError

HALL = {"name": "St Mary's Church Hall", "category": "physical_spaces", "lon": -2.4296, "lat": 53.5779}
CLUB = {"name": "Thursday Lunch Club", "category": "associations", "lon": -2.4290, "lat": 53.5770}
TENANTS = {"name": "Tenants' Association", "category": "associations", "lon": -2.4280, "lat": 53.5760}


def _three(register: Register) -> tuple[str, str, str]:
    return (
        register.add_asset(**HALL).added[0],
        register.add_asset(**CLUB).added[0],
        register.add_asset(**TENANTS).added[0],
    )


def _png(size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


# -- link kinds ------------------------------------------------------------------------------------


def test_a_new_register_has_the_six_kinds_of_link(register: Register) -> None:
    assert register.link_kinds() == [
        LinkKind("meets_at", "meets at"),
        LinkKind("runs", "runs"),
        LinkKind("supports", "supports"),
        LinkKind("funds", "funds"),
        LinkKind("shares_members", "shares members with"),
        LinkKind("refers_to", "refers to"),
    ]


def test_a_kind_added_to_the_list_is_kept_in_the_file_and_a_used_kind_cannot_be_removed(
    register_path: Path, ward_index: WardIndex
) -> None:
    with Register.open(register_path, ward_index=ward_index) as register:
        code = register.add_link_kind("Lends equipment to").added[0]
        assert code.startswith("kind_") and "lends" not in code  # an id, not the label
        assert not register.add_link_kind("lends equipment TO")  # the same label adds nothing
        hall, club, _ = _three(register)
        link_id = register.add_link(club, hall, code).links[0]
    with Register.open(register_path, ward_index=ward_index) as register:
        assert LinkKind(code, "Lends equipment to") in register.link_kinds()
        with pytest.raises(ValidationError) as refused:
            register.remove_link_kind(code)
        assert refused.value.field == "kind" and "1 link(s)" in str(refused.value)
        register.remove_link(link_id)
        with pytest.raises(ValidationError):  # a removed link still uses it: it could be restored
            register.remove_link_kind(code)
        register.purge_link(link_id)
        assert register.remove_link_kind(code).removed == (code,)
        assert code not in {k.code for k in register.link_kinds()}


def test_a_kind_is_renamed_and_its_links_keep_it(register: Register) -> None:
    hall, club, _ = _three(register)
    register.add_link(club, hall, "meets_at")
    assert register.rename_link_kind("meets_at", "meets in").updated == ("meets_at",)
    assert register.link_kinds()[0] == LinkKind("meets_at", "meets in")
    assert register.links()[0].kind == "meets_at"
    with pytest.raises(ValidationError) as taken:
        register.rename_link_kind("meets_at", "Funds")
    assert taken.value.field == "label"


def test_a_kind_label_is_required(register: Register) -> None:
    with pytest.raises(ValidationError) as refused:
        register.add_link_kind("   ")
    assert refused.value.field == "label"


# -- links -------------------------------------------------------------------------------------------


def test_a_link_joins_two_assets_once_and_never_an_asset_to_itself(
    register_path: Path, ward_index: WardIndex
) -> None:
    with Register.open(register_path, ward_index=ward_index) as register:
        hall, club, tenants = _three(register)
        change = register.add_link(club, hall, "meets_at", note="Every Thursday noon")
        assert change.links and not change.ids and change
        with pytest.raises(ValidationError) as itself:
            register.add_link(hall, hall, "supports")
        assert itself.value.field == "to_id"
        with pytest.raises(ValidationError) as twice:
            register.add_link(club, hall, "meets_at")
        assert twice.value.field == "kind"
        with pytest.raises(ValidationError) as unknown:
            register.add_link(club, hall, "haunts")
        assert unknown.value.field == "kind"
        with pytest.raises(ValidationError) as nowhere:
            register.add_link(club, "no-such-asset", "supports")
        assert nowhere.value.field == "to_id"
        register.add_link(tenants, hall, "runs")
    with Register.open(register_path, ward_index=ward_index) as register:
        links = register.links()
        assert [(link.from_id, link.to_id, link.kind) for link in links] == [
            (club, hall, "meets_at"),
            (tenants, hall, "runs"),
        ]
        assert links[0].note == "Every Thursday noon" and links[0].version == 1
        assert {link.id for link in register.links([club])} == {links[0].id}
        assert len(register.links([hall])) == 2


def test_a_links_kind_and_note_change_with_history_and_its_ends_stay(register: Register) -> None:
    hall, club, _ = _three(register)
    link_id = register.add_link(club, hall, "meets_at").links[0]
    assert register.update_link(link_id, kind="supports", note="Pays the heating").links == (link_id,)
    link = register.link(link_id)
    assert (link.kind, link.note, link.version) == ("supports", "Pays the heating", 2)
    with pytest.raises(ValidationError) as refused:
        register.update_link(link_id, to_id=club)
    assert refused.value.field == "to_id"
    history = register.link_history(link_id)
    assert [e.operation for e in history] == ["add", "update"]
    assert history[1].parents == (history[0].node,)
    assert history[1].content is not None and history[1].content["kind"] == "supports"


def test_removing_and_restoring_a_link_and_an_asset_hides_and_shows_its_links(register: Register) -> None:
    hall, club, tenants = _three(register)
    link_id = register.add_link(club, hall, "meets_at").links[0]
    other = register.add_link(tenants, club, "supports").links[0]
    register.remove_link(link_id)
    assert [link.id for link in register.links()] == [other]
    assert {link.id for link in register.links(include_removed=True)} == {link_id, other}
    register.restore_link(link_id)
    register.remove_asset(hall)
    assert [link.id for link in register.links()] == [other]
    register.restore_asset(hall)
    assert {link.id for link in register.links()} == {link_id, other}
    assert [e.operation for e in register.link_history(link_id)] == ["add", "remove", "restore"]


def test_undoing_a_links_creation_purges_it_and_redo_puts_it_back(register: Register) -> None:
    hall, club, _ = _three(register)
    link_id = register.add_link(club, hall, "meets_at", note="Upstairs room").links[0]
    change, before = register.purge_link(link_id)
    assert change.links == (link_id,)
    assert register.links(include_removed=True) == []
    assert register.link_history(link_id) == []
    with pytest.raises(ConnectionNotFoundError):
        register.link(link_id)
    register.reinstate_link(before)
    assert register.link(link_id) == before


def test_purging_an_asset_takes_its_links_stories_and_photos(register: Register) -> None:
    hall, club, _ = _three(register)
    register.add_link(club, hall, "meets_at")
    register.add_story(hall, "The roof was fixed by volunteers.")
    register.add_photo(hall, _png(), "The hall's front door")
    register.purge_asset(hall)
    assert register.links(include_removed=True) == []
    assert register.stories(include_removed=True) == []
    assert register.photos(include_removed=True) == []


def test_a_person_links_to_an_asset_and_an_erased_persons_links_are_gone(register: Register) -> None:
    hall, _, _ = _three(register)
    person = register.add_person("Jo Bloggs").id
    link_id = register.add_link(person, hall, "runs", from_kind="person").links[0]
    assert [link.id for link in register.links([hall])] == [link_id]
    assert register.links_from_person(person)[0].from_kind == "person"
    register.remove_person(person)
    assert register.links([hall]) == []
    register.restore_person(person)
    register.erase_person(person)
    assert register.links(include_removed=True) == []
    assert register.link_history(link_id) == []
    with pytest.raises(ValidationError) as refused:
        register.add_link(person, hall, "runs", from_kind="person")
    assert refused.value.field == "from_id"


# -- stories -----------------------------------------------------------------------------------------


def test_a_story_is_kept_with_its_teller_shown_only_with_consent(
    register_path: Path, ward_index: WardIndex
) -> None:
    with Register.open(register_path, ward_index=ward_index, user="Amira") as register:
        hall, _, _ = _three(register)
        quoted_id = register.add_story(
            hall,
            "We started with four of us and a kettle.",
            told_on="2026-03-14",
            teller="Margaret",
            quote_consent=True,
            featured=True,
        ).stories[0]
        anonymous_id = register.add_story(hall, "It saved my winter.", teller="Dave").stories[0]
    with Register.open(register_path, ward_index=ward_index) as register:
        quoted_story = register.story(quoted_id)
        assert quoted_story.told_on == dt.date(2026, 3, 14)
        assert quoted_story.shown_teller == "Margaret" and quoted_story.featured
        assert quoted_story.recorded_by == "Amira"
        anonymous = register.story(anonymous_id)
        assert anonymous.teller == "Dave" and anonymous.shown_teller == ANONYMOUS
        assert [s.id for s in register.stories([hall])] == [quoted_id, anonymous_id]


def test_a_story_needs_text_and_a_date_that_is_a_date(register: Register) -> None:
    hall, _, _ = _three(register)
    with pytest.raises(ValidationError) as no_text:
        register.add_story(hall, "  ")
    assert no_text.value.field == "text"
    with pytest.raises(ValidationError) as bad_date:
        register.add_story(hall, "Something", told_on="last spring")
    assert bad_date.value.field == "told_on"
    with pytest.raises(ValidationError) as no_asset:
        register.add_story("nowhere", "Something")
    assert no_asset.value.field == "asset_id"


def test_editing_removing_and_undoing_a_story_keeps_its_history(register: Register) -> None:
    hall, _, _ = _three(register)
    story_id = register.add_story(hall, "First draft").stories[0]
    register.update_story(story_id, text="The finished story", featured=True)
    register.remove_story(story_id)
    assert register.stories() == []
    register.restore_story(story_id)
    story = register.story(story_id)
    assert (story.text, story.featured, story.version) == ("The finished story", True, 4)
    assert [e.operation for e in register.story_history(story_id)] == ["add", "update", "remove", "restore"]
    register.remove_asset(hall)
    assert register.stories() == []  # a story is shown only where its asset is
    register.restore_asset(hall)
    change, before = register.purge_story(story_id)
    assert change.stories == (story_id,) and register.stories(include_removed=True) == []
    register.reinstate_story(before)
    assert register.story(story_id) == before
    assert isinstance(before, Story)


# -- photos ------------------------------------------------------------------------------------------


def test_a_photo_is_kept_with_a_thumbnail_and_required_alternative_text(register: Register) -> None:
    hall, _, _ = _three(register)
    story_id = register.add_story(hall, "Opening day").stories[0]
    with pytest.raises(ValidationError) as no_alt:
        register.add_photo(hall, _png(), "  ")
    assert no_alt.value.field == "alt_text"
    photo_id = register.add_photo(hall, _png((3000, 1500)), "Ribbon cutting", story_id=story_id).photos[0]
    photo = register.photo(photo_id)
    assert (photo.width, photo.height, photo.media_type) == (2000, 1000, "image/png")
    assert photo.story_id == story_id and photo.byte_size == len(register.photo_bytes(photo_id))
    thumbnail = Image.open(io.BytesIO(register.photo_thumbnail(photo_id)))
    assert max(thumbnail.size) == 320
    register.update_photo(photo_id, alt_text="Cutting the ribbon at the door")
    assert register.photos([hall])[0].alt_text == "Cutting the ribbon at the door"
    register.remove_photo(photo_id)
    assert register.photos([hall]) == []
    register.restore_photo(photo_id)
    register.purge_photo(photo_id)
    with pytest.raises(ConnectionNotFoundError):
        register.photo_bytes(photo_id)


def test_link_records_are_frozen(register: Register) -> None:
    hall, club, _ = _three(register)
    link = register.link(register.add_link(club, hall, "meets_at").links[0])
    assert isinstance(link, Link)
    with pytest.raises(AttributeError):
        link.note = "changed"  # type: ignore[misc]


def test_erasure_takes_the_teller_and_the_gifts_stories_from_the_file_and_its_backups(
    register: Register, register_path: Path
) -> None:
    from assetmap.register.backup import take_backup

    hall, club, _ = _three(register)
    person = register.add_person("Jo Bloggs").id
    gift = register.add_gift(person, name="Fixes bikes").added[0]
    register.add_link(person, hall, "runs", from_kind="person", note="Opens up on Sundays")
    register.add_link(gift, club, "supports")
    told = register.add_story(
        hall,
        "The Sunday opening was her idea.",
        teller="Jo Bloggs-Teller",
        person_id=person,
        quote_consent=True,
    ).stories[0]
    register.update_story(told, featured=True)
    register.add_story(gift, "Mended forty bikes for the school.")
    backup = take_backup(register_path, reason="test")

    register.erase_person(person)

    story = register.story(told)
    assert (story.teller, story.person_id, story.quote_consent, story.featured) == (None, None, False, True)
    assert register.links(include_removed=True) == []
    assert [s.id for s in register.stories(include_removed=True)] == [told]
    for path in (register_path, backup):
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        for text in ("Jo Bloggs-Teller", "Opens up on Sundays", "Mended forty bikes"):
            assert text.encode() not in raw, f"{text} is still in {path.name}"
    register.update_story(told, text="The Sunday opening was a neighbour's idea.")
    assert register.story_history(told)[-1].parents == (register.story_history(told)[-2].node,)


def test_many_links_are_added_in_one_write_with_history_and_checked_first(register: Register) -> None:
    hall, club, tenants = _three(register)
    change = register.add_links(
        [
            {"from_id": club, "to_id": hall, "kind": "meets_at", "note": "Thursdays"},
            {"from_id": tenants, "to_id": hall, "kind": "runs"},
        ]
    )
    assert len(change.links) == 2 and len(register.links([hall])) == 2
    assert [e.operation for e in register.link_history(change.links[0])] == ["add"]
    register.update_link(change.links[0], note="Thursdays at noon")  # its history goes on from there
    assert register.link_history(change.links[0])[1].parents == (
        register.link_history(change.links[0])[0].node,
    )
    for bad, field in (
        ({"from_id": club, "to_id": hall, "kind": "meets_at"}, "kind"),  # already linked
        ({"from_id": club, "to_id": club, "kind": "funds"}, "to_id"),
        ({"from_id": club, "to_id": "nowhere", "kind": "funds"}, "to_id"),
        ({"from_id": club, "to_id": tenants, "kind": "haunts"}, "kind"),
    ):
        with pytest.raises(ValidationError) as refused:
            register.add_links([{"from_id": tenants, "to_id": club, "kind": "funds"}, bad])
        assert refused.value.field == field and str(refused.value).startswith("Link 2:")
    assert len(register.links()) == 2
