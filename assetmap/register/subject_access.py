"""Everything a register holds about one person, gathered for a subject access request.

:func:`gather` reads the person's record, their gifts and skills (removed ones too), the groups and
spaces they run or belong to, their links to assets and the stories they told (removed ones too), their
consent events, the audit entries that name them, their gifts, links or stories, and every state of
their record and their gifts' records. :func:`tables` lays that out as plain
tables (one per part), which the CSV files and the readable document are made from, so both show the
same things. :func:`note_export` appends the ``export`` entry to the audit trail once a copy is made.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assetmap.register import audit, consent
from assetmap.register.connection import write_unit
from assetmap.register.people import PERSON_LABELS, PERSONAL_FIELDS, PREFERRED_CONTACTS, RELATIONS
from assetmap.register.records import ASSET_FIELDS, FIELD_LABELS

if TYPE_CHECKING:
    from assetmap.register.connections import Story
    from assetmap.register.people import Person, PersonState
    from assetmap.register.records import Asset, HistoryEntry
    from assetmap.register.store import Register


@dataclass(frozen=True, slots=True)
class LinkedAsset:
    """A group or space the person runs or belongs to, with its name."""

    relation: str
    asset_id: str
    asset_name: str
    linked_at: dt.datetime


@dataclass(frozen=True)
class SubjectAccess:
    """Everything held about one person on the day it was gathered (times UTC)."""

    person: Person
    consent_in_force: consent.ConsentState
    gifts: tuple[Asset, ...]
    links: tuple[LinkedAsset, ...]
    consent_events: tuple[consent.ConsentEvent, ...]
    audit_entries: tuple[audit.AuditEntry, ...]
    person_history: tuple[PersonState, ...]
    gift_history: tuple[HistoryEntry, ...]
    gathered_at: dt.datetime
    gathered_by: str
    # Their links to assets (``Link`` with ``from_kind`` "person") and the stories they told.
    asset_links: tuple[LinkedAsset, ...] = ()
    link_notes: tuple[str, ...] = ()
    stories: tuple[Story, ...] = ()
    story_assets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    """One part of a subject access copy: ``name`` is its file name stem, ``title`` its heading."""

    name: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def gather(register: Register, person_id: str, today: dt.date | None = None) -> SubjectAccess:
    """Everything ``register`` holds about the person ``person_id``.

    Parameters
    ----------
    register
        The open register.
    person_id
        The person's id.
    today
        The day whose consent in force is reported (default: today).

    Raises
    ------
    PersonNotFoundError
        There is no such person, or they were erased (then nothing is held on them).
    """
    person = register.person(person_id)
    gifts = tuple(register.gifts_of(person_id, include_removed=True))
    links = tuple(
        LinkedAsset(link.relation, link.asset_id, _asset_name(register, link.asset_id), link.created_at)
        for link in register.links_of(person_id)
    )
    gift_ids = [gift.id for gift in gifts]
    gift_history = tuple(entry for gift_id in gift_ids for entry in register.history(gift_id))
    kinds = {kind.code: kind.label for kind in register.link_kinds()}
    their_links = register.links_from_person(person_id, include_removed=True)
    stories = tuple(register.stories_told_by(person_id, include_removed=True))
    record_ids = [person_id, *gift_ids, *(link.id for link in their_links), *(story.id for story in stories)]
    return SubjectAccess(
        person=person,
        consent_in_force=register.consent_state(person_id, today),
        gifts=gifts,
        links=links,
        consent_events=tuple(register.consent_events(person_id)),
        audit_entries=tuple(register.audit_trail(record_ids=record_ids)),
        person_history=tuple(register.person_history(person_id)),
        gift_history=gift_history,
        gathered_at=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
        gathered_by=register.user,
        asset_links=tuple(
            LinkedAsset(
                kinds.get(link.kind, link.kind),
                link.to_id,
                _asset_name(register, link.to_id),
                link.created_at or link.updated_at or dt.datetime.min,
            )
            for link in their_links
        ),
        link_notes=tuple(link.note or "" for link in their_links),
        stories=stories,
        story_assets=tuple(_asset_name(register, story.asset_id) for story in stories),
    )


def _asset_name(register: Register, asset_id: str) -> str:
    from assetmap.errors import AssetNotFoundError

    try:
        return register.asset(asset_id).name
    except AssetNotFoundError:
        return ""


def note_export(register: Register, person_id: str) -> None:
    """Append the ``export`` entry for the person to the audit trail (after their copy is written)."""
    with write_unit(register.engine) as conn:
        audit.append(conn, register.user, "export", "person", [person_id])


def _when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    return value.isoformat()


def _plain(value: object) -> object:
    """A stored value as one cell: dates as ISO text, tags joined, mappings as JSON."""
    if isinstance(value, dt.datetime | dt.date):
        return _when(value)
    if isinstance(value, tuple | list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


_ASSET_NAMES: tuple[str, ...] = tuple(f.name for f in ASSET_FIELDS)


def tables(record: SubjectAccess) -> list[Table]:
    """The parts of a subject access copy, each a table of plain values, in the order they are shown."""
    person = record.person
    state = record.consent_in_force
    person_rows: list[tuple[object, ...]] = [("Id", person.id)]
    for name in PERSONAL_FIELDS:
        value = getattr(person, name)
        if name == "preferred_contact" and value:
            value = PREFERRED_CONTACTS.get(value, value)
        person_rows.append((PERSON_LABELS[name], value or ""))
    person_rows += [
        ("Recorded by", person.recorded_by or ""),
        ("Added", _when(person.created_at)),
        ("Last changed", _when(person.updated_at)),
        ("Taken off the list", _when(person.removed_at)),
        ("Version", person.version),
        ("Consent in force", consent.LEVEL_LABELS.get(state.level, state.level)),
        ("Consent state", state.reason),
        ("Consent lapses on", _when(state.lapses_on)),
        ("Gathered", _when(record.gathered_at)),
        ("Gathered by", record.gathered_by),
    ]
    return [
        Table("person", "Their record", ("Field", "Value"), tuple(person_rows)),
        Table(
            "gifts",
            "Gifts and skills",
            tuple(FIELD_LABELS[name] for name in _ASSET_NAMES),
            tuple(tuple(_plain(getattr(gift, name)) for name in _ASSET_NAMES) for gift in record.gifts),
        ),
        Table(
            "links",
            "Groups and spaces they run or belong to",
            ("Relation", "Asset id", "Asset name", "Linked at"),
            tuple(
                (
                    RELATIONS.get(link.relation, link.relation),
                    link.asset_id,
                    link.asset_name,
                    _when(link.linked_at),
                )
                for link in record.links
            ),
        ),
        Table(
            "asset_links",
            "Their links to groups and spaces",
            ("Kind of link", "Asset id", "Asset name", "Note", "Linked at"),
            tuple(
                (link.relation, link.asset_id, link.asset_name, note, _when(link.linked_at))
                for link, note in zip(record.asset_links, record.link_notes, strict=True)
            ),
        ),
        Table(
            "stories",
            "Stories they told",
            (
                "Told on",
                "Asset name",
                "Story",
                "Told by",
                "Quoted by name",
                "Featured",
                "Recorded by",
                "Removed",
            ),
            tuple(
                (
                    _when(story.told_on),
                    asset_name,
                    story.text,
                    story.teller or "",
                    "yes" if story.quote_consent else "no",
                    "yes" if story.featured else "no",
                    story.recorded_by or "",
                    _when(story.removed_at),
                )
                for story, asset_name in zip(record.stories, record.story_assets, strict=True)
            ),
        ),
        Table(
            "consent_events",
            "Consent events",
            (
                "Recorded at",
                "Event",
                "What they agreed to",
                "Partner organisations",
                "Lawful basis",
                "How it was given",
                "Recorded by",
                "Lapses on",
                "Event id",
            ),
            tuple(
                (
                    _when(event.recorded_at),
                    event.kind,
                    consent.SCOPES.get(event.scope, event.scope) if event.scope else "",
                    event.partners or "",
                    consent.LAWFUL_BASES.get(event.lawful_basis, event.lawful_basis),
                    consent.METHODS.get(event.method, event.method),
                    event.recorded_by,
                    _when(event.lapses_on),
                    event.id,
                )
                for event in record.consent_events
            ),
        ),
        Table(
            "audit",
            "Who did what to their records",
            ("At", "User", "Action", "Record kind", "Record id"),
            tuple(
                (
                    _when(entry.at),
                    entry.user,
                    audit.ACTIONS.get(entry.action, entry.action),
                    audit.KINDS.get(entry.record_kind, entry.record_kind),
                    entry.record_id or "",
                )
                for entry in record.audit_entries
            ),
        ),
        Table(
            "history",
            "Every state their records reached",
            ("Record kind", "Record id", "Version", "Recorded at", "Operation", "Field", "Value"),
            tuple(_history_rows(record.person.id, record.person_history, record.gift_history)),
        ),
    ]


def _history_rows(
    person_id: str, person_states: Sequence[PersonState], gift_entries: Sequence[HistoryEntry]
) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for state in person_states:
        for name in PERSONAL_FIELDS:
            rows.append(
                (
                    "Person",
                    person_id,
                    state.version,
                    _when(state.recorded_at),
                    state.operation,
                    PERSON_LABELS[name],
                    _plain(state.fields.get(name)) or "",
                )
            )
    for entry in gift_entries:
        content = entry.content or {}
        for name in _ASSET_NAMES:
            if name in content:
                rows.append(
                    (
                        "Gift",
                        entry.asset_id,
                        entry.version,
                        _when(entry.recorded_at),
                        entry.operation,
                        FIELD_LABELS[name],
                        _plain(content[name]) if content[name] is not None else "",
                    )
                )
    return rows
