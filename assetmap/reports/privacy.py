"""The privacy rules of reports and map layers: what is drawn, named and shown of what they may count.

Which assets each tier lets a report count is declared in :mod:`assetmap.register.sharing`:

- Private assets are never drawn, listed or counted.
- Partner-only assets are included only when the partners tier is chosen; then every page says so.
- People's gifts and skills (individuals) are only ever counted: never drawn, and a count from 1 to 4 is
  shown as "<5". A person's gift counts only with their consent to the tier in force; a report names
  the person, with their gifts, only when they consented to be named (:func:`connectors`).
- No other figure may give that count away (secondary disclosure). In a ward with 1 to 4 individuals,
  every figure that includes them (the ward's total, its rate per 1,000 residents and its variety index)
  is withheld: printed as "*", left out of map classes and ranked charts. An area's totals (a district,
  all of Greater Manchester) leave individuals out whenever any of its wards is withheld, and then say so;
  otherwise the area's count of individuals is a sum of exact ward counts of 0 or 5 and more.
- Only active assets count; drafts and closed assets are left out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from assetmap.register import sharing
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset

PARTNER_NOTICE = "Contains partner-only information"
SMALL_COUNT = sharing.SMALL_COUNT
SMALL_COUNT_TEXT = "<5"

# A figure withheld because it includes a ward's 1 to 4 individuals, and the notes that explain it.
WITHHELD_TEXT = "*"
WITHHELD_LABEL = "Withheld to protect individuals"
WITHHELD_NOTE = (
    f"{WITHHELD_TEXT} Withheld to protect individuals: a figure that includes people's gifts and skills is "
    f"not shown where a ward has fewer than {SMALL_COUNT} of them, as it would give their number away."
)
# An area total that leaves individuals out because at least one of its wards is withheld.
PEOPLE_LEFT_OUT_MARK = "\u2020"
PEOPLE_LEFT_OUT_NOTE = (
    f"{PEOPLE_LEFT_OUT_MARK} Places and groups only: people's gifts and skills are left out of the area's "
    f"totals because some of its wards have fewer than {SMALL_COUNT}."
)
# The per-ward measure columns that include individuals, and so are withheld with them.
FIGURES_WITH_PEOPLE = ("total", "per1000", "shannon")


def countable(
    assets: Iterable[Asset], tier: str, categories: Iterable[str], *, people: PeopleView
) -> list[Asset]:
    """The assets a report may count (:data:`assetmap.register.sharing.REPORT`), in the chosen categories.

    A person's gift counts only with their consent to the tier in force (``people``).
    """
    wanted = set(categories)
    return [a for a in sharing.counted(assets, sharing.REPORT, tier, people=people) if a.category in wanted]


def is_person(asset: Asset) -> bool:
    return sharing.is_individual(asset)


def drawable(asset: Asset) -> bool:
    """Whether a counted asset may be drawn as a point on a map: located, and not a person."""
    return (
        not is_person(asset)
        and asset.lon is not None
        and asset.lat is not None
        and math.isfinite(asset.lon)
        and math.isfinite(asset.lat)
    )


def listable(asset: Asset) -> bool:
    """Whether a counted asset may be listed by name: anything but a person."""
    return not is_person(asset)


def is_small_count(count: int) -> bool:
    """A count of individuals that may not be shown: 1 to 4 (0 is shown as 0)."""
    return 0 < count < SMALL_COUNT


def withheld_wards(people_counts: Iterable[int]) -> np.ndarray:
    """Per ward, whether its figures that include individuals must be withheld (1 to 4 individuals)."""
    counts = np.asarray(list(people_counts), dtype=int)
    return (counts > 0) & (counts < SMALL_COUNT)


def area_counts_people(withheld: Iterable[bool]) -> bool:
    """Whether an area's totals may include individuals: only when none of its wards is withheld.

    With even one ward withheld, the area's count of individuals less the wards shown exactly would give
    the withheld wards' count away (exactly, for one ward; at the extremes, for several).
    """
    return not any(bool(w) for w in withheld)


def shown_count(count: int, category: str) -> str:
    """A count as printed: people's gifts and skills from 1 to 4 become "<5"; everything else is exact."""
    if category == PERSONAL_CATEGORY and 0 < count < SMALL_COUNT:
        return SMALL_COUNT_TEXT
    return f"{count:,}"


def connectors(assets: Iterable[Asset], tier: str, *, people: PeopleView) -> list[tuple[str, list[Asset]]]:
    """The people a report at ``tier`` may name as connectors, with their counted gifts, by name.

    ``assets`` are those the report counts; a person is named only with consent ``named`` in force
    (:func:`assetmap.register.sharing.named_person`). Nothing but their name and their gifts is shown.
    """
    by_person: dict[str, tuple[str, list[Asset]]] = {}
    for asset in assets:
        name = sharing.named_person(sharing.REPORT, tier, asset, people=people)
        if name is not None and asset.person_id is not None:
            by_person.setdefault(asset.person_id, (name, []))[1].append(asset)
    named = sorted(by_person.items(), key=lambda item: (item[1][0].casefold(), item[0]))
    return [(name, sorted(gifts, key=lambda a: a.name.casefold())) for _pid, (name, gifts) in named]
