"""Make docs/report-dialog.png: the Reports menu's dialog for the commissioner report of Stockport, with its
choices and the preview of the first pages, on the demo register.

Run with ``.venv/bin/python docs/make_report_dialog_screenshot.py [WIDTHxHEIGHT] [OUT]`` (default 1920x1080
and docs/report-dialog.png). The demo register is built in a temporary ASSETMAP_HOME, so nothing of yours
is shown. The window's map is QtWebEngine: as in the app, its ``app://`` scheme is registered and
QtWebEngineWidgets imported before the QApplication exists, and Chromium's sandbox is off when running as
root (Chromium refuses to start otherwise, and the process ends without a word while the window is made).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from _offscreen import prepare

DOCS = Path(__file__).resolve().parent
PREVIEW_TIMEOUT_MS = 120_000


def main() -> int:
    size = sys.argv[1] if len(sys.argv) > 1 else "1920x1080"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DOCS / "report-dialog.png"
    home = prepare(size, "assetmap-report-dialog-")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-logging")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"

    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from assetmap.ui.web.scheme import register_app_scheme

    register_app_scheme()
    app = QApplication([])

    from assetmap.demo import build_demo_register
    from assetmap.languages import ENGLISH
    from assetmap.settings import Preferences
    from assetmap.ui.i18n import install_language
    from assetmap.ui.main_window import MainWindow

    install_language(ENGLISH)  # as the app does at start: the English forms of plurals ("3 pages")

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(ready, timeout_ms: int, what: str) -> None:  # type: ignore[no-untyped-def]
        deadline = QDeadlineTimer(timeout_ms)
        while not ready():
            if deadline.hasExpired():
                raise SystemExit(f"{what} did not happen within {timeout_ms // 1000} s")
            wait(100)

    register = build_demo_register(home / "demo.assetmap")
    window = MainWindow(register, Preferences())
    window.show()
    wait_until(lambda: window.map_view.is_ready, 60_000, "The map being ready")
    window.abundance_panel.area_combo.setCurrentText("Stockport")
    dialog = window.reports.dialog("report")
    dialog.title_edit.setText("Community assets in Stockport")
    dialog.prepared_edit.setText("Stockport neighbourhood team")
    documents = home / "Documents"  # a folder that exists, so the dialog finds nothing wrong with the path
    documents.mkdir()
    dialog.path_edit.setText(str(documents / "Community assets in Stockport.pdf"))
    dialog.show()
    wait_until(lambda: bool(dialog.preview.images), PREVIEW_TIMEOUT_MS, "The preview")
    wait(300)  # the pages painted
    image = dialog.grab().toImage()
    image.save(str(out))
    print(f"{out}: {image.width()}x{image.height()} on a {size} screen")
    dialog.done(0)
    dialog.deleteLater()
    window.shut_down()
    window.close()
    register.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
