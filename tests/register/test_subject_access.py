"""A subject access copy gathers everything held about one person, and nothing about anyone else."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from assetmap.io.subject_access import PDF_NAME, SubjectAccessFileError, write_subject_access
from assetmap.register import Register
from assetmap.register.people import PersonNotFoundError
from assetmap.register.subject_access import gather, note_export, tables

PLACE = {"lon": -2.2426, "lat": 53.4808}


def _seeded(register: Register) -> dict[str, str]:
    """Ada (two gifts, one removed; runs a club; consent given then changed) and Bob, someone else."""
    ada = register.add_person("Ada Lovelace", email="ada@example.org", notes='=HYPERLINK("x")')
    register.update_person(ada.id, phone="0161 496 0000")
    sewing = register.add_gift(ada.id, name="Teaches sewing", **PLACE).added[0]
    bikes = register.add_gift(ada.id, name="Fixes bikes", **PLACE).added[0]
    register.remove_asset(bikes)
    club = register.add_asset(name="Hulme Bike Club", category="associations", **PLACE).added[0]
    register.link_person(ada.id, club, "runs")
    register.record_consent(ada.id, "register", method="paper")
    register.record_consent(ada.id, "named", method="spoken")
    bob = register.add_person("Bob Other", email="bob@example.org")
    other_gift = register.add_gift(bob.id, name="Knows everyone on the estate", **PLACE).added[0]
    register.record_consent(bob.id, "public", method="email")
    register.link_person(bob.id, club, "belongs")
    return {"ada": ada.id, "sewing": sewing, "bikes": bikes, "club": club, "bob": bob.id, "other": other_gift}


def _read_zip(path: Path) -> dict[str, list[list[str]]]:
    with zipfile.ZipFile(path) as archive:
        out = {}
        for name in archive.namelist():
            if name.endswith(".csv"):
                data = archive.read(name)
                assert data.startswith(b"\xef\xbb\xbf"), f"{name} has no BOM"
                out[name] = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        return out


def test_gathering_collects_the_record_gifts_links_consent_audit_and_history(register: Register) -> None:
    ids = _seeded(register)

    record = gather(register, ids["ada"])

    assert record.person.name == "Ada Lovelace" and record.person.phone == "0161 496 0000"
    assert {g.id for g in record.gifts} == {ids["sewing"], ids["bikes"]}  # the removed gift too
    assert [(link.relation, link.asset_name) for link in record.links] == [("runs", "Hulme Bike Club")]
    assert [e.scope for e in record.consent_events] == ["register", "named"]
    assert record.consent_in_force.level == "named"
    audited = {(e.action, e.record_id) for e in record.audit_entries}
    assert {
        ("add", ids["ada"]),
        ("update", ids["ada"]),
        ("consent", ids["ada"]),
        ("link", ids["ada"]),
    } <= audited
    assert {("add", ids["sewing"]), ("remove", ids["bikes"])} <= audited
    assert [s.operation for s in record.person_history] == ["add", "update"]
    assert record.person_history[0].fields["phone"] is None
    assert {e.asset_id for e in record.gift_history} == {ids["sewing"], ids["bikes"]}


def test_a_copy_holds_nothing_about_anyone_else(register: Register, tmp_path: Path) -> None:
    ids = _seeded(register)

    record = gather(register, ids["ada"])
    path = write_subject_access(tmp_path / "ada.zip", tables(record), b"%PDF-1.4 stand-in")

    raw = zipfile.ZipFile(path)
    everything = b"".join(raw.read(name) for name in raw.namelist()).decode("utf-8", "replace")
    for other in ("Bob Other", "bob@example.org", "Knows everyone on the estate", ids["bob"], ids["other"]):
        assert other not in everything
    assert {e.record_id for e in record.audit_entries} <= {ids["ada"], ids["sewing"], ids["bikes"]}


def test_every_part_is_a_csv_with_a_bom_and_formula_safe_cells(register: Register, tmp_path: Path) -> None:
    ids = _seeded(register)

    path = write_subject_access(tmp_path / "ada.zip", tables(gather(register, ids["ada"])), b"%PDF-1.4 x")

    parts = _read_zip(path)
    assert set(parts) == {
        "person.csv",
        "gifts.csv",
        "links.csv",
        "consent_events.csv",
        "audit.csv",
        "history.csv",
    }
    assert zipfile.ZipFile(path).read(PDF_NAME) == b"%PDF-1.4 x"
    person = dict(row for row in parts["person.csv"][1:])
    assert person["Name"] == "Ada Lovelace"
    assert person["Email"] == "ada@example.org"
    assert person["Notes"] == '\'=HYPERLINK("x")'  # shown as text by a spreadsheet, never run
    assert person["Consent in force"] == "Named in reports as a connector"
    gifts = parts["gifts.csv"]
    names = {row[gifts[0].index("Name")] for row in gifts[1:]}
    assert names == {"Teaches sewing", "Fixes bikes"}
    assert parts["links.csv"][1][:3] == ["Runs", ids["club"], "Hulme Bike Club"]
    scopes = [row[2] for row in parts["consent_events.csv"][1:]]
    assert scopes == ["Kept in the register only", "Named in reports as a connector"]
    assert ids["ada"] in {row[4] for row in parts["audit.csv"][1:]}
    phones = [
        (row[2], row[4], row[6])
        for row in parts["history.csv"][1:]
        if row[0] == "Person" and row[5] == "Phone"
    ]
    assert phones == [("1", "add", ""), ("2", "update", "0161 496 0000")]
    assert all(len(row) == len(part[0]) for part in parts.values() for row in part)
    notes = [row[6] for row in parts["history.csv"][1:] if row[5] == "Notes"]
    assert notes == ['\'=HYPERLINK("x")'] * 2


def test_an_erased_person_has_no_copy_to_make(register: Register) -> None:
    ids = _seeded(register)
    register.erase_person(ids["ada"])

    with pytest.raises(PersonNotFoundError, match="erased"):
        gather(register, ids["ada"])


def test_noting_an_export_appends_an_export_entry_for_the_person(register_location: Path | str) -> None:
    with Register.open(register_location, user="Data officer") as register:
        person = register.add_person("Ada Lovelace")

        note_export(register, person.id)

        entries = register.audit_trail(action="export")
    assert [(e.user, e.record_kind, e.record_id) for e in entries] == [("Data officer", "person", person.id)]


def test_a_copy_that_fails_while_written_leaves_no_file(register: Register, tmp_path: Path) -> None:
    ids = _seeded(register)
    parts = tables(gather(register, ids["ada"]))
    target = tmp_path / "ada.zip"

    with pytest.raises(TypeError):
        # The CSV files are in the zip by the time the document (not bytes here) fails to go in.
        write_subject_access(target, parts, pdf=object())  # type: ignore[arg-type]

    assert list(tmp_path.glob("*.zip*")) == [] and list(tmp_path.glob(".ada.zip*")) == []


def test_a_copy_into_a_missing_folder_says_which_folder(register: Register, tmp_path: Path) -> None:
    ids = _seeded(register)

    with pytest.raises(SubjectAccessFileError, match="does not exist"):
        write_subject_access(tmp_path / "nowhere" / "ada.zip", tables(gather(register, ids["ada"])), b"")


def test_the_consent_in_force_is_the_one_on_the_day_asked(register: Register) -> None:
    ids = _seeded(register)
    register.withdraw_consent(ids["ada"], method="email")

    record = gather(register, ids["ada"], today=dt.date.today())

    assert record.consent_in_force.level == "none" and record.consent_in_force.reason == "withdrawn"
    assert [e.kind for e in record.consent_events] == ["given", "given", "withdrawn"]
