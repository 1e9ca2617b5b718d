"""Which assets an export may carry: the person's filter, then the visibility tier and the privacy rules.

Sharing tiers (``public``, ``partners``) are for files that leave the team:

- ``public`` carries only assets marked public; ``partners`` adds those marked for partners;
  private assets never leave through either;
- individuals' gifts and skills (the ``gifts_skills`` category) are left out entirely, since their
  names are people's names;
- the contact name and "recorded by" fields, which name people, are left empty.

The ``all`` tier is the team's own full copy (every asset and field, e.g. to move to another
computer); it is never the default, and Open Referral exports refuse it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.records import Asset

TIERS: dict[str, str] = {
    "public": "Public: assets marked public, no individuals, no personal names",
    "partners": "Partners: public and partner assets, no individuals, no personal names",
    "all": "Everything: the team's own full copy, private records and individuals included",
}
SHARING_TIERS = ("public", "partners")
_VISIBLE = {"public": ("public",), "partners": ("public", "partners")}
# Fields that name a person, emptied in every sharing export.
PERSONAL_FIELDS = ("contact_name", "recorded_by")


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


def check_tier(tier: str) -> str:
    if tier not in TIERS:
        raise ValueError(f"tier must be one of {', '.join(TIERS)}")
    return tier


def for_export(
    assets: Sequence[Asset],
    *,
    tier: str = "public",
    asset_filter: AssetFilter | None = None,
    ward_district: Mapping[str, str] | None = None,
) -> list[Asset]:
    """The assets to export: filtered, then cut to the tier, with personal fields emptied for sharing.

    Removed assets are never exported.
    """
    check_tier(tier)
    chosen = [a for a in assets if not a.is_removed]
    if asset_filter is not None:
        chosen = asset_filter.apply(chosen, ward_district)
    if tier == "all":
        return chosen
    visible = _VISIBLE[tier]
    blank = dict.fromkeys(PERSONAL_FIELDS)
    return [
        dataclasses.replace(a, **blank)
        for a in chosen
        if a.visibility in visible and a.category != PERSONAL_CATEGORY
    ]
