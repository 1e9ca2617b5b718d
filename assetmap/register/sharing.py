"""The sharing rules, declared once: which assets and fields each output may carry at each visibility tier.

Every asset has a visibility: ``public``, ``partners`` or ``private``. A person choosing an output
chooses a *tier*, and the table :data:`OUTPUTS` says, for each output and tier, which visibilities it
carries. The outputs: ``export`` (CSV, XLSX, GeoJSON, GeoPackage, KML), ``open-referral`` (its JSON
and tabular package) and ``report`` (the commissioner report, the map sheet, the shareable HTML map
and the abundance layer, all made from one report analysis).

==================  ===================  ===================  ============================
output              public tier          partners tier        all tier (the team's copy)
==================  ===================  ===================  ============================
export              public               public, partners     public, partners, private
open-referral       public               public               (refused)
report              public               public, partners     (refused)
==================  ===================  ===================  ============================

Besides the tier:

- Individuals' gifts and skills (the ``gifts_skills`` category; their names are people's names) are
  never a record in a shared output. Reports count them (``assetmap.reports.privacy`` masks small
  counts); only the team's own full copy (export, ``all``) carries them as records.
- The fields that name a person (contact name, "recorded by") are emptied in every sharing tier.
- Open Referral publishes associations, institutions and spaces only, active or closed; reports count
  active assets only. Removed assets are carried by no output.

The register's own map view and register bundles are the team's own copies: they carry everything.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from assetmap.errors import AssetMapError
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.records import Asset

PUBLIC, PARTNERS, ALL = "public", "partners", "all"
TIER_LABELS: dict[str, str] = {
    PUBLIC: "Public: assets marked public, no individuals, no personal names",
    PARTNERS: "Partners: public and partner assets, no individuals, no personal names",
    ALL: "Everything: the team's own full copy, private records and individuals included",
}
SHARING_TIERS = (PUBLIC, PARTNERS)
# Fields that name a person, emptied in every sharing tier.
PERSONAL_FIELDS = ("contact_name", "recorded_by")
ORUK_CATEGORIES = ("associations", "institutions", "physical_spaces")


class SharingTierError(AssetMapError):
    """An output was asked for a tier it does not offer; the message lists the tiers it does."""


@dataclass(frozen=True)
class Output:
    """What one output may carry.

    ``tiers`` maps each tier the output offers (the first is the default) to the visibilities it
    then carries. ``individuals`` is ``"records"`` in the tiers of ``individuals_in``, else how the
    output treats them: ``"counted"`` (counted, never drawn or named) or ``"never"``.
    """

    name: str
    tiers: Mapping[str, tuple[str, ...]]
    categories: tuple[str, ...] | None = None
    statuses: tuple[str, ...] | None = None
    individuals: str = "never"
    individuals_in: tuple[str, ...] = ()

    @property
    def default_tier(self) -> str:
        return next(iter(self.tiers))


EXPORT = Output(
    "export",
    {PUBLIC: ("public",), PARTNERS: ("public", "partners"), ALL: ("public", "partners", "private")},
    individuals_in=(ALL,),
)
OPEN_REFERRAL = Output(
    "open-referral",
    # Open Referral is for publishing: partner-only assets stay out whichever tier is chosen.
    {PUBLIC: ("public",), PARTNERS: ("public",)},
    categories=ORUK_CATEGORIES,
    statuses=("active", "closed"),
)
REPORT = Output(
    "report",
    {PUBLIC: ("public",), PARTNERS: ("public", "partners")},
    statuses=("active",),
    individuals="counted",
)
OUTPUTS: dict[str, Output] = {o.name: o for o in (EXPORT, OPEN_REFERRAL, REPORT)}


def check_tier(output: Output, tier: str) -> str:
    """``tier`` if ``output`` offers it.

    Raises
    ------
    SharingTierError
        Naming the tiers the output offers; private assets are never in a shared output.
    """
    if tier not in output.tiers:
        raise SharingTierError(
            f"The {output.name} output cannot be made for the tier {tier!r}; choose "
            f"{' or '.join(repr(t) for t in output.tiers)}. Private assets are never included in "
            "shared outputs."
        )
    return tier


def is_individual(asset: Asset) -> bool:
    """Whether the asset is a person's gifts and skills (its name is a person's name)."""
    return asset.category == PERSONAL_CATEGORY


def _in_scope(output: Output, tier: str, asset: Asset) -> bool:
    return (
        not asset.is_removed
        and asset.visibility in output.tiers[check_tier(output, tier)]
        and (output.categories is None or asset.category in output.categories)
        and (output.statuses is None or asset.status in output.statuses)
    )


def counts(output: Output, tier: str, asset: Asset) -> bool:
    """Whether ``output`` at ``tier`` may count ``asset`` (in a figure, not by name)."""
    if not _in_scope(output, tier, asset):
        return False
    return not is_individual(asset) or output.individuals == "counted" or tier in output.individuals_in


def carries_record(output: Output, tier: str, asset: Asset) -> bool:
    """Whether ``output`` at ``tier`` may carry ``asset`` as a record: a row, a point, a name."""
    return _in_scope(output, tier, asset) and (not is_individual(asset) or tier in output.individuals_in)


def counted(assets: Iterable[Asset], output: Output, tier: str) -> list[Asset]:
    """The assets ``output`` at ``tier`` may count."""
    check_tier(output, tier)
    return [a for a in assets if counts(output, tier, a)]


def records(assets: Iterable[Asset], output: Output, tier: str) -> list[Asset]:
    """The assets ``output`` at ``tier`` may carry as records, with personal fields emptied for sharing."""
    check_tier(output, tier)
    chosen = [a for a in assets if carries_record(output, tier, a)]
    if tier == ALL:
        return chosen
    # Field names chosen at run time: the check that each is an Asset field (all optional text) is
    # dataclasses.replace's own.
    blank: dict[str, Any] = dict.fromkeys(PERSONAL_FIELDS)
    return [dataclasses.replace(a, **blank) for a in chosen]
