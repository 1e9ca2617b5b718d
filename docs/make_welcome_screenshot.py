"""Make docs/welcome.png: the welcome window as it first opens, with a few recent registers listed.

Run with ``.venv/bin/python docs/make_welcome_screenshot.py [WIDTHxHEIGHT] [OUT]`` (default 1920x1080 and
docs/welcome.png). The registers are made in a temporary ASSETMAP_HOME, so nothing of yours is shown.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from _offscreen import prepare

DOCS = Path(__file__).resolve().parent


def main() -> int:
    size = sys.argv[1] if len(sys.argv) > 1 else "1920x1080"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DOCS / "welcome.png"
    home = prepare(size, "assetmap-welcome-")
    os.environ["HOME"] = str(home)  # the recent registers' folders show as ~/Documents/AssetMap

    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtWidgets import QApplication

    from assetmap.register import Register
    from assetmap.ui.recent import remember_register
    from assetmap.ui.welcome import WelcomeWindow

    app = QApplication(sys.argv)
    folder = home / "Documents" / "AssetMap"
    for name in ("Levenshulme assets.assetmap", "Stockport youth offer.assetmap", "Bolton food map.assetmap"):
        Register.open(folder / name).close()
        remember_register(folder / name)
    welcome = WelcomeWindow(lambda _request: False)
    welcome.show()
    app.processEvents()
    welcome.grab().save(str(out))
    print(f"{out}: {welcome.width()}x{welcome.height()} on a {size} screen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
