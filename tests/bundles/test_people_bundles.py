"""Bundles carry people, consent and erasures: merged whole, never resurrected, grepped for leftovers."""

from __future__ import annotations

import base64
import gzip
import json
import zlib
from pathlib import Path

import pytest

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import BundleError, read_bundle
from assetmap.bundles.planning import plan_merge
from assetmap.errors import AssetNotFoundError
from assetmap.register import Register
from assetmap.register.audit import clean_user
from assetmap.register.consent import NAMED, NONE
from assetmap.register.people import PersonNotFoundError
from tests.bundles.conftest import contents

NAME = "Zebedee Quillfeather"
EMAIL = "zebedee.quill@example.org"
PHONE = "07700 900461"
MARKERS = (NAME.encode(), EMAIL.encode(), PHONE.encode())


def _bundle(source: Register, folder: Path, since: str | None = None) -> Path:
    path = folder / f"{source.path.stem}-{len(source.exports()) + 1}.assetmap-bundle"
    export_bundle(source, path, since)
    return path


def _merge(target: Register, path: Path):
    return target.merge_bundle(plan_merge(target, read_bundle(path)))


def _key(register: Register, person_id: str) -> bytes:
    with register.engine.connect() as conn:
        value = conn.exec_driver_sql("SELECT key FROM person_keys WHERE person_id = ?", (person_id,)).scalar()
    assert value is not None
    return bytes(value)


def _inflated(path: Path) -> bytes:
    """Every gzip member of a bundle, inflated: what a reader of the file could get at."""
    data = path.read_bytes()
    out = b""
    while data:
        inflater = zlib.decompressobj(wbits=31)
        out += inflater.decompress(data)
        data = inflater.unused_data
    return out


def _register_bytes(register: Register) -> bytes:
    """The register file, its write-ahead log and its backups, byte for byte."""
    files = [p for p in register.path.parent.iterdir() if p.name.startswith(register.path.name)]
    return b"".join(p.read_bytes() for p in files)


@pytest.fixture
def seeded(open_register):
    """Register A holding one person with consent to be named, a gift naming them, and a group they run."""
    a = open_register("a")
    person = a.add_person(NAME, email=EMAIL, phone=PHONE, preferred_contact="email", notes="Knows everyone")
    a.record_consent(person.id, NAMED, method="paper")
    gift = a.add_gift(
        person.id, name="Sewing lessons", description=f"{NAME} teaches sewing", lon=-2.43, lat=53.578
    ).added[0]
    group = a.add_asset(name="Estate knit club", category="associations").added[0]
    a.link_person(person.id, group, "runs")
    return a, person, gift, group


def test_a_bundle_carries_each_person_with_their_key_history_consent_links_and_gifts(
    seeded, open_register, tmp_path
) -> None:
    a, person, gift, group = seeded
    a.update_person(person.id, notes="Knows everyone on the estate")
    b = open_register("b")

    plan = plan_merge(b, read_bundle(_bundle(a, tmp_path)))
    change = b.merge_bundle(plan)

    assert plan.people_merge.added == (person.id,) and plan.people_merge.consent == 1
    assert change.people_added == (person.id,)
    assert b.person(person.id) == a.person(person.id)
    assert [s.fields for s in b.person_history(person.id)] == [s.fields for s in a.person_history(person.id)]
    assert b.consent_events(person.id) == a.consent_events(person.id)
    assert b.people_view().level(person.id) == NAMED and b.people_view().named == {person.id: NAME}
    assert [g.id for g in b.gifts_of(person.id)] == [gift]
    assert [(k.asset_id, k.relation) for k in b.links_of(person.id)] == [(group, "runs")]
    merged = {(e.record_kind, e.record_id) for e in b.audit_trail(action="merge")}
    assert {("person", person.id), ("asset", gift), ("asset", group)} <= merged


