"""Child: how soon a change made through another register shows in an open window's map, live.

    python -m bench._live_window URL HOME [--changes 200]

A real window on the team register at ``URL`` listens for the server's change notices. Another register
(another worker) in this process moves an asset; the window hears the notice, reads the asset and applies
it to its table and map. A hook in the page, connected after the page's own handler for upserts, records
``Date.now()`` once the page has applied it. Latency: from ``time.time()`` just before the other register's
write to that moment (the same system clock; see bench/_edits.py).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from pathlib import Path

from bench import _qt
from bench._edits import HOOK_JS


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("home", type=Path)
    parser.add_argument("--changes", type=int, default=200)
    args = parser.parse_args()

    _qt.prepare(args.home)
    app = _qt.make_app()
    from assetmap.geo.wards import WardIndex
    from assetmap.register import Register
    from assetmap.settings import Preferences
    from assetmap.ui.main_window import MainWindow

    wards = WardIndex.for_gm()
    register = Register.open(args.url, ward_index=wards, user="window")
    other = Register.open(args.url, ward_index=wards, user="other worker")
    probe = other.add_asset(name="Live probe", category="associations", lon=-2.24, lat=53.48).assets[0]
    window = MainWindow(register, Preferences())
    window.show()
    if _qt.wait_signal(window.map_view.ready, 60) is None or window.live is None:
        _qt.emit({"error": "map not ready, or the window is not live"})
        os._exit(1)
    if not window.live.listener.wait_until_listening(30):
        _qt.emit({"error": "the window's listener did not connect"})
        os._exit(1)
    view = window.map_view
    view.evaluate(HOOK_JS)
    _qt.spin(500)

    rng = random.Random(3)
    samples: list[float] = []
    missed = 0
    for number in range(args.changes):
        lon = round(-2.24 + rng.uniform(-0.01, 0.01), 6)
        lat = round(53.48 + rng.uniform(-0.01, 0.01), 6)
        start = time.time()
        probe = other.move_asset(probe.id, lon, lat, expected_version=probe.version).assets[0]
        seen = _qt.wait_for(
            lambda n=number - missed: view.evaluate(f"window.__benchEdits.length > {n}") is True,
            10.0,
            step_ms=2,
        )
        if not seen:
            missed += 1
            continue
        entry = view.evaluate(f"window.__benchEdits[{number - missed}]")
        assert isinstance(entry, dict)
        samples.append(float(entry["applied"]) - start * 1000)
    samples.sort()
    _qt.emit(
        {
            "changes": args.changes,
            "missed": missed,
            "median_ms": statistics.median(samples),
            "p90_ms": samples[int(len(samples) * 0.9) - 1],
            "max_ms": samples[-1],
            "clock_skew_ms": _qt.clock_check(view.evaluate),
        }
    )
    window.shut_down()
    other.close()
    register.close()
    app.processEvents()
    os._exit(0)


if __name__ == "__main__":
    main()
