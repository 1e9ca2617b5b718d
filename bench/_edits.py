"""Child: how long an edit takes to show on the map, in a fresh process.

    python -m bench._edits REGISTER HOME [--edits 25]

After the map is ready, a hook is connected in the page to the bridge's ``assets_upserted`` signal, after
the page's own handler, so it runs once the page has applied the upsert. It records ``Date.now()`` and the
asset's position as the page then reports it (``assetPosition(id)``), and ``Date.now()`` again at the end
of the next animation frame. Each edit is ``register.update_asset(id, lon=..., lat=...)`` followed by
``window.apply_change(change)``, the path the undo commands take; its start is ``time.time()`` just before
``update_asset``. Python's ``time.time()`` and the page's ``Date.now()`` read the same system clock
(checked, and reported as ``clock_skew_ms``); ``Date.now()`` has 1 ms resolution.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from pathlib import Path

from bench import _qt

HOOK_JS = """
(function () {
  window.__benchEdits = [];
  window.assetmap.bridgeForTests().assets_upserted.connect(function (text) {
    var applied = Date.now();
    var id = JSON.parse(text).rows[0][0];
    var entry = { id: id, applied: applied, position: window.assetmap.assetPosition(id), frame: null };
    window.__benchEdits.push(entry);
    requestAnimationFrame(function () { setTimeout(function () { entry.frame = Date.now(); }, 0); });
  });
  return true;
})()
"""


def longest_stall(seconds: float) -> float:
    """The longest gap between ticks of a 10 ms timer over ``seconds``: how long the UI was frozen."""
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    _qt.spin(int(seconds * 1000))
    timer.stop()
    return max(gaps, default=seconds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("register", type=Path)
    parser.add_argument("home", type=Path)
    parser.add_argument("--edits", type=int, default=25)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    _qt.prepare(args.home)
    app = _qt.make_app()
    from assetmap.register import Register
    from assetmap.settings import Preferences
    from assetmap.ui.main_window import MainWindow

    register = Register.open(args.register)
    window = MainWindow(register, Preferences())
    window.show()
    if _qt.wait_signal(window.map_view.ready, 60) is None:
        _qt.emit({"error": "map not ready"})
        os._exit(1)
    view = window.map_view
    view.evaluate(HOOK_JS)
    _qt.spin(500)  # let the first frames after loading settle
    idle_stall = longest_stall(3.0)

    rng = random.Random(args.seed)
    assets = rng.sample(register.assets(), args.edits)
    edits: list[dict[str, object]] = []
    for number, asset in enumerate(assets):
        # A move of up to ~200 m, inside Greater Manchester.
        lon = round(float(asset.lon) + rng.uniform(-0.003, 0.003), 6)  # type: ignore[arg-type]
        lat = round(float(asset.lat) + rng.uniform(-0.002, 0.002), 6)  # type: ignore[arg-type]
        start = time.time()
        t0 = time.perf_counter()
        change = register.update_asset(asset.id, lon=lon, lat=lat)
        written = time.perf_counter()
        window.apply_change(change)
        applied_py = time.perf_counter()
        seen = _qt.wait_for(
            lambda n=number: view.evaluate(f"window.__benchEdits.length > {n}") is True, 10.0, step_ms=2
        )
        if not seen:
            edits.append({"id": asset.id, "error": "the page never applied the edit"})
            continue
        _qt.wait_for(
            lambda n=number: view.evaluate(f"window.__benchEdits[{n}].frame !== null") is True, 5.0, step_ms=2
        )
        entry = view.evaluate(f"window.__benchEdits[{number}]")
        assert isinstance(entry, dict)
        position = entry.get("position") or [None, None]
        edits.append(
            {
                "id": asset.id,
                "write_ms": (written - t0) * 1000,
                "apply_change_ms": (applied_py - written) * 1000,
                "page_applied_ms": float(entry["applied"]) - start * 1000,
                "next_frame_ms": None if entry["frame"] is None else float(entry["frame"]) - start * 1000,
                "position_ok": entry["id"] == asset.id
                and abs(position[0] - lon) < 1e-6
                and abs(position[1] - lat) < 1e-6,
            }
        )
        _qt.spin(100)
    # Context: how long the event loop is blocked (longest gap between 10 ms timer ticks) while idle
    # (measured above, before any edit), and in the seconds after one more edit, when follow-up work
    # triggered by the edit runs.
    _qt.spin(4000)  # let the follow-up work of the last edit above finish
    asset = assets[0]
    window.apply_change(register.update_asset(asset.id, lon=asset.lon, lat=asset.lat))
    after_edit_stall = longest_stall(6.0)
    _qt.emit(
        {
            "assets": register.count(),
            "edits": edits,
            "idle_stall_ms": idle_stall * 1000,
            "after_edit_stall_ms": after_edit_stall * 1000,
            "clock_skew_ms": _qt.clock_check(view.evaluate),
        }
    )
    window.shut_down()
    register.close()
    app.processEvents()
    os._exit(0)


if __name__ == "__main__":
    main()
