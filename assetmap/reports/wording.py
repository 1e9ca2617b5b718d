"""The report's words in the reader's language: translated text, numbers and dates.

Every word a report prints goes through :class:`Wording`: English is the source, and a catalogue
(``resources/i18n/reports/<code>.po``, :func:`assetmap.languages.report_translations`) gives the others.
Numbers and dates follow the language's locale with Babel. The figures the core formats for English
("1,234", "12.30", "45%") are re-written number by number, so the privacy marks around them ("*", "<5",
"†") stay exactly as the rules set them.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cached_property

from assetmap.languages import ENGLISH, Language, language, report_translations

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def N_(text: str) -> str:  # the name pybabel extracts
    """Marks ``text`` for the report catalogue where it is defined; it is translated where printed."""
    return text


class Wording:
    """Translation and number and date formats for one report language (``code``, e.g. "ur")."""

    def __init__(self, code: str | None = None) -> None:
        self.language: Language = language(code)
        self._gettext = report_translations(self.language.code).gettext

    @property
    def english(self) -> bool:
        return self.language is ENGLISH

    @property
    def right_to_left(self) -> bool:
        return self.language.right_to_left

    @cached_property
    def _locale(self) -> str:
        return "en_GB" if self.english else self.language.code

    def __call__(self, text: str) -> str:
        """``text`` in the report's language (English when the catalogue has no translation yet)."""
        return self._gettext(text)

    def figure(self, printed: str) -> str:
        """A figure printed for English ("1,234", "12.30", "45%", "3 of 6") in the report's locale."""
        if self.english or not printed:
            return printed
        from babel.numbers import format_decimal

        def local(match: re.Match[str]) -> str:
            digits = match.group(0)
            places = len(digits.split(".")[1]) if "." in digits else 0
            value = Decimal(digits.replace(",", ""))
            pattern = "#,##0" + ("." + "0" * places if places else "")
            return str(format_decimal(value, format=pattern, locale=self._locale))

        return _NUMBER.sub(local, printed)

    def number(self, value: int | float) -> str:
        """A whole number with the locale's grouping."""
        if self.english:
            return f"{value:,.0f}"
        from babel.numbers import format_decimal

        return str(format_decimal(round(value), locale=self._locale))

    def date(self, day: dt.date) -> str:
        """A long date: "3 March 2025" in English, the locale's long date otherwise."""
        if self.english:
            from assetmap.reports.analysis import long_date

            return long_date(day)
        from babel.dates import format_date

        return str(format_date(day, format="long", locale=self._locale))
