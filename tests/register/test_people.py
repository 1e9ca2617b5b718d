"""People, consent events and erasure in a real register file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from assetmap.errors import ValidationError
from assetmap.register import Register, consent
from assetmap.register.backup import backups_of, take_backup
from assetmap.register.people import PersonNotFoundError
from tests.register.builders import CITY_CENTRE

# Unique texts to look for in raw bytes: nothing else in a register contains them.
NAME = "Philippa Quenby-Ostrowska"
EMAIL = "pquenby.ostrowska@example.org"
PHONE = "0161 496 0731"


def _raw_bytes(path: Path) -> bytes:
    """The register file and whatever sits beside it (write-ahead log, shared memory, journal)."""
    found = b""
    for candidate in path.parent.glob(path.name + "*"):
        found += candidate.read_bytes()
    return found


def _seeded(register: Register) -> str:
    person = register.add_person(
        NAME, phone=PHONE, email=EMAIL, preferred_contact="phone", notes="Knows everyone"
    )
    register.add_gift(
        person.id,
        name="Teaches sewing",
        subcategory="Creative skills",
        lon=CITY_CENTRE[0],
        lat=CITY_CENTRE[1],
    )
    register.record_consent(person.id, consent.NAMED, lawful_basis="consent", method="paper")
    return person.id


def test_a_person_is_sealed_in_the_file_and_read_back_whole(register: Register, register_path: Path) -> None:
    person_id = _seeded(register)

    person = register.person(person_id)
    assert (person.name, person.phone, person.email, person.preferred_contact) == (
        NAME,
        PHONE,
        EMAIL,
        "phone",
    )
    assert person.recorded_by == register.user
    raw = _raw_bytes(register_path)
    for text in (NAME, EMAIL, PHONE, "Knows everyone"):
        assert text.encode() not in raw, f"{text} is stored in plain text"


def test_a_gift_has_an_area_but_never_a_home_address(register: Register) -> None:
    person = register.add_person("Sam")
    gift = register.add_gift(person.id, name="Fixes bikes", lon=CITY_CENTRE[0], lat=CITY_CENTRE[1]).assets[0]
    assert gift.category == "gifts_skills" and gift.person_id == person.id
    assert gift.ward_code is not None and gift.visibility == "private"
    assert [a.id for a in register.gifts_of(person.id)] == [gift.id]
    with pytest.raises(ValidationError, match="home address"):
        register.add_gift(person.id, name="Cooks", address="12 Acacia Avenue")
    with pytest.raises(ValidationError, match="gift or skill"):
        register.add_asset(name="Hall", category="physical_spaces", person_id=person.id)


def test_search_edit_remove_restore_and_history(register: Register) -> None:
    ada = register.add_person("Ada Lovelace", notes="maths club")
    register.add_person("Grace Hopper")
    assert [p.name for p in register.search_people("MATHS")] == ["Ada Lovelace"]

    register.update_person(ada.id, phone="0161 000 0000")
    register.remove_person(ada.id)
    assert [p.name for p in register.people()] == ["Grace Hopper"]
    register.restore_person(ada.id)
    assert register.person(ada.id).phone == "0161 000 0000"
    assert [s.operation for s in register.person_history(ada.id)] == ["add", "update", "remove", "restore"]
    assert register.person_history(ada.id)[0].fields["phone"] is None


def test_undoing_adding_a_person_purges_them_and_redo_puts_them_back(register: Register) -> None:
    person = register.add_person("Noor", email="noor@example.org")
    snapshot = register.purge_person(person.id)
    with pytest.raises(PersonNotFoundError):
        register.person(person.id)
    back = register.reinstate_person(snapshot)
    assert (back.id, back.name, back.email) == (person.id, "Noor", "noor@example.org")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "needs a name"),
        ("name", "x" * 201, "longer than"),
        ("email", "not an address", "not an email"),
        ("preferred_contact", "pigeon", "Preferred contact"),
        ("notes", "a\x00b", "NUL"),
    ],
)
def test_bad_person_fields_are_refused_naming_the_field(
    register: Register, field: str, value: str, message: str
) -> None:
    person = register.add_person("Valid")
    with pytest.raises(ValidationError, match=message) as caught:
        register.update_person(person.id, **{field: value})
    assert caught.value.field == field
    assert register.person(person.id).name == "Valid"


def test_hostile_strings_are_kept_as_text_in_every_person_field(register: Register, fixtures: Path) -> None:
    hostile = [
        line
        for line in (fixtures / "hostile_strings.txt").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for text in hostile:
        clean = text.replace("\x00", "")
        name = clean.strip()[:200] or "blank"
        person = register.add_person(name, notes=clean)
        read = register.person(person.id)
        assert read.name == name and read.notes == (clean.strip() or None)
    assert len(register.people()) == len(hostile)


# -- consent ------------------------------------------------------------------------------------


def test_consent_is_the_latest_event_in_force_and_withdrawal_keeps_the_evidence(register: Register) -> None:
    person = register.add_person("Rita")
    assert register.consent_state(person.id).level == consent.NONE

    given = register.record_consent(person.id, consent.PUBLIC, method="spoken")
    assert given.lapses_on == consent.default_lapse(dt.date.today())
    assert register.people_view().level(person.id) == consent.PUBLIC
    assert register.people_view().named == {}

    register.record_consent(person.id, consent.NAMED, method="email")
    assert register.people_view().named == {person.id: "Rita"}

    register.withdraw_consent(person.id, method="phone")
    state = register.consent_state(person.id)
    assert (state.level, state.reason) == (consent.NONE, "withdrawn")
    assert register.people_view().level(person.id) == consent.NONE
    assert [e.kind for e in register.consent_events(person.id)] == ["given", "given", "withdrawn"]


def test_consent_lapses_and_shows_in_the_review_list(register: Register) -> None:
    today = dt.date.today()
    soon = register.add_person("Soon")
    register.record_consent(
        soon.id,
        consent.PUBLIC,
        method="paper",
        given_on=today - dt.timedelta(days=340),
        lapses_on=today + dt.timedelta(days=10),
    )
    lapsed = register.add_person("Lapsed")
    register.record_consent(
        lapsed.id,
        consent.PUBLIC,
        method="paper",
        given_on=today - dt.timedelta(days=400),
        lapses_on=today - dt.timedelta(days=1),
    )
    fine = register.add_person("Fine")
    register.record_consent(fine.id, consent.PUBLIC, method="paper")

    assert register.consent_state(lapsed.id).level == consent.NONE
    assert register.consent_state(soon.id).level == consent.PUBLIC
    assert [p.name for p, _state in register.to_review()] == ["Lapsed", "Soon"]
    # A day past its lapse, consent is gone without anyone touching the register.
    assert register.consent_state(soon.id, today + dt.timedelta(days=11)).level == consent.NONE


def test_consent_events_are_never_changed_in_place(register: Register, register_path: Path) -> None:
    person = register.add_person("Una")
    register.record_consent(person.id, consent.REGISTER, lawful_basis="public_task", method="spoken")
    conn = sqlite3.connect(register_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="never changed"):
            conn.execute("UPDATE consent_events SET scope = 'named'")
        with pytest.raises(sqlite3.DatabaseError, match="kept as evidence"):
            conn.execute("DELETE FROM consent_events")
        with pytest.raises(sqlite3.DatabaseError, match="never changed"):
            conn.execute("DELETE FROM audit_log")
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"scope": "everything", "method": "paper"}, "scope"),
        ({"scope": consent.PUBLIC, "method": "carrier pigeon"}, "method"),
        ({"scope": consent.PUBLIC, "method": "paper", "lawful_basis": "because"}, "lawful_basis"),
        ({"scope": consent.PARTNERS, "method": "paper"}, "partners"),
        ({"scope": consent.PUBLIC, "method": "paper", "lapses_on": dt.date(2000, 1, 1)}, "lapses_on"),
    ],
)
def test_bad_consent_is_refused_naming_the_field(register: Register, kwargs: dict, field: str) -> None:
    person = register.add_person("Vic")
    kwargs = dict(kwargs)  # each engine's run gets the parameters whole
    scope = kwargs.pop("scope")
    with pytest.raises(ValidationError) as caught:
        register.record_consent(person.id, scope, **kwargs)
    assert caught.value.field == field
    assert register.consent_events(person.id) == []


# -- erasure ------------------------------------------------------------------------------------


def test_erasure_leaves_the_name_in_no_byte_of_the_file_its_log_or_its_backups(
    register: Register, register_path: Path
) -> None:
    person_id = _seeded(register)
    key_before = sqlite3.connect(register_path).execute("SELECT key FROM person_keys").fetchone()[0]
    backup = take_backup(register_path, reason="test")
    assert backup in backups_of(register_path)
    gifts = [a.id for a in register.gifts_of(person_id)]
    # A plain copy of the key would open every sealed copy: the key must go from every file too.
    register.erase_person(person_id)

    for path in (register_path, backup):
        raw = _raw_bytes(path)
        for text in (NAME, EMAIL, PHONE, "Teaches sewing"):
            assert text.encode() not in raw, f"{text} is still in {path.name}"
        assert key_before not in raw, f"the person's key is still in {path.name}"
    with pytest.raises(PersonNotFoundError, match="erased"):
        register.person(person_id)
    assert register.people() == [] and register.assets() == []
    assert register.consent_events(person_id) == [] and register.person_history(person_id) == []
    erasure = register.erasures()[0]
    assert (erasure.person_id, list(erasure.asset_ids)) == (person_id, gifts)
    assert [e.action for e in register.audit_trail(record_ids=[person_id])][-1] == "erase"


def test_an_erased_person_cannot_be_added_again_under_their_id(register: Register) -> None:
    person_id = _seeded(register)
    register.erase_person(person_id)
    with pytest.raises(ValidationError, match="erased"):
        register.add_person("Back again", person_id=person_id)


def test_erasures_from_elsewhere_are_applied_once(register: Register, tmp_path: Path) -> None:
    person_id = _seeded(register)
    with Register.open(tmp_path / "other.assetmap") as other:
        other_id = other.add_person("Elsewhere").id
        other.erase_person(other_id)
        carried = other.erasures()
    from assetmap.register.connection import write_unit
    from assetmap.register.people import Erasure

    with write_unit(register.engine) as conn:
        done = register.erase_known(conn, [*carried, Erasure(person_id, dt.datetime(2026, 1, 1), ())])
    assert done == [other_id, person_id]
    assert register.people() == [] and register.assets() == []
    with write_unit(register.engine) as conn:
        assert register.erase_known(conn, carried) == []


def test_a_person_is_never_written_half_way(register: Register, register_path: Path) -> None:
    """A person's row without their key (or the reverse) cannot be left behind by a failed write."""
    register.add_person("Whole")
    conn = sqlite3.connect(register_path)
    try:
        rows = conn.execute("SELECT count(*) FROM people").fetchone()[0]
        keys = conn.execute("SELECT count(*) FROM person_keys").fetchone()[0]
    finally:
        conn.close()
    assert rows == keys == 1
    with pytest.raises(IntegrityError):
        register.add_person("Twin", person_id=register.people()[0].id)
    assert len(register.people()) == 1


