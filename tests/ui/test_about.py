"""The About box credits every data source with its licence."""

from __future__ import annotations

from PySide6.QtCore import Qt

import assetmap
from assetmap.sources import DATA_SOURCES
from assetmap.ui.about import AboutDialog


def test_about_names_the_app_version_and_purpose(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.plain_text()
    assert f"AssetMap {assetmap.__version__}" in text
    assert "start from what a community already has" in text


def test_about_credits_every_licence(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.plain_text()
    for needle in ("Open Government Licence", "Royal Mail", "OpenStreetMap contributors", "ODbL",
                   "Sport England", "Democracy Club", "Trafford Data Lab"):
        assert needle in text
    for source in DATA_SOURCES:
        assert source.attribution in text
        assert source.licence in text


def test_about_text_is_selectable_and_opens_no_links(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not dialog.text.openLinks()
    assert not dialog.text.openExternalLinks()
