"""Child: how long the UI thread freezes, in a fresh process, at open and during typed searches.

    python -m bench._freezes HOME --register REGISTER [--idle-s 10] [--bursts 4] [--samples]
    python -m bench._freezes HOME [--idle-s 10]

A 10 ms precise ``QTimer`` ticks on the UI thread from just after ``window.show()``; a freeze is the gap
between two ticks minus the 10 ms interval. Phases:

- *load*: from ``show()`` until ``map_view.ready`` (the page loading and drawing the assets);
- *after ready*: from then until ``--idle-s`` seconds after ``show()`` (the abundance figures and the
  first charts arrive in this phase);
- *search*: ``--bursts`` bursts of typing into the filter bar's search box, letter by letter (key events
  through ``QTest.keyClick``), then clearing it with the clear button's path (``search.clear()``),
  with a pause after each word and each clear. Half the bursts type at 120 ms a key (faster than the
  search's typing pause, so it filters once per word), half at 200 ms (it filters after each key).

Without ``--register`` it measures the same timer in a bare ``QApplication`` (web engine loaded) with an
empty shown widget: the event loop's own jitter on this machine, the floor for the figures above.

``--samples`` also runs a thread that, every 20 ms during a gap longer than 50 ms, records what the UI
thread's Python stack is (``sys._current_frames()``), and a ``gc.callbacks`` hook that records collections
longer than 20 ms; the long freezes are listed with what was seen during them. (A stack that ends in the
event loop means the UI thread was busy in Qt's C++ code, or waiting for the GIL.)
"""

from __future__ import annotations

import argparse
import collections
import gc
import itertools
import os
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

from bench import _qt

INTERVAL_S = 0.010
WORDS = ("number 4", "group17 ", "asset 01", "bench gr", "synth 12", "number 9")
KEY_INTERVALS_MS = (120, 200)
LONG_GAP_S = 0.050  # the sampler records stacks during gaps longer than this
SAMPLE_EVERY_S = 0.020
GC_REPORTED_S = 0.020


