"""Neutralising cell text a spreadsheet would run as a formula (OWASP's CSV injection advice)."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``"=SUM(A1)"`` → ``"'=SUM(A1)"``: a leading quote makes a spreadsheet show the text as text.

    Text that already starts with a quote gets one more, so that AssetMap's importer, which takes
    one quote off text starting with a quote and then a trigger character or quote, gets back
    exactly what was exported.
    """
    if text and (
        text[0] in FORMULA_STARTS or (text[0] == "'" and len(text) > 1 and text[1] in (*FORMULA_STARTS, "'"))
    ):
        return "'" + text
    return text
