"""Child: cold start, run through the app's own entry point (``assetmap.cli.main``).

    python -m bench._cold_start REGISTER

The parent takes ``time.time()`` just before spawning this process; this prints ``time.time()`` when the
main window's map is ready (and the page reports every asset drawn), so the difference covers interpreter
start, imports, Qt and the web engine starting, opening the register, the window and the map.
The only addition to the normal start is a hook on the main window: when the map is ready it notes the
time and quits the app, which then shuts down the normal way. The caller sets QT_QPA_PLATFORM and
ASSETMAP_HOME.
"""

from __future__ import annotations

import json
import sys
import time

STARTED = time.time()


def main() -> int:
    register = sys.argv[1]
    import assetmap.ui.main_window as main_window
    from assetmap import cli

    marks: dict[str, object] = {"module_started": STARTED}
    original = main_window.MainWindow.__init__

    def init(self: main_window.MainWindow, *args: object, **kwargs: object) -> None:
        marks["window_started"] = time.time()
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        marks["window_built"] = time.time()
        self.map_view.ready.connect(lambda: on_ready(self))

    def on_ready(window: main_window.MainWindow) -> None:
        from PySide6.QtCore import QTimer

        marks["ready"] = time.time()
        # Asking the page from inside the bridge's slot would wait forever: ask once it has returned.
        QTimer.singleShot(0, lambda: confirm(window))

    def confirm(window: main_window.MainWindow) -> None:
        from PySide6.QtWidgets import QApplication

        stats = window.map_view.evaluate("window.assetmap.stats()")
        marks["confirmed"] = time.time()
        marks["assets_drawn"] = stats.get("assets_drawn") if isinstance(stats, dict) else None
        marks["assets"] = window.model.rowCount()
        QApplication.quit()

    main_window.MainWindow.__init__ = init  # type: ignore[method-assign]
    code = cli.main(["--register", register])
    marks["exit_code"] = code
    sys.stdout.write(json.dumps(marks) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
