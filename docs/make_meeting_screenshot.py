"""Make docs/meeting-mode.png: meeting mode at projector size (1920x1080) on the demo register.

Run with ``.venv/bin/python docs/make_meeting_screenshot.py [OUT]`` (default docs/meeting-mode.png). The demo
register is built in a temporary ASSETMAP_HOME, so nothing of yours is shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
SCREEN = DOCS.parent / "tests" / "fixtures" / "offscreen_screen.json"  # one 1920x1080 screen


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DOCS / "meeting-mode.png"
    home = Path(tempfile.mkdtemp(prefix="assetmap-meeting-"))
    os.environ["ASSETMAP_HOME"] = str(home)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-logging")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"

    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from assetmap.ui.web.scheme import register_app_scheme

    register_app_scheme()
    app = QApplication([])

    from assetmap.demo import build_demo_register
    from assetmap.settings import Preferences
    from assetmap.ui.main_window import MainWindow

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    register = build_demo_register(home / "demo.assetmap")
    window = MainWindow(register, Preferences())
    window.show()
    for _ in range(150):
        wait(200)
        if window.map_view.is_ready:
            break
    window.meeting.action.trigger()
    view = window.meeting.map_view
    assert view is not None
    for _ in range(150):
        wait(200)
        if view.is_ready and view.evaluate("assetmap.meeting.status().on"):
            break
    view.evaluate("assetmap.meeting.showWardAt(-2.2426, 53.4808)")  # Deansgate's figures, as on a click
    window.meeting.hide_bar()
    wait(1500)
    assert window.meeting.meeting_window is not None
    image = window.meeting.meeting_window.grab().toImage()
    image.save(str(out))
    print(f"{out}: {image.width()}x{image.height()}")
    window.meeting.leave()
    window.shut_down()
    window.close()
    register.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
