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
from assetmap.messages import tr

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

CHECK_TIMEOUT_S = 300
WINDOW_TIMEOUT_S = 120
DEMO_ASSETS = re.compile(r"Built the demo register with ([\d,]+) assets")
MAP_READY = re.compile(r"AssetMap window: map ready, (\d+) of (\d+) assets drawn; a chart drew (\d+) bars")
# What the window check's own process reports to the self-test, which reads it: kept in English.
WINDOW_READY_LINE = "AssetMap window: map ready, {drawn} of {assets} assets drawn; a chart drew {bars} bars"
WINDOW_FAILED_LINE = "AssetMap window: {problem} (exit status {code})"
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
        help=tr("check that this installation works (in a temporary folder; your registers are not touched)"),
        description=tr(
            "Runs AssetMap's main paths end to end in a temporary folder: the demo register, the window "
            "and its map (off screen), a CSV import, a GeoPackage export, a PDF report and the HTML map. "
            "Prints each check and exits with status 1 if any fails."
        ),
    )
    command.add_argument(
        "--keep", action="store_true", help=tr("keep the temporary folder, to look at the files")
    )
    # Internal: the window check runs in a process of its own, through this option.
    command.add_argument("--window-only", type=Path, help=argparse.SUPPRESS)
    command.set_defaults(handler=run_selftest)


def run_selftest(args: argparse.Namespace) -> int:
    """Run every check, print each result, and return 0 only if all passed."""
    if args.window_only:
        return open_window_until_map_ready(args.window_only)
    work = Path(tempfile.mkdtemp(prefix="assetmap-self-test-"))
    print(
        tr("AssetMap {version} self-test ({command}), in {folder}").format(
            version=__version__, command=_command_text(), folder=work
        ),
        flush=True,
    )
    try:
        outcomes = run_checks(work)
    finally:
        if args.keep:
            print(tr("Kept {folder}").format(folder=work))
        else:
            shutil.rmtree(work, ignore_errors=True)
    failed = [outcome for outcome in outcomes if not outcome.passed]
    print(
        tr("{passed} of {total} checks passed.").format(
            passed=len(outcomes) - len(failed), total=len(outcomes)
        )
    )
    return 1 if failed else 0


def run_checks(work: Path) -> list[Outcome]:
    """Run the checks in order inside ``work``; those after the demo register need it, and fail without it."""
    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    runner = _Runner(home)
    register = work / "demo.assetmap"
    demo = tr("demo register")
    checks: list[tuple[str, Callable[[], str]]] = [
        (tr("version"), lambda: _check_version(runner)),
        (demo, lambda: _check_demo(runner, register)),
        (tr("window and map"), lambda: _check_window(runner, register)),
        (tr("CSV import"), lambda: _check_import(runner, register, work)),
        (tr("GeoPackage export"), lambda: _check_export(runner, register, work)),
        (tr("Stockport report (PDF)"), lambda: _check_report(runner, register, work)),
        (tr("HTML map"), lambda: _check_html_map(runner, register, work)),
    ]
    outcomes: list[Outcome] = []
    for name, check in checks:
        started = time.perf_counter()
        demo_failed = any(done.name == demo and not done.passed for done in outcomes)
        if demo_failed:
            outcome = Outcome(name, False, tr("not run: the demo register could not be built"), 0.0)
        else:
            try:
                outcome = Outcome(name, True, check(), time.perf_counter() - started)
            except CheckFailed as exc:
                outcome = Outcome(name, False, str(exc), time.perf_counter() - started)
            except Exception as exc:  # a check that breaks is a failed check, reported like the others
                outcome = Outcome(name, False, f"{type(exc).__name__}: {exc}", time.perf_counter() - started)
        mark = "ok  " if outcome.passed else "FAIL"
        print(
            tr("[{mark}] {check} ({seconds} s): {detail}").format(
                mark=mark, check=outcome.name, seconds=f"{outcome.seconds:.1f}", detail=outcome.detail
            ),
            flush=True,
        )
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
    """Runs the ``assetmap`` command with a temporary home, offscreen, and collects its output.

    The command runs in English whatever the language spoken here: the checks read what it prints.
    """

    def __init__(self, home: Path) -> None:
        self.env = dict(os.environ)
        self.env["ASSETMAP_HOME"] = str(home)
        self.env["LANGUAGE"] = "en"
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
            raise CheckFailed(
                tr("'assetmap {arguments}' did not finish in {seconds} s").format(
                    arguments=" ".join(arguments), seconds=f"{timeout:.0f}"
                )
            ) from None
        if result.returncode != 0:
            tail = (result.stderr.strip() or result.stdout.strip()).splitlines()[-5:]
            raise CheckFailed(
                tr("'assetmap {arguments}' exited with status {code}: {output}").format(
                    arguments=" ".join(arguments), code=result.returncode, output=" | ".join(tail)
                )
            )
        return result.stdout


