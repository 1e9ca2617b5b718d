"""Placing the category values of someone else's list onto the six ABCD categories and their subcategories."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.records import Category


@dataclass(frozen=True)
class CategoryChoice:
    """An ABCD category code, and optionally one of its subcategories."""

    category: str
    subcategory: str | None = None


# Words that place a value when it matches no code, label or subcategory: the kinds councils and open-data
# portals list. A word matches at the start of a word of the value ("librar" finds "Libraries"), and the
# first match in this order wins, so the more specific words ("youth club", "car park") come first.
_KEYWORDS: tuple[tuple[str, str, str | None], ...] = (
    ("librar", "institutions", "Library"),
    ("pharmac", "institutions", "Health"),
    ("chemist", "institutions", "Health"),
    ("gp", "institutions", "Health"),
    ("surgery", "institutions", "Health"),
    ("doctor", "institutions", "Health"),
    ("medical", "institutions", "Health"),
    ("health", "institutions", "Health"),
    ("clinic", "institutions", "Health"),
    ("dentist", "institutions", "Health"),
    ("dental", "institutions", "Health"),
    ("hospital", "institutions", "Health"),
    ("nursery school", "institutions", "School or college"),
    ("school", "institutions", "School or college"),
    ("academy", "institutions", "School or college"),
    ("college", "institutions", "School or college"),
    ("sixth form", "institutions", "School or college"),
    ("universit", "institutions", "School or college"),
    ("children s centre", "institutions", "Council service"),
    ("family hub", "institutions", "Council service"),
    ("council", "institutions", "Council service"),
    ("post office", "institutions", "Post office"),
    ("worship", "associations", "Faith group"),
    ("church", "associations", "Faith group"),
    ("chapel", "associations", "Faith group"),
    ("cathedral", "associations", "Faith group"),
    ("mosque", "associations", "Faith group"),
    ("masjid", "associations", "Faith group"),
    ("synagogue", "associations", "Faith group"),
    ("temple", "associations", "Faith group"),
    ("mandir", "associations", "Faith group"),
    ("gurdwara", "associations", "Faith group"),
    ("gurudwara", "associations", "Faith group"),
    ("faith", "associations", "Faith group"),
    ("religio", "associations", "Faith group"),
    ("residents", "associations", "Residents' association"),
    ("tenants", "associations", "Residents' association"),
    ("friends of", "associations", "Friends of a park"),
    ("mutual aid", "associations", "Mutual aid"),
    ("youth", "associations", "Interest group"),
    ("sports club", "associations", "Sports club"),
    ("football club", "associations", "Sports club"),
    ("club", "associations", "Sports club"),
    ("group", "associations", None),
    ("association", "associations", None),
    ("allotment", "physical_spaces", "Allotment"),
    ("community garden", "physical_spaces", "Green space"),
    ("car park", "physical_spaces", None),
    ("park", "physical_spaces", "Green space"),
    ("green", "physical_spaces", "Green space"),
    ("open space", "physical_spaces", "Green space"),
    ("playing field", "physical_spaces", "Green space"),
    ("recreation ground", "physical_spaces", "Green space"),
    ("play area", "physical_spaces", "Green space"),
    ("playground", "physical_spaces", "Green space"),
    ("nature reserve", "physical_spaces", "Green space"),
    ("wood", "physical_spaces", "Green space"),
    ("sport", "physical_spaces", "Sports facility"),
    ("leisure", "physical_spaces", "Sports facility"),
    ("swimming", "physical_spaces", "Sports facility"),
    ("pool", "physical_spaces", "Sports facility"),
    ("gym", "physical_spaces", "Sports facility"),
    ("pitch", "physical_spaces", "Sports facility"),
    ("venue", "physical_spaces", "Community venue"),
    ("community centre", "physical_spaces", "Community venue"),
    ("community center", "physical_spaces", "Community venue"),
    ("community hall", "physical_spaces", "Community venue"),
    ("village hall", "physical_spaces", "Community venue"),
    ("hall", "physical_spaces", "Community venue"),
    ("meeting room", "physical_spaces", "Meeting room"),
    ("space", "physical_spaces", None),
    ("food bank", "local_economy", "Food bank or pantry"),
    ("foodbank", "local_economy", "Food bank or pantry"),
    ("pantry", "local_economy", "Food bank or pantry"),
    ("market", "local_economy", "Market"),
    ("repair", "local_economy", "Swap or repair"),
    ("social enterprise", "local_economy", "Social enterprise"),
    ("shop", "local_economy", "Independent business"),
    ("business", "local_economy", "Independent business"),
    ("cafe", "local_economy", "Independent business"),
    ("museum", "culture_stories", "Heritage"),
    ("heritage", "culture_stories", "Heritage"),
    ("history", "culture_stories", "Local history"),
    ("festival", "culture_stories", "Festival or event"),
    ("music", "culture_stories", "Music"),
    ("theatre", "culture_stories", "Arts"),
    ("theater", "culture_stories", "Arts"),
    ("cinema", "culture_stories", "Arts"),
    ("gallery", "culture_stories", "Arts"),
    ("art", "culture_stories", "Arts"),
    ("skill", "gifts_skills", None),
    ("gift", "gifts_skills", None),
    ("volunteer", "gifts_skills", None),
    ("individual", "gifts_skills", None),
)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold().replace("&", " and ")).split())


def default_categories() -> list[Category]:
    return [Category(s.code, s.label, s.colour, s.subcategories) for s in ABCD_CATEGORIES]


def guess_category(value: str, categories: Sequence[Category] | None = None) -> CategoryChoice | None:
    """The ABCD category (and subcategory) a value most likely means, or ``None`` if there is no good guess.

    ``"associations"``, ``"Associations and groups"``, ``"library"``, ``"Place of worship"`` and
    ``"green_space"`` all find a place; an unknown word does not.
    """
    categories = list(categories) if categories is not None else default_categories()
    wanted = _normal(value)
    if not wanted:
        return None
    exact: dict[str, CategoryChoice] = {}
    for category in categories:
        exact.setdefault(_normal(category.code), CategoryChoice(category.code))
        exact.setdefault(_normal(category.label), CategoryChoice(category.code))
        for subcategory in category.subcategories:
            exact.setdefault(_normal(subcategory), CategoryChoice(category.code, subcategory))
    if wanted in exact:
        return exact[wanted]
    padded = f" {wanted} "
    codes = {c.code for c in categories}
    for word, code, sub in _KEYWORDS:
        if f" {word}" in padded and code in codes:
            return CategoryChoice(code, sub)
    close = difflib.get_close_matches(wanted, list(exact), n=1, cutoff=0.8)
    return exact[close[0]] if close else None


def guess_category_values(
    values: Iterable[str], categories: Sequence[Category] | None = None
) -> dict[str, CategoryChoice | None]:
    """A guess for each distinct non-empty value (``None`` where the person must choose)."""
    categories = list(categories) if categories is not None else default_categories()
    distinct = dict.fromkeys(v.strip() for v in values if v and v.strip())
    return {value: guess_category(value, categories) for value in distinct}
