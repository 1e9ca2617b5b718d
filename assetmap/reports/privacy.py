"""The privacy rules every report, export and map layer follows.

- Private assets are never drawn, listed or counted.
- Partner-only assets are included only when the partners tier is chosen; then every page says so.
- People's gifts and skills (individuals) are only ever counted: never drawn, never named, and a count
  from 1 to 4 is shown as "<5".
- Only active assets count; drafts and closed assets are left out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.records import Asset
from assetmap.reports.selection import TIERS

PARTNER_NOTICE = "Contains partner-only information"
SMALL_COUNT = 5
SMALL_COUNT_TEXT = "<5"


def countable(assets: Iterable[Asset], tier: str, categories: Iterable[str]) -> list[Asset]:
    """The assets a report may count: active, not removed, in the tier and in the chosen categories."""
    visible = TIERS[tier]
    wanted = set(categories)
    return [
        a
        for a in assets
        if a.removed_at is None
        and a.status == "active"
        and a.visibility in visible
        and a.visibility != "private"
        and a.category in wanted
    ]


def is_person(asset: Asset) -> bool:
    return asset.category == PERSONAL_CATEGORY


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


def shown_count(count: int, category: str) -> str:
    """A count as printed: people's gifts and skills from 1 to 4 become "<5"; everything else is exact."""
    if category == PERSONAL_CATEGORY and 0 < count < SMALL_COUNT:
        return SMALL_COUNT_TEXT
    return f"{count:,}"
