"""Shared set-up for the Qt measurements, each of which runs in its own child process.

Every child prints one JSON object on its last stdout line; the parent (``bench.foundation``) reads it.
Call :func:`prepare` before anything imports PySide6.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# What the page is asked to check that all assets are drawn (the same counters the tests use).
STATS_JS = "window.assetmap ? window.assetmap.stats() : null"

# Runs in the map page from document creation: once the page has drawn (the legend exists, and draw()
# adds it in the same synchronous call that adds every asset marker), it waits for the next animation
# frame plus a task, i.e. until that frame has been produced, and stores Date.now() in
# window.__benchFirstFrame. It can be at most one frame late, never early.
FIRST_FRAME_JS = """
(function () {
  function tick() {
    if (document.querySelector(".am-legend")) {
      window.__benchDrawnAt = Date.now();
      requestAnimationFrame(function () {
        setTimeout(function () { window.__benchFirstFrame = Date.now(); }, 0);
      });
      return;
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();
"""


def prepare(home: Path | str) -> None:
    """Offscreen Qt, the sandbox off for root, and an ASSETMAP_HOME of our own."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    os.environ["ASSETMAP_HOME"] = str(home)
    Path(home).mkdir(parents=True, exist_ok=True)


def make_app() -> Any:
    """The QApplication, with the web engine loaded and the app:// scheme registered first."""
    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtWidgets import QApplication

    from assetmap.ui.web.scheme import register_app_scheme

    register_app_scheme()
    return QApplication.instance() or QApplication([sys.argv[0]])


def spin(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(predicate: Callable[[], bool], timeout_s: float, step_ms: int = 5) -> bool:
    """Run the event loop until ``predicate()`` is true or ``timeout_s`` passes."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    while not predicate():
        if time.perf_counter() > deadline:
            return False
        QTimer.singleShot(step_ms, loop.quit)
        loop.exec()
    return True


def wait_signal(signal: Any, timeout_s: float) -> float | None:
    """Run the event loop until ``signal`` fires; the ``time.perf_counter()`` at which it fired, or None."""
    from PySide6.QtCore import QEventLoop, QTimer

    fired: list[float] = []
    loop = QEventLoop()

    def on_fire(*_args: object) -> None:
        if not fired:
            fired.append(time.perf_counter())
        loop.quit()

    signal.connect(on_fire)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(on_fire)
    return fired[0] if fired else None


def add_page_script(page: Any, name: str, source: str) -> None:
    """Inject ``source`` into every load of ``page`` at document creation, in the page's own world."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    script = QWebEngineScript()
    script.setName(name)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(False)
    script.setSourceCode(source)
    page.scripts().insert(script)


def clock_check(evaluate: Callable[[str], object]) -> float:
    """How far the page's ``Date.now()`` lies outside the Python ``time.time()`` bracket around it (ms).

    Both read the same system clock, so this should be 0 (within Date.now()'s 1 ms resolution);
    it is reported so a skew would show rather than silently bias the cross-process figures.
    """
    before = time.time() * 1000
    page_ms = float(evaluate("Date.now()"))  # type: ignore[arg-type]
    after = time.time() * 1000
    if page_ms < before - 1:
        return page_ms - before
    if page_ms > after + 1:
        return page_ms - after
    return 0.0


def process_tree_rss_mb(root: int | None = None) -> float:
    """Resident memory of this process and all its descendants (the web engine's helpers), in MB."""
    root = os.getpid() if root is None else root
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
            with open(f"/proc/{entry}/statm") as handle:
                resident = int(handle.read().split()[1])
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = resident * page
    total = 0
    for pid in rss:
        current = pid
        while current and current != root and current in parents:
            current = parents[current]
        if current == root:
            total += rss[pid]
    return total / 1e6


def emit(result: dict[str, object]) -> None:
    """Print the result for the parent: one JSON line, last on stdout."""
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
