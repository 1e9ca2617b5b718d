"""The languages AssetMap speaks, and the catalogue of each one's words for the reports.

English is the source language. The app's own strings (windows, dialogs, the map page) are translated
through Qt's catalogues (``resources/i18n/assetmap_<code>.ts``, compiled to ``.qm``); the reports, made
by the Qt-free core, through gettext catalogues (``resources/i18n/reports/<code>.po``) read with Babel.
Dates and numbers follow each language's locale (Babel's CLDR data, which the package carries).
"""

from __future__ import annotations

import gettext
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assetmap import paths
from assetmap.errors import AssetMapError
from assetmap.messages import tr

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, as Qt, Babel and gettext name it
    english_name: str
    native_name: str
    right_to_left: bool = False
    # Machine-assisted translations ship marked so until a native speaker has read them through.
    awaiting_review: bool = False


ENGLISH = Language("en", "English", "English")
LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        ENGLISH,
        Language("ur", "Urdu", "اردو", right_to_left=True, awaiting_review=True),
        Language("pl", "Polish", "Polski", awaiting_review=True),
    )
}


class UnknownLanguageError(AssetMapError):
    """A language code AssetMap has no translation for."""


def language(code: str | None) -> Language:
    """The language ``code`` names (``None`` or ``""`` is English); an unknown code is refused plainly."""
    if not code:
        return ENGLISH
    found = LANGUAGES.get(code.strip().lower().replace("_", "-").split("-")[0])
    if found is None:
        choices = ", ".join(f"{lang.code} ({lang.english_name})" for lang in LANGUAGES.values())
        raise UnknownLanguageError(
            tr("AssetMap has no translation for the language {code}. Choose one of: {choices}.").format(
                code=repr(code), choices=choices
            )
        )
    return found


def i18n_dir() -> Path:
    """Where the catalogues are: ``assetmap_<code>.ts``/``.qm`` for the app, ``reports/<code>.po``."""
    return paths.resources_dir() / "i18n"


def report_catalogue_path(code: str) -> Path:
    return i18n_dir() / "reports" / f"{code}.po"


class _Catalogue(gettext.NullTranslations):
    """A gettext catalogue read from a ``.po`` file with Babel (no compiled ``.mo`` to keep in step)."""

    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__()
        self._messages = messages

    def gettext(self, message: str) -> str:
        return self._messages.get(message) or message


@cache
def report_translations(code: str | None) -> gettext.NullTranslations:
    """The report catalogue for ``code``: English (and any string not yet in a catalogue) passes through."""
    lang = language(code)
    if lang is ENGLISH:
        return gettext.NullTranslations()
    path = report_catalogue_path(lang.code)
    if not path.exists():
        return gettext.NullTranslations()
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=lang.code)
    messages = {
        str(message.id): str(message.string)
        for message in catalogue
        if message.id and isinstance(message.id, str) and message.string and not message.fuzzy
    }
    return _Catalogue(messages)


_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def environment_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language the environment asks for, read as gettext reads it, if AssetMap ships it; else
    English."""
    env = os.environ if environ is None else environ
    for name in _ENVIRONMENT:
        value = env.get(name, "")
        if not value:
            continue
        for part in value.split(":"):  # LANGUAGE may list several, best first
            code = part.split(".")[0].split("@")[0]
            if code in ("", "C", "POSIX"):
                continue
            try:
                return language(code)
            except UnknownLanguageError:
                continue
        if name != "LANGUAGE":
            break  # the first locale variable set decides, as in gettext
    return ENGLISH


def chosen_language(
    override: str | None, preference: str, system: Callable[[], Language] = environment_language
) -> Language:
    """The language to speak: ``override`` (``--language``, refused plainly if unknown), else the saved
    preference (a stale one is passed over), else the system's: by default the environment's, as the
    command line reads it; the window passes Qt's reading of the system locale."""
    if override:
        return language(override)
    if preference:
        try:
            return language(preference)
        except UnknownLanguageError:
            log.warning("The preferred language %r is not shipped; using the system's", preference)
    return system()
