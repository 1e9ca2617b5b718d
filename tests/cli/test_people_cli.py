"""``assetmap person`` and ``assetmap audit``: people added, listed, exported and erased from a shell."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from assetmap.cli import main
from assetmap.io.formula import neutralise
from assetmap.register import Register
from assetmap.settings import Preferences, save_preferences
from tests.conftest import REPO
from tests.register.builders import file_hash
from tests.register.writers import hold_lock
from tests.reports.conftest import pdf_pages

NAME, EMAIL = "Zenobia Quartermaine", "zenobia.q@example.org"
GIFT = "Teaches sewing at Zenobia's kitchen table"
PLACE = {"lon": -2.2426, "lat": 53.4808}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _subprocess(*argv: str | Path, stdin: int | None = subprocess.DEVNULL) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assetmap.cli", *map(str, argv)],
        capture_output=True,
        text=True,
        stdin=stdin,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=600,
    )


def _rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


@pytest.fixture
def target(tmp_path: Path) -> Path:
    return tmp_path / "people.assetmap"


def _add(capsys: pytest.CaptureFixture[str], target: Path, name: str, *extra: str) -> str:
    code, out, err = _run(capsys, "person", "add", name, "--register", target, *extra)
    assert code == 0, err
    return out.strip()


def _seed_gift_and_consent(target: Path, person_id: str, scope: str = "named") -> str:
    with Register.open(target) as register:
        gift = register.add_gift(person_id, name=GIFT, **PLACE).added[0]
        register.record_consent(person_id, scope, method="paper")
    return gift


def test_person_add_prints_only_the_new_persons_id(capsys: pytest.CaptureFixture[str], target: Path) -> None:
    code, out, err = _run(
        capsys,
        "person",
        "add",
        NAME,
        "--register",
        target,
        "--email",
        EMAIL,
        "--phone",
        "0161 496 0000",
        "--preferred-contact",
        "email",
        "--notes",
        "Met at the Hulme fun day",
    )

    assert code == 0, err
    assert UUID.fullmatch(out.strip()) and out.count("\n") == 1
    with Register.open(target) as register:
        person = register.person(out.strip())
    assert (person.name, person.email, person.phone, person.preferred_contact, person.notes) == (
        NAME,
        EMAIL,
        "0161 496 0000",
        "email",
        "Met at the Hulme fun day",
    )


@pytest.mark.parametrize("command", [["add", "Another Person"], ["erase", "ID", "--yes"]])
def test_person_commands_that_write_wait_for_no_window_holding_the_register(
    capsys: pytest.CaptureFixture[str], target: Path, command: list[str]
) -> None:
    person = _add(capsys, target, NAME)
    before = file_hash(target)
    holder = hold_lock(target)
    try:
        code, _out, err = _run(
            capsys, "person", *[person if a == "ID" else a for a in command], "--register", target
        )
    finally:
        holder.communicate("", timeout=30)

    assert code == 2 and "already open in another AssetMap window" in err
    assert file_hash(target) == before


def test_person_add_with_a_bad_email_names_the_field_and_adds_no_one(
    capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    code, out, err = _run(capsys, "person", "add", NAME, "--register", target, "--email", "not an address")

    assert code == 2 and out == ""
    assert "Email is not an email address" in err
    with Register.open(target) as register:
        assert register.people() == []


def test_person_list_shows_id_name_consent_and_lapse_date(
    capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    zenobia = _add(capsys, target, NAME)
    _seed_gift_and_consent(target, zenobia)
    other = _add(capsys, target, "Arthur Nobody")

    code, out, err = _run(capsys, "person", "list", "--register", target)

    assert code == 0, err
    rows = _rows(out)
    assert rows[0] == ["id", "name", "consent", "state", "lapses_on"]
    lapses = dt.date.today().replace(year=dt.date.today().year + 1)
    assert rows[1:] == [
        [other, "Arthur Nobody", "none", "no consent recorded", ""],
        [zenobia, NAME, "named", "in force", lapses.isoformat()],
    ]


def test_person_list_searches_and_lists_those_to_review(
    capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    soon, later = (
        _add(capsys, target, "Soon Lapsing"),
        _add(capsys, target, "Later Lapsing", "--notes", "bikes"),
    )
    with Register.open(target) as register:
        register.record_consent(
            soon, "public", method="paper", lapses_on=dt.date.today() + dt.timedelta(days=10)
        )
        register.record_consent(later, "public", method="paper")

    _code, searched, _err = _run(capsys, "person", "list", "--register", target, "--search", "BIKES")
    _code, review, _err = _run(capsys, "person", "list", "--register", target, "--to-review")

    assert [row[0] for row in _rows(searched)[1:]] == [later]
    assert [(row[0], row[3]) for row in _rows(review)[1:]] == [(soon, "lapses soon")]


def test_who_the_trail_records_comes_from_as_user_then_the_environment_then_the_window(
    capsys: pytest.CaptureFixture[str], target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_preferences(Preferences(user_name="Chosen In Window"))
    from_window = _add(capsys, target, "One")
    monkeypatch.setenv("ASSETMAP_USER", "From Environment")
    from_environment = _add(capsys, target, "Two")
    given = _add(capsys, target, "Three", "--as-user", "Named On Command")

    with Register.open(target) as register:
        users = {e.record_id: e.user for e in register.audit_trail(action="add")}
    assert users == {
        from_window: "Chosen In Window",
        from_environment: "From Environment",
        given: "Named On Command",
    }


def test_audit_prints_the_trail_filtered_by_user_action_record_and_time(
    capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    first = _add(capsys, target, "First Person", "--as-user", "Alice")
    second = _add(capsys, target, "Second Person", "--as-user", "Bob")
    _seed_gift_and_consent(target, second)
    today, tomorrow = dt.date.today(), dt.date.today() + dt.timedelta(days=1)
    yesterday = today - dt.timedelta(days=1)

    def trail(*options: str) -> list[list[str]]:
        code, out, err = _run(capsys, "audit", "--register", target, *options)
        assert code == 0, err
        rows = _rows(out)
        assert rows[0] == ["at", "user", "action", "kind", "record_id"]
        return rows[1:]

    everything = trail()
    assert [(r[1], r[2], r[3], r[4]) for r in everything[:2]] == [
        ("Alice", "add", "person", first),
        ("Bob", "add", "person", second),
    ]
    assert [r[4] for r in trail("--user", "Alice")] == [first]
    assert [(r[2], r[4]) for r in trail("--action", "consent")] == [("consent", second)]
    assert {r[2] for r in trail("--record", second)} == {"add", "consent"}
    assert len(trail("--record", first, "--record", second)) == 3
    assert trail("--since", tomorrow.isoformat()) == []
    assert trail("--until", yesterday.isoformat()) == []
    assert trail("--since", today.isoformat(), "--until", today.isoformat()) == everything
    assert trail("--since", f"{yesterday.isoformat()}T23:59:59+00:00") == everything


def test_audit_refuses_an_unknown_action_or_time_and_says_what_to_give(
    capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    _add(capsys, target, "Someone")

    code, _out, err = _run(capsys, "audit", "--register", target, "--action", "deleted")
    assert code == 2 and "choose from: add, update" in err
    code, _out, err = _run(capsys, "audit", "--register", target, "--since", "last week")
    assert code == 2 and "2026-11-01" in err and "'last week'" in err


def test_erase_without_yes_and_without_a_terminal_refuses_and_says_to_pass_yes(
    capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    person = _add(capsys, target, NAME)

    result = _subprocess("person", "erase", person, "--register", target)

    assert result.returncode == 2
    assert "pass --yes" in result.stderr and "Traceback" not in result.stderr
    with Register.open(target) as register:
        assert register.person(person).name == NAME


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "erased"), [("yes\n", True), ("no\n", False), ("", False)])
def test_erase_on_a_terminal_asks_first(
    capsys: pytest.CaptureFixture[str],
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    erased: bool,
) -> None:
    person = _add(capsys, target, NAME)
    monkeypatch.setattr(sys, "stdin", _Terminal(answer))

    code, _out, err = _run(capsys, "person", "erase", person, "--register", target)

    assert f"Erase {NAME} ({person}) for good?" in err
    assert code == (0 if erased else 1)
    with Register.open(target) as register:
        assert register.is_erased(person) is erased


def test_erase_leaves_the_name_email_and_gifts_in_no_byte_of_the_register_or_its_log(
    capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    person = _add(capsys, target, NAME, "--email", EMAIL, "--notes", "Lives by the canal")
    gift = _seed_gift_and_consent(target, person)
    before = b"".join(p.read_bytes() for p in target.parent.glob(target.name + "*") if p.is_file())
    assert GIFT.encode() in before  # the check below can see what it looks for

    result = _subprocess(
        "person", "erase", person, "--register", target, "--yes", "--as-user", "Data officer"
    )

    assert result.returncode == 0, result.stderr
    assert person in result.stdout and NAME not in result.stdout
    files = [p for p in target.parent.glob(target.name + "*") if p.is_file()]
    assert target in files
    for path in files:
        data = path.read_bytes()
        for secret in (NAME, EMAIL, GIFT, "Lives by the canal"):
            assert secret.encode("utf-8") not in data, (secret, path.name)
            assert secret.encode("utf-16-le") not in data, (secret, path.name)
    with Register.open(target) as register:
        assert register.is_erased(person)
        erasures = [(e.user, e.record_kind, e.record_id) for e in register.audit_trail(action="erase")]
    assert erasures == [("Data officer", "person", person), ("Data officer", "asset", gift)]

    again = _subprocess("person", "erase", person, "--register", target, "--yes")
    assert again.returncode == 0 and "already erased" in again.stdout


def test_erase_of_someone_unknown_says_so(capsys: pytest.CaptureFixture[str], target: Path) -> None:
    _add(capsys, target, NAME)

    code, _out, err = _run(capsys, "person", "erase", "no-such-id", "--register", target, "--yes")

    assert code == 2 and "There is no person with id no-such-id" in err


def _csvs(path: Path) -> dict[str, list[list[str]]]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: list(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"), newline="")))
            for name in archive.namelist()
            if name.endswith(".csv")
        }


@pytest.mark.web
def test_person_export_writes_every_part_and_a_pdf_naming_the_person_their_gift_and_consent(
    capsys: pytest.CaptureFixture[str], target: Path, tmp_path: Path
) -> None:
    person = _add(capsys, target, NAME, "--email", EMAIL)
    _seed_gift_and_consent(target, person)
    output = tmp_path / "copy.zip"

    result = _subprocess("person", "export", person, "--register", target, "-o", output, "--as-user", "DPO")

    assert result.returncode == 0, result.stderr
    assert f"Wrote {output}" in result.stdout
    parts = _csvs(output)
    assert set(parts) == {
        f"{n}.csv"
        for n in ("person", "gifts", "links", "asset_links", "stories", "consent_events", "audit", "history")
    }
    assert dict(map(tuple, parts["person.csv"][1:]))["Email"] == EMAIL
    assert parts["gifts.csv"][1][0] == GIFT
    assert parts["consent_events.csv"][1][2] == "Named in reports as a connector"
    assert {row[4] for row in parts["audit.csv"][1:]} >= {person}
    with zipfile.ZipFile(output) as archive:
        (tmp_path / "copy.pdf").write_bytes(archive.read("everything-held.pdf"))
    text = " ".join(pdf_pages(tmp_path / "copy.pdf"))
    assert f"Everything AssetMap holds about {NAME}" in text
    assert GIFT in text and EMAIL in text
    assert "Named in reports as a connector" in text
    with Register.open(target) as register:
        exports = [(e.user, e.record_id) for e in register.audit_trail(action="export")]
    assert exports == [("DPO", person)]


@pytest.mark.web
def test_person_export_of_an_unknown_person_writes_nothing(
    capsys: pytest.CaptureFixture[str], target: Path, tmp_path: Path
) -> None:
    _add(capsys, target, NAME)

    result = _subprocess("person", "export", "no-such-id", "--register", target, "-o", tmp_path / "x.zip")

    assert result.returncode == 2 and "There is no person with id no-such-id" in result.stderr
    assert not list(tmp_path.glob("*.zip")) and not list(tmp_path.glob(".x.zip*"))


def test_hostile_names_and_notes_go_through_add_and_list_unchanged_one_row_each(
    capsys: pytest.CaptureFixture[str], target: Path, hostile_strings: list[str]
) -> None:
    added = {}
    for text in hostile_strings:
        added[_add(capsys, target, text[:200], "--notes", text)] = text

    code, out, err = _run(capsys, "person", "list", "--register", target)

    assert code == 0, err
    rows = _rows(out)[1:]
    assert len(rows) == len(hostile_strings) and all(len(row) == 5 for row in rows)
    listed = {row[0]: row[1] for row in rows}
    assert set(listed) == set(added)
    with Register.open(target) as register:
        for person_id, text in added.items():
            assert register.person(person_id).notes == text.strip()
            assert listed[person_id] == " ".join(text[:200].split())


@pytest.mark.web
def test_hostile_strings_in_an_export_are_formula_safe_in_csv_and_plain_text_in_the_pdf(
    capsys: pytest.CaptureFixture[str], target: Path, tmp_path: Path, hostile_strings: list[str]
) -> None:
    name = "{{ 12345 * 1000003 }} <b>Hostile</b> & =SUM(A1)"
    notes = "\n".join(hostile_strings)
    person = _add(capsys, target, name, "--notes", notes)
    output = tmp_path / "hostile.zip"

    result = _subprocess("person", "export", person, "--register", target, "-o", output)

    assert result.returncode == 0, result.stderr
    record = dict(map(tuple, _csvs(output)["person.csv"][1:]))
    assert record["Name"] == neutralise(name)
    assert record["Notes"] == neutralise(notes.strip())
    with zipfile.ZipFile(output) as archive:
        (tmp_path / "hostile.pdf").write_bytes(archive.read("everything-held.pdf"))
    text = "".join(" ".join(pdf_pages(tmp_path / "hostile.pdf")).split())
    assert str(12345 * 1000003) not in text
    assert "".join(name.split()) in text
    for line in hostile_strings:
        # After a right-to-left override the rest of a line is drawn (and so extracted) reversed.
        shown = line.split("\u202e")[0]
        assert "".join(shown.split()) in text, line
