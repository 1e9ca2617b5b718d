"""Translation of the window's words: Qt's catalogues (resources/i18n/assetmap_<code>.ts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue where it is defined; translate it where it is shown."""
    return text
