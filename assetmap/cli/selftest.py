"""``assetmap self-test``: checks that this installation works, end to end, without touching your registers.

Each check runs the installed ``assetmap`` command itself in a fresh process (the way a person or a file
manager would), inside a temporary ``ASSETMAP_HOME`` that is deleted afterwards: build the demo register,
open the window until its map is drawn, import a CSV, export a GeoPackage, print a Stockport report and
write the offline HTML map. It prints each check with its result and exits non-zero if any failed.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assetmap import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

CHECK_TIMEOUT_S = 300
WINDOW_TIMEOUT_S = 120
DEMO_ASSETS = re.compile(r"Built the demo register with ([\d,]+) assets")
MAP_READY = re.compile(r"AssetMap window: map ready, (\d+) of (\d+) assets drawn; a chart drew (\d+) bars")
# The offline HTML map may name these hosts in attributions and links, but must load nothing from them.
EXTERNAL_LOAD = re.compile(r"""<(script|link|img)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?//""", re.I)


class CheckFailed(Exception):
    """A self-test check found something wrong; the message says what."""


@dataclass(frozen=True)
class Outcome:
    name: str
    passed: bool
    detail: str
    seconds: float


def add_selftest_command(subparsers: argparse._SubParsersAction) -> None:
    """Add ``self-test`` to the main parser's subcommands."""
    command = subparsers.add_parser(
        "self-test",
        help="check that this installation works (in a temporary folder; your registers are not touched)",
        description=(
            "Runs AssetMap's main paths end to end in a temporary folder: the demo register, the window "
            "and its map (off screen), a CSV import, a GeoPackage export, a PDF report and the HTML map. "
            "Prints each check and exits with status 1 if any fails."
        ),
    )
    command.add_argument(
        "--keep", action="store_true", help="keep the temporary folder, to look at the files"
    )
    # Internal: the window check runs in a process of its own, through this option.
    command.add_argument("--window-only", type=Path, help=argparse.SUPPRESS)
    command.set_defaults(handler=run_selftest)


def run_selftest(args: argparse.Namespace) -> int:
    """Run every check, print each result, and return 0 only if all passed."""
    if args.window_only:
        return open_window_until_map_ready(args.window_only)
    work = Path(tempfile.mkdtemp(prefix="assetmap-self-test-"))
    print(f"AssetMap {__version__} self-test ({_command_text()}), in {work}", flush=True)
    try:
        outcomes = run_checks(work)
    finally:
        if args.keep:
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    failed = [outcome for outcome in outcomes if not outcome.passed]
    print(f"{len(outcomes) - len(failed)} of {len(outcomes)} checks passed.")
    return 1 if failed else 0


def run_checks(work: Path) -> list[Outcome]:
    """Run the checks in order inside ``work``; those after the demo register need it, and fail without it."""
    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    runner = _Runner(home)
    register = work / "demo.assetmap"
    checks: list[tuple[str, Callable[[], str]]] = [
        ("version", lambda: _check_version(runner)),
        ("demo register", lambda: _check_demo(runner, register)),
        ("window and map", lambda: _check_window(runner, register)),
        ("CSV import", lambda: _check_import(runner, register, work)),
        ("GeoPackage export", lambda: _check_export(runner, register, work)),
        ("Stockport report (PDF)", lambda: _check_report(runner, register, work)),
        ("HTML map", lambda: _check_html_map(runner, register, work)),
    ]
    outcomes: list[Outcome] = []
    for name, check in checks:
        started = time.perf_counter()
        demo_failed = any(done.name == "demo register" and not done.passed for done in outcomes)
        if demo_failed:
            outcome = Outcome(name, False, "not run: the demo register could not be built", 0.0)
        else:
            try:
                outcome = Outcome(name, True, check(), time.perf_counter() - started)
            except CheckFailed as exc:
                outcome = Outcome(name, False, str(exc), time.perf_counter() - started)
            except Exception as exc:  # a check that breaks is a failed check, reported like the others
                outcome = Outcome(name, False, f"{type(exc).__name__}: {exc}", time.perf_counter() - started)
        mark = "ok  " if outcome.passed else "FAIL"
        print(f"[{mark}] {outcome.name} ({outcome.seconds:.1f} s): {outcome.detail}", flush=True)
        outcomes.append(outcome)
    return outcomes


