"""Child: table filter latency, in a fresh process, with the window shown and the map ready.

    python -m bench._filters REGISTER HOME [--repeats 12]

Proxy: each sample calls ``window.proxy.set_search`` / ``set_category`` / ``set_district`` with a new value
(from no filter), reads ``proxy.rowCount()`` and drains the event queue (``processEvents`` until a pass
finds nothing posted, so the table's repaint is included); then the filter is cleared, timed the same way.

Filter bar: the category combo is changed as a person would, which also tells the map which assets to
show. Timed until the page has applied the visible set (a hook after the page's own handler records
``Date.now()``), the same clock as Python's ``time.time()``.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from bench import _qt

SEARCHES = [
    "group7",
    "asset 0012",
    "number 4",
    "group3",
    "asset 01",
    "number 123",
    "group42",
    "bench group1",
    "asset 04",
    "number 9",
    "group25",
    "synthetic 003",
]

VISIBLE_HOOK_JS = """
(function () {
  window.__benchVisible = [];
  window.assetmap.bridgeForTests().visible_ids_changed.connect(function () {
    window.__benchVisible.push(Date.now());
  });
  return true;
})()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("register", type=Path)
    parser.add_argument("home", type=Path)
    parser.add_argument("--repeats", type=int, default=12)
    args = parser.parse_args()

    _qt.prepare(args.home)
    app = _qt.make_app()
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from assetmap.register import Register
    from assetmap.settings import Preferences
    from assetmap.ui.main_window import MainWindow

    register = Register.open(args.register)
    window = MainWindow(register, Preferences())
    window.show()
    if _qt.wait_signal(window.map_view.ready, 60) is None:
        _qt.emit({"error": "map not ready"})
        os._exit(1)
    _qt.spin(500)
    proxy = window.proxy
    total = proxy.rowCount()

    def settle() -> None:
        # Deliver everything posted so far (the table's relayout and repaint included) until idle.
        dispatcher = QCoreApplication.eventDispatcher()
        for _ in range(20):
            QCoreApplication.sendPostedEvents()
            if not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
                break

    def timed(action: object) -> tuple[float, int]:
        t0 = time.perf_counter()
        action()  # type: ignore[operator]
        rows = proxy.rowCount()
        settle()
        return (time.perf_counter() - t0) * 1000, rows

    categories = [c.code for c in register.categories()]
    districts = sorted(window.model.district_names)
    values = {
        "search": [SEARCHES[i % len(SEARCHES)] for i in range(args.repeats)],
        "category": [categories[i % len(categories)] for i in range(args.repeats)],
        "district": [districts[i % len(districts)] for i in range(args.repeats)],
    }
    setters = {"search": proxy.set_search, "category": proxy.set_category, "district": proxy.set_district}
    clear_values: dict[str, object] = {"search": "", "category": None, "district": None}
    proxy_results: dict[str, dict[str, list[float] | list[int]]] = {}
    for kind, setter in setters.items():
        set_ms: list[float] = []
        clear_ms: list[float] = []
        rows: list[int] = []
        for value in values[kind]:
            elapsed, shown = timed(lambda s=setter, v=value: s(v))
            set_ms.append(elapsed)
            rows.append(shown)
            elapsed, shown = timed(lambda s=setter, k=kind: s(clear_values[k]))
            assert shown == total, (kind, shown, total)
            clear_ms.append(elapsed)
            _qt.spin(30)
        proxy_results[kind] = {"set_ms": set_ms, "clear_ms": clear_ms, "rows": rows}

    # The filter bar, table and map together: a person picks a category.
    view = window.map_view
    view.evaluate(VISIBLE_HOOK_JS)
    bar = window.filter_bar
    combo = bar.category_combo
    bar_ms: list[float] = []
    bar_rows: list[int] = []
    bar_drawn_ok: list[bool] = []
    for i in range(args.repeats):
        for target in (1 + i % (combo.count() - 1), 0):
            seen = len(view.evaluate("window.__benchVisible"))  # type: ignore[arg-type]
            start = time.time()
            combo.setCurrentIndex(target)
            applied = _qt.wait_for(
                lambda n=seen: view.evaluate(f"window.__benchVisible.length > {n}") is True, 20.0, step_ms=2
            )
            if not applied:
                bar_ms.append(float("nan"))
                continue
            page_ms = float(view.evaluate(f"window.__benchVisible[{seen}]")) - start * 1000  # type: ignore[arg-type]
            if target:
                bar_ms.append(page_ms)
                stats = view.evaluate(_qt.STATS_JS)
                bar_rows.append(proxy.rowCount())
                bar_drawn_ok.append(isinstance(stats, dict) and stats.get("assets_drawn") == proxy.rowCount())
            _qt.spin(50)

    _qt.emit(
        {
            "assets": total,
            "proxy": proxy_results,
            "filter_bar_category_to_map_ms": bar_ms,
            "filter_bar_rows": bar_rows,
            "filter_bar_map_matches_table": all(bar_drawn_ok),
            "clock_skew_ms": _qt.clock_check(view.evaluate),
        }
    )
    window.shut_down()
    register.close()
    app.processEvents()
    os._exit(0)


if __name__ == "__main__":
    main()
