"""Commands that write take the register's lock as a window does; dry runs leave no trace at all."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assetmap.bundles.export import export_bundle
from assetmap.cli import main
from assetmap.io.importer import commit_import
from assetmap.register import Register
from tests.conftest import REPO
from tests.io.conftest import preview_file
from tests.register.builders import file_hash
from tests.register.writers import hold_lock

ROWS = 3_000


def _rows_csv(tmp_path: Path, rows: int = ROWS) -> Path:
    """Groups spread over central Manchester, each with its own name and place."""
    path = tmp_path / "groups.csv"
    lines = ["Name,Category,Lon,Lat"]
    for i in range(rows):
        lines.append(
            f"Group number {i},associations,{-2.30 + (i % 60) * 0.002:.4f},{53.44 + (i // 60) * 0.002:.4f}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cli(*argv: str | Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "assetmap.cli", *map(str, argv)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ,
    )


def _listing(folder: Path) -> dict[str, str]:
    return {p.name: file_hash(p) for p in sorted(folder.iterdir()) if p.is_file()}


def test_two_imports_of_one_file_at_once_leave_one_set_of_rows(tmp_path: Path) -> None:
    source, target = _rows_csv(tmp_path), tmp_path / "r.assetmap"
    Register.open(target).close()

    runs = [_cli("import", source, "--register", target) for _ in range(2)]
    results = [(run.wait(timeout=600), *run.communicate()) for run in runs]

    with Register.open(target) as register:
        assert register.count() == ROWS
    assert any(code == 0 for code, _out, _err in results)
    for code, out, err in results:
        assert "Traceback" not in err
        # The second either waited its turn and found every row already there, or was refused.
        assert (code == 0 and ("Added 3,000" in out or "skipped 3,000" in out)) or (
            code != 0 and "already open" in err
        )


def test_two_imports_checked_before_either_wrote_add_the_rows_once(tmp_path: Path) -> None:
    source = _rows_csv(tmp_path, 200)
    with Register.open(tmp_path / "r.assetmap") as register:
        first, second = preview_file(register, source), preview_file(register, source)
        assert not first.duplicates and not second.duplicates

        done = commit_import(register, first), commit_import(register, second)

        assert register.count() == 200
    assert (done[0].added, done[1].added, done[1].skipped) == (200, 0, 200)


@pytest.mark.parametrize(
    "command",
    [
        ["import", "{csv}"],
        ["boundaries", "reset"],
        ["separate"],
        ["bundle", "{bundle}"],
        ["merge", "{theirs}"],
        ["boundaries", "import", "{wards}", "--name", "Greater Manchester wards"],
        ["demo", "--force"],
    ],
)
def test_a_writing_command_is_refused_while_another_process_holds_the_register(
    tmp_path: Path, command: list[str], capsys
) -> None:
    target = tmp_path / "r.assetmap"
    with Register.open(target) as register:
        register.add_asset(name="Library", category="institutions")
    with Register.open(tmp_path / "other.assetmap") as other:
        other.add_asset(name="Pool", category="physical_spaces")
        export_bundle(other, tmp_path / "theirs.assetmap-bundle")
    before = file_hash(target)
    argv = [
        a.format(
            csv=_rows_csv(tmp_path, 5),
            bundle=tmp_path / "out.assetmap-bundle",
            theirs=tmp_path / "theirs.assetmap-bundle",
            wards=REPO / "data" / "boundaries" / "gm_wards.geojson",
        )
        for a in command
    ]
    holder = hold_lock(target)
    try:
        code = main([*argv, "--register", str(target)])
    finally:
        holder.communicate("", timeout=30)

    assert code != 0
    assert "already open in another AssetMap window" in capsys.readouterr().err
    assert file_hash(target) == before


def _team_database(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE members (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO members VALUES ('Ann', '0161 000 0000')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["import", "{csv}"],
        ["import", "{csv}", "--dry-run"],
        ["export", "{out}.csv"],
        ["boundaries", "reset"],
        ["boundaries", "show"],
        ["separate"],
        ["bundle", "{out}.assetmap-bundle"],
        ["merge", "{out}.assetmap-bundle"],
        ["merge", "{out}.assetmap-bundle", "--dry-run"],
        ["map-pdf", "-o", "{out}.pdf"],
        ["demo", "--force"],
    ],
)
def test_another_programs_database_is_refused_by_every_command_and_left_untouched(
    tmp_path: Path, command: list[str], capsys
) -> None:
    team = _team_database(tmp_path)
    before = file_hash(team)
    with Register.open(tmp_path / "other.assetmap") as other:
        other.add_asset(name="Library", category="institutions")
    assert (
        main(
            ["bundle", str(tmp_path / "out.assetmap-bundle"), "--register", str(tmp_path / "other.assetmap")]
        )
        == 0
    )
    capsys.readouterr()
    folder = tmp_path / "team"
    folder.mkdir()
    team = team.rename(folder / team.name)
    argv = [a.format(csv=_rows_csv(tmp_path, 5), out=tmp_path / "out") for a in command]

    code = main([*argv, "--register", str(team)])

    assert code != 0
    err = capsys.readouterr().err
    assert f"{team} is a database, but not an AssetMap register" in err
    assert file_hash(team) == before
    assert [p.name for p in folder.iterdir()] == ["team.db"]


def test_opening_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    from assetmap.errors import NotARegisterError

    team = _team_database(tmp_path)
    before = file_hash(team)
    with pytest.raises(NotARegisterError, match="not an AssetMap register"):
        Register.open(team)
    assert file_hash(team) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.db"]


def test_an_import_dry_run_on_a_missing_register_creates_nothing(tmp_path: Path, assetmap_home: Path) -> None:
    source = _rows_csv(tmp_path, 5)
    folder = tmp_path / "registers"
    folder.mkdir()
    home_before = sorted(p.relative_to(assetmap_home) for p in assetmap_home.rglob("*") if p.is_file())

    assert main(["import", str(source), "--dry-run", "--register", str(folder / "new.assetmap")]) == 0

    assert list(folder.iterdir()) == []
    home_after = sorted(p.relative_to(assetmap_home) for p in assetmap_home.rglob("*") if p.is_file())
    assert [p for p in home_after if p not in home_before and p.suffix != ".log"] == []


@pytest.mark.parametrize(
    "command",
    [
        ["import", "{csv}", "--dry-run"],
        ["merge", "{bundle}", "--dry-run"],
        ["merge", "{bundle}", "--conflicts", "report"],
    ],
)
def test_a_dry_run_on_a_register_leaves_no_file_and_changes_none(
    tmp_path: Path, command: list[str], assetmap_home: Path, capsys
) -> None:
    with Register.open(tmp_path / "other.assetmap") as other:
        other.add_asset(name="Library", category="institutions")
    bundle = tmp_path / "b.assetmap-bundle"
    assert main(["bundle", str(bundle), "--register", str(tmp_path / "other.assetmap")]) == 0
    folder = tmp_path / "registers"
    folder.mkdir()
    target = folder / "r.assetmap"
    with Register.open(target) as register:
        register.add_asset(name="Pool", category="physical_spaces")
    before = _listing(folder)
    backups = sorted(assetmap_home.rglob("*.backup.assetmap"))
    argv = [a.format(csv=_rows_csv(tmp_path, 5), bundle=bundle) for a in command]

    assert main([*argv, "--register", str(target)]) == 0

    assert "Dry run: nothing was written." in capsys.readouterr().out or "--conflicts" in command
    assert _listing(folder) == before
    assert sorted(assetmap_home.rglob("*.backup.assetmap")) == backups


def test_a_reading_command_does_not_create_a_missing_register(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "registers"
    folder.mkdir()

    code = main(["export", str(tmp_path / "out.csv"), "--register", str(folder / "none.assetmap")])

    assert code != 0
    assert "There is no register at" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_a_reading_command_works_while_a_window_holds_the_register(tmp_path: Path, capsys) -> None:
    target = tmp_path / "r.assetmap"
    with Register.open(target) as register:
        register.add_asset(name="Library", category="institutions")
    holder = hold_lock(target)
    try:
        code = main(["export", str(tmp_path / "out.csv"), "--register", str(target)])
    finally:
        holder.communicate("", timeout=30)

    assert code == 0
    assert "Exported 1 assets" in capsys.readouterr().out
