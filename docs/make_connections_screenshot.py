"""Make docs/connections.png (the Connections view of one ward) and docs/map-links.png (the map, link lines).

Run with ``.venv/bin/python docs/make_connections_screenshot.py``. The demo register is built in a temporary
ASSETMAP_HOME and one ward's assets are linked as a worker might link them (three hubs, each running,
hosting or supporting several groups, and a few links across), so nothing of yours is shown.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import _offscreen

DOCS = Path(__file__).resolve().parent
KINDS = ("meets_at", "runs", "supports", "shares_members", "refers_to", "funds")


def link_a_ward(register) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    """Link the assets of the ward with most of them; returns the ward code and the hubs' ids."""
    import random

    assets = register.assets()
    counts: dict[str, int] = {}
    for asset in assets:
        if asset.ward_code:
            counts[asset.ward_code] = counts.get(asset.ward_code, 0) + 1
    ward = max(counts, key=lambda code: counts[code])
    inside = sorted((a for a in assets if a.ward_code == ward), key=lambda a: a.name)[:45]
    near = inside[0]
    outside = [
        a
        for a in assets
        if a.ward_code != ward and a.lon and abs(a.lon - near.lon) < 0.02 and abs(a.lat - near.lat) < 0.012
    ][:12]
    rng = random.Random(4)
    spaces = [a for a in inside if a.category in ("physical_spaces", "institutions")] or inside
    hubs = spaces[:3]
    made: set[tuple[str, str]] = set()

    def link(a: str, b: str, kind: str) -> None:
        if a != b and (a, b) not in made and (b, a) not in made:
            made.add((a, b))
            register.add_link(a, b, kind)

    for hub in hubs:
        for other in rng.sample(inside, 9):
            link(other.id, hub.id, rng.choice(("meets_at", "supports", "refers_to")))
    for _ in range(18):
        a, b = rng.sample(inside, 2)
        link(a.id, b.id, rng.choice(KINDS))
    for other in outside[:8]:
        link(rng.choice(hubs).id, other.id, rng.choice(("supports", "refers_to", "shares_members")))
    register.add_story(
        hubs[0].id,
        "When the boiler broke, the lunch club moved in here for the winter and nobody missed a Tuesday.",
        teller="Maureen",
        quote_consent=True,
        featured=True,
    )
    return ward, [h.id for h in hubs]


def main() -> int:
    home = _offscreen.prepare("1600x1000", "assetmap-connections-")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-logging")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"

    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtCore import QEventLoop, Qt, QTimer
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
    ward, hubs = link_a_ward(register)
    window = MainWindow(register, Preferences())
    window.resize(1600, 1000)
    window.show()
    for _ in range(150):
        wait(200)
        if window.map_view.is_ready:
            break

    # The connections view, large, on the linked ward.
    for name in ("abundanceDock", "chartsDock", "savedViewsDock"):
        window.docks[name].hide()
    window.select_asset(hubs[0])
    window.connections.connections_action.trigger()
    window.connections.view.show_ward(ward)
    window.resizeDocks([window.connections.dock], [760], Qt.Orientation.Horizontal)
    wait(800)
    view = window.connections.view
    view.canvas.fit()
    wait(300)
    out = DOCS / "connections.png"
    view.grab().save(str(out))
    print(f"{out}: {len(view.network.nodes)} nodes, {len(view.network.edges)} links")  # type: ignore[union-attr]

    # The map with the ward's link lines, the first hub selected.
    window.connections.dock.hide()
    linked = {end for link in register.links() for end in link.asset_ids}
    points = [(a.lon, a.lat) for a in register.assets() if a.id in linked and a.lon is not None]
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    pad = 0.004
    window.map_view.evaluate(
        f"assetmap.flyToBounds([{min(lons) - pad}, {min(lats) - pad}, {max(lons) + pad}, {max(lats) + pad}])"
    )
    wait(3000)
    window.select_asset(hubs[1])  # its links are drawn stronger
    wait(1500)
    out = DOCS / "map-links.png"
    window.grab().save(str(out))
    print(f"{out}: {window.map_view.evaluate('assetmap.links().count')} lines")

    window.shut_down()
    window.close()
    register.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
