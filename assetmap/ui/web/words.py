"""The words the map page shows (legend, popups, tooltips, screen-reader names), in the window's language.

The page's scripts (resources/web/*.js) write each word through ``t("English")``, which looks it up in the
dictionary this module builds and falls back to English. The dictionary reaches the page with its reading
direction in a script the view inserts before any of the page's own (``words_script``).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from assetmap.ui.i18n import QT_TRANSLATE_NOOP, VOCABULARY, translate, vocabulary

# Every word the page's scripts pass to t(), as it stands there.
MAP_WORDS: tuple[str, ...] = (
    # assetmap.js: the legend and the popups
    QT_TRANSLATE_NOOP("map_page", "Categories"),
    QT_TRANSLATE_NOOP("map_page", "Hide the legend's entries"),
    QT_TRANSLATE_NOOP("map_page", "Show the legend's entries"),
    QT_TRANSLATE_NOOP("map_page", "Ward: {name}"),
    QT_TRANSLATE_NOOP("map_page", "Status: draft"),
    QT_TRANSLATE_NOOP("map_page", "Status: closed"),
    # access.js: what a screen reader says
    QT_TRANSLATE_NOOP(
        "map_page",
        "Map of assets and wards. Arrow keys pan; Tab moves to the assets, then the wards; on one, arrow "
        "keys move to the next and Enter opens it.",
    ),
    QT_TRANSLATE_NOOP("map_page", "{name}, {kind}"),
    # abundance.js: the abundance layer's legend and figures
    QT_TRANSLATE_NOOP(
        "map_page", "Hover over or click a ward (or Tab to it and press Enter) to see its figures"
    ),
    QT_TRANSLATE_NOOP("map_page", "Darker means more"),
    # links.js: stories in a popup
    QT_TRANSLATE_NOOP("map_page", "Stories"),
    QT_TRANSLATE_NOOP("map_page", "and {count} more in the asset's form"),
    QT_TRANSLATE_NOOP("map_page", "Anonymous"),
    # suggestions.js: the meeting's suggestions
    QT_TRANSLATE_NOOP("map_page", "Suggestion: {name} ({category})"),
    QT_TRANSLATE_NOOP("map_page", "Suggested in a meeting: not yet in the register"),
    # meeting.js, and the notice and caption of assetmap.maps.meeting it shows
    QT_TRANSLATE_NOOP("map_page", "Showing partner assets"),
    QT_TRANSLATE_NOOP("map_page", "Public assets only"),
    QT_TRANSLATE_NOOP("map_page", "Public and partner assets"),
)
# Words with a number, as plural messages: the page picks the form for its number (see ``t.n`` in
# assetmap.js).
MAP_PLURALS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("map_page", "%n asset(s) shown"),
    QT_TRANSLATE_NOOP("map_page", "%n gift(s) and skills counted, not shown"),
)
# One number of each plural category the page tells apart: one, few (Polish), and other/many.
_PLURAL_SAMPLES = (1, 2, 5)


def _forms(source: str) -> list[str]:
    """The plural forms of ``source`` for numbers that are one, few and many, with ``%n`` kept in."""
    forms = []
    for n in _PLURAL_SAMPLES:
        text = translate("map_page", source, None, n)
        forms.append(text.replace(QLocale().toString(n), "%n", 1).replace(str(n), "%n", 1))
    return forms


def page_words() -> dict[str, object]:
    """English → the window's language, for every word the page shows; plural words map to their forms."""
    words: dict[str, object] = {text: vocabulary(text) for text in VOCABULARY}
    words.update({text: translate("map_page", text) for text in MAP_WORDS})
    for text in MAP_PLURALS:
        forms = _forms(text)
        if any(form != text for form in forms):  # a catalogue has them; else the page keeps its English
            words[text] = forms
    return words


def words_script() -> str:
    """The script that hands the page its words, its language and its reading direction."""
    locale = QLocale()
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    setting = {
        "words": page_words(),
        "lang": locale.bcp47Name(),
        "dir": "rtl" if right_to_left else "ltr",
    }
    data = json.dumps(setting, ensure_ascii=False).replace("</", "<\\/")
    return (
        f"window.assetmapLanguage = {data};\n"
        "document.addEventListener('DOMContentLoaded', function () {\n"
        "  document.documentElement.lang = window.assetmapLanguage.lang;\n"
        "  document.documentElement.dir = window.assetmapLanguage.dir;\n"
        "});\n"
    )
