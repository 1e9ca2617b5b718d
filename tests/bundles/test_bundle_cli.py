"""``assetmap bundle`` and ``assetmap merge`` through a parser built from add_bundle_commands."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assetmap.cli.bundles import EXIT_CONFLICTS, EXIT_ERROR, add_bundle_commands
from assetmap.register import Register
from tests.bundles.conftest import REPO, contents, history_count


def _run(*argv: str | Path) -> int:
    parser = argparse.ArgumentParser(prog="assetmap")
    add_bundle_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args([str(a) for a in argv])
    return args.handler(args)


@pytest.fixture
def conflicted(tmp_path: Path, ward_index) -> tuple[Path, Path, str, Path]:
    """Registers A and B on disk sharing an asset both renamed since, and A's bundle of it."""
    a_path, b_path, bundle = tmp_path / "a.assetmap", tmp_path / "b.assetmap", tmp_path / "a.assetmap-bundle"
    with Register.open(a_path, ward_index=ward_index) as a:
        shared = a.add_asset(name="Library", category="institutions").added[0]
    Register.open(b_path).close()
    assert _run("bundle", bundle, "--register", a_path) == 0
    assert _run("merge", bundle, "--register", b_path) == 0
    with Register.open(a_path, ward_index=ward_index) as a:
        a.update_asset(shared, name="Library A", description="from A")
    with Register.open(b_path, ward_index=ward_index) as b:
        b.update_asset(shared, name="Library B")
    assert _run("bundle", bundle, "--register", a_path, "--since", "last") == 0
    return a_path, b_path, shared, bundle


def _state(path: Path) -> tuple[dict, int]:
    with Register.open(path) as register:
        return contents(register), history_count(register)


def test_conflicts_report_lists_each_field_and_exits_non_zero_without_merging(conflicted, capsys) -> None:
    _a, b_path, _shared, bundle = conflicted
    before = _state(b_path)

    assert _run("merge", bundle, "--register", b_path, "--conflicts", "report") == EXIT_CONFLICTS

    out = capsys.readouterr().out
    assert "1 in conflict" in out
    assert 'name: base "Library" | mine "Library B" | theirs "Library A"' in out
    assert _state(b_path) == before


def test_merge_without_a_way_to_settle_conflicts_merges_nothing(conflicted, capsys) -> None:
    _a, b_path, _shared, bundle = conflicted
    before = _state(b_path)

    assert _run("merge", bundle, "--register", b_path) == EXIT_CONFLICTS

    assert "need a choice" in capsys.readouterr().err
    assert _state(b_path) == before


@pytest.mark.parametrize(("prefer", "name"), [("mine", "Library B"), ("theirs", "Library A")])
def test_prefer_settles_every_conflict_one_way_and_keeps_one_sided_changes(conflicted, prefer, name) -> None:
    _a, b_path, shared, bundle = conflicted

    assert _run("merge", bundle, "--register", b_path, "--prefer", prefer) == 0

    with Register.open(b_path) as b:
        assert b.asset(shared).name == name
        assert b.asset(shared).description == "from A"


def test_a_choices_file_written_filled_in_and_passed_back_settles_field_by_field(
    conflicted, tmp_path
) -> None:
    _a, b_path, shared, bundle = conflicted
    choices = tmp_path / "choices.json"

    assert _run("merge", bundle, "--register", b_path, "--write-choices", choices) == EXIT_CONFLICTS
    template = json.loads(choices.read_text())
    assert template == {shared: {"name": None}}
    choices.write_text(json.dumps({shared: {"name": "theirs"}}))
    assert _run("merge", bundle, "--register", b_path, "--choices", choices) == 0

    with Register.open(b_path) as b:
        assert b.asset(shared).name == "Library A"


