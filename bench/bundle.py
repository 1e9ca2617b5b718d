"""Benchmarks for the desktop bundle: cold start beside the virtualenv's, and what the bundle weighs.

Run ``python -m bench.bundle`` after ``installer/build.sh``, best with the .deb installed: it starts
``/opt/assetmap/assetmap`` when there is one, else ``dist/AssetMap/assetmap``. Cold start is measured the
same way for both: the parent notes ``time.time()`` just before spawning the real
``assetmap --register DEMO`` command (the bundle's program, or ``python -m assetmap.cli`` from the
virtualenv) with an empty ``ASSETMAP_HOME``, and the clock stops at the time stamp of the app's own log
line ``map ready with 4211 assets``, written when the page reports it has drawn every asset. The process
is then stopped. One warm-up each, then the two alternate, so the machine's other work falls on both
alike. Sizes: the unpacked folder, the compressed archive and package that build.sh wrote, and the ten
largest parts. The figures go to the Desktop bundle section of docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assetmap import __version__
from bench._doc import write_section
from bench._home import seeded

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DOC = ROOT / "docs" / "performance.md"
DIST = ROOT / "dist"
INSTALLED = Path("/opt/assetmap")
START = "<!-- bundle:start -->"
END = "<!-- bundle:end -->"
READY = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO .*map ready with (\d+) assets", re.M)
TIMEOUT_S = 120.0


def _demo_register() -> Path:
    path = OUT / "demo.assetmap"
    if not path.exists():
        from assetmap.demo import build_demo_register

        OUT.mkdir(parents=True, exist_ok=True)
        build_demo_register(path).close()
    return path


def cold_start(command: list[str], register: Path) -> float:
    """Seconds from spawning ``command --register REGISTER`` until its log says the map is ready."""
    with tempfile.TemporaryDirectory(prefix="assetmap-bench-") as home:
        seeded(home)
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": home,
            "LANG": "C.UTF-8",
            "ASSETMAP_HOME": home,
            "QT_QPA_PLATFORM": "offscreen",
        }
        if os.geteuid() == 0:
            env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        if command[0] == sys.executable:
            env["PYTHONPATH"] = str(ROOT)
        log = Path(home) / "logs" / "assetmap.log"
        started = time.time()
        process = subprocess.Popen(
            [*command, "--register", str(register)],
            cwd=home,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + TIMEOUT_S
            while time.monotonic() < deadline:
                found = READY.search(log.read_text(encoding="utf-8")) if log.exists() else None
                if found:
                    stamp = dt.datetime.strptime(found.group(1), "%Y-%m-%d %H:%M:%S,%f")
                    return stamp.timestamp() - started
                if process.poll() is not None:
                    raise RuntimeError(f"{command[0]} exited with status {process.returncode} before the map")
                time.sleep(0.01)
            raise RuntimeError(f"{command[0]}: the map was not ready after {TIMEOUT_S:.0f} s")
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(30)


def _size(path: Path) -> int:
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(file.lstat().st_size for file in path.rglob("*") if file.is_file() or file.is_symlink())


def largest_parts(bundle: Path, count: int = 10) -> list[tuple[str, int]]:
    """The largest parts of the bundle: each library or package folder, with Qt split into its pieces."""
    internal = bundle / "_internal"
    parts = [(entry.name, _size(entry)) for entry in bundle.iterdir() if entry.is_file()]
    for entry in internal.iterdir():
        if entry.name != "PySide6":
            parts.append((f"_internal/{entry.name}", _size(entry)))
            continue
        qt = entry / "Qt"
        for inner in entry.iterdir():
            if inner != qt:
                parts.append((f"_internal/PySide6/{inner.name}", _size(inner)))
        for inner in qt.iterdir():
            pieces = inner.iterdir() if inner.name == "lib" else [inner]
            parts.extend((f"_internal/PySide6/Qt/{p.relative_to(qt)}", _size(p)) for p in pieces)
    return sorted(parts, key=lambda part: -part[1])[:count]


def sizes(bundle: Path) -> dict[str, object]:
    """Unpacked size, the archive and package build.sh wrote, and the ten largest parts."""
    tarball = DIST / f"AssetMap-{__version__}-linux-x86_64.tar.gz"
    deb = DIST / f"assetmap_{__version__}_amd64.deb"
    return {
        "unpacked": _size(bundle),
        "files": sum(1 for _ in bundle.rglob("*")),
        "tarball": tarball.stat().st_size if tarball.exists() else None,
        "deb": deb.stat().st_size if deb.exists() else None,
        "largest": largest_parts(bundle),
    }


def _mb(size: object) -> str:
    return "not built" if size is None else f"{int(size) / 1e6:,.1f} MB"  # type: ignore[call-overload]


def _section(
    program: Path, times: dict[str, list[float]], weight: dict[str, object], load: tuple[float, float]
) -> str:
    bundle_s = statistics.median(times["bundle"])
    venv_s = statistics.median(times["venv"])
    ratio = bundle_s / venv_s
    lines = [
        START,
        "## Desktop bundle",
        "",
        f"`python -m bench.bundle` after `installer/build.sh`, AssetMap {__version__}, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
        f"One-minute load average before and after: {load[0]:.1f} and {load[1]:.1f} on "
        f"{os.cpu_count()} cores (other work on the machine slows both alike: the runs alternate; re-run "
        "on a quiet machine for the figures to keep).",
        "",
        "Cold start to map ready on the demo register (4,211 assets): from spawning the command until the "
        "time stamp of its log line `map ready with 4211 assets`, empty `ASSETMAP_HOME`, offscreen. "
        "Median of "
        f"{len(times['bundle'])} after one warm-up each.",
        "",
        "| Start | Median (s) | Runs (s) | Target |",
        "|---|---:|---|---|",
        f"| Bundle (`{program}`) | {bundle_s:.2f} | "
        f"{', '.join(f'{t:.2f}' for t in times['bundle'])} | ≤ 2.5 s |",
        f"| Virtualenv (`python -m assetmap.cli`) | {venv_s:.2f} | "
        f"{', '.join(f'{t:.2f}' for t in times['venv'])} | |",
        f"| Bundle / virtualenv | {ratio:.2f}× | | ≤ 1.2× |",
        "",
        f"Size: {_mb(weight['unpacked'])} unpacked ({weight['files']:,} files); "
        f"`AssetMap-{__version__}-linux-x86_64.tar.gz` {_mb(weight['tarball'])}, "
        f"`assetmap_{__version__}_amd64.deb` {_mb(weight['deb'])}. Targets: ≤ 900 MB unpacked, "
        "≤ 300 MB compressed (MB = 10⁶ bytes).",
        "",
        "| Ten largest parts | MB |",
        "|---|---:|",
    ]
    lines += [f"| `{name}` | {size / 1e6:,.1f} |" for name, size in weight["largest"]]  # type: ignore[union-attr]
    lines.append(END)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--bundle",
        type=Path,
        default=INSTALLED if (INSTALLED / "assetmap").exists() else DIST / "AssetMap",
        help=f"the bundle to start (default: the installed {INSTALLED} if there is one, else dist/AssetMap)",
    )
    parser.add_argument("--no-doc", action="store_true", help="print, without touching docs/performance.md")
    args = parser.parse_args(argv)
    program = args.bundle / "assetmap"
    if not program.exists():
        print(f"No bundle at {args.bundle}: run installer/build.sh first.", file=sys.stderr)
        return 2
    register = _demo_register()
    commands = {"bundle": [str(program)], "venv": [sys.executable, "-m", "assetmap.cli"]}
    load_before = os.getloadavg()[0]
    for name, command in commands.items():
        print(f"warm-up {name}: {cold_start(command, register):.2f} s", flush=True)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(args.runs):
        for name, command in commands.items():
            times[name].append(cold_start(command, register))
            print(f"run {run + 1} {name}: {times[name][-1]:.2f} s", flush=True)
    section = _section(program, times, sizes(args.bundle), (load_before, os.getloadavg()[0]))
    if not args.no_doc:
        write_section(section, START, END, DOC)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
