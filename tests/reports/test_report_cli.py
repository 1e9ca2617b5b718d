"""The report commands: exit codes, messages, output files, and cancelling without leftovers."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from assetmap.cli.reports import EXIT_BAD_INPUT, EXIT_OK, add_report_commands, export_report
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.progress import ExportCancelled
from tests.reports.conftest import no_leftovers


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="assetmap")
    add_report_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--area", "Stockprt"],
            "Unknown area 'Stockprt'. Choose 'Greater Manchester', one of the districts",
        ),
        (["--categories", "associations,parks"], "Unknown category 'parks'. Choose from: gifts_skills"),
        (["--tier", "private"], "Private assets are never included"),
        (["--measure", "deficit"], "Unknown measure 'deficit'. Choose from: count, per1000"),
        (["--page", "A5"], "Unknown page size 'A5'. Choose from: A4, A3"),
    ],
)
def test_bad_input_exits_2_naming_the_valid_choices(
    demo_register_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "map.html"
    code = _run(["html-map", "--register", str(demo_register_file), "-o", str(out), "-q", *extra])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert message in err
    assert "Traceback" not in err
    assert not out.exists()


def test_a_missing_register_is_named_and_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.assetmap"
    assert _run(["report", "--register", str(missing), "-o", str(tmp_path / "r.pdf"), "-q"]) == EXIT_BAD_INPUT
    assert f"There is no register at {missing}" in capsys.readouterr().err
    assert not missing.exists()


def test_a_wrong_file_type_is_refused(
    demo_register_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _run(["map-pdf", "--register", str(demo_register_file), "-o", str(tmp_path / "m.svg"), "-q"])
        == EXIT_BAD_INPUT
    )
    assert "must end in .pdf or .png" in capsys.readouterr().err


def test_html_map_writes_one_file(demo_register_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "stockport.html"
    assert (
        _run(
            [
                "html-map",
                "--register",
                str(demo_register_file),
                "--area",
                "Stockport",
                "--categories",
                "associations,physical_spaces",
                "-o",
                str(out),
                "-q",
            ]
        )
        == EXIT_OK
    )
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stockport.html"]


def test_html_map_runs_in_a_fresh_process(demo_register_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "gm.html"
    code = (
        "from assetmap.cli.reports import main; "
        f"raise SystemExit(main(['html-map', '--register', {str(demo_register_file)!r}, '-o', {str(out)!r}]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Interactive map: 100%" in result.stderr
    assert out.stat().st_size > 100_000


def test_report_runs_headless_in_a_fresh_process_without_qt(demo_register_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "stockport.pdf"
    code = (
        "import sys; from assetmap.cli.reports import main; "
        f"code = main(['report', '--register', {str(demo_register_file)!r}, '--area', 'Stockport', "
        f"'--measure', 'per1000', '--categories', 'associations,physical_spaces', '--prepared-by', 'Team A', "
        f"'-o', {str(out)!r}]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'the report loaded Qt'; "
        "raise SystemExit(code)"
    )
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "Report: 100%" in result.stderr
    from pypdf import PdfReader

    from assetmap.geo.boundaries import gm_boundaries

    titles = [item.title for item in PdfReader(out).outline if not isinstance(item, list)]
    stockport = gm_boundaries().wards.query("lad_name == 'Stockport'")
    wards = set(stockport["ward_name"])
    assert sum(t in wards for t in titles) == 21  # a bookmark per ward
    assert no_leftovers(tmp_path) == []


def test_an_unknown_report_language_is_refused_naming_the_choices(
    demo_register_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "klingon.pdf"
    argv = ["report", "--register", str(demo_register_file), "--area", "Stockport", "--language", "tlh"]
    assert _run([*argv, "-o", str(out), "-q"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "'tlh'" in err and "ur (Urdu)" in err and "pl (Polish)" in err
    assert not out.exists()


@pytest.mark.parametrize("stop_at", [5, 70])
def test_cancelling_leaves_no_file(demo_register_file: Path, tmp_path: Path, stop_at: int) -> None:
    """Cancelled while building (5%) and once typeset (70%): no report, no temporary file."""
    seen: list[int] = []
    out = tmp_path / "cancelled.pdf"

    def progress(done: int, total: int) -> None:
        seen.append(100 * done // total)

    with pytest.raises(ExportCancelled):
        export_report(
            demo_register_file,
            ReportOptions(area="Stockport"),
            out,
            progress=progress,
            cancelled=lambda: bool(seen) and seen[-1] >= stop_at,
        )
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_html_map_command_carries_stories_and_the_connection_measures(tmp_path: Path) -> None:
    from assetmap.register import Register
    from tests.reports.conftest import INSIDE, WARD_NAME

    register_file = tmp_path / "told.assetmap"
    with Register.open(register_file) as register:
        hall = register.add_asset(name="Hall Cz", category="physical_spaces", lon=INSIDE[0], lat=INSIDE[1])
        club = register.add_asset(name="Club Cz", category="associations", lon=INSIDE[0], lat=INSIDE[1])
        register.add_link(club.added[0], hall.added[0], "meets_at")
        register.add_story(hall.added[0], "Told from the command line Cz.", featured=True)
    out = tmp_path / "told.html"
    argv = ["html-map", "--register", str(register_file), "--area", WARD_NAME, "--measure", "groups"]
    assert _run([*argv, "-o", str(out), "-q"]) == EXIT_OK
    html = out.read_text(encoding="utf-8")
    assert "Told from the command line Cz." in html
    assert "Groups linked to the ward" in html and '"groups":"1"' in html