def test_a_choices_file_with_a_bad_choice_is_refused(conflicted, tmp_path, capsys) -> None:
    _a, b_path, shared, bundle = conflicted
    choices = tmp_path / "choices.json"
    choices.write_text(json.dumps({shared: {"name": "both"}}))
    before = _state(b_path)

    assert _run("merge", bundle, "--register", b_path, "--choices", choices) == EXIT_ERROR

    assert 'write "mine" or "theirs"' in capsys.readouterr().err
    assert _state(b_path) == before


def test_a_dry_run_writes_nothing(conflicted, capsys) -> None:
    _a, b_path, _shared, bundle = conflicted
    before = _state(b_path)

    assert _run("merge", bundle, "--register", b_path, "--prefer", "theirs", "--dry-run") == 0

    assert "nothing was written" in capsys.readouterr().out
    assert _state(b_path) == before


def test_bundle_since_an_unknown_point_is_a_clear_error(tmp_path, capsys) -> None:
    path = tmp_path / "r.assetmap"
    Register.open(path).close()

    assert _run("bundle", tmp_path / "x.assetmap-bundle", "--register", path, "--since", "last") == EXIT_ERROR
    assert "has not written a bundle yet" in capsys.readouterr().err
    assert _run("bundle", tmp_path / "x.assetmap-bundle", "--register", path, "--since", "soon") == EXIT_ERROR
    assert "is not a point to export since" in capsys.readouterr().err


def test_merge_runs_as_a_real_command_and_a_bad_bundle_fails_cleanly(conflicted, tmp_path) -> None:
    _a, b_path, shared, bundle = conflicted
    env = {**os.environ, "ASSETMAP_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "assetmap.cli.bundles", "merge"]

    done = subprocess.run(
        [*command, str(bundle), "--register", str(b_path), "--prefer", "newest"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    not_bundle = tmp_path / "notes.txt"
    not_bundle.write_text("not a bundle")
    refused = subprocess.run(
        [*command, str(not_bundle), "--register", str(b_path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert "Merged: 0 added, 1 updated" in done.stdout
    with Register.open(b_path) as b:
        assert b.asset(shared).name == "Library B"  # B's edit was made after A's
    assert refused.returncode == EXIT_ERROR
    assert "is not an AssetMap register bundle" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_the_commands_carry_stories_and_settle_a_story_conflict_with_prefer(
    tmp_path, ward_index, capsys
) -> None:
    a_path, b_path, bundle = tmp_path / "a.assetmap", tmp_path / "b.assetmap", tmp_path / "a.assetmap-bundle"
    with Register.open(a_path, ward_index=ward_index) as a:
        hall = a.add_asset(name="Hall", category="physical_spaces").added[0]
        club = a.add_asset(name="Club", category="associations").added[0]
        a.add_link(club, hall, "meets_at")
        story = a.add_story(hall, "Opened in 1990.").stories[0]
    Register.open(b_path).close()
    assert _run("bundle", bundle, "--register", a_path) == 0
    assert "1 links, 1 stories and 0 photos" in capsys.readouterr().out
    assert _run("merge", bundle, "--register", b_path) == 0
    assert "1 links, 1 stories and 0 photos merged" in capsys.readouterr().out
    with Register.open(a_path, ward_index=ward_index) as a:
        a.update_story(story, text="Opened in 1991.")
    with Register.open(b_path, ward_index=ward_index) as b:
        b.update_story(story, text="Opened in spring 1990.")
    assert _run("bundle", bundle, "--register", a_path, "--since", "last") == 0

    assert _run("merge", bundle, "--register", b_path, "--conflicts", "report") == EXIT_CONFLICTS
    assert 'text: base "Opened in 1990." | mine "Opened in spring 1990." | theirs "Opened in 1991."' in (
        capsys.readouterr().out
    )
    assert _run("merge", bundle, "--register", b_path, "--prefer", "theirs") == 0
    with Register.open(b_path, ward_index=ward_index) as b:
        assert b.story(story).text == "Opened in 1991."
