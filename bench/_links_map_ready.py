"""Child: window-to-map-ready time with the Links layer on, in a fresh process.

    python -m bench._links_map_ready REGISTER HOME EXPECTED_LINES

As ``bench._map_ready``: the register is opened and the QApplication created before the clock starts.
The clock runs from constructing ``MainWindow`` (and showing it) until ``map_view.ready`` has fired
(``ready_s``), and on until the page's Links layer reports every expected line drawn (``lines_s``).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from bench import _qt


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("register", type=Path)
    parser.add_argument("home", type=Path)
    parser.add_argument("lines", type=int)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()

    _qt.prepare(args.home)
    app = _qt.make_app()
    from assetmap.register import Register
    from assetmap.settings import Preferences
    from assetmap.ui.main_window import MainWindow

    register = Register.open(args.register)
    expected = register.count()
    app.processEvents()

    t0 = time.perf_counter()
    window = MainWindow(register, Preferences())
    window.show()
    ready = _qt.wait_signal(window.map_view.ready, args.timeout)
    result: dict[str, object] = {"assets": expected, "lines_expected": args.lines}
    if ready is None:
        result["error"] = f"map not ready after {args.timeout} s"
        _qt.emit(result)
        os._exit(1)

    def lines_drawn() -> bool:
        layer = window.map_view.evaluate("window.assetmap.links ? window.assetmap.links() : null")
        return isinstance(layer, dict) and layer.get("count") == args.lines

    done = _qt.wait_for(lines_drawn, args.timeout, step_ms=5)
    lines_at = time.perf_counter()
    stats = window.map_view.evaluate(_qt.STATS_JS)
    drawn = stats.get("assets_drawn") if isinstance(stats, dict) else None
    result.update(
        ready_s=ready - t0,
        lines_s=(lines_at - t0) if done else None,
        all_lines=done,
        assets_drawn=drawn,
        all_drawn=drawn == expected,
        rss_mb=_qt.process_tree_rss_mb(),
    )
    _qt.emit(result)
    window.shut_down()
    register.close()
    app.processEvents()
    os._exit(0)


if __name__ == "__main__":
    main()
