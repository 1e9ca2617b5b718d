"""The About box: what AssetMap is for, its version, and the credit each dataset's licence asks for."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

import assetmap
from assetmap.geo.boundaries import Boundaries
from assetmap.sources import ATTRIBUTION_BLOCK, COMPILED_VIA, DATA_SOURCES, DataSource
from assetmap.ui.screen_fit import fit_to_screen

PURPOSE = (
    "AssetMap keeps an offline register of a place's community assets (Greater Manchester's wards are "
    "bundled; a team elsewhere imports its own) — people's gifts "
    "and skills, associations, institutions, physical spaces, the local economy, and culture and stories — "
    "and shows them on the ward map. It follows asset-based community development: start from what a "
    "community already has, not from what it lacks."
)


def _source_html(source: DataSource) -> str:
    return (
        f"<p><b>{html.escape(source.name)}</b><br>"
        f"Licence: {html.escape(source.licence)} ({html.escape(source.licence_url)})<br>"
        f"{html.escape(source.attribution)}</p>"
    )


def about_html(wards: Boundaries) -> str:
    """The About text for a register with ``wards``, as simple rich text (every value escaped; no links)."""
    block = "<br>".join(html.escape(line) for line in ATTRIBUTION_BLOCK.splitlines())
    own_wards = (
        ""
        if wards.bundled
        else (
            f"<p><b>This register's wards: {html.escape(wards.name)}</b><br>Imported from "
            f"{html.escape(wards.source or 'a file')} by the register's team; credit its publisher as its "
            "licence requires.</p>"
        )
    )
    return (
        f"<h2>AssetMap {html.escape(assetmap.__version__)}</h2>"
        f"<p>{html.escape(PURPOSE)}</p>"
        "<h3>Data sources</h3>"
        f"{own_wards}"
        f"<p>{block}</p>"
        + "".join(_source_html(s) for s in DATA_SOURCES)
        + f"<p>{html.escape(COMPILED_VIA)}</p>"
    )


class AboutDialog(QDialog):
    """App name, version, purpose and data credits; all the text can be selected and copied."""

    def __init__(self, wards: Boundaries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About AssetMap")
        title = QLabel(f"<b>AssetMap</b> version {html.escape(assetmap.__version__)}")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.text = QTextBrowser()
        # Addresses are shown as text, not links: nothing here opens a browser or touches the network.
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setHtml(about_html(wards))
        self.text.setAccessibleName("About AssetMap and its data sources")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 560)

    def plain_text(self) -> str:
        return self.text.toPlainText()