def _command() -> list[str]:
    """The ``assetmap`` command of this installation: the packaged program itself, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "assetmap.cli"]


def _command_text() -> str:
    return " ".join(_command())


class _Runner:
    """Runs the ``assetmap`` command with a temporary home, offscreen, and collects its output."""

    def __init__(self, home: Path) -> None:
        self.env = dict(os.environ)
        self.env["ASSETMAP_HOME"] = str(home)
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.env.pop("DISPLAY", None)
        self.env.pop("WAYLAND_DISPLAY", None)
        self.cwd = home

    def run(self, *arguments: str, timeout: float = CHECK_TIMEOUT_S) -> str:
        command = [*_command(), *arguments]
        try:
            result = subprocess.run(
                command,
                cwd=self.cwd,
                env=self.env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            raise CheckFailed(f"'assetmap {' '.join(arguments)}' did not finish in {timeout:.0f} s") from None
        if result.returncode != 0:
            tail = (result.stderr.strip() or result.stdout.strip()).splitlines()[-5:]
            raise CheckFailed(
                f"'assetmap {' '.join(arguments)}' exited with status {result.returncode}: "
                + " | ".join(tail)
            )
        return result.stdout


def _check_version(runner: _Runner) -> str:
    output = runner.run("--version").strip()
    if output != f"AssetMap {__version__}":
        raise CheckFailed(f"expected 'AssetMap {__version__}', got {output!r}")
    return output


def _check_demo(runner: _Runner, register: Path) -> str:
    output = runner.run("demo", "--register", str(register))
    found = DEMO_ASSETS.search(output)
    if not found or not register.is_file():
        raise CheckFailed(f"no demo register was built: {output.strip()!r}")
    return f"{found.group(1)} assets in {register.name}"


def _check_window(runner: _Runner, register: Path) -> str:
    output = runner.run("self-test", "--window-only", str(register), timeout=WINDOW_TIMEOUT_S + 30)
    found = MAP_READY.search(output)
    if not found:
        raise CheckFailed(f"the window did not report its map: {output.strip()!r}")
    drawn, expected, bars = (int(group) for group in found.groups())
    if drawn != expected or expected == 0:
        raise CheckFailed(f"the map drew {drawn} of {expected} assets")
    if bars != 2:
        raise CheckFailed(f"a chart of 2 bars drew {bars}")
    return f"map ready with {drawn:,} of {expected:,} assets drawn; charts draw"


def _check_import(runner: _Runner, register: Path, work: Path) -> str:
    source = work / "groups.csv"
    rows = [
        ("Edgeley Park Community Garden", "physical_spaces", "Volunteer-run garden", -2.1766, 53.4001),
        ("Reddish Knit and Natter", "associations", "Weekly knitting group", -2.1580, 53.4370),
        ("Cheadle Hulme Repair Café", "associations", "Fixing things together", -2.1890, 53.3750),
    ]
    with source.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["name", "category", "description", "lon", "lat"])
        writer.writerows(rows)
    output = runner.run("import", str(source), "--register", str(register), "--duplicates", "add")
    exported = work / "imported-check.csv"
    runner.run("export", str(exported), "--register", str(register), "--search", "Repair Café")
    with exported.open(encoding="utf-8-sig") as file:
        names = [row.get("name", "") for row in csv.DictReader(file)]
    if "Cheadle Hulme Repair Café" not in names:
        raise CheckFailed(
            f"an imported row is not in the register afterwards; import said: {output.strip()!r}"
        )
    return f"{len(rows)} rows from {source.name}, read back through an export"


def _check_export(runner: _Runner, register: Path, work: Path) -> str:
    target = work / "assets.gpkg"
    runner.run("export", str(target), "--register", str(register))
    import pyogrio

    info = pyogrio.read_info(target, layer="assets")
    if info["features"] < 1000 or info["crs"] is None:
        raise CheckFailed(f"{target.name} holds {info['features']} assets, CRS {info['crs']}")
    return f"{info['features']:,} assets in {target.name} ({info['crs']})"


def _check_report(runner: _Runner, register: Path, work: Path) -> str:
    target = work / "stockport.pdf"
    runner.run("report", "--register", str(register), "--area", "Stockport", "-q", "-o", str(target))
    data = target.read_bytes() if target.exists() else b""
    if not data.startswith(b"%PDF"):
        raise CheckFailed(f"{target.name} is not a PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        # The title as the PDF's XMP metadata states it (Typst writes that stream uncompressed).
        found = re.search(rb"<dc:title>.*?<rdf:li[^>]*>([^<]*)</rdf:li>", data, re.S)
        title = found.group(1).decode("utf-8") if found else ""
        if title != "Community assets in Stockport":
            raise CheckFailed(f"{target.name} has no Stockport title")
        return f"{len(data) / 1e6:.1f} MB, titled for Stockport (pdftotext not found to read the pages)"
    text = subprocess.run(
        [pdftotext, "-layout", str(target), "-"], capture_output=True, text=True, timeout=60, check=False
    ).stdout
    pages = text.count("\f")
    if "Stockport" not in text or pages < 2:
        raise CheckFailed(f"pdftotext read {pages} pages from {target.name} without 'Stockport'")
    return f"{pages} pages, read back with pdftotext, naming Stockport"


def _check_html_map(runner: _Runner, register: Path, work: Path) -> str:
    target = work / "gm.html"
    runner.run("html-map", "--register", str(register), "-q", "-o", str(target))
    html = target.read_text(encoding="utf-8") if target.exists() else ""
    if "L.map" not in html and "leaflet" not in html.lower():
        raise CheckFailed(f"{target.name} holds no Leaflet map")
    external = EXTERNAL_LOAD.search(html)
    if external:
        raise CheckFailed(f"{target.name} loads from the internet: {external.group(0)!r}")
    return f"{len(html) / 1e6:.1f} MB, self-contained"


def _prepare_headless() -> None:
    """Set what the window's QtWebEngine map needs to run without a display; call before Qt is imported.

    Offscreen when there is no X11 or Wayland display; Chromium's sandbox off only when running as
    root (it refuses to start otherwise), as the test configuration does.
    """
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith(
        "linux"
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-logging")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"


def _ensure_application() -> QCoreApplication:
    """The running QApplication, creating one (after registering the ``app://`` scheme) if there is none."""
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must be imported before the QApplication exists)
    from PySide6.QtWidgets import QApplication

    from assetmap.ui.web.scheme import register_app_scheme

    app = QApplication.instance()
    if app is None:
        register_app_scheme()
        return QApplication(["assetmap"])
    return app


