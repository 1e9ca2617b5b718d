"""What a meeting map may show, decided by the sharing rules on a real register: the room sees no one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.maps.meeting import MEETING_BLANK_FIELDS, PARTNERS_NOTICE, meeting_content
from assetmap.register import Register, consent


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "meeting-content.assetmap")
    register.add_asset(
        name="Library",
        category="institutions",
        lon=-2.2270,
        lat=53.4840,
        visibility="public",
        contact_name="Jo Contact",
        contact_phone="07700 900123",
        contact_email="jo@example.org",
        recorded_by="A Worker",
    )
    register.add_asset(
        name="Hideout", category="physical_spaces", lon=-2.229, lat=53.485, visibility="private"
    )
    register.add_asset(name="Pantry", category="local_economy", lon=-2.225, lat=53.483, visibility="partners")
    register.add_asset(name="Old hall", category="physical_spaces", lon=-2.226, lat=53.484, status="closed")
    gone = register.add_asset(name="Gone", category="institutions", lon=-2.226, lat=53.484)
    register.remove_asset(gone.added[0])
    public_person = register.add_person("Public Person", phone="07700 900777")
    register.add_gift(public_person.id, name="Mends bikes", lon=-2.228, lat=53.4845, visibility="public")
    register.record_consent(public_person.id, consent.PUBLIC, method="spoken")
    partners_person = register.add_person("Partners Person")
    register.add_gift(partners_person.id, name="Teaches Urdu", lon=-2.228, lat=53.4845, visibility="public")
    register.record_consent(partners_person.id, consent.PARTNERS, method="spoken", partners="Food Network")
    yield register
    register.close()


def test_the_public_meeting_shows_public_active_assets_only_with_no_contact(register: Register) -> None:
    content = meeting_content(register.assets(), people=register.people_view())
    assert [a.name for a in content.assets] == ["Library"]
    library = content.assets[0]
    for name in MEETING_BLANK_FIELDS:
        assert getattr(library, name) is None, name
    assert {"contact_name", "contact_phone", "contact_email", "recorded_by"} <= set(MEETING_BLANK_FIELDS)
    # The gift with public consent is counted, the one with partners consent is not; neither is drawn.
    assert content.gifts_counted == 1
    assert content.notice is None
    assert content.caption == "Public assets only · 1 person's gift and skills counted, not shown"
    library_ward = library.ward_code
    assert library_ward is not None
    assert content.config({library_ward: "Ancoats"})["wardCounts"] == {
        library_ward: {"name": "Ancoats", "assets": 1}
    }


def test_partner_assets_come_only_when_asked_with_the_notice(register: Register) -> None:
    content = meeting_content(register.assets(), people=register.people_view(), partners=True)
    assert sorted(a.name for a in content.assets) == ["Library", "Pantry"]
    assert content.gifts_counted == 2
    assert content.notice == PARTNERS_NOTICE
    assert content.config({})["notice"] == PARTNERS_NOTICE
    assert content.caption.startswith("Public and partner assets")


def test_withdrawn_consent_takes_the_gift_out_of_the_count(register: Register) -> None:
    person = next(p for p in register.people() if p.name == "Public Person")
    register.withdraw_consent(person.id, method="phone")
    content = meeting_content(register.assets(), people=register.people_view())
    assert content.gifts_counted == 0
    assert content.caption == "Public assets only"


def test_the_room_sees_figures_counted_at_the_public_tier_and_at_partners_only_when_switched_on() -> None:
    from assetmap.maps.meeting import room_may_see_figures

    assert room_may_see_figures("public", partners=False)
    assert room_may_see_figures("public", partners=True)
    assert not room_may_see_figures("partners", partners=False)
    assert room_may_see_figures("partners", partners=True)
    assert not room_may_see_figures("all", partners=True)
