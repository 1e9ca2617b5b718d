"""A document's words in its language: the catalogue's translations, the locale's numbers and dates,
and the direction and fonts of its script, as the Typst templates take them.

The templates hold no words of their own: every word a document prints is translated here, in Python,
and reaches the template as data.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import cache
from typing import Final

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, format_percent

from assetmap.languages import ENGLISH, Language, i18n_dir, language, report_translations

# Babel's locale for each language: British English for English (dates as "3 March 2025").
_LOCALES: Final = {"en": "en_GB", "ur": "ur_PK", "pl": "pl_PL"}
# Urdu in Naskh: a PDF's text then reads back in order (Nastaliq's joined glyphs come back jumbled).
_FONTS: Final = {"ur": ["Noto Naskh Arabic", "Noto Sans"]}
_LATIN_FONTS: Final = ["Noto Sans"]
NO_VALUE: Final = "–"


@dataclass(frozen=True)
class Words:
    """Translates and formats for one language; ``words("text")`` is the catalogue's translation."""

    lang: Language

    @property
    def code(self) -> str:
        return self.lang.code

    @property
    def locale(self) -> str:
        return _LOCALES.get(self.lang.code, self.lang.code)

    def __call__(self, message: str) -> str:
        translated = report_translations(self.lang.code).gettext(message)
        if translated == message and self.lang is not ENGLISH:
            return _parts(self.lang.code).get(message, message)
        return translated

    def number(self, value: float | None, decimals: int = 0, *, percent: bool = False) -> str:
        """``value`` as the locale writes it, with ``decimals`` places (a share as a percentage)."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return NO_VALUE
        places = "0" * decimals
        pattern = "#,##0" + (f".{places}" if decimals else "")
        if percent:
            return str(format_percent(value, format=pattern + "%", locale=self.locale))
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def date(self, day: dt.date) -> str:
        """``3 March 2025``, in the locale's own long form."""
        return str(format_date(day, format="long", locale=self.locale))

    def moment(self, when: dt.datetime) -> str:
        """A date and time to the minute, in the locale's own medium form."""
        return str(format_datetime(when, format="medium", locale=self.locale))

    def typst(self) -> dict[str, object]:
        """What a template sets its text with: ``lang``, ``dir`` (``ltr``/``rtl``) and ``font``."""
        return {
            "lang": self.lang.code,
            "dir": "rtl" if self.lang.right_to_left else "ltr",
            "font": _FONTS.get(self.lang.code, _LATIN_FONTS),
        }


def words(code: str | None) -> Words:
    """The words of the language ``code`` (``None`` or ``""`` is English); an unknown code is refused
    with ``UnknownLanguageError``, naming the languages there are."""
    return Words(language(code))


@cache
def _parts(code: str) -> dict[str, str]:
    """Part catalogues (``reports/<code>_<part>.po``), read where the language's own catalogue has no
    translation: a document's words can be kept apart until they are merged into ``<code>.po``."""
    from babel.messages.pofile import read_po

    messages: dict[str, str] = {}
    for path in sorted((i18n_dir() / "reports").glob(f"{code}_*.po")):
        with path.open("rb") as handle:
            for message in read_po(handle, locale=code):
                if isinstance(message.id, str) and message.id and message.string and not message.fuzzy:
                    messages.setdefault(message.id, str(message.string))
    return messages
