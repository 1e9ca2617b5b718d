"""Translation of the window's words: Qt's catalogues (resources/i18n/assetmap_<code>.ts)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from assetmap import paths
from assetmap.languages import ENGLISH, LANGUAGES, Language, UnknownLanguageError, i18n_dir, language

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate reads
    """Marks ``text`` for the catalogue where it is defined; translate it where it is shown."""
    return text


# -- the core's words the window shows ---------------------------------------------------------------------
#
# The Qt-free core names its categories, sharing tiers, measures, link kinds and relations in English; the
# window shows them through ``vocabulary()``. Each is listed here as a literal so that pyside6-lupdate puts
# it in the catalogue; tests/ui/test_translations.py checks this list against the core's declarations.
VOCABULARY: tuple[str, ...] = (
    # assetmap.register.categories.CATEGORIES
    QT_TRANSLATE_NOOP("vocabulary", "People's gifts and skills"),
    QT_TRANSLATE_NOOP("vocabulary", "Associations and groups"),
    QT_TRANSLATE_NOOP("vocabulary", "Institutions"),
    QT_TRANSLATE_NOOP("vocabulary", "Physical spaces"),
    QT_TRANSLATE_NOOP("vocabulary", "Local economy and exchange"),
    QT_TRANSLATE_NOOP("vocabulary", "Culture and stories"),
    # assetmap.register.sharing.TIER_LABELS
    QT_TRANSLATE_NOOP("vocabulary", "Public: assets marked public, no individuals, no personal names"),
    QT_TRANSLATE_NOOP("vocabulary", "Partners: public and partner assets, no individuals, no personal names"),
    QT_TRANSLATE_NOOP(
        "vocabulary",
        "Everything: the team's own full copy, private records and individuals (with consent) included",
    ),
    # assetmap.reports.measures.MEASURES
    QT_TRANSLATE_NOOP("vocabulary", "Assets"),
    QT_TRANSLATE_NOOP("vocabulary", "Assets per 1,000 residents"),
    QT_TRANSLATE_NOOP("vocabulary", "Categories present"),
    QT_TRANSLATE_NOOP("vocabulary", "Variety of assets (Shannon index)"),
    QT_TRANSLATE_NOOP("vocabulary", "Share of postcodes within walking distance of an asset"),
    QT_TRANSLATE_NOOP("vocabulary", "Share of assets with at least one link"),
    QT_TRANSLATE_NOOP("vocabulary", "Groups linked to the ward's spaces"),
    # the link kinds every register starts with (migration 0007's SEEDED_KINDS); renamed ones pass through
    QT_TRANSLATE_NOOP("vocabulary", "meets at"),
    QT_TRANSLATE_NOOP("vocabulary", "runs"),
    QT_TRANSLATE_NOOP("vocabulary", "supports"),
    QT_TRANSLATE_NOOP("vocabulary", "funds"),
    QT_TRANSLATE_NOOP("vocabulary", "shares members with"),
    QT_TRANSLATE_NOOP("vocabulary", "refers to"),
    # assetmap.register.people.RELATIONS
    QT_TRANSLATE_NOOP("vocabulary", "Runs"),
    QT_TRANSLATE_NOOP("vocabulary", "Belongs to"),
    # assetmap.register.connections.ANONYMOUS: a story's teller who has not consented to be named
    QT_TRANSLATE_NOOP("vocabulary", "Anonymous"),
)


# Qt's standard buttons (OK, Cancel, Yes, No…), which Qt names through its own catalogue, qtbase_<code>.qm.
# Qt ships none for Urdu, so AssetMap's catalogues carry these words too (where Qt has them, as for Polish,
# Qt's own are used: its catalogue is installed after AssetMap's and asked first).
STANDARD_BUTTONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Save"),
)


def vocabulary(text: str) -> str:
    """The core's English ``text`` (a category, tier, measure, link kind or relation) in the window's
    language; text the catalogue does not hold (a kind or category a team named itself) is shown as it is."""
    return translate("vocabulary", text)


# -- choosing and installing the language at start-up ------------------------------------------------------

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)
# Naskh rather than Nastaliq for the window: it stays legible at the small sizes of menus and tables.
URDU_UI_FONT = "Noto Naskh Arabic"
LATIN_UI_FONT = "Noto Sans"


def system_language() -> Language:
    """The system's language if AssetMap ships it, else English."""
    try:
        return language(QLocale.system().name())
    except UnknownLanguageError:
        return ENGLISH


