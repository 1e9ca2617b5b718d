"""Child: window-to-map-ready time for one register, in a fresh process.

    python -m bench._map_ready REGISTER HOME [--profile OUT.prof]

REGISTER is a register file or a team register's server URL (``postgresql://…``).

The register is opened and the QApplication created before the clock starts. The clock runs from
constructing ``MainWindow`` (and showing it) until ``map_view.ready`` has fired and the page has answered
``stats()`` with every asset drawn. Also reported: the first animation frame produced after the page drew
(see ``FIRST_FRAME_JS``), relative to the same start, and the constructor's own share.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from bench import _qt


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("register", help="a register file, or a team register's server URL")
    parser.add_argument("home", type=Path)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the MainWindow constructor here")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()

    _qt.prepare(args.home)
    app = _qt.make_app()
    from assetmap.register import Register
    from assetmap.settings import Preferences
    from assetmap.ui.main_window import MainWindow

    register = Register.open(args.register if "://" in args.register else Path(args.register))
    expected = register.count()
    preferences = Preferences()
    app.processEvents()

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    wall0 = time.time()
    t0 = time.perf_counter()
    if profiler:
        profiler.enable()
    window = MainWindow(register, preferences)
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    constructed = time.perf_counter()
    # The page starts loading from the event loop, after this returns: the script is in place in time.
    _qt.add_page_script(window.map_view.page, "bench-first-frame", _qt.FIRST_FRAME_JS)
    window.show()
    ready = _qt.wait_signal(window.map_view.ready, args.timeout)
    result: dict[str, object] = {"assets": expected, "constructor_s": constructed - t0}
    if ready is None:
        result["error"] = f"map not ready after {args.timeout} s"
        _qt.emit(result)
        os._exit(1)
    stats = window.map_view.evaluate(_qt.STATS_JS)
    confirmed = time.perf_counter()
    drawn = stats.get("assets_drawn") if isinstance(stats, dict) else None
    _qt.wait_for(
        lambda: window.map_view.evaluate("window.__benchFirstFrame || null") is not None, 10.0, step_ms=20
    )
    first_frame = window.map_view.evaluate("window.__benchFirstFrame || null")
    drawn_at = window.map_view.evaluate("window.__benchDrawnAt || null")
    result.update(
        ready_signal_s=ready - t0,
        ready_s=confirmed - t0,
        assets_drawn=drawn,
        all_drawn=drawn == expected,
        drawn_seen_s=None if drawn_at is None else float(drawn_at) / 1000 - wall0,  # type: ignore[arg-type]
        first_frame_s=None if first_frame is None else float(first_frame) / 1000 - wall0,  # type: ignore[arg-type]
        clock_skew_ms=_qt.clock_check(window.map_view.evaluate),
        rss_mb=_qt.process_tree_rss_mb(),
    )
    _qt.emit(result)
    window.shut_down()
    register.close()
    app.processEvents()
    os._exit(0)


if __name__ == "__main__":
    main()
