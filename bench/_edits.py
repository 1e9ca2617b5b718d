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
    _qt.emit(
        {
            "assets": register.count(),
            "edits": edits,
            "clock_skew_ms": _qt.clock_check(view.evaluate),
        }
    )
    window.shut_down()
    register.close()
    app.processEvents()
    os._exit(0)


if __name__ == "__main__":
    main()
