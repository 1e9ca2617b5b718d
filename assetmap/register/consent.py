"""Consent as a record: dated events per person, and which one is in force on a day.

A person's consent is never a tick box edited in place. Each event says what they agreed to (the
*scope*), on what lawful basis, how it was given, who recorded it and when it lapses. What is in force
on a day is the newest event recorded by then: a ``given`` event that has not lapsed grants its scope;
a withdrawal, a lapse, or no event at all grants nothing beyond ``none``.

The scopes are ordered; each includes the ones before it:

==========  ==========================================================================
``none``     nothing in force: their gifts appear in no output and not on the map
``register`` kept in the register only: the team's own map, table and full copy
``partners`` also shared with the named partner organisations (partners-tier outputs)
``public``   also shown (counted, never named) on public maps and reports
``named``    also named in reports as a connector: "names not numbers"
==========  ==========================================================================
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

NONE, REGISTER, PARTNERS, PUBLIC, NAMED = "none", "register", "partners", "public", "named"
LEVELS: tuple[str, ...] = (NONE, REGISTER, PARTNERS, PUBLIC, NAMED)
SCOPES: dict[str, str] = {
    REGISTER: "Kept in the register only",
    PARTNERS: "Shared with named partner organisations",
    PUBLIC: "Shown on public maps and reports (not named)",
    NAMED: "Named in reports as a connector",
}
LEVEL_LABELS: dict[str, str] = {NONE: "No consent in force", **SCOPES}
# UK GDPR Article 6(1).
LAWFUL_BASES: dict[str, str] = {
    "consent": "Consent",
    "contract": "Contract",
    "legal_obligation": "Legal obligation",
    "vital_interests": "Vital interests",
    "public_task": "Public task",
    "legitimate_interests": "Legitimate interests",
}
METHODS: dict[str, str] = {
    "spoken": "Spoken, at an event or visit",
    "paper": "Paper form",
    "email": "Email",
    "online": "Online form",
    "phone": "Phone call",
}
GIVEN, WITHDRAWN = "given", "withdrawn"
DEFAULT_LAPSE_DAYS = 365
REVIEW_WITHIN_DAYS = 30


def default_lapse(on: dt.date) -> dt.date:
    """Twelve months after ``on`` (the same day next year; 28 February for 29 February)."""
    try:
        return on.replace(year=on.year + 1)
    except ValueError:
        return on.replace(year=on.year + 1, day=28)


def at_least(level: str, needed: str) -> bool:
    """Whether consent at ``level`` covers ``needed``."""
    return LEVELS.index(level) >= LEVELS.index(needed)


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """One consent event, as recorded. ``scope`` is ``None`` for a withdrawal."""

    id: str
    person_id: str
    kind: str
    scope: str | None
    lawful_basis: str
    method: str
    recorded_by: str
    recorded_at: dt.datetime
    lapses_on: dt.date | None
    partners: str | None = None


@dataclass(frozen=True, slots=True)
class ConsentState:
    """What is in force for one person on a day, and the event it comes from."""

    level: str
    event: ConsentEvent | None
    lapses_on: dt.date | None
    reason: str

    @property
    def to_review(self) -> bool:
        return self.reason in ("lapses soon", "lapsed")


def state_on(events: Iterable[ConsentEvent], today: dt.date) -> ConsentState:
    """The consent in force on ``today``: the newest event, unless withdrawn or lapsed."""
    dated = [e for e in events if e.recorded_at.date() <= today]
    if not dated:
        return ConsentState(NONE, None, None, "no consent recorded")
    latest = max(dated, key=lambda e: (e.recorded_at, e.id))
    if latest.kind == WITHDRAWN:
        return ConsentState(NONE, latest, None, "withdrawn")
    if latest.lapses_on is not None and latest.lapses_on < today:
        return ConsentState(NONE, latest, latest.lapses_on, "lapsed")
    soon = latest.lapses_on is not None and (latest.lapses_on - today).days <= REVIEW_WITHIN_DAYS
    return ConsentState(latest.scope or NONE, latest, latest.lapses_on, "lapses soon" if soon else "in force")


@dataclass(frozen=True)
class PeopleView:
    """What the sharing rules need to know about people, on one day.

    ``levels`` maps each person with gifts to the consent in force; ``named`` holds the names of
    only those people whose consent in force lets a report name them. An asset with no person (a
    gift recorded before people were kept apart, or any other asset) is not in ``levels``.
    """

    levels: Mapping[str, str] = field(default_factory=dict)
    named: Mapping[str, str] = field(default_factory=dict)

    def level(self, person_id: str) -> str:
        return self.levels.get(person_id, NONE)


NO_PEOPLE = PeopleView()
