"""``assetmap link``, ``story`` and ``photo``: links, stories and photos from a shell, on a real register."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PIL import Image

from assetmap.cli import main
from assetmap.register import Register

USER = "Asha (Hulme team)"


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _rows(out: str) -> list[dict[str, str]]:
    lines = [line.split("\t") for line in out.splitlines()]
    return [dict(zip(lines[0], line, strict=True)) for line in lines[1:]]


def _jpeg(path: Path) -> Path:
    Image.new("RGB", (64, 48), (30, 90, 200)).save(path, "JPEG")
    return path


@pytest.fixture
def hulme(tmp_path: Path) -> tuple[Path, str, str]:
    """A register file with a hall and a choir; returns the file and the two assets' ids."""
    path = tmp_path / "hulme.assetmap"
    with Register.open(path, user=USER) as register:
        hall = register.add_asset(name="Zion Centre", category="physical_spaces").added[0]
        choir = register.add_asset(name="Hulme Community Choir", category="associations").added[0]
    return path, hall, choir


def test_a_link_is_added_by_its_kinds_label_listed_by_asset_and_removed(
    capsys: pytest.CaptureFixture[str], hulme: tuple[Path, str, str]
) -> None:
    path, hall, choir = hulme
    code, out, err = _run(
        capsys, "link", "add", choir, hall, "--kind", "Meets At", "--note", "Thursdays 7pm",
        "--register", path, "--as-user", USER,
    )  # fmt: skip
    assert code == 0, err
    link_id = out.strip()

    code, out, err = _run(capsys, "link", "list", "--asset", hall, "--register", path)
    assert code == 0, err
    assert _rows(out) == [
        {
            "id": link_id,
            "from_kind": "asset",
            "from_id": choir,
            "from_name": "Hulme Community Choir",
            "kind": "meets_at",
            "kind_label": "meets at",
            "to_id": hall,
            "to_name": "Zion Centre",
            "note": "Thursdays 7pm",
        }
    ]
    with Register.open(path) as register:
        assert register.link(link_id).kind == "meets_at"
        assert register.audit_trail(action="add", record_ids=[link_id])[0].user == USER

    code, out, err = _run(capsys, "link", "remove", link_id, "--register", path)
    assert code == 0 and link_id in out, err
    assert _rows(_run(capsys, "link", "list", "--register", path)[1]) == []
    with Register.open(path) as register:
        assert register.link(link_id).is_removed


def test_a_bad_kind_is_refused_naming_the_option_and_the_kinds_on_the_list(
    capsys: pytest.CaptureFixture[str], hulme: tuple[Path, str, str]
) -> None:
    path, hall, choir = hulme
    code, out, err = _run(capsys, "link", "add", choir, hall, "--kind", "hugs", "--register", path)
    assert (code, out) == (2, "")
    assert "--kind 'hugs' is not a kind of link" in err
    assert "meets at" in err and "assetmap link add-kind" in err
    with Register.open(path) as register:
        assert register.links() == []


def test_an_unknown_asset_is_refused_naming_the_argument(
    capsys: pytest.CaptureFixture[str], hulme: tuple[Path, str, str]
) -> None:
    path, _hall, choir = hulme
    code, _out, err = _run(
        capsys, "link", "add", choir, "no-such-asset", "--kind", "funds", "--register", path
    )
    assert code == 2
    assert "TO:" in err and "no-such-asset" in err
    code, _out, err = _run(capsys, "link", "list", "--asset", "no-such-asset", "--register", path)
    assert code == 2 and "--asset:" in err and "no-such-asset" in err
    code, _out, err = _run(capsys, "story", "add", "no-such-asset", "--text", "Hello", "--register", path)
    assert code == 2 and "ASSET:" in err and "no-such-asset" in err
    with Register.open(path) as register:
        assert register.links() == [] and register.stories() == []


