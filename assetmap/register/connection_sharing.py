"""The sharing rules for links, stories and photos, declared once: what an output carries and counts of them.

They follow the assets (:mod:`assetmap.register.sharing`) and never widen what those allow:

- A story, or a photo, goes only where its asset goes: an output that does not carry the asset carries
  none of its stories or photos. A photo of a story goes only with that story. Removed ones go nowhere.
- A story's teller is named only when they agreed to be quoted by name (``quote_consent``); otherwise
  every output says "Anonymous" (``Story.shown_teller``), the team's own full copy included (the name
  stays in the register and its bundles). Who recorded a story and which person told it travel only in
  the team's full copy (tier ``all``), as the asset fields that name a person do.
- A link between two assets goes only where both assets go.
- A link from a person is that person's data. Individuals are never a record in a shared output, so
  such a link is carried as a record only in the team's full copy, and then only with the person's
  consent to be kept in the register in force. A figure (a report's measure of connection) counts it
  only with the person's consent to the tier the figure is made for, and with the small-number rules
  of :mod:`assetmap.reports.privacy`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Protocol, TypeVar

from assetmap.register import consent, sharing
from assetmap.register.consent import PeopleView

PERSON = "person"


class _Story(Protocol):
    @property
    def asset_id(self) -> str: ...
    @property
    def removed_at(self) -> object: ...


class _Link(Protocol):
    @property
    def from_kind(self) -> str: ...
    @property
    def from_id(self) -> str: ...
    @property
    def to_id(self) -> str: ...
    @property
    def removed_at(self) -> object: ...


class _Photo(Protocol):
    @property
    def asset_id(self) -> str: ...
    @property
    def story_id(self) -> str | None: ...
    @property
    def removed_at(self) -> object: ...


S = TypeVar("S", bound=_Story)
L = TypeVar("L", bound=_Link)
P = TypeVar("P", bound=_Photo)


def is_from_person(link: _Link) -> bool:
    return link.from_kind == PERSON


def carried_stories(stories: Iterable[S], asset_ids: Collection[str]) -> list[S]:
    """The stories an output carrying the assets ``asset_ids`` may carry: those on them, not removed."""
    return [s for s in stories if s.removed_at is None and s.asset_id in asset_ids]


def carried_photos(photos: Iterable[P], asset_ids: Collection[str], story_ids: Collection[str]) -> list[P]:
    """The photos an output may carry: on a carried asset, and, for a story's photo, with that story."""
    return [
        p
        for p in photos
        if p.removed_at is None
        and p.asset_id in asset_ids
        and (p.story_id is None or p.story_id in story_ids)
    ]


def carried_links(
    links: Iterable[L], asset_ids: Collection[str], tier: str, *, people: PeopleView
) -> list[L]:
    """The links an export at ``tier`` carrying the assets ``asset_ids`` may carry as records.

    A link between assets needs both; a link from a person needs the tier ``all`` and the person's
    consent to be kept in the register.
    """
    kept = []
    for link in links:
        if link.removed_at is not None or link.to_id not in asset_ids:
            continue
        if is_from_person(link):
            if tier != sharing.ALL or not consent.at_least(
                people.level(link.from_id), sharing.CONSENT_NEEDED[sharing.ALL]
            ):
                continue
        elif link.from_id not in asset_ids:
            continue
        kept.append(link)
    return kept


def counted_links(
    links: Iterable[L], asset_ids: Collection[str], tier: str, *, people: PeopleView
) -> list[L]:
    """The links a figure at ``tier`` may count, among the counted assets ``asset_ids``.

    A link from a person counts only with their consent to ``tier`` in force.
    """
    kept = []
    for link in links:
        if link.removed_at is not None or link.to_id not in asset_ids:
            continue
        if is_from_person(link):
            if not consent.at_least(people.level(link.from_id), sharing.CONSENT_NEEDED[tier]):
                continue
        elif link.from_id not in asset_ids:
            continue
        kept.append(link)
    return kept
