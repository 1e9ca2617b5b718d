"""A document's words in its language: the catalogue's translations, the locale's numbers and dates,
and the direction and fonts of its script, as the Typst templates take them.

Every word a document prints (the commissioner report and atlas, the map sheet, the handout, the
subject access copy) goes through :class:`Words`: English is the source, and one catalogue per language
(``resources/i18n/reports/<code>.po``, :func:`assetmap.languages.report_translations`, its template
``reports.pot``) gives the others. Numbers and dates follow the language's locale with Babel. The
figures the core formats for English ("1,234", "12.30", "45%") are re-written number by number
(:meth:`Words.figure`), so the privacy marks around them ("*", "<5", "†") stay exactly as the rules set
them.

The templates hold no words of their own: every word a document prints is translated here, in Python,
and reaches the template as data.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, format_percent

from assetmap.languages import ENGLISH, Language, language, report_translations

# Babel's locale for each language: British English for English (dates as "3 March 2025").
_LOCALES: Final = {"en": "en_GB", "ur": "ur_PK", "pl": "pl_PL"}
# Urdu in Naskh: a PDF's text then reads back in order (Nastaliq's joined glyphs come back jumbled).
_FONTS: Final = {"ur": ["Noto Naskh Arabic", "Noto Sans"]}
_LATIN_FONTS: Final = ["Noto Sans"]
NO_VALUE: Final = "–"
_NUMBER: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def N_(text: str) -> str:  # the name pybabel extracts
    """Marks ``text`` for the document catalogue where it is defined; it is translated where printed."""
    return text


@dataclass(frozen=True)
class Words:
    """Translates and formats for one language; ``words("text")`` is the catalogue's translation."""

    lang: Language

    @property
    def code(self) -> str:
        return self.lang.code

    @property
    def english(self) -> bool:
        return self.lang is ENGLISH

    @property
    def right_to_left(self) -> bool:
        return self.lang.right_to_left

    @property
    def locale(self) -> str:
        return _LOCALES.get(self.lang.code, self.lang.code)

    def __call__(self, message: str) -> str:
        """``message`` in the document's language (English when the catalogue has no translation yet)."""
        return report_translations(self.lang.code).gettext(message)

    def number(self, value: float | None, decimals: int = 0, *, percent: bool = False) -> str:
        """``value`` as the locale writes it, with ``decimals`` places (a share as a percentage)."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return NO_VALUE
        places = "0" * decimals
        pattern = "#,##0" + (f".{places}" if decimals else "")
        if percent:
            return str(format_percent(value, format=pattern + "%", locale=self.locale))
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def figure(self, printed: str) -> str:
        """A figure printed for English ("1,234", "12.30", "45%", "3 of 6") in the document's locale."""
        if self.english or not printed:
            return printed

        def local(match: re.Match[str]) -> str:
            digits = match.group(0)
            places = len(digits.split(".")[1]) if "." in digits else 0
            value = Decimal(digits.replace(",", ""))
            pattern = "#,##0" + ("." + "0" * places if places else "")
            return str(format_decimal(value, format=pattern, locale=self.locale))

        return _NUMBER.sub(local, printed)

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
