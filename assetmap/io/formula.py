"""The one rule for cells of every tabular output: text a spreadsheet would run as a formula is neutralised.

CSV, XLSX, the Open Referral tabular package and the rejected-rows file all write their cells through
:func:`cell` (OWASP's CSV injection advice). A plain number stays a number, so coordinates written to a
file and read back are still coordinates.
"""

from __future__ import annotations

import math
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A number as a spreadsheet reads one: an optional sign, digits with an optional decimal part, an
# optional exponent. "-2.35", "+44" and "1e3" are numbers; "-2+3" and "+44 161" are not.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def is_plain_number(text: str) -> bool:
    """Whether ``text`` is a number and nothing else (a spreadsheet shows it as that number)."""
    return _PLAIN_NUMBER.fullmatch(text) is not None


def neutralise(text: str) -> str:
    """``"=SUM(A1)"`` → ``"'=SUM(A1)"``: a leading quote makes a spreadsheet show the text as text.

    A plain number (``"-2.35"``, ``"+44"``) is not a formula and is left as it is. Text that already
    starts with a quote before a trigger character or a quote gets one more, so that AssetMap's
    importer, which takes one such quote off, gets back exactly what was exported.
    """
    if not text:
        return text
    if text[0] in FORMULA_STARTS:
        return text if is_plain_number(text) else "'" + text
    if text[0] == "'" and len(text) > 1 and text[1] in (*FORMULA_STARTS, "'"):
        return "'" + text
    return text


def cell(value: object) -> str | int | float:
    """A value as a tabular output writes it: ``""`` for none, numbers as numbers, text neutralised.

    NaN and infinities are no numbers a spreadsheet knows; they are written as empty cells.
    """
    if value is None or isinstance(value, bool):
        return "" if value is None else str(value).lower()
    if isinstance(value, int | float):
        return value if math.isfinite(value) else ""
    return neutralise(str(value))