def test_kinds_are_listed_and_a_new_kind_is_added_once_and_used_by_its_label(
    capsys: pytest.CaptureFixture[str], hulme: tuple[Path, str, str]
) -> None:
    path, hall, choir = hulme
    code, out, err = _run(capsys, "link", "add-kind", "volunteers at", "--register", path)
    assert code == 0, err
    new_code = out.strip()
    assert new_code.startswith("kind_")

    code, out, err = _run(capsys, "link", "add-kind", "Volunteers At", "--register", path)
    assert (code, out.strip()) == (0, new_code)
    assert "already" in err

    kinds = _rows(_run(capsys, "link", "kinds", "--register", path)[1])
    assert {"code": "meets_at", "label": "meets at"} in kinds
    assert {"code": new_code, "label": "volunteers at"} in kinds

    assert _run(capsys, "link", "add", choir, hall, "--kind", "volunteers at", "--register", path)[0] == 0
    with Register.open(path) as register:
        assert [link.kind for link in register.links()] == [new_code]


def test_link_list_as_csv_keeps_a_formula_from_running_and_never_names_a_person(
    capsys: pytest.CaptureFixture[str], hulme: tuple[Path, str, str]
) -> None:
    path, hall, choir = hulme
    with Register.open(path, user=USER) as register:
        register.add_link(choir, hall, "meets_at", note='=HYPERLINK("http://x.example","y")')
        kept = register.add_person("Margaret Okafor")
        register.record_consent(kept.id, "register", method="spoken")
        register.add_link(kept.id, hall, "runs", from_kind="person")
        unconsented = register.add_person("Dorothy Unasked")
        register.add_link(unconsented.id, hall, "supports", from_kind="person")

    code, out, err = _run(capsys, "link", "list", "--csv", "--register", path)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["from_kind"], r["kind"]) for r in rows] == [("asset", "meets_at"), ("person", "runs")]
    assert rows[0]["note"] == '\'=HYPERLINK("http://x.example","y")'
    assert rows[1]["from_id"] == kept.id and rows[1]["from_name"] == ""
    assert "Margaret" not in out and "Dorothy" not in out and unconsented.id not in out


def test_a_story_is_told_anonymously_unless_its_teller_agreed_to_be_quoted(
    capsys: pytest.CaptureFixture[str], hulme: tuple[Path, str, str]
) -> None:
    path, hall, _choir = hulme
    code, out, err = _run(
        capsys, "story", "add", hall, "--text", "The warm space kept us going.", "--teller", "Mo Reilly",
        "--told-on", "2026-11-02", "--register", path,
    )  # fmt: skip
    assert code == 0, err
    unquoted = out.strip()
    code, out, err = _run(
        capsys, "story", "add", hall, "--text", "We sang every week.", "--teller", "Asha Begum", "--quoted",
        "--featured", "--register", path,
    )  # fmt: skip
    assert code == 0, err
    quoted = out.strip()

    code, out, err = _run(capsys, "story", "list", "--asset", hall, "--register", path)
    assert code == 0, err
    shown = {row["id"]: row for row in _rows(out)}
    assert shown[unquoted]["teller"] == "Anonymous" and shown[unquoted]["told_on"] == "2026-11-02"
    assert shown[quoted]["teller"] == "Asha Begum" and shown[quoted]["featured"] == "yes"
    assert "Mo Reilly" not in out
    with Register.open(path) as register:
        kept = register.story(unquoted)
        assert (kept.teller, kept.quote_consent) == ("Mo Reilly", False)

    code, _out, err = _run(
        capsys, "story", "add", hall, "--text", "x", "--told-on", "last week", "--register", path
    )
    assert code == 2 and "--told-on:" in err

    assert _run(capsys, "story", "remove", unquoted, "--register", path)[0] == 0
    assert [row["id"] for row in _rows(_run(capsys, "story", "list", "--register", path)[1])] == [quoted]