def chosen_language(preference: str, override: str | None = None) -> Language:
    """The language to start in: ``override`` (``--language``), else the preference, else the system's.

    An unknown code is refused plainly (:class:`UnknownLanguageError`), naming the choices.
    """
    if override:
        return language(override)
    if preference:
        try:
            return language(preference)
        except UnknownLanguageError:
            log.warning("The preferred language %r is not shipped; using the system's", preference)
    return system_language()


def catalogue_path(code: str) -> Path:
    """The compiled catalogue of the window's words for ``code`` (``assetmap_<code>.qm``)."""
    return i18n_dir() / f"assetmap_{code}.qm"


def qt_locale(lang: Language) -> QLocale:
    """The locale dates and numbers follow: the language's own; for English the system's English (en_US,
    en_IE…), else British English."""
    if lang is ENGLISH:
        system = QLocale.system()
        return system if system.language() == QLocale.Language.English else QLocale("en_GB")
    return QLocale(lang.code)


@dataclass
class InstalledLanguage:
    """What :func:`install_language` changed in the application, so that :meth:`remove` can undo it."""

    language: Language
    locale: QLocale
    direction: Qt.LayoutDirection
    translators: list[QTranslator] = field(default_factory=list)
    font: QFont | None = None

    def remove(self) -> None:
        """Back to how the application was before (its locale, direction and font; no catalogue)."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QGuiApplication.setLayoutDirection(self.direction)
        QLocale.setDefault(self.locale)
        if self.font is not None:
            QGuiApplication.setFont(self.font)


def register_fonts() -> list[str]:
    """Register the bundled Noto fonts (Urdu renders without any system font); returns their families."""
    families: list[str] = []
    folder = paths.resources_dir() / "fonts"
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            log.warning("The bundled font %s could not be loaded", folder / name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def install_language(lang: Language) -> InstalledLanguage:
    """Make the running application speak ``lang``: its catalogue and Qt's own (standard buttons), the
    reading direction, the locale numbers and dates follow, and a font that has the script's letters.

    Call it once the QApplication exists and before any window is made (windows are not retranslated).
    """
    installed = InstalledLanguage(lang, QLocale(), QGuiApplication.layoutDirection())
    if lang is not ENGLISH:
        # English keeps the system's fonts; the bundled ones are there for the other scripts.
        register_fonts()
    QLocale.setDefault(qt_locale(lang))
    app = QCoreApplication.instance()
    ours = QTranslator(app)
    # English has a catalogue too: the English forms of its plural messages ("1 asset", "2 assets").
    if ours.load(str(catalogue_path(lang.code))):
        QCoreApplication.installTranslator(ours)
        installed.translators.append(ours)
    else:
        log.warning("No catalogue at %s: the window stays in English", catalogue_path(lang.code))
    if lang is ENGLISH:
        return installed
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{lang.code}", folder):
        QCoreApplication.installTranslator(qt_own)
        installed.translators.append(qt_own)
    QGuiApplication.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    if lang.right_to_left:
        installed.font = QGuiApplication.font()
        font = QFont(installed.font)
        font.setFamilies([URDU_UI_FONT, LATIN_UI_FONT, *installed.font.families()])
        QGuiApplication.setFont(font)
    return installed


def awaiting_review() -> list[Language]:
    """The shipped translations that a native speaker has not yet read through."""
    return [lang for lang in LANGUAGES.values() if lang.awaiting_review]
