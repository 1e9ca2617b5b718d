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

A person's gift (an asset with a ``person_id``) also follows the consent in force for that person
(:mod:`assetmap.register.consent`, read as a :class:`~assetmap.register.consent.PeopleView` on the day the
output is made). Every function here takes that view as the keyword ``people``, with no default, so no
output can forget it; :data:`~assetmap.register.consent.NO_PEOPLE` is the view of a caller with no people
(every person's gift then appears nowhere). An output carries or counts a person's gift only when both the
gift's visibility (the team's choice) and the person's consent (theirs) allow it:

==================================  ===================  ===============================================
where                               consent needed       what the gift is there
==================================  ===================  ===============================================
the team's map and full copy        ``register``         a point on the in-app map; a record in ``all``
partners tier                       ``partners``         counted in reports, never a record
public tier                         ``public``           counted in reports, never a record
a report at either tier             ``named``            counted, and the person named as a connector
==================================  ===================  ===============================================

- Consent ``none`` (none recorded, withdrawn, lapsed, or the person removed) puts the gift in no output
  and off the in-app map; the in-app table still lists it, with its consent, so a worker can review it.
- A report names a person (their name and their gifts' names, under "Connectors") only with ``named``;
  without it, neither their name nor their gifts' names appear: the gifts are counted, with the
  small-number rules of :mod:`assetmap.reports.privacy`.
- A person's phone, email, notes and other personal fields are never in any output; their name only
  where they are named.
- Gifts with no person (recorded before people were kept apart) keep the rules above unchanged.

The register's own map view is the team's own copy: it draws every located asset except a person's gift
with no consent in force (:func:`on_team_map`). Register bundles are the team's own copies too; what they
carry of people is decided with them, in :mod:`assetmap.bundles`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from assetmap.errors import AssetMapError
from assetmap.messages import tr
from assetmap.register import consent
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset

PUBLIC, PARTNERS, ALL = "public", "partners", "all"
TIER_LABELS: dict[str, str] = {
    PUBLIC: "Public: assets marked public, no individuals, no personal names",
    PARTNERS: "Partners: public and partner assets, no individuals, no personal names",
    ALL: "Everything: the team's own full copy, private records and individuals (with consent) included",
}
SHARING_TIERS = (PUBLIC, PARTNERS)
# Fields that name a person, emptied in every sharing tier.
PERSONAL_FIELDS = ("contact_name", "recorded_by")
ORUK_CATEGORIES = ("associations", "institutions", "physical_spaces")
# The consent a person's gift needs before an output at each tier may carry or count it. The in-app map
# and table are the team's own copy, as the ``all`` tier is.
CONSENT_NEEDED: dict[str, str] = {ALL: consent.REGISTER, PARTNERS: consent.PARTNERS, PUBLIC: consent.PUBLIC}
# The consent that lets a report name a person as a connector.
CONSENT_TO_NAME = consent.NAMED
# What the in-app table shows in its Consent column for an asset with no person.
NO_PERSON_TEXT = ""
NEEDS_CONSENT_TEXT = "Needs consent"
# A count of people's gifts from 1 to this less one is never shown (reports, and a server's figures view).
SMALL_COUNT = 5


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
        refusals = {
            "export": tr(
                "The export output cannot be made for the tier {tier}; choose "
                "{tiers}. Private assets are never included in shared outputs."
            ),
            "open-referral": tr(
                "The open-referral output cannot be made for the tier {tier}; choose "
                "{tiers}. Private assets are never included in shared outputs."
            ),
            "report": tr(
                "The report output cannot be made for the tier {tier}; choose "
                "{tiers}. Private assets are never included in shared outputs."
            ),
        }
        refused = refusals.get(output.name) or tr(
            "The {output} output cannot be made for the tier {tier}; choose "
            "{tiers}. Private assets are never included in shared outputs."
        )
        raise SharingTierError(
            refused.format(
                output=output.name, tier=repr(tier), tiers=" or ".join(repr(t) for t in output.tiers)
            )
        )
    return tier


def is_individual(asset: Asset) -> bool:
    """Whether the asset is a person's gifts and skills: in that category (its name may be a person's name),
    or linked to a person whatever category it was later given."""
    return asset.category == PERSONAL_CATEGORY or asset.person_id is not None


def consent_level(asset: Asset, *, people: PeopleView) -> str | None:
    """The consent in force for the person whose gift ``asset`` is; ``None`` for an asset with no person."""
    return None if asset.person_id is None else people.level(asset.person_id)


def consented(asset: Asset, tier: str, *, people: PeopleView) -> bool:
    """Whether the person whose gift ``asset`` is agreed to it being in an output at ``tier``.

    True for an asset with no person: its visibility alone decides.
    """
    level = consent_level(asset, people=people)
    return level is None or consent.at_least(level, CONSENT_NEEDED[tier])


def on_team_map(asset: Asset, *, people: PeopleView) -> bool:
    """Whether the in-app map may draw ``asset`` as far as consent goes (the team's own copy)."""
    return consented(asset, ALL, people=people)


def needs_consent(asset: Asset, *, people: PeopleView) -> bool:
    """Whether ``asset`` is a person's gift with no consent in force: in no output, listed for review."""
    return asset.person_id is not None and not on_team_map(asset, people=people)


def consent_text(asset: Asset, *, people: PeopleView) -> str:
    """The consent in force as the in-app table shows it: blank for no person, "Needs consent" for none."""
    level = consent_level(asset, people=people)
    if level is None:
        return NO_PERSON_TEXT
    if level == consent.NONE:
        return NEEDS_CONSENT_TEXT
    return consent.LEVEL_LABELS[level]


def _in_scope(output: Output, tier: str, asset: Asset, people: PeopleView) -> bool:
    return (
        consented(asset, tier, people=people)
        and not asset.is_removed
        and asset.visibility in output.tiers[check_tier(output, tier)]
        and (output.categories is None or asset.category in output.categories)
        and (output.statuses is None or asset.status in output.statuses)
    )


def counts(output: Output, tier: str, asset: Asset, *, people: PeopleView) -> bool:
    """Whether ``output`` at ``tier`` may count ``asset`` (in a figure, not by name)."""
    if not _in_scope(output, tier, asset, people):
        return False
    return not is_individual(asset) or output.individuals == "counted" or tier in output.individuals_in


def carries_record(output: Output, tier: str, asset: Asset, *, people: PeopleView) -> bool:
    """Whether ``output`` at ``tier`` may carry ``asset`` as a record: a row, a point, a name."""
    return _in_scope(output, tier, asset, people) and (
        not is_individual(asset) or tier in output.individuals_in
    )


def named_person(output: Output, tier: str, asset: Asset, *, people: PeopleView) -> str | None:
    """The name under which ``output`` at ``tier`` may name the person whose gift ``asset`` is, or ``None``.

    Only a report names people, only for a gift it counts, and only with consent to be named.
    """
    if output is not REPORT or asset.person_id is None or not counts(output, tier, asset, people=people):
        return None
    if not consent.at_least(people.level(asset.person_id), CONSENT_TO_NAME):
        return None
    return people.named.get(asset.person_id)


def counted(assets: Iterable[Asset], output: Output, tier: str, *, people: PeopleView) -> list[Asset]:
    """The assets ``output`` at ``tier`` may count."""
    check_tier(output, tier)
    return [a for a in assets if counts(output, tier, a, people=people)]


def records(assets: Iterable[Asset], output: Output, tier: str, *, people: PeopleView) -> list[Asset]:
    """The assets ``output`` at ``tier`` may carry as records, with personal fields emptied for sharing."""
    check_tier(output, tier)
    chosen = [a for a in assets if carries_record(output, tier, a, people=people)]
    if tier == ALL:
        return chosen
    # Field names chosen at run time: the check that each is an Asset field (all optional text) is
    # dataclasses.replace's own.
    blank: dict[str, Any] = dict.fromkeys(PERSONAL_FIELDS)
    return [dataclasses.replace(a, **blank) for a in chosen]