def test_a_bundle_carries_personal_fields_only_sealed(seeded, tmp_path) -> None:
    a, person, _gift, _group = seeded

    raw = _inflated(_bundle(a, tmp_path))

    document = json.loads(raw)
    assert document["format_version"] == 3
    assert EMAIL.encode() not in raw and PHONE.encode() not in raw
    assert document["people"]["people"][0]["key"] == base64.b64encode(_key(a, person.id)).decode()


def test_merging_a_bundle_twice_changes_no_person(seeded, open_register, tmp_path) -> None:
    a, person, _gift, _group = seeded
    b = open_register("b")
    path = _bundle(a, tmp_path)
    _merge(b, path)

    again = plan_merge(b, read_bundle(path))

    assert again.is_empty
    assert b.merge_bundle(again).people_added == ()
    assert len(b.consent_events(person.id)) == 1 and len(b.person_history(person.id)) == 1


def test_an_erasure_travels_and_an_old_bundle_never_brings_the_person_back(
    seeded, open_register, tmp_path
) -> None:
    a, person, gift, group = seeded
    b = open_register("b")
    old = _bundle(a, tmp_path)
    _merge(b, old)
    key = _key(b, person.id)
    # The gift's description names them in plain text, so the register file holds the name now.
    assert NAME.encode() in _register_bytes(b)

    a.erase_person(person.id)
    new = _bundle(a, tmp_path)
    for text in (new.read_bytes(), _inflated(new)):
        for secret in (*MARKERS, key, base64.b64encode(key)):
            assert secret not in text
    plan = plan_merge(b, read_bundle(new))
    change = b.merge_bundle(plan)

    assert plan.people_merge.erased == (person.id,)
    assert change.people_erased == (person.id,) and change.assets_erased == (gift,)
    with pytest.raises(PersonNotFoundError):
        b.person(person.id)
    with pytest.raises(AssetNotFoundError):
        b.asset(gift)
    assert b.asset(group).name == "Estate knit club" and b.people_of(group) == []
    stored = _register_bytes(b)
    for secret in (*MARKERS, key):
        assert secret not in stored
    erased = {(e.record_kind, e.record_id) for e in b.audit_trail(action="erase")}
    assert erased == {("person", person.id), ("asset", gift)}

    replay = plan_merge(b, read_bundle(old))
    replayed = b.merge_bundle(replay)

    assert replay.people_merge.added == () and gift in replay.people_merge.kept_out
    assert gift not in {c.asset_id for c in replay.changes}
    assert replayed.people_added == () and replayed.added == ()
    assert b.is_erased(person.id) and b.people() == [] and b.consent_states() == {}
    with pytest.raises(AssetNotFoundError):
        b.asset(gift)
    assert NAME.encode() not in _register_bytes(b)


def test_an_erasure_here_keeps_out_a_gift_added_there_before_they_heard(
    seeded, open_register, tmp_path
) -> None:
    a, person, gift, _group = seeded
    b = open_register("b")
    _merge(b, _bundle(a, tmp_path))
    b.erase_person(person.id)
    late = a.add_gift(person.id, name="Bike repairs").added[0]

    plan = plan_merge(b, read_bundle(_bundle(a, tmp_path)))
    b.merge_bundle(plan)

    assert set(plan.people_merge.kept_out) == {gift, late} and plan.people_merge.added == ()
    assert b.people() == [] and b.is_erased(person.id)
    with pytest.raises(AssetNotFoundError):
        b.asset(late)
    _merge(a, _bundle(b, tmp_path))
    with pytest.raises(PersonNotFoundError):
        a.person(person.id)
    with pytest.raises(AssetNotFoundError):
        a.asset(late)
    assert late in next(e for e in a.erasures() if e.person_id == person.id).asset_ids


def test_a_merge_planned_before_an_erasure_here_brings_nothing_back(seeded, open_register, tmp_path) -> None:
    a, person, gift, _group = seeded
    b = open_register("b")
    _merge(b, _bundle(a, tmp_path))
    a.update_asset(gift, description="Sewing and mending")
    plan = plan_merge(b, read_bundle(_bundle(a, tmp_path)))
    assert [c.asset_id for c in plan.updates] == [gift]

    b.erase_person(person.id)
    change = b.merge_bundle(plan)

    assert change.kept_out == (gift,) and change.people_added == ()
    assert b.people() == []
    with pytest.raises(AssetNotFoundError):
        b.asset(gift)