def test_hostile_story_text_from_standard_input_and_arguments_is_kept_and_listed_unchanged(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    hulme: tuple[Path, str, str],
    hostile_strings: list[str],
) -> None:
    path, hall, choir = hulme
    whole = "\n".join(hostile_strings)
    monkeypatch.setattr("sys.stdin", io.StringIO(whole + "\n"))
    code, out, err = _run(capsys, "story", "add", hall, "--text", "-", "--register", path)
    assert code == 0, err
    from_stdin = out.strip()
    given: dict[str, str] = {}
    for text in hostile_strings[:12]:
        code, out, err = _run(capsys, "story", "add", choir, "--text", text, "--teller", text, "--quoted",
                              "--register", path)  # fmt: skip
        assert code == 0, err
        given[out.strip()] = text

    with Register.open(path) as register:
        assert register.story(from_stdin).text == whole.strip()
        for story_id, text in given.items():
            assert (register.story(story_id).text, register.story(story_id).teller) == (text.strip(),) * 2

    code, out, err = _run(capsys, "story", "list", "--asset", choir, "--register", path)
    assert code == 0, err
    shown = {row["id"]: row for row in _rows(out)}
    for story_id, text in given.items():
        assert shown[story_id]["text"] == shown[story_id]["teller"] == " ".join(text.split())


def test_a_photo_is_added_with_its_alternative_text_and_refused_without_it(
    capsys: pytest.CaptureFixture[str], hulme: tuple[Path, str, str], tmp_path: Path
) -> None:
    path, hall, choir = hulme
    photo = _jpeg(tmp_path / "hall.jpg")
    code, out, err = _run(capsys, "photo", "add", hall, photo, "--register", path)
    assert (code, out) == (2, "")
    assert "--alt:" in err and "Alternative text is required" in err
    code, _out, err = _run(capsys, "photo", "add", hall, photo, "--alt", "   ", "--register", path)
    assert code == 2 and "--alt:" in err
    with Register.open(path) as register:
        assert register.photos() == []

    story = _run(capsys, "story", "add", hall, "--text", "Opening day", "--register", path)[1].strip()
    code, out, err = _run(
        capsys, "photo", "add", hall, photo, "--alt", "The hall's front door, painted blue", "--story", story,
        "--register", path,
    )  # fmt: skip
    assert code == 0, err
    with Register.open(path) as register:
        kept = register.photo(out.strip())
        assert (kept.asset_id, kept.story_id, kept.alt_text) == (
            hall,
            story,
            "The hall's front door, painted blue",
        )
        assert register.photo_bytes(kept.id)[:2] == b"\xff\xd8"

    code, _out, err = _run(
        capsys, "photo", "add", choir, photo, "--alt", "x", "--story", story, "--register", path
    )
    assert code == 2 and "--story:" in err
    code, _out, err = _run(
        capsys, "photo", "add", hall, tmp_path / "missing.jpg", "--alt", "x", "--register", path
    )
    assert code == 2 and "missing.jpg" in err and "cannot be read" in err
    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_text("not a photo", encoding="utf-8")
    code, _out, err = _run(capsys, "photo", "add", hall, not_a_photo, "--alt", "x", "--register", path)
    assert code == 2 and "notes.jpg" in err and "JPEG, PNG or WebP" in err


def test_links_are_added_and_listed_on_a_team_register_on_a_server(
    capsys: pytest.CaptureFixture[str], pg_url: str
) -> None:
    with Register.open(pg_url, user=USER) as team:
        hall = team.add_asset(name="Zion Centre", category="physical_spaces").added[0]
        choir = team.add_asset(name="Hulme Community Choir", category="associations").added[0]

    code, out, err = _run(capsys, "link", "add", choir, hall, "--kind", "meets at", "--register", pg_url,
                          "--as-user", USER)  # fmt: skip
    assert code == 0, err
    link_id = out.strip()
    code, out, err = _run(capsys, "link", "list", "--register", pg_url)
    assert code == 0, err
    rows = _rows(out)
    assert [(r["id"], r["from_name"], r["kind_label"], r["to_name"]) for r in rows] == [
        (link_id, "Hulme Community Choir", "meets at", "Zion Centre")
    ]
    with Register.open(pg_url) as team:
        assert team.link(link_id).to_id == hall
        assert team.audit_trail(action="add", record_ids=[link_id])[0].user == USER
