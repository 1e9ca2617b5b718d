"""The About box: what AssetMap is for, its version, and the credit each dataset's licence asks for."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

import assetmap
from assetmap.geo.boundaries import Boundaries
from assetmap.sources import ATTRIBUTION_BLOCK, COMPILED_VIA, DATA_SOURCES, DataSource
from assetmap.ui.i18n import QT_TRANSLATE_NOOP, awaiting_review, translate
from assetmap.ui.screen_fit import fit_to_screen

PURPOSE = QT_TRANSLATE_NOOP(
    "about",
    "AssetMap keeps an offline register of a place's community assets (Greater Manchester's wards are "
    "bundled; a team elsewhere imports its own) — people's gifts "
    "and skills, associations, institutions, physical spaces, the local economy, and culture and stories — "
    "and shows them on the ward map. It follows asset-based community development: start from what a "
    "community already has, not from what it lacks.",
)


def _source_html(source: DataSource) -> str:
    return (
        f"<p><b>{html.escape(source.name)}</b><br>"
        + html.escape(translate("about", "Licence: {licence}").format(licence=source.licence))
        + f" ({html.escape(source.licence_url)})<br>"
        f"{html.escape(source.attribution)}</p>"
    )


def _translations_html() -> str:
    """Which translations a native speaker has yet to read through (each named in its own language)."""
    waiting = awaiting_review()
    if not waiting:
        return ""
    names = ", ".join(f"{lang.native_name} ({lang.english_name})" for lang in waiting)
    heading = translate("about", "Translations")
    return (
        f"<h3>{html.escape(heading)}</h3><p>"
        + html.escape(
            translate(
                "about",
                "These translations await review by a native speaker: {languages}. Corrections are "
                "welcome; the English wording is the reference.",
            ).format(languages=names)
        )
        + "</p>"
    )


def about_html(wards: Boundaries) -> str:
    """The About text for a register with ``wards``, as simple rich text (every value escaped; no links)."""
    block = "<br>".join(html.escape(line) for line in ATTRIBUTION_BLOCK.splitlines())
    own_wards = (
        ""
        if wards.bundled
        else (
            "<p><b>"
            + html.escape(translate("about", "This register's wards: {name}").format(name=wards.name))
            + "</b><br>"
            + html.escape(
                translate(
                    "about",
                    "Imported from {source} by the register's team; credit its publisher as its licence "
                    "requires.",
                ).format(source=wards.source or translate("about", "a file"))
            )
            + "</p>"
        )
    )
    purpose = translate("about", PURPOSE)
    sources = translate("about", "Data sources")
    return (
        f"<h2>AssetMap {html.escape(assetmap.__version__)}</h2>"
        f"<p>{html.escape(purpose)}</p>"
        f"{_translations_html()}"
        f"<h3>{html.escape(sources)}</h3>"
        f"{own_wards}"
        f"<p>{block}</p>"
        + "".join(_source_html(s) for s in DATA_SOURCES)
        + f"<p>{html.escape(COMPILED_VIA)}</p>"
    )


class AboutDialog(QDialog):
    """App name, version, purpose and data credits; all the text can be selected and copied."""

    def __init__(self, wards: Boundaries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("about", "About AssetMap"))
        title = QLabel(
            html.escape(translate("about", "AssetMap version {version}"))
            .replace("AssetMap", "<b>AssetMap</b>", 1)
            .format(version=html.escape(assetmap.__version__))
        )
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.text = QTextBrowser()
        # Addresses are shown as text, not links: nothing here opens a browser or touches the network.
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setHtml(about_html(wards))
        self.text.setAccessibleName(translate("about", "About AssetMap and its data sources"))

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
