"""Make docs/asset-form-1366x768.png: the asset form editing a full record, on a 1366x768 laptop screen.

Run with ``.venv/bin/python docs/make_form_screenshot.py [WIDTHxHEIGHT] [OUT]`` (default 1366x768 and
docs/asset-form-1366x768.png). The register is made in a temporary ASSETMAP_HOME, so none of yours shows.
The Name field has the keyboard focus, so the picture shows the focus ring.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _offscreen import prepare

DOCS = Path(__file__).resolve().parent


def main() -> int:
    size = sys.argv[1] if len(sys.argv) > 1 else "1366x768"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DOCS / "asset-form-1366x768.png"
    home = prepare(size, "assetmap-form-")

    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtWidgets import QApplication

    from assetmap.geo.postcodes import PostcodeIndex
    from assetmap.register import Register
    from assetmap.ui.asset_form import AssetForm

    app = QApplication(sys.argv)
    register = Register.open(home / "Levenshulme assets.assetmap")
    added = register.add_asset(
        name="Levenshulme Knit and Natter",
        category="associations",
        subcategory="Hobby and interest groups",
        tags=["crafts", "older people", "free"],
        description="A friendly group that meets every week to knit, crochet and chat. Wool and needles "
        "are there to borrow; beginners are welcome.",
        address="Levenshulme Library, Cromwell Grove",
        postcode="M19 3QE",
        lon=-2.1917,
        lat=53.4443,
        contact_name="The library desk",
        contact_phone="0161 227 3700",
        website="https://example.org/knit",
        opening_times="Tuesdays 10–12, term time",
        audience="Everyone; many members are over 60",
        accessibility="Step-free entrance, hearing loop",
        cost="free",
    ).added[0]
    boundaries = register.boundaries()
    form = AssetForm(
        register.categories(), PostcodeIndex.for_gm(), boundaries.ward_names, register.asset(added)
    )
    form.show()
    form.activateWindow()
    form.name_edit.setFocus()
    for _ in range(5):
        app.processEvents()
    form.grab().save(str(out))
    print(f"{out}: {form.width()}x{form.height()} on a {size} screen")
    register.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
