"""A temporary AssetMap home and one offscreen screen of a given size, for the scripts that draw pictures.

Call :func:`prepare` before Qt is imported: the offscreen platform reads its screen when Qt starts.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def prepare(size: str, prefix: str) -> Path:
    """Make a temporary ASSETMAP_HOME with a ``WIDTHxHEIGHT`` screen (96 dpi), point Qt and AssetMap at
    it, and return it."""
    width, height = (int(n) for n in size.split("x"))
    home = Path(tempfile.mkdtemp(prefix=prefix))
    screen = home / "screen.json"
    geometry = {"name": "Screen", "x": 0, "y": 0, "width": width, "height": height}
    screen.write_text(
        json.dumps({"screens": [{**geometry, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}),
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["ASSETMAP_HOME"] = str(home)
    return home


def show_abundance_layer(window: object, loop: object) -> None:
    """Switch the window's map to the abundance layer and wait until it is drawn: the layer is built in
    the background, then the page draws it (``loop`` is a ``QEventLoop`` to wait in)."""
    from PySide6.QtCore import QTimer

    panel = window.abundance_panel  # type: ignore[attr-defined]
    panel.layer_changed.connect(loop.quit)  # type: ignore[attr-defined]
    panel.show_layer("abundance")
    QTimer.singleShot(30_000, loop.quit)  # type: ignore[attr-defined]
    loop.exec()  # type: ignore[attr-defined]
    QTimer.singleShot(1500, loop.quit)  # type: ignore[attr-defined]
    loop.exec()  # type: ignore[attr-defined]