def open_window_until_map_ready(register: Path) -> int:
    """Open the window on ``register`` through the app's own start-up, off screen, until the map is ready.

    Then draws a bar chart as the abundance panel does. Prints ``AssetMap window: map ready, DRAWN of ASSETS
    assets drawn; a chart drew BARS bars`` and closes the window the normal way.
    """
    _prepare_headless()
    app = _ensure_application()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from assetmap.ui.app import run_app
    from assetmap.ui.main_window import MainWindow

    result: dict[str, object] = {}
    deadline = time.monotonic() + WINDOW_TIMEOUT_S

    def poll() -> None:
        # An error here must end the loop: left to the app's error hook, it would wait on a dialog.
        try:
            windows = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, MainWindow)]
            if windows and windows[0].map_view.is_ready:
                window = windows[0]
                stats = window.map_view.evaluate("window.assetmap.stats()")
                result.update(drawn=_drawn(stats), assets=window.model.rowCount(), bars=_draw_a_chart())
            elif time.monotonic() > deadline:
                result["error"] = f"the map was not ready after {WINDOW_TIMEOUT_S} s"
            else:
                QTimer.singleShot(50, poll)
                return
        except Exception as exc:
            result["error"] = f"{type(exc).__name__}: {exc}"
        app.quit()

    QTimer.singleShot(0, poll)
    code = run_app(register, ask_who=False)
    if "drawn" not in result:
        print(f"AssetMap window: {result.get('error', 'no window opened')} (exit status {code})")
        return 1
    print(
        f"AssetMap window: map ready, {result['drawn']} of {result['assets']} assets drawn; "
        f"a chart drew {result['bars']} bars",
        flush=True,
    )
    return 0 if code == 0 else 1


def _draw_a_chart() -> int:
    """Draw a bar chart to an image as the chart panel does (matplotlib's Agg); return its bar count."""
    from assetmap.ui.bar_chart import render_bars

    figure, image = render_bars(
        [
            {"label": "Associations", "value": 3, "colour": "#1f7a6d", "shown": "3"},
            {"label": "Physical spaces", "value": 5, "colour": "#f2a541", "shown": "5"},
        ],
        percent=False,
        axis="",
        size=(400, 300),
        label_chars=30,
    )
    return 0 if image.isNull() else len(figure.axes[0].patches)


def _drawn(stats: object) -> int:
    if isinstance(stats, dict):
        return int(stats.get("assets_drawn", -1))
    return -1