def test_a_withdrawal_on_one_side_takes_effect_on_the_other_and_keeps_the_evidence(
    seeded, open_register, tmp_path
) -> None:
    a, person, _gift, _group = seeded
    b = open_register("b")
    _merge(b, _bundle(a, tmp_path))
    assert b.people_view().level(person.id) == NAMED

    a.withdraw_consent(person.id, method="email")
    change = _merge(b, _bundle(a, tmp_path, "last"))

    assert change.consent_added == 1
    assert b.people_view().level(person.id) == NONE and b.people_view().named == {}
    assert [e.kind for e in b.consent_events(person.id)] == ["given", "withdrawn"]
    assert ("merge", person.id) in {(e.action, e.record_id) for e in b.audit_trail(record_ids=[person.id])}


def test_consent_recorded_on_both_sides_is_the_union_of_the_events(seeded, open_register, tmp_path) -> None:
    a, person, _gift, _group = seeded
    b = open_register("b")
    _merge(b, _bundle(a, tmp_path))
    a.record_consent(person.id, "public", method="spoken")
    b.record_consent(person.id, "partners", method="email", partners="Bolton CVS")

    _merge(b, _bundle(a, tmp_path))
    _merge(a, _bundle(b, tmp_path))

    assert {e.id for e in a.consent_events(person.id)} == {e.id for e in b.consent_events(person.id)}
    assert len(a.consent_events(person.id)) == 3
    assert a.consent_state(person.id) == b.consent_state(person.id)


def test_the_newer_record_of_a_person_wins_whole_and_both_states_stay_in_history(
    seeded, open_register, tmp_path
) -> None:
    a, person, _gift, _group = seeded
    b = open_register("b")
    _merge(b, _bundle(a, tmp_path))
    b.update_person(person.id, phone="0161 496 0000")
    a.update_person(person.id, name="Zeb Quillfeather")

    plan = plan_merge(b, read_bundle(_bundle(a, tmp_path)))
    change = b.merge_bundle(plan)
    _merge(a, _bundle(b, tmp_path))

    assert plan.people_merge.updated == (person.id,) and change.people_updated == (person.id,)
    here = b.person(person.id)
    assert (here.name, here.phone) == ("Zeb Quillfeather", PHONE)
    assert a.person(person.id) == here
    phones = {s.fields["phone"] for s in b.person_history(person.id)}
    assert phones == {PHONE, "0161 496 0000"}
    assert len(a.person_history(person.id)) == len(b.person_history(person.id))
    assert plan_merge(a, read_bundle(_bundle(b, tmp_path))).is_empty


def test_a_bundle_from_before_people_still_merges(open_register, tmp_path) -> None:
    a, b = open_register("a"), open_register("b")
    a.add_asset(name="Bolton Library", category="institutions")
    path = _bundle(a, tmp_path)
    document = json.loads(gzip.decompress(path.read_bytes()))
    document["format_version"] = 1
    del document["people"]
    path.write_bytes(gzip.compress(json.dumps(document).encode()))

    _merge(b, path)

    assert contents(b) == contents(a)


def _damage_key(d: dict) -> None:
    d["people"]["people"][0]["key"] = base64.b64encode(b"k" * 32).decode()


def _damage_sealed(d: dict) -> None:
    d["people"]["people"][0]["sealed"] = "not base64 at all!"


def _orphan_event(d: dict) -> None:
    d["people"]["consent"][0]["person_id"] = "00000000-0000-0000-0000-000000000000"


def _unknown_scope(d: dict) -> None:
    d["people"]["consent"][0]["scope"] = "everyone"


def _erased_and_held(d: dict) -> None:
    person = d["people"]["people"][0]
    d["people"]["erasures"].append(
        {"person_id": person["id"], "erased_at": person["created_at"], "asset_ids": []}
    )


