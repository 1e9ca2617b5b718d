"""What a test of a translated page, panel or document looks for: English left where it should not be."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from assetmap.geo.boundaries import gm_boundaries

LATIN_WORDS = re.compile(r"[A-Za-z]{2,}")


@cache
def place_names() -> tuple[str, ...]:
    """The wards' and districts' own names, which every language shows as they are, longest first."""
    b = gm_boundaries()
    return tuple(sorted({*b.ward_names.values(), *b.district_names.values()}, key=len, reverse=True))


def english_left(texts: Iterable[str], allowed: Iterable[str] = ()) -> list[str]:
    """The texts that still hold a Latin word once the places' names (and ``allowed``) are taken out."""
    kept = (*allowed, *place_names())
    left = []
    for text in texts:
        plain = text
        for name in kept:
            plain = plain.replace(name, " ")
        if LATIN_WORDS.search(plain):
            left.append(text)
    return left
