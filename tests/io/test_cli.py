"""``assetmap import`` and ``assetmap export`` on the command line."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from assetmap.cli.exchange import add_io_commands
from assetmap.register import Register
from tests.io.conftest import assets_hash


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assetmap")
    parser.add_argument("--register", type=Path)
    add_io_commands(parser.add_subparsers(dest="command"))
    return parser


def _run(*argv: str) -> int:
    args = _parser().parse_args(list(argv))
    return args.handler(args)


def _rows(tmp_path: Path) -> Path:
    path = tmp_path / "groups.csv"
    path.write_text(
        "Name,Lon,Lat,Kind\nKnit Club,-2.2374,53.4808,\nFood Bank,-2.24,53.48,food bank\n,,,mystery\n",
        encoding="utf-8",
    )
    return path


def test_dry_run_prints_the_report_and_writes_nothing(tmp_path: Path, capsys) -> None:
    target = tmp_path / "r.assetmap"
    Register.open(target).close()
    with Register.open(target) as register:
        before = assets_hash(register)
    assert (
        _run(
            "--register",
            str(target),
            "import",
            str(_rows(tmp_path)),
            "--dry-run",
            "--category",
            "associations",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "ready to import: 2" in out and "row 4: error: Name is required." in out and "Dry run" in out
    with Register.open(target) as register:
        assert assets_hash(register) == before


def test_import_with_default_category_saves_mapping_and_rejected_rows(tmp_path: Path, capsys) -> None:
    target = tmp_path / "r.assetmap"
    mapping = tmp_path / "mapping.json"
    rejected = tmp_path / "rejected.csv"
    code = _run(
        "import",
        str(_rows(tmp_path)),
        "--register",
        str(target),
        "--category",
        "associations",
        "--save-mapping",
        str(mapping),
        "--rejected",
        str(rejected),
    )
    assert code == 0
    assert "Added 2" in capsys.readouterr().out
    with Register.open(target) as register:
        assert {(a.name, a.category) for a in register.assets()} == {
            ("Knit Club", "associations"),
            ("Food Bank", "local_economy"),
        }
    saved = json.loads(mapping.read_text(encoding="utf-8"))
    assert saved["fields"]["name"] == "Name" and saved["default_category"] == "associations"
    assert "Name is required." in rejected.read_text(encoding="utf-8-sig")
    # The saved mapping is reused; the duplicates are skipped the second time.
    assert _run("import", str(_rows(tmp_path)), "--register", str(target), "--mapping", str(mapping)) == 0
    assert "skipped 2 duplicates" in capsys.readouterr().out


def test_export_with_a_filter_from_the_command_line(tmp_path: Path, capsys) -> None:
    target = tmp_path / "r.assetmap"
    _run("import", str(_rows(tmp_path)), "--register", str(target), "--category", "associations")
    out = tmp_path / "out.geojson"
    assert _run("export", str(out), "--register", str(target), "--category", "local_economy") == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["name"] for f in features] == ["Food Bank"]
    assert "Exported 1 assets" in capsys.readouterr().out


def test_a_real_process_reports_a_bad_file_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    env = {**os.environ, "ASSETMAP_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "assetmap.cli.exchange",
            "import",
            str(bad),
            "--register",
            str(tmp_path / "r.assetmap"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("assetmap: photo.csv: this is not a text file")
    assert "Traceback" not in result.stderr


def test_export_from_the_command_line_writes_stories_and_links_beside_the_file(
    tmp_path: Path, capsys
) -> None:
    target = tmp_path / "r.assetmap"
    with Register.open(target) as register:
        club = register.add_asset(name="Club", category="associations", lon=-2.2374, lat=53.4808).added[0]
        hall = register.add_asset(name="Hall", category="physical_spaces", lon=-2.24, lat=53.48).added[0]
        register.add_link(club, hall, "meets_at")
        register.add_story(hall, "Told on the command line.")
    assert _run("export", str(tmp_path / "out.csv"), "--register", str(target)) == 0
    assert "Told on the command line." in (tmp_path / "out-stories.csv").read_text(encoding="utf-8-sig")
    assert "meets_at" in (tmp_path / "out-links.csv").read_text(encoding="utf-8-sig")
    assert "out-stories.csv" in capsys.readouterr().out
