"""Which assets an export may carry: the person's filter, then the sharing rules (``register.sharing``).

The tiers (``public``, ``partners``, and ``all``, the team's own full copy, never the default) and
what each lets an export carry are declared there, once, for every output.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assetmap.register import sharing
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset

# The tiers an export offers, with the label a person chooses them by.
TIERS: dict[str, str] = {tier: sharing.TIER_LABELS[tier] for tier in sharing.EXPORT.tiers}


@dataclass(frozen=True)
class AssetFilter:
    """The filter of the asset table, as the filter bar sets it: every part optional."""

    search: str = ""
    category: str | None = None
    district: str | None = None
    ward: str | None = None
    status: str | None = None

    def is_filtering(self) -> bool:
        return bool(self.search.split()) or any((self.category, self.district, self.ward, self.status))

    def apply(self, assets: Sequence[Asset], ward_district: Mapping[str, str] | None = None) -> list[Asset]:
        """The assets that pass, as the table shows them (every search word in name, description or tags)."""
        words = self.search.casefold().split()
        wards = None
        if self.district:
            wards = {w for w, lad in (ward_district or {}).items() if lad == self.district}
        kept = []
        for asset in assets:
            if self.category and asset.category != self.category:
                continue
            if self.status and asset.status != self.status:
                continue
            if self.ward and asset.ward_code != self.ward:
                continue
            if wards is not None and asset.ward_code not in wards:
                continue
            if words:
                text = "\n".join((asset.name, asset.description or "", " ".join(asset.tags))).casefold()
                if not all(word in text for word in words):
                    continue
            kept.append(asset)
        return kept


def for_export(
    assets: Sequence[Asset],
    *,
    tier: str = "public",
    asset_filter: AssetFilter | None = None,
    ward_district: Mapping[str, str] | None = None,
    people: PeopleView,
) -> list[Asset]:
    """The assets to export: filtered, then cut to what the tier and people's consent let an export carry.

    Removed assets are never exported; see :data:`assetmap.register.sharing.EXPORT`. ``people`` is the
    consent in force (``Register.people_view()``); a person's gift follows it.
    """
    sharing.check_tier(sharing.EXPORT, tier)
    chosen = [a for a in assets if not a.is_removed]
    if asset_filter is not None:
        chosen = asset_filter.apply(chosen, ward_district)
    return sharing.records(chosen, sharing.EXPORT, tier, people=people)
