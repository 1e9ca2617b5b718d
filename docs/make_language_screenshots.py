"""Make docs/screenshot-ur.png, docs/screenshot-abundance-ur.png and docs/asset-form-ur.png: the main
window, the window with the abundance layer and its charts, and the asset form, in Urdu.

Run with ``.venv/bin/python docs/make_language_screenshots.py [CODE]`` (default ``ur``; ``pl`` makes
docs/screenshot-pl.png, docs/screenshot-abundance-pl.png and docs/asset-form-pl.png). It builds the demo
register in a temporary ASSETMAP_HOME, starts the app in that language as ``assetmap --language CODE``
would, and grabs each.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _offscreen import prepare, show_abundance_layer

DOCS = Path(__file__).resolve().parent


def main() -> int:
    code = sys.argv[1] if len(sys.argv) > 1 else "ur"
    home = prepare("1600x950", f"assetmap-{code}-")
    import os

    if os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"

    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from assetmap.demo import build_demo_register
    from assetmap.geo.postcodes import PostcodeIndex
    from assetmap.languages import language
    from assetmap.settings import Preferences
    from assetmap.ui.asset_form import AssetForm
    from assetmap.ui.i18n import install_language
    from assetmap.ui.main_window import MainWindow
    from assetmap.ui.web.scheme import register_app_scheme

    register_app_scheme()
    app = QApplication(sys.argv)
    install_language(language(code))
    register = build_demo_register(home / "demo.assetmap")
    window = MainWindow(register, Preferences(language=code))
    window.resize(1600, 950)
    window.splitter.setSizes([900, 700])
    loop = QEventLoop()
    window.map_view.ready.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.show()
    loop.exec()
    library = next(a for a in register.assets() if a.name == "Bolton Central Library")
    window.select_asset(library.id)
    window.map_view.evaluate(f"assetmap.clickAsset({library.id!r})")
    QTimer.singleShot(2000, loop.quit)
    loop.exec()
    shot = DOCS / f"screenshot-{code}.png"
    window.grab().save(str(shot))

    # The abundance layer and the chart panel, whose figures, legend, titles and notes the core words.
    window.table.clearSelection()
    show_abundance_layer(window, loop)
    abundance_shot = DOCS / f"screenshot-abundance-{code}.png"
    window.grab().save(str(abundance_shot))

    form = AssetForm(
        register.categories(), PostcodeIndex.for_gm(), register.boundaries().ward_names, library, window
    )
    form.resize(720, 760)
    form.show()
    form.name_edit.setFocus()
    QTimer.singleShot(500, loop.quit)
    loop.exec()
    form_shot = DOCS / f"asset-form-{code}.png"
    form.grab().save(str(form_shot))
    form.close()
    window.shut_down()
    register.close()
    app.processEvents()
    print(f"Wrote {shot}, {abundance_shot} and {form_shot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
