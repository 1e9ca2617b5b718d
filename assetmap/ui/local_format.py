"""Numbers and dates written for people in the window's language (QLocale), not Python's format."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale


def locale() -> QLocale:
    """The window's locale; the bare "C" locale (no language chosen, as in a test run) reads as English."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return current


def number(value: int | float) -> str:
    """``value`` with the language's digit grouping, e.g. 4,211 in English and 4 211 in Polish."""
    return locale().toString(value)


def decimal(value: float, places: int) -> str:
    """``value`` to ``places`` decimal places, in the language's digits and separators."""
    return locale().toString(float(value), "f", places)


def date_time(value: dt.datetime, pattern: str = "dd MMM yyyy HH:mm") -> str:
    """A moment in UTC (naive or aware), shown in local time with the language's month names."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    return locale().toString(moment, pattern)


def date(value: dt.date, pattern: str = "dd MMMM yyyy") -> str:
    """A calendar day as written in the language, e.g. 02 December 2026, 02 grudnia 2026."""
    return locale().toString(QDate(value.year, value.month, value.day), pattern)