def _bad_relation(d: dict) -> None:
    d["people"]["links"][0]["relation"] = "owns"


def _history_of_another(d: dict) -> None:
    d["people"]["people"][0]["history"][0]["sealed"] = d["people"]["people"][0]["sealed"][:-8] + "AAAAAAA="


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_damage_key, "person 1, id"),
        (_damage_sealed, "'sealed' is not base64 data"),
        (_orphan_event, "consent event 1"),
        (_unknown_scope, "'scope' is not one of"),
        (_erased_and_held, "is both held and erased"),
        (_bad_relation, "link 1"),
        (_history_of_another, "history state 1"),
    ],
)
def test_a_damaged_people_section_is_refused_whole_naming_what_is_wrong(
    seeded, open_register, tmp_path, damage, message
) -> None:
    a, _person, _gift, _group = seeded
    b = open_register("b")
    path = _bundle(a, tmp_path)
    document = json.loads(gzip.decompress(path.read_bytes()))
    damage(document)
    path.write_bytes(gzip.compress(json.dumps(document).encode()))

    with pytest.raises(BundleError) as caught:
        read_bundle(path)

    assert message in str(caught.value) and "Nothing was merged" in str(caught.value)
    assert b.people() == [] and b.assets(include_removed=True) == []


def test_hostile_text_in_every_field_of_a_person_travels_unchanged(
    open_register, tmp_path, hostile_strings
) -> None:
    a, b = open_register("a"), open_register("b")
    people = []
    for text in hostile_strings:
        a.user = clean_user(text)  # who recorded them travels too
        person = a.add_person(text[:200], notes=text)
        a.record_consent(person.id, "partners", method="paper", partners=text)
        people.append(person.id)

    _merge(b, _bundle(a, tmp_path))

    assert [b.person(pid) for pid in people] == [a.person(pid) for pid in people]
    assert [b.consent_events(pid) for pid in people] == [a.consent_events(pid) for pid in people]


def test_a_person_added_again_under_a_new_key_merges_with_one_key_that_opens_every_state(
    open_register, tmp_path
) -> None:
    a, b = open_register("a"), open_register("b")
    person = a.add_person(NAME, email=EMAIL)
    _merge(b, _bundle(a, tmp_path))
    a.purge_person(person.id)
    a.reinstate_person(person)  # undo, then redo: the same person under a key of their own
    assert _key(a, person.id) != _key(b, person.id)

    change = _merge(b, _bundle(a, tmp_path))
    _merge(a, _bundle(b, tmp_path))

    assert change.people_updated == (person.id,)
    assert _key(b, person.id) == _key(a, person.id)
    assert b.person(person.id) == a.person(person.id)
    assert [s.fields["name"] for s in b.person_history(person.id)] == [NAME, NAME]
    assert len(a.person_history(person.id)) == 2


def test_the_merge_command_says_what_it_did_to_people(seeded, tmp_path, capsys) -> None:
    import argparse

    from assetmap.cli.bundles import add_bundle_commands

    def run(*argv: str | Path) -> int:
        parser = argparse.ArgumentParser(prog="assetmap")
        add_bundle_commands(parser.add_subparsers(dest="command"))
        args = parser.parse_args([str(x) for x in argv])
        return args.handler(args)

    a, person, _gift, _group = seeded
    b_path = tmp_path / "b-cli.assetmap"
    Register.open(b_path).close()
    assert run("merge", _bundle(a, tmp_path), "--register", b_path) == 0
    a.erase_person(person.id)
    bundle = tmp_path / "after.assetmap-bundle"
    assert run("bundle", bundle, "--register", a.path) == 0
    assert "0 people and 1 erasures" in capsys.readouterr().out

    assert run("merge", bundle, "--register", b_path) == 0

    out = capsys.readouterr().out
    assert "people: 0 new, 0 updated, 1 erased" in out
    assert "People: 0 added, 0 updated, 1 erased here (1 of their gifts)" in out
    with Register.open(b_path) as b:
        assert b.is_erased(person.id) and b.people() == []