def test_a_gift_is_shown_inside_its_ward_never_at_a_point_of_its_own(register: Register) -> None:
    """Whatever point a gift is given (a worker's click on a house), it is kept at its ward's inside point."""
    person = register.add_person("Hana")
    house = (-2.2301, 53.4839)  # a point in Ancoats & Beswick
    gift = register.add_gift(person.id, name="Sings", lon=house[0], lat=house[1]).assets[0]
    ward_point = register.boundaries().ward_points[str(gift.ward_code)]
    assert (gift.lon, gift.lat) == ward_point != house

    moved = register.move_asset(gift.id, -2.2374, 53.4808).assets[0]
    assert (moved.lon, moved.lat) == register.boundaries().ward_points[str(moved.ward_code)]

    by_ward = register.add_gift(person.id, name="Gardens", ward_code=str(gift.ward_code)).assets[0]
    assert (by_ward.lon, by_ward.lat) == ward_point
    with pytest.raises(ValidationError, match="no ward"):
        register.add_gift(person.id, name="Nowhere", ward_code="E99999999")

    # An older gift linked to a person moves into its ward too, and one with an address is refused.
    legacy = register.add_asset(name="Knits", category="gifts_skills", lon=house[0], lat=house[1]).assets[0]
    linked = register.link_gift(person.id, legacy.id).assets[0]
    assert (linked.lon, linked.lat) == ward_point and linked.person_id == person.id
    addressed = register.add_asset(name="Bakes", category="gifts_skills", address="1 Home Street").assets[0]
    with pytest.raises(ValidationError, match="address"):
        register.link_gift(person.id, addressed.id)
    # A plain asset keeps the point it was given.
    hall = register.add_asset(name="Hall", category="physical_spaces", lon=house[0], lat=house[1]).assets[0]
    assert (hall.lon, hall.lat) == house
