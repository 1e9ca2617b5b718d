"""Make docs/screenshot.png and docs/screenshot-abundance.png: the main window on the demo register.

Run with ``.venv/bin/python docs/make_screenshot.py``. It builds the demo register in a temporary
ASSETMAP_HOME, opens the window offscreen, waits for the map, selects an asset and grabs the window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshot.png"
OUT_ABUNDANCE = Path(__file__).resolve().parent / "screenshot-abundance.png"


def main() -> int:
    screen = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "offscreen_screen.json"
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screen}")
    if os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    home = Path(tempfile.mkdtemp(prefix="assetmap-shot-"))
    os.environ["ASSETMAP_HOME"] = str(home)

    import PySide6.QtWebEngineWidgets  # noqa: F401
    from _offscreen import show_abundance_layer
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from assetmap.demo import build_demo_register
    from assetmap.languages import ENGLISH
    from assetmap.settings import Preferences
    from assetmap.ui.i18n import install_language
    from assetmap.ui.main_window import MainWindow
    from assetmap.ui.web.scheme import register_app_scheme

    register_app_scheme()
    app = QApplication(sys.argv)
    # As the app starts: its English catalogue gives the plural forms ("4,211 assets").
    install_language(ENGLISH)
    register = build_demo_register(home / "demo.assetmap")
    window = MainWindow(register, Preferences())
    window.resize(1600, 950)
    window.splitter.setSizes([700, 900])
    loop = QEventLoop()
    window.map_view.ready.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.show()
    loop.exec()
    # The abundance figures and charts follow the map, computed in the background.
    window.abundance_panel.charts_changed.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    library = next(a for a in register.assets() if a.name == "Bolton Central Library")
    window.select_asset(library.id)
    QTimer.singleShot(1500, loop.quit)
    loop.exec()
    window.grab().save(str(OUT))
    window.table.clearSelection()
    show_abundance_layer(window, loop)
    window.grab().save(str(OUT_ABUNDANCE))
    window.shut_down()
    register.close()
    app.processEvents()
    print(f"Wrote {OUT} and {OUT_ABUNDANCE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