def _check_version(runner: _Runner) -> str:
    output = runner.run("--version").strip()
    if output != f"AssetMap {__version__}":
        raise CheckFailed(
            tr("expected {expected}, got {output}").format(
                expected=repr(f"AssetMap {__version__}"), output=repr(output)
            )
        )
    return output


def _check_demo(runner: _Runner, register: Path) -> str:
    output = runner.run("demo", "--register", str(register))
    found = DEMO_ASSETS.search(output)
    if not found or not register.is_file():
        raise CheckFailed(tr("no demo register was built: {output}").format(output=repr(output.strip())))
    return tr("{count} assets in {file}").format(count=found.group(1), file=register.name)


def _check_window(runner: _Runner, register: Path) -> str:
    output = runner.run("self-test", "--window-only", str(register), timeout=WINDOW_TIMEOUT_S + 30)
    found = MAP_READY.search(output)
    if not found:
        raise CheckFailed(
            tr("the window did not report its map: {output}").format(output=repr(output.strip()))
        )
    drawn, expected, bars = (int(group) for group in found.groups())
    if drawn != expected or expected == 0:
        raise CheckFailed(tr("the map drew {drawn} of {count} assets").format(drawn=drawn, count=expected))
    if bars != 2:
        raise CheckFailed(tr("a chart of 2 bars drew {bars}").format(bars=bars))
    return tr("map ready with {drawn} of {count} assets drawn; charts draw").format(
        drawn=f"{drawn:,}", count=f"{expected:,}"
    )


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
            tr("an imported row is not in the register afterwards; import said: {output}").format(
                output=repr(output.strip())
            )
        )
    return tr("{count} rows from {file}, read back through an export").format(
        count=len(rows), file=source.name
    )


def _check_export(runner: _Runner, register: Path, work: Path) -> str:
    target = work / "assets.gpkg"
    runner.run("export", str(target), "--register", str(register))
    import pyogrio

    info = pyogrio.read_info(target, layer="assets")
    if info["features"] < 1000 or info["crs"] is None:
        raise CheckFailed(
            tr("{file} holds {count} assets, CRS {crs}").format(
                file=target.name, count=info["features"], crs=info["crs"]
            )
        )
    return tr("{count} assets in {file} ({crs})").format(
        count=f"{info['features']:,}", file=target.name, crs=info["crs"]
    )


def _check_report(runner: _Runner, register: Path, work: Path) -> str:
    target = work / "stockport.pdf"
    runner.run("report", "--register", str(register), "--area", "Stockport", "-q", "-o", str(target))
    data = target.read_bytes() if target.exists() else b""
    if not data.startswith(b"%PDF"):
        raise CheckFailed(tr("{file} is not a PDF").format(file=target.name))
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        # The title as the PDF's XMP metadata states it (Typst writes that stream uncompressed).
        found = re.search(rb"<dc:title>.*?<rdf:li[^>]*>([^<]*)</rdf:li>", data, re.S)
        title = found.group(1).decode("utf-8") if found else ""
        if title != "Community assets in Stockport":
            raise CheckFailed(tr("{file} has no Stockport title").format(file=target.name))
        return tr("{size} MB, titled for Stockport (pdftotext not found to read the pages)").format(
            size=f"{len(data) / 1e6:.1f}"
        )
    text = subprocess.run(
        [pdftotext, "-layout", str(target), "-"], capture_output=True, text=True, timeout=60, check=False
    ).stdout
    pages = text.count("\f")
    if "Stockport" not in text or pages < 2:
        raise CheckFailed(
            tr("pdftotext read {pages} pages from {file} without 'Stockport'").format(
                pages=pages, file=target.name
            )
        )
    return tr("{pages} pages, read back with pdftotext, naming Stockport").format(pages=pages)


def _check_html_map(runner: _Runner, register: Path, work: Path) -> str:
    target = work / "gm.html"
    runner.run("html-map", "--register", str(register), "-q", "-o", str(target))
    html = target.read_text(encoding="utf-8") if target.exists() else ""
    if "L.map" not in html and "leaflet" not in html.lower():
        raise CheckFailed(tr("{file} holds no Leaflet map").format(file=target.name))
    external = EXTERNAL_LOAD.search(html)
    if external:
        raise CheckFailed(
            tr("{file} loads from the internet: {found}").format(
                file=target.name, found=repr(external.group(0))
            )
        )
    return tr("{size} MB, self-contained").format(size=f"{len(html) / 1e6:.1f}")


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
                result["error"] = tr("the map was not ready after {seconds} s").format(
                    seconds=WINDOW_TIMEOUT_S
                )
            else:
                QTimer.singleShot(50, poll)
                return
        except Exception as exc:
            result["error"] = f"{type(exc).__name__}: {exc}"
        app.quit()

    QTimer.singleShot(0, poll)
    code = run_app(register, ask_who=False)
    if "drawn" not in result:
        print(WINDOW_FAILED_LINE.format(problem=result.get("error", tr("no window opened")), code=code))
        return 1
    print(
        WINDOW_READY_LINE.format(drawn=result["drawn"], assets=result["assets"], bars=result["bars"]),
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
