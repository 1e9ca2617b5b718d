"""Translation of the window's words: Qt's catalogues (resources/i18n/assetmap_<code>.ts)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from assetmap import languages, messages, paths
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
    # assetmap.register.consent.LEVEL_LABELS and SCOPES
    QT_TRANSLATE_NOOP("vocabulary", "No consent in force"),
    QT_TRANSLATE_NOOP("vocabulary", "Kept in the register only"),
    QT_TRANSLATE_NOOP("vocabulary", "Shared with named partner organisations"),
    QT_TRANSLATE_NOOP("vocabulary", "Shown on public maps and reports (not named)"),
    QT_TRANSLATE_NOOP("vocabulary", "Named in reports as a connector"),
    # assetmap.register.consent.LAWFUL_BASES
    QT_TRANSLATE_NOOP("vocabulary", "Consent"),
    QT_TRANSLATE_NOOP("vocabulary", "Contract"),
    QT_TRANSLATE_NOOP("vocabulary", "Legal obligation"),
    QT_TRANSLATE_NOOP("vocabulary", "Vital interests"),
    QT_TRANSLATE_NOOP("vocabulary", "Public task"),
    QT_TRANSLATE_NOOP("vocabulary", "Legitimate interests"),
    # assetmap.register.consent.METHODS
    QT_TRANSLATE_NOOP("vocabulary", "Spoken, at an event or visit"),
    QT_TRANSLATE_NOOP("vocabulary", "Paper form"),
    QT_TRANSLATE_NOOP("vocabulary", "Email"),
    QT_TRANSLATE_NOOP("vocabulary", "Online form"),
    QT_TRANSLATE_NOOP("vocabulary", "Phone call"),
    # assetmap.register.sharing.NEEDS_CONSENT_TEXT: a person's gift with no consent in force
    QT_TRANSLATE_NOOP("vocabulary", "Needs consent"),
    # assetmap.register.people.PREFERRED_CONTACTS
    QT_TRANSLATE_NOOP("vocabulary", "Phone"),
    QT_TRANSLATE_NOOP("vocabulary", "In person"),
    QT_TRANSLATE_NOOP("vocabulary", "Through someone they know"),
    # assetmap.register.roles.ROLES, and each role's name as a sentence names it
    QT_TRANSLATE_NOOP("vocabulary", "Coordinator: everything, and manages users"),
    QT_TRANSLATE_NOOP(
        "vocabulary", "Worker: public and partners assets, their own private ones, people they recorded"
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Viewer: public assets and aggregate figures only"),
    QT_TRANSLATE_NOOP("vocabulary", "coordinator"),
    QT_TRANSLATE_NOOP("vocabulary", "worker"),
    QT_TRANSLATE_NOOP("vocabulary", "viewer"),
    # assetmap.register.logins.SSL_MODES
    QT_TRANSLATE_NOOP("vocabulary", "No encryption (only on a network you trust)"),
    QT_TRANSLATE_NOOP("vocabulary", "Encrypted if the server offers it (the default)"),
    QT_TRANSLATE_NOOP("vocabulary", "Always encrypted, the server's certificate not checked"),
    QT_TRANSLATE_NOOP("vocabulary", "Always encrypted, the certificate checked against a root certificate"),
    QT_TRANSLATE_NOOP("vocabulary", "Always encrypted, the certificate and the server's name checked"),
    # assetmap.register.audit.ACTIONS
    QT_TRANSLATE_NOOP("vocabulary", "Added"),
    QT_TRANSLATE_NOOP("vocabulary", "Changed"),
    QT_TRANSLATE_NOOP("vocabulary", "Removed"),
    QT_TRANSLATE_NOOP("vocabulary", "Restored"),
    QT_TRANSLATE_NOOP("vocabulary", "Undid adding"),
    QT_TRANSLATE_NOOP("vocabulary", "Imported"),
    QT_TRANSLATE_NOOP("vocabulary", "Merged in"),
    QT_TRANSLATE_NOOP("vocabulary", "Changed ward boundaries"),
    QT_TRANSLATE_NOOP("vocabulary", "Changed subcategories"),
    QT_TRANSLATE_NOOP("vocabulary", "Recorded consent"),
    QT_TRANSLATE_NOOP("vocabulary", "Recorded withdrawal"),
    QT_TRANSLATE_NOOP("vocabulary", "Linked"),
    QT_TRANSLATE_NOOP("vocabulary", "Unlinked"),
    QT_TRANSLATE_NOOP("vocabulary", "Exported a subject access copy"),
    QT_TRANSLATE_NOOP("vocabulary", "Erased"),
    QT_TRANSLATE_NOOP("vocabulary", "Encrypted"),
    QT_TRANSLATE_NOOP("vocabulary", "Made a separate register"),
    QT_TRANSLATE_NOOP("vocabulary", "Wrote a bundle"),
    QT_TRANSLATE_NOOP("vocabulary", "Reordered"),
    QT_TRANSLATE_NOOP("vocabulary", "Suggested"),
    QT_TRANSLATE_NOOP("vocabulary", "Accepted"),
    QT_TRANSLATE_NOOP("vocabulary", "Discarded"),
    QT_TRANSLATE_NOOP("vocabulary", "Reopened"),
    QT_TRANSLATE_NOOP("vocabulary", "Moved onto the team server"),
    QT_TRANSLATE_NOOP("vocabulary", "Took an offline copy"),
    QT_TRANSLATE_NOOP("vocabulary", "Synced with the team register"),
    # assetmap.register.audit.KINDS
    QT_TRANSLATE_NOOP("vocabulary", "Asset"),
    QT_TRANSLATE_NOOP("vocabulary", "Person"),
    QT_TRANSLATE_NOOP("vocabulary", "Ward boundaries"),
    QT_TRANSLATE_NOOP("vocabulary", "Category"),
    QT_TRANSLATE_NOOP("vocabulary", "Register"),
    QT_TRANSLATE_NOOP("vocabulary", "Saved view"),
    QT_TRANSLATE_NOOP("vocabulary", "Suggestion"),
    QT_TRANSLATE_NOOP("vocabulary", "Link"),
    QT_TRANSLATE_NOOP("vocabulary", "Kind of link"),
    QT_TRANSLATE_NOOP("vocabulary", "Story"),
    QT_TRANSLATE_NOOP("vocabulary", "Photo"),
    QT_TRANSLATE_NOOP("vocabulary", "Login to a team register"),
    # assetmap.register.schema.STATUSES and VISIBILITIES, as the window capitalises them
    QT_TRANSLATE_NOOP("vocabulary", "Active"),
    QT_TRANSLATE_NOOP("vocabulary", "Draft"),
    QT_TRANSLATE_NOOP("vocabulary", "Closed"),
    QT_TRANSLATE_NOOP("vocabulary", "Public"),
    QT_TRANSLATE_NOOP("vocabulary", "Partners"),
    QT_TRANSLATE_NOOP("vocabulary", "Private"),
    # assetmap.io.export.FORMATS
    QT_TRANSLATE_NOOP("vocabulary", "CSV (.csv)"),
    QT_TRANSLATE_NOOP("vocabulary", "Excel workbook (.xlsx)"),
    QT_TRANSLATE_NOOP("vocabulary", "GeoJSON (.geojson)"),
    QT_TRANSLATE_NOOP("vocabulary", "GeoPackage with ward counts (.gpkg)"),
    QT_TRANSLATE_NOOP("vocabulary", "KML for Google Earth (.kml)"),
    QT_TRANSLATE_NOOP("vocabulary", "Open Referral UK, JSON (.json)"),
    QT_TRANSLATE_NOOP("vocabulary", "Open Referral UK, tabular data package (.zip)"),
    # assetmap.io.mapping.FIELDS, as the window names them (name.replace('_', ' ').capitalize())
    QT_TRANSLATE_NOOP("vocabulary", "Name"),
    QT_TRANSLATE_NOOP("vocabulary", "Subcategory"),
    QT_TRANSLATE_NOOP("vocabulary", "Tags"),
    QT_TRANSLATE_NOOP("vocabulary", "Description"),
    QT_TRANSLATE_NOOP("vocabulary", "Address"),
    QT_TRANSLATE_NOOP("vocabulary", "Postcode"),
    QT_TRANSLATE_NOOP("vocabulary", "Contact name"),
    QT_TRANSLATE_NOOP("vocabulary", "Contact phone"),
    QT_TRANSLATE_NOOP("vocabulary", "Contact email"),
    QT_TRANSLATE_NOOP("vocabulary", "Website"),
    QT_TRANSLATE_NOOP("vocabulary", "Opening times"),
    QT_TRANSLATE_NOOP("vocabulary", "Audience"),
    QT_TRANSLATE_NOOP("vocabulary", "Accessibility"),
    QT_TRANSLATE_NOOP("vocabulary", "Cost"),
    QT_TRANSLATE_NOOP("vocabulary", "Visibility"),
    QT_TRANSLATE_NOOP("vocabulary", "Status"),
    QT_TRANSLATE_NOOP("vocabulary", "Recorded by"),
    QT_TRANSLATE_NOOP("vocabulary", "Review due"),
    QT_TRANSLATE_NOOP("vocabulary", "Id"),
    # assetmap.io.mapping.COORDINATE_MODES
    QT_TRANSLATE_NOOP("vocabulary", "No location"),
    QT_TRANSLATE_NOOP("vocabulary", "Longitude and latitude (WGS84)"),
    QT_TRANSLATE_NOOP("vocabulary", "Easting and northing (British National Grid)"),
    QT_TRANSLATE_NOOP("vocabulary", "A geometry column (WKT text)"),
    QT_TRANSLATE_NOOP("vocabulary", "The layer's own shapes"),
    # assetmap.io.preview's severities
    QT_TRANSLATE_NOOP("vocabulary", "error"),
    QT_TRANSLATE_NOOP("vocabulary", "warning"),
    # assetmap.io.boundaries.ROLE_LABELS, capitalised
    QT_TRANSLATE_NOOP("vocabulary", "Ward code"),
    QT_TRANSLATE_NOOP("vocabulary", "Ward name"),
    QT_TRANSLATE_NOOP("vocabulary", "District code"),
    QT_TRANSLATE_NOOP("vocabulary", "District name"),
    QT_TRANSLATE_NOOP("vocabulary", "Population"),
    # assetmap.reports.classify.SCHEMES
    QT_TRANSLATE_NOOP("vocabulary", "Quantiles (equal numbers of wards per class)"),
    QT_TRANSLATE_NOOP("vocabulary", "Natural breaks (Fisher–Jenks)"),
    QT_TRANSLATE_NOOP("vocabulary", "Equal intervals"),
    # assetmap.reports.privacy.PARTNER_NOTICE
    QT_TRANSLATE_NOOP("vocabulary", "Contains partner-only information"),
    # assetmap.reports.layer.TIER_WORDING and categories_wording's 'all categories'
    QT_TRANSLATE_NOOP("vocabulary", "public assets"),
    QT_TRANSLATE_NOOP("vocabulary", "public and partner-only assets"),
    QT_TRANSLATE_NOOP("vocabulary", "all categories"),
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
    """The core's English ``text`` (a category, tier, measure, link kind, relation, consent level, role,
    audit action…) in the window's language; text the catalogue does not hold (a kind or category a team
    named itself) is shown as it is."""
    return translate("vocabulary", text) if text else text


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
    """The language to start in: ``override`` (``--language``), else the preference, else the system's
    as Qt reads it (:func:`assetmap.languages.chosen_language`).

    An unknown code is refused plainly (:class:`UnknownLanguageError`), naming the choices.
    """
    return languages.chosen_language(override, preference, system_language)


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
    messages_language: str = "en"
    translators: list[QTranslator] = field(default_factory=list)
    font: QFont | None = None

    def remove(self) -> None:
        """Back to how the application was before (its locale, direction and font; no catalogue)."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QGuiApplication.setLayoutDirection(self.direction)
        QLocale.setDefault(self.locale)
        messages.set_language(self.messages_language)
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
    installed = InstalledLanguage(lang, QLocale(), QGuiApplication.layoutDirection(), messages.current_code())
    messages.set_language(lang)  # the core's messages (errors the window shows) too
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
