"""What a projected meeting map may show: public assets (partners' when the presenter says so), no person.

The meeting map is shown to a room, so it is a shared output, whatever the worker's filters were: it
follows the report rules of :mod:`assetmap.register.sharing` at the public tier (or the partners tier,
switched on for one meeting). The fields that name a person are emptied, and a person's gift is never a
point or a name: it is only counted, with the consent to be in that tier.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from assetmap.register import sharing
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset

PARTNERS_NOTICE = "Showing partner assets"
# A room sees no way to reach a person: the contact fields go too, not only the names sharing empties.
MEETING_BLANK_FIELDS = (*sharing.PERSONAL_FIELDS, "contact_phone", "contact_email")


@dataclass(frozen=True)
class MeetingContent:
    """The assets the meeting map draws, and the figures it shows beside them."""

    tier: str
    assets: list[Asset]
    gifts_counted: int
    ward_counts: dict[str, int] = field(default_factory=dict)

    @property
    def notice(self) -> str | None:
        """The notice shown on the projected map, or ``None`` at the public tier."""
        return PARTNERS_NOTICE if self.tier == sharing.PARTNERS else None

    @property
    def caption(self) -> str:
        who = "Public and partner assets" if self.tier == sharing.PARTNERS else "Public assets only"
        gifts = self.gifts_counted
        if not gifts:
            return who
        noun = "person's gift" if gifts == 1 else "people's gifts"
        return f"{who} · {gifts} {noun} and skills counted, not shown"

    def config(self, ward_names: Mapping[str, str]) -> dict[str, object]:
        """What the page's meeting layer needs besides the assets (plain text and numbers only)."""
        return {
            "notice": self.notice,
            "caption": self.caption,
            "wardCounts": {
                code: {"name": ward_names.get(code, code), "assets": n}
                for code, n in self.ward_counts.items()
            },
        }


def room_tier(partners: bool) -> str:
    """The tier a meeting's room sees: public, or partners while the presenter has switched them on."""
    return sharing.PARTNERS if partners else sharing.PUBLIC


def room_may_see_figures(tier: str, *, partners: bool) -> bool:
    """Whether abundance figures counted at ``tier`` may be shown to the room."""
    return tier in sharing.REPORT.tiers and (tier == sharing.PUBLIC or tier == room_tier(partners))


def meeting_content(assets: Iterable[Asset], *, people: PeopleView, partners: bool = False) -> MeetingContent:
    """The meeting map's content from the register's assets.

    Only what a report at the public tier (or partners, when ``partners``) may carry as records is drawn,
    with contact names and "recorded by" emptied; people's gifts are counted when their consent allows
    that tier, never drawn or named.
    """
    tier = room_tier(partners)
    assets = list(assets)
    shown = sharing.records(assets, sharing.REPORT, tier, people=people)
    # Belt and braces: nothing a meeting shows can name a person or carry their gift.
    blank: dict[str, None] = dict.fromkeys(MEETING_BLANK_FIELDS)
    shown = [dataclasses.replace(a, **blank) for a in shown if not sharing.is_individual(a)]  # type: ignore[arg-type]
    gifts = sum(
        1 for a in sharing.counted(assets, sharing.REPORT, tier, people=people) if sharing.is_individual(a)
    )
    wards = Counter(a.ward_code for a in shown if a.ward_code)
    return MeetingContent(tier=tier, assets=shown, gifts_counted=gifts, ward_counts=dict(wards))
