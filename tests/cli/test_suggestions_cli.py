"""``assetmap suggestion``: suggestions added, listed and reviewed from a shell, on a real register file."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetmap.cli import main
from assetmap.register import Register


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_suggestion_is_added_listed_and_accepted_as_an_asset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "meeting.assetmap"
    code, out, err = _run(
        capsys, "suggestion", "add", "Repair cafe", "associations", "--note", "Saturdays",
        "--lon", "-2.2426", "--lat", "53.4808", "--meeting", "Hulme forum", "--register", target,
    )  # fmt: skip
    assert code == 0, err
    sid = out.strip()

    code, out, err = _run(capsys, "suggestion", "list", "--register", target)
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0][:3] == ["id", "status", "name"]
    assert rows[1][:6] == [sid, "open", "Repair cafe", "associations", "Hulme forum", "Saturdays"]

    code, out, err = _run(capsys, "suggestion", "accept", sid, "--register", target)
    assert code == 0, err
    asset_id = out.strip()
    with Register.open(target) as register:
        assert register.asset(asset_id).name == "Repair cafe"
        assert register.suggestion(sid).status == "accepted"


def test_contact_details_are_refused_with_a_message_and_nothing_is_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "meeting.assetmap"
    code, _out, err = _run(
        capsys,
        "suggestion",
        "add",
        "Choir",
        "associations",
        "--note",
        "call 07700 900123",
        "--register",
        target,
    )
    assert code == 2
    assert "contact details" in err
    with Register.open(target) as register:
        assert register.suggestions(None) == []


def test_merge_and_discard_from_the_shell(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "meeting.assetmap"
    with Register.open(target) as register:
        asset_id = register.add_asset(name="Hulme Library", category="institutions").added[0]
        first = register.add_suggestion("Homework club", "associations", "Tuesdays").id
        second = register.add_suggestion("Something", "associations").id

    assert _run(capsys, "suggestion", "merge", first, asset_id, "--register", target)[0] == 0
    assert _run(capsys, "suggestion", "discard", second, "--register", target)[0] == 0
    _code, out, _err = _run(capsys, "suggestion", "list", "--status", "all", "--register", target)
    statuses = {row.split("\t")[0]: row.split("\t")[1] for row in out.splitlines()[1:]}
    assert statuses == {first: "merged", second: "discarded"}
    with Register.open(target) as register:
        assert "Tuesdays" in (register.asset(asset_id).description or "")