class Watchdog:
    """Ticks of a 10 ms timer on the UI thread, with optional stack samples taken during long gaps."""

    def __init__(self, sample: bool) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        # The UI thread's time on a CPU and waiting for one (run queue), in seconds, at each tick: a gap
        # the thread spent in the run queue was the machine's other work, not the app's.
        self.cpu: list[tuple[float, float]] = []
        self.samples: list[tuple[float, float, tuple[str, ...]]] = []  # (time, gap start, stacks)
        self.collections: list[tuple[float, float, int, str]] = []  # (start, end, generation, thread)
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(int(INTERVAL_S * 1000))
        self._timer.timeout.connect(self._tick)
        self._stop = threading.Event()
        self._sampler: threading.Thread | None = None
        self._gc_started = 0.0
        if sample:
            self._sampler = threading.Thread(target=self._sample, name="bench-sampler", daemon=True)
            gc.callbacks.append(self._on_gc)

    def start(self) -> None:
        self._tick()
        self._timer.start()
        if self._sampler is not None:
            self._sampler.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.cpu.append(_schedstat())

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        # Collections hold the GIL, so one on any thread stops the UI thread too.
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif time.perf_counter() - self._gc_started > GC_REPORTED_S:
            thread = threading.current_thread().name
            self.collections.append((self._gc_started, time.perf_counter(), info["generation"], thread))

    def _sample(self) -> None:
        main_id = threading.main_thread().ident
        while not self._stop.wait(SAMPLE_EVERY_S):
            last = self.ticks[-1]
            now = time.perf_counter()
            if now - last < LONG_GAP_S:
                continue
            frames = sys._current_frames()
            names = {t.ident: t.name for t in threading.enumerate()}
            # The UI thread's last frames, then the innermost frames of the other busy threads (a thread
            # holding the GIL in a long C call freezes the UI thread as surely as the UI thread's own work).
            stack: list[str] = []
            for ident, frame in frames.items():
                if ident == self._sampler.ident:  # type: ignore[union-attr]
                    continue
                depth = 10 if ident == main_id else 3
                where = [f"{_short(f.filename)}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)]
                if ident != main_id:
                    if not any("assetmap/" in w for w in where):
                        continue
                    where = [f"[{names.get(ident, ident)}] {w}" for w in where]
                stack[:0] = where[-depth:] if ident == main_id else []
                if ident != main_id:
                    stack.extend(where[-depth:])
            self.samples.append((now, last, tuple(stack)))

    # -- results ---------------------------------------------------------------------------------------

    def gaps(self, start: float, end: float) -> list[tuple[float, float, float, float]]:
        """(gap start, freeze, of which on a CPU, of which waiting for a CPU) in seconds, for every pair
        of ticks that begins in [start, end)."""
        return [
            (a, max(0.0, b - a - INTERVAL_S), cpu_b - cpu_a, wait_b - wait_a)
            for (a, b), ((cpu_a, wait_a), (cpu_b, wait_b)) in zip(
                itertools.pairwise(self.ticks), itertools.pairwise(self.cpu), strict=True
            )
            if start <= a < end
        ]

    def explain(self, gap_start: float, freeze: float) -> dict[str, Any]:
        """What was seen on the UI thread during one gap: the most frequent stacks, and collections."""
        end = gap_start + freeze + INTERVAL_S
        stacks = collections.Counter(s for t, last, s in self.samples if last == gap_start)
        collected = [
            {"ms": round((b - a) * 1000), "generation": g, "thread": name}
            for a, b, g, name in self.collections
            if gap_start <= a < end
        ]
        return {
            "stacks": [{"count": n, "stack": list(s)} for s, n in stacks.most_common(4)],
            "collections": collected,
        }


def _schedstat() -> tuple[float, float]:
    """This thread's time on a CPU and waiting in the run queue so far, in seconds (Linux)."""
    try:
        with open("/proc/thread-self/schedstat") as handle:
            on_cpu, waiting, _slices = handle.read().split()
    except (OSError, ValueError):
        return 0.0, 0.0
    return int(on_cpu) / 1e9, int(waiting) / 1e9


def _short(filename: str) -> str:
    for marker in ("/assetmap/", "/bench/", "/site-packages/", "/lib/python"):
        if marker in filename:
            return marker.strip("/") + "/" + filename.split(marker, 1)[1]
    return filename


def summary(watchdog: Watchdog, start: float, end: float, *, explain: bool) -> dict[str, Any]:
    """Longest freeze, 99th percentile, and how many exceed 50 and 100 ms, in one phase.

    ``*_own_ms``: the same with the time the UI thread waited in the run queue taken out of each gap,
    i.e. less the time other processes had the CPU it was ready to run on. ``busiest_ms``: the most
    CPU time the UI thread used within one gap (the rest of a gap is waiting: for a CPU, or for the GIL
    while a worker holds it).
    """
    gaps = watchdog.gaps(start, end)
    freezes = sorted(f for _a, f, _c, _w in gaps)
    own = sorted(max(0.0, f - w) for _a, f, _c, w in gaps)

    def p99(values: list[float]) -> float | None:
        return values[min(len(values) - 1, int(0.99 * len(values)))] * 1000 if values else None

    result: dict[str, Any] = {
        "seconds": end - start,
        "ticks": len(gaps),
        "longest_ms": freezes[-1] * 1000 if freezes else None,
        "p99_ms": p99(freezes),
        "over_50ms": sum(f > 0.050 for f in freezes),
        "over_100ms": sum(f > 0.100 for f in freezes),
        "longest_own_ms": own[-1] * 1000 if own else None,
        "p99_own_ms": p99(own),
        "own_over_100ms": sum(f > 0.100 for f in own),
        # The most CPU time the UI thread itself used between two ticks: its own work in one go.
        "busiest_ms": max((c for _a, _f, c, _w in gaps), default=0.0) * 1000,
    }
    if explain:
        worst = sorted(gaps, key=lambda g: g[1], reverse=True)[:5]
        result["worst"] = [
            {
                "at_s": round(a - start, 3),
                "ms": round(f * 1000),
                "on_cpu_ms": round(c * 1000),
                "run_queue_ms": round(w * 1000),
                **watchdog.explain(a, f),
            }
            for a, f, c, w in worst
            if f > LONG_GAP_S
        ]
    return result


def measure_empty(args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    widget.resize(1400, 860)
    widget.show()
    watchdog = Watchdog(args.samples)
    watchdog.start()
    shown = watchdog.ticks[0]
    _qt.spin(int(args.idle_s * 1000))
    watchdog.stop()
    return {"idle": summary(watchdog, shown, shown + args.idle_s, explain=args.samples)}


def type_bursts(window: Any, bursts: int) -> list[dict[str, Any]]:
    """Type words into the search box letter by letter, clear it, and note what the table showed."""
    from PySide6.QtTest import QTest

    search = window.filter_bar.search
    search.setFocus()
    typed: list[dict[str, Any]] = []
    for number in range(bursts):
        word = WORDS[number % len(WORDS)]
        interval = KEY_INTERVALS_MS[number % len(KEY_INTERVALS_MS)]
        for letter in word:
            QTest.keyClick(search, letter)
            _qt.spin(interval)
        _qt.spin(1000)  # the typing pause passes, the table and map follow
        typed.append({"word": word, "key_ms": interval, "rows": window.proxy.rowCount()})
        search.clear()
        _qt.spin(1000)
    return typed


def measure_window(args: argparse.Namespace) -> dict[str, Any]:
    from assetmap.register import Register
    from assetmap.settings import Preferences
    from assetmap.ui.main_window import MainWindow

    register = Register.open(args.register)
    window = MainWindow(register, Preferences())
    ready_at: list[float] = []
    window.map_view.ready.connect(lambda: ready_at.append(time.perf_counter()))
    charts_at: list[float] = []
    window.abundance_panel.charts_changed.connect(lambda _data: charts_at.append(time.perf_counter()))
    window.show()
    watchdog = Watchdog(args.samples)
    watchdog.start()
    shown = watchdog.ticks[0]
    idle_end = shown + args.idle_s
    _qt.spin(int(args.idle_s * 1000))
    if not ready_at:
        return {"error": f"map not ready within {args.idle_s} s"}
    ready = ready_at[0]
    burst_start = time.perf_counter()
    typed = type_bursts(window, args.bursts)
    burst_end = time.perf_counter()
    watchdog.stop()
    total = window.proxy.rowCount()
    result = {
        "assets": register.count(),
        "rows_after_clearing": total,
        "ready_s": ready - shown,
        "charts_s": [t - shown for t in charts_at],
        "charts_shown": window.chart_panel.category_chart is not None and not window.chart_panel.is_empty,
        "typed": typed,
        "load": summary(watchdog, shown, ready, explain=args.samples),
        "after_ready": summary(watchdog, ready, idle_end, explain=args.samples),
        "first_10s": summary(watchdog, shown, idle_end, explain=False),
        "search": summary(watchdog, burst_start, burst_end, explain=args.samples),
    }
    window.shut_down()
    register.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("--register", type=Path, help="without it: an empty window, the loop's own jitter")
    parser.add_argument("--idle-s", type=float, default=10.0)
    parser.add_argument("--bursts", type=int, default=4)
    parser.add_argument("--samples", action="store_true", help="record what the UI thread did in long gaps")
    args = parser.parse_args()

    _qt.prepare(args.home)
    app = _qt.make_app()
    result = measure_window(args) if args.register else measure_empty(args)
    result["load_average"] = os.getloadavg()[0]
    _qt.emit(result)
    app.processEvents()
    os._exit(0)


if __name__ == "__main__":
    main()
