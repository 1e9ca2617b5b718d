"""People, their gifts and links, their consent events, and erasure: the register's writes for people.

A person is their own record, apart from assets. Their personal fields (name, phone, email, preferred
contact, notes) are sealed with a key of their own (:mod:`assetmap.register.sealing`) in the person's
row and in every state of their history; the key is kept in ``person_keys``. A person has no location:
their gifts and skills are ``gifts_skills`` assets whose ``person_id`` names them, which may have a
ward but never a home address on the map. They can also run or belong to groups and spaces.

Erasing a person deletes their key, their record, their history, their consent events, their links
and their gifts (with the gifts' history), with SQLite's ``secure_delete`` on, and then truncates the
write-ahead log; the register's own backups are erased the same way. The erasure list keeps the
person's id (and their gifts' ids), so a merge never brings them back.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, delete, insert, select, text, update

from assetmap.errors import AssetMapError, ValidationError
from assetmap.messages import tr
from assetmap.register import audit, consent, sealing
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.concurrency import expect_version, lock_row, update_if_unchanged
from assetmap.register.connection import (
    DATABASE_ERRORS,
    CipherKey,
    is_encrypted,
    raw_connection,
    secure_delete,
    write_unit,
)
from assetmap.register.connections import ERASE_CONNECTIONS_SQL, forget_connections
from assetmap.register.links import EMAIL
from assetmap.register.records import ASSET_COLUMNS, Asset, Change, asset_from_row, utc_now
from assetmap.register.schema import (
    AssetHistoryRow,
    AssetRow,
    ConsentEventRow,
    ErasureRow,
    PersonHistoryRow,
    PersonKeyRow,
    PersonLinkRow,
    PersonRow,
)
from assetmap.register.validation import clean_text

if TYPE_CHECKING:
    from assetmap.geo.boundaries import Boundaries

log = logging.getLogger(__name__)
_BACKUP_ERRORS: tuple[type[Exception], ...] = (*DATABASE_ERRORS, OSError)

_PEOPLE = PersonRow.__table__
_KEYS = PersonKeyRow.__table__
_PHISTORY = PersonHistoryRow.__table__
_LINKS = PersonLinkRow.__table__
_CONSENT = ConsentEventRow.__table__
_ERASURES = ErasureRow.__table__
_ASSETS = AssetRow.__table__
_AHISTORY = AssetHistoryRow.__table__

PREFERRED_CONTACTS: dict[str, str] = {
    "phone": "Phone",
    "email": "Email",
    "in_person": "In person",
    "through_someone": "Through someone they know",
}
RELATIONS: dict[str, str] = {"runs": "Runs", "belongs": "Belongs to"}
# The fields of a person that are theirs: sealed, shown only to the team, erased with them.
PERSONAL_FIELDS: tuple[str, ...] = ("name", "phone", "email", "preferred_contact", "notes")
PERSON_LABELS: dict[str, str] = {
    "name": "Name",
    "phone": "Phone",
    "email": "Email",
    "preferred_contact": "Preferred contact",
    "notes": "Notes",
}
_NAME_LIMIT = 200
_TEXT_LIMIT = 5_000


class PersonNotFoundError(AssetMapError):
    def __init__(self, person_id: str, *, erased: bool = False) -> None:
        self.person_id = person_id
        self.erased = erased
        if erased:
            super().__init__(
                tr("The person {person_id} was erased from this register; nothing is held on them.").format(
                    person_id=person_id
                )
            )
        else:
            super().__init__(
                tr("There is no person with id {person_id} in this register.").format(person_id=person_id)
            )


@dataclass(frozen=True, slots=True)
class Person:
    """A person as the team sees them (their sealed fields opened). Times are UTC."""

    id: str
    name: str
    phone: str | None = None
    email: str | None = None
    preferred_contact: str | None = None
    notes: str | None = None
    recorded_by: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    removed_at: dt.datetime | None = None
    version: int = 1

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None

    def personal(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in PERSONAL_FIELDS}


@dataclass(frozen=True, slots=True)
class PersonState:
    """One state of a person's record in their history."""

    seq: int
    version: int
    recorded_at: dt.datetime
    operation: str
    fields: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class PersonLink:
    person_id: str
    asset_id: str
    relation: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Erasure:
    person_id: str
    erased_at: dt.datetime
    asset_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SealedState:
    """One state of a person's record as a bundle carries it: still sealed with their key."""

    version: int
    recorded_at: dt.datetime
    operation: str
    sealed: bytes

    @property
    def identity(self) -> tuple[dt.datetime, int, str]:
        """What names this state alike in every register that holds it (its ciphertext may differ)."""
        return (self.recorded_at, self.version, self.operation)


@dataclass(frozen=True, slots=True)
class SealedPerson:
    """A person as a bundle carries them: their sealed record, its history, and the key that opens both."""

    id: str
    key: bytes
    sealed: bytes
    recorded_by: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    removed_at: dt.datetime | None
    version: int
    history: tuple[SealedState, ...] = ()

    @property
    def order(self) -> tuple[dt.datetime, int, bytes]:
        """What "newer" compares: the last change, then the version, then the sealed bytes (so that
        two registers settle a tie alike)."""
        return (self.updated_at, self.version, self.sealed)


@dataclass(frozen=True, slots=True)
class PeopleSection:
    """Everything about people that travels in a register bundle.

    ``people`` are the live people (removed ones too, never erased ones); ``gifts`` maps each gift
    asset's id to its person; ``erasures`` is the register's whole erasure list.
    """

    people: tuple[SealedPerson, ...] = ()
    consent: tuple[consent.ConsentEvent, ...] = ()
    links: tuple[PersonLink, ...] = ()
    gifts: Mapping[str, str] = field(default_factory=dict)
    erasures: tuple[Erasure, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.people or self.consent or self.links or self.gifts or self.erasures)


NO_SECTION = PeopleSection()


def clean_person(values: Mapping[str, object], *, creating: bool) -> dict[str, str | None]:
    """Check and tidy a person's fields; raises ``ValidationError`` naming the field and what to do."""
    unknown = set(values) - set(PERSONAL_FIELDS)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0], tr("A person has no field {field}.").format(field=repr(sorted(unknown)[0]))
        )
    out: dict[str, str | None] = {}
    labels = {
        "name": tr("Name"),
        "phone": tr("Phone"),
        "email": tr("Email"),
        "preferred_contact": tr("Preferred contact"),
        "notes": tr("Notes"),
    }
    for name, value in values.items():
        limit = _NAME_LIMIT if name == "name" else _TEXT_LIMIT
        text = clean_text(name, value, label=labels.get(name, PERSON_LABELS[name]), limit=limit) or ""
        if name == "email" and text and not EMAIL.match(text):
            raise ValidationError(
                name, tr("Email is not an email address (name@example.org); correct it or leave it empty.")
            )
        if name == "preferred_contact" and text and text not in PREFERRED_CONTACTS:
            raise ValidationError(
                name,
                tr("Preferred contact must be one of: {choices}.").format(
                    choices=", ".join(PREFERRED_CONTACTS)
                ),
            )
        out[name] = text or None
    if (creating or "name" in out) and not out.get("name"):
        raise ValidationError("name", tr("A person needs a name (a first name is enough)."))
    return out


def _person_from(row: Any, key: bytes) -> Person:
    opened = sealing.unseal(key, row.id, row.sealed)
    return Person(
        id=row.id,
        name=str(opened.get("name") or ""),
        phone=_opt(opened.get("phone")),
        email=_opt(opened.get("email")),
        preferred_contact=_opt(opened.get("preferred_contact")),
        notes=_opt(opened.get("notes")),
        recorded_by=row.recorded_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
        removed_at=row.removed_at,
        version=row.version,
    )


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def _event_from(row: Any) -> consent.ConsentEvent:
    return consent.ConsentEvent(
        id=row.id,
        person_id=row.person_id,
        kind=row.kind,
        scope=row.scope,
        lawful_basis=row.lawful_basis,
        method=row.method,
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
        lapses_on=row.lapses_on,
        partners=row.partners,
    )


# The statements that erase one person, in order; the same on the register and on its backups.
# ``:pid`` is the person's id. Gifts go with their history; the person's row stays, emptied, so the
# id is never taken again.
_ERASE_SQL: tuple[str, ...] = (
    "UPDATE people SET sealed = NULL, recorded_by = NULL, erased_at = :now, "
    "removed_at = coalesce(removed_at, :now) WHERE id = :pid",
    "DELETE FROM person_keys WHERE person_id = :pid",
    "DELETE FROM person_history WHERE person_id = :pid",
    "DELETE FROM consent_events WHERE person_id = :pid",
    "DELETE FROM person_links WHERE person_id = :pid",
    "DELETE FROM person_links WHERE asset_id IN (SELECT id FROM assets WHERE person_id = :pid)",
    "DELETE FROM asset_history WHERE asset_id IN (SELECT id FROM assets WHERE person_id = :pid)",
    "DELETE FROM assets WHERE person_id = :pid",
)


def _erase_rows(conn: Connection, person_id: str, when: dt.datetime) -> None:
    for statement in (*ERASE_CONNECTIONS_SQL, *_ERASE_SQL):
        conn.execute(text(statement), {"pid": person_id, "now": when.isoformat(sep=" ")})


def erase_in_file(path: Path, person_id: str, when: dt.datetime, key: CipherKey | None = None) -> bool:
    """Erase a person from another copy of the register (a backup); ``False`` if it holds no people.

    ``key`` is the register's key, used when the copy is encrypted.
    """
    conn = raw_connection(path, key=key if is_encrypted(path) else None)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "people" not in tables:
            return False
        # A backup taken before connections were kept has no links or stories to erase.
        statements = (*ERASE_CONNECTIONS_SQL, *_ERASE_SQL) if "links" in tables else _ERASE_SQL
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                conn.execute(statement, {"pid": person_id, "now": when.isoformat(sep=" ")})
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        return True
    finally:
        conn.close()


class PeopleWrites:
    """The register's people, consent and erasure (mixed into ``Register``)."""

    if TYPE_CHECKING:

        @property
        def path(self) -> Path: ...

        @property
        def is_server(self) -> bool: ...

        _engine: Engine
        _key: CipherKey | None
        user: str

        def add_asset(self, asset_id: str | None = None, **fields: object) -> Change: ...

        def boundaries(self) -> Boundaries: ...

        def _place_gift(self, values: dict[str, object]) -> None: ...

        def _record_write(
            self, conn: Connection, before: Asset | None, after: Asset, operation: str, now: dt.datetime
        ) -> None: ...

        @staticmethod
        def _get(conn: Connection, asset_id: str) -> Asset: ...

    # -- reads -----------------------------------------------------------------------------

    def _keys(self, conn: Connection, ids: Sequence[str] | None = None) -> dict[str, bytes]:
        query = select(_KEYS.c.person_id, _KEYS.c.key)
        if ids is not None:
            query = query.where(_KEYS.c.person_id.in_(list(ids)))
        return {pid: bytes(key) for pid, key in conn.execute(query)}

    def _person(self, conn: Connection, person_id: str) -> Person:
        row = conn.execute(select(_PEOPLE).where(_PEOPLE.c.id == person_id)).first()
        if row is None:
            raise PersonNotFoundError(person_id)
        if row.erased_at is not None or row.sealed is None:
            raise PersonNotFoundError(person_id, erased=True)
        key = self._keys(conn, [person_id]).get(person_id)
        if key is None:
            raise PersonNotFoundError(person_id, erased=True)
        return _person_from(row, key)

    def person(self, person_id: str) -> Person:
        with self._engine.connect() as conn:
            return self._person(conn, person_id)

    def people(self, *, include_removed: bool = False, ids: Sequence[str] | None = None) -> list[Person]:
        """Every person (removed ones only when asked), or only those of ``ids``, by name."""
        with self._engine.connect() as conn:
            query = select(_PEOPLE).where(_PEOPLE.c.erased_at.is_(None))
            if not include_removed:
                query = query.where(_PEOPLE.c.removed_at.is_(None))
            if ids is not None:
                query = query.where(_PEOPLE.c.id.in_(list(ids)))
            rows = conn.execute(query).all()
            keys = self._keys(conn, None if ids is None else [row.id for row in rows])
        found = [_person_from(row, keys[row.id]) for row in rows if row.id in keys and row.sealed is not None]
        return sorted(found, key=lambda p: (p.name.casefold(), p.id))

    def search_people(self, text: str, *, include_removed: bool = False) -> list[Person]:
        """People whose name, phone, email or notes contain ``text`` (any case)."""
        needle = text.strip().casefold()
        found = self.people(include_removed=include_removed)
        if not needle:
            return found
        return [
            p
            for p in found
            if any(needle in (value or "").casefold() for value in (p.name, p.phone, p.email, p.notes))
        ]

    def people_count(self) -> int:
        with self._engine.connect() as conn:
            return int(
                conn.exec_driver_sql(
                    "SELECT count(*) FROM people WHERE erased_at IS NULL AND removed_at IS NULL"
                ).scalar_one()
            )

    def gifts_of(self, person_id: str, *, include_removed: bool = False) -> list[Asset]:
        """The person's gifts and skills (assets linked to them)."""
        with self._engine.connect() as conn:
            query = select(*(_ASSETS.c[n] for n in ASSET_COLUMNS)).where(_ASSETS.c.person_id == person_id)
            if not include_removed:
                query = query.where(_ASSETS.c.removed_at.is_(None))
            return [asset_from_row(row) for row in conn.execute(query.order_by(_ASSETS.c.name))]

    def links_of(self, person_id: str) -> list[PersonLink]:
        """The groups and spaces the person runs or belongs to."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(_LINKS).where(_LINKS.c.person_id == person_id).order_by(_LINKS.c.created_at)
            ).all()
        return [PersonLink(r.person_id, r.asset_id, r.relation, r.created_at) for r in rows]

    def people_of(self, asset_id: str) -> list[tuple[Person, str]]:
        """The people linked to an asset: ``(person, relation)``, ``"gift"`` for the asset's own person."""
        with self._engine.connect() as conn:
            pairs: list[tuple[str, str]] = [
                (r.person_id, r.relation)
                for r in conn.execute(select(_LINKS).where(_LINKS.c.asset_id == asset_id))
            ]
            owner = conn.execute(select(_ASSETS.c.person_id).where(_ASSETS.c.id == asset_id)).scalar()
            if owner:
                pairs.insert(0, (owner, "gift"))
            out = []
            for pid, relation in pairs:
                try:
                    out.append((self._person(conn, pid), relation))
                except PersonNotFoundError:
                    continue
        return out

    def consent_events(self, person_id: str) -> list[consent.ConsentEvent]:
        """The person's consent events, oldest first."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(_CONSENT)
                .where(_CONSENT.c.person_id == person_id)
                .order_by(_CONSENT.c.recorded_at, _CONSENT.c.id)
            ).all()
        return [_event_from(r) for r in rows]

    def consent_state(self, person_id: str, today: dt.date | None = None) -> consent.ConsentState:
        return consent.state_on(self.consent_events(person_id), today or dt.date.today())

    def _all_states(self, conn: Connection, today: dt.date) -> dict[str, consent.ConsentState]:
        events: dict[str, list[consent.ConsentEvent]] = {}
        for row in conn.execute(select(_CONSENT)):
            events.setdefault(row.person_id, []).append(_event_from(row))
        live = conn.scalars(select(_PEOPLE.c.id).where(_PEOPLE.c.erased_at.is_(None))).all()
        return {pid: consent.state_on(events.get(pid, ()), today) for pid in live}

    def consent_states(self, today: dt.date | None = None) -> dict[str, consent.ConsentState]:
        """The consent in force for every person, by id."""
        with self._engine.connect() as conn:
            return self._all_states(conn, today or dt.date.today())

    def to_review(self, today: dt.date | None = None) -> list[tuple[Person, consent.ConsentState]]:
        """People whose consent lapses within 30 days, or has lapsed, soonest first."""
        states = self.consent_states(today)
        # Only the people due for review are opened (decrypted), not everyone.
        due_ids = [pid for pid, state in states.items() if state.to_review]
        due = [(p, states[p.id]) for p in self.people(ids=due_ids)] if due_ids else []
        return sorted(due, key=lambda pair: (pair[1].lapses_on or dt.date.min, pair[0].name.casefold()))

    def people_view(self, today: dt.date | None = None) -> consent.PeopleView:
        """What the sharing rules need: each person's consent level, and names only where agreed."""
        day = today or dt.date.today()
        with self._engine.connect() as conn:
            states = self._all_states(conn, day)
            named_ids = [pid for pid, s in states.items() if s.level == consent.NAMED]
            named: dict[str, str] = {}
            if named_ids:
                keys = self._keys(conn, named_ids)
                rows = conn.execute(select(_PEOPLE).where(_PEOPLE.c.id.in_(named_ids))).all()
                for row in rows:
                    if row.id in keys and row.sealed is not None and row.removed_at is None:
                        named[row.id] = _person_from(row, keys[row.id]).name
            removed = set(conn.scalars(select(_PEOPLE.c.id).where(_PEOPLE.c.removed_at.is_not(None))))
        levels = {pid: (consent.NONE if pid in removed else s.level) for pid, s in states.items()}
        return consent.PeopleView(levels=levels, named=named)

    def person_history(self, person_id: str) -> list[PersonState]:
        """Every state the person's record reached, oldest first, opened with their key."""
        with self._engine.connect() as conn:
            key = self._keys(conn, [person_id]).get(person_id)
            rows = conn.execute(
                select(_PHISTORY)
                .where(_PHISTORY.c.person_id == person_id)
                # By time: states a merge brought in are written after this register's own.
                .order_by(_PHISTORY.c.recorded_at, _PHISTORY.c.seq)
            ).all()
        if key is None:
            return []
        return [
            PersonState(
                r.seq, r.version, r.recorded_at, r.operation, sealing.unseal(key, person_id, r.sealed)
            )
            for r in rows
            if r.sealed is not None
        ]

    def people_section(self) -> PeopleSection:
        """Everything about people a register bundle carries, read in one transaction.

        Each live person's sealed record, sealed history and key (never an erased person's: their
        key is gone), every consent event, every run/belongs link, each gift's person, and the
        erasure list. Nothing is opened: the fields stay sealed.
        """
        with self._engine.connect() as conn, conn.begin():
            keys = self._keys(conn)
            states: dict[str, list[SealedState]] = {}
            for r in conn.execute(select(_PHISTORY).order_by(_PHISTORY.c.recorded_at, _PHISTORY.c.seq)):
                if r.sealed is not None:
                    states.setdefault(r.person_id, []).append(
                        SealedState(r.version, r.recorded_at, r.operation, bytes(r.sealed))
                    )
            rows = conn.execute(
                select(_PEOPLE).where(_PEOPLE.c.erased_at.is_(None)).order_by(_PEOPLE.c.id)
            ).all()
            people = tuple(
                SealedPerson(
                    id=r.id,
                    key=keys[r.id],
                    sealed=bytes(r.sealed),
                    recorded_by=r.recorded_by,
                    created_at=r.created_at,
                    updated_at=r.updated_at,
                    removed_at=r.removed_at,
                    version=r.version,
                    history=tuple(states.get(r.id, ())),
                )
                for r in rows
                if r.sealed is not None and r.id in keys
            )
            live = {p.id for p in people}
            events = tuple(
                _event_from(r)
                for r in conn.execute(select(_CONSENT).order_by(_CONSENT.c.recorded_at, _CONSENT.c.id))
                if r.person_id in live
            )
            links = tuple(
                PersonLink(r.person_id, r.asset_id, r.relation, r.created_at)
                for r in conn.execute(select(_LINKS).order_by(_LINKS.c.person_id, _LINKS.c.asset_id))
                if r.person_id in live
            )
            gifts = {
                asset_id: person_id
                for asset_id, person_id in conn.execute(
                    select(_ASSETS.c.id, _ASSETS.c.person_id)
                    .where(_ASSETS.c.person_id.is_not(None))
                    .order_by(_ASSETS.c.id)
                )
                if person_id in live
            }
            erasures = tuple(
                Erasure(r.person_id, r.erased_at, tuple(r.asset_ids.split()))
                for r in conn.execute(
                    select(_ERASURES).order_by(_ERASURES.c.erased_at, _ERASURES.c.person_id)
                )
            )
        return PeopleSection(people, events, links, gifts, erasures)

    def erasures(self) -> list[Erasure]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(_ERASURES).order_by(_ERASURES.c.erased_at)).all()
        return [Erasure(r.person_id, r.erased_at, tuple(r.asset_ids.split())) for r in rows]

    def is_erased(self, person_id: str) -> bool:
        with self._engine.connect() as conn:
            return (
                conn.execute(select(_ERASURES.c.person_id).where(_ERASURES.c.person_id == person_id)).first()
                is not None
            )

    # -- writes ----------------------------------------------------------------------------

    def _write_person(
        self,
        conn: Connection,
        person_id: str,
        key: bytes,
        personal: Mapping[str, object],
        operation: str,
        now: dt.datetime,
        version: int,
    ) -> None:
        conn.execute(
            insert(_PHISTORY).values(
                person_id=person_id,
                version=version,
                recorded_at=now,
                operation=operation,
                sealed=sealing.seal(key, person_id, personal),
            )
        )
        audit.append(conn, self.user, operation, "person", [person_id], now)

    def add_person(self, name: str, *, person_id: str | None = None, **fields: object) -> Person:
        """Add a person; returns them with their new id."""
        values = clean_person({"name": name, **fields}, creating=True)
        personal = {n: values.get(n) for n in PERSONAL_FIELDS}
        new_id = person_id or str(uuid.uuid4())
        key = sealing.new_key()
        now = utc_now()
        with write_unit(self._engine) as conn:
            if conn.execute(select(_ERASURES.c.person_id).where(_ERASURES.c.person_id == new_id)).first():
                raise ValidationError(
                    "id",
                    tr("The person {person_id} was erased; they cannot be added again under that id.").format(
                        person_id=new_id
                    ),
                )
            conn.execute(
                insert(_PEOPLE).values(
                    id=new_id,
                    sealed=sealing.seal(key, new_id, personal),
                    recorded_by=self.user,
                    created_at=now,
                    updated_at=now,
                    version=1,
                )
            )
            conn.execute(insert(_KEYS).values(person_id=new_id, key=key))
            self._write_person(conn, new_id, key, personal, "add", now, 1)
            return self._person(conn, new_id)

    def update_person(
        self, person_id: str, *, expected_version: int | None = None, **fields: object
    ) -> Person:
        """Change some of a person's fields.

        ``expected_version`` is the version the change was based on: if the person has changed since,
        nothing is written and ``StaleWriteError`` carries them as they now are.
        """
        values = clean_person(fields, creating=False)
        with write_unit(self._engine) as conn:
            lock_row(conn, _PEOPLE, person_id)
            before = self._person(conn, person_id)
            expect_version("person", before, expected_version, fields)
            personal = {**before.personal(), **values}
            if personal == before.personal():
                return before
            key = self._keys(conn, [person_id])[person_id]
            now = utc_now()
            version = before.version + 1
            update_if_unchanged(
                conn,
                _PEOPLE,
                "person",
                before,
                {"sealed": sealing.seal(key, person_id, personal), "updated_at": now},
                fields,
                lambda: self._person(conn, person_id),
            )
            self._write_person(conn, person_id, key, personal, "update", now, version)
            return self._person(conn, person_id)

    def _set_removed(self, person_id: str, removed: bool, expected_version: int | None) -> Person:
        with write_unit(self._engine) as conn:
            lock_row(conn, _PEOPLE, person_id)
            before = self._person(conn, person_id)
            expect_version("person", before, expected_version, {"removed": removed})
            if before.is_removed == removed:
                return before
            now = utc_now()
            version = before.version + 1
            update_if_unchanged(
                conn,
                _PEOPLE,
                "person",
                before,
                {"removed_at": now if removed else None, "updated_at": now},
                {"removed": removed},
                lambda: self._person(conn, person_id),
            )
            key = self._keys(conn, [person_id])[person_id]
            self._write_person(
                conn, person_id, key, before.personal(), "remove" if removed else "restore", now, version
            )
            return self._person(conn, person_id)

    def remove_person(self, person_id: str, expected_version: int | None = None) -> Person:
        """Take a person off the list (undoable); their gifts leave every output.

        Erasure, for good, is :meth:`erase_person`.
        """
        return self._set_removed(person_id, True, expected_version)

    def restore_person(self, person_id: str, expected_version: int | None = None) -> Person:
        return self._set_removed(person_id, False, expected_version)

    def purge_person(self, person_id: str) -> Person:
        """Undo adding a person: delete them outright, as if never added. Only a person with no
        consent events, gifts or links yet (just added) can be purged; others are erased."""
        with write_unit(self._engine) as conn:
            before = self._person(conn, person_id)
            busy = (
                conn.execute(select(_CONSENT.c.id).where(_CONSENT.c.person_id == person_id)).first()
                or conn.execute(select(_ASSETS.c.id).where(_ASSETS.c.person_id == person_id)).first()
                or conn.execute(select(_LINKS.c.asset_id).where(_LINKS.c.person_id == person_id)).first()
            )
            if busy:
                raise ValidationError(
                    "id", tr("This person has consent, gifts or links recorded; erase them instead.")
                )
            secure_delete(conn)
            conn.execute(delete(_PHISTORY).where(_PHISTORY.c.person_id == person_id))
            conn.execute(delete(_KEYS).where(_KEYS.c.person_id == person_id))
            conn.execute(delete(_PEOPLE).where(_PEOPLE.c.id == person_id))
            audit.append(conn, self.user, "purge", "person", [person_id])
        return before

    def reinstate_person(self, person: Person) -> Person:
        """Redo adding a person that :meth:`purge_person` took away."""
        return self.add_person(
            person.name,
            person_id=person.id,
            **{n: getattr(person, n) for n in PERSONAL_FIELDS if n != "name"},
        )

    def add_gift(self, person_id: str, **fields: object) -> Change:
        """Add a gift or skill of a person: a ``gifts_skills`` asset linked to them, private by default.

        A gift has an area, never a home address: it is placed at a point inside its ward (``ward_code``,
        a field, or the ward of a given point), whatever point it was given.
        """
        if fields.get("address") or fields.get("postcode"):
            raise ValidationError(
                "address",
                tr("A person's gift never carries a home address; leave the address and postcode empty."),
            )
        ward_code = fields.pop("ward_code", None)
        if ward_code is not None:
            point = self.boundaries().ward_points.get(str(ward_code))
            if point is None:
                raise ValidationError(
                    "ward_code",
                    tr("There is no ward {ward} in this register's wards.").format(ward=repr(ward_code)),
                )
            fields["lon"], fields["lat"] = point
        self.person(person_id)
        fields.setdefault("visibility", "private")
        fields["category"] = PERSONAL_CATEGORY
        fields["person_id"] = person_id
        return self.add_asset(None, **fields)

    def link_gift(self, person_id: str, asset_id: str | None) -> Change:
        """Make a ``gifts_skills`` asset the gift of ``person_id`` (or of no one, with ``None``)."""
        with write_unit(self._engine) as conn:
            asset = self._get(conn, asset_id) if asset_id else None
            if asset is None:
                raise ValidationError("asset", tr("Choose the gift to link."))
            if asset.category != PERSONAL_CATEGORY:
                raise ValidationError(
                    "category",
                    tr("Only a gift or skill (a 'People's gifts and skills' asset) is a person's own."),
                )
            if person_id:
                self._person(conn, person_id)
                if asset.address or asset.postcode:
                    raise ValidationError(
                        "address",
                        tr(
                            "The gift {name} has an address; a person's gift never carries one. "
                            "Empty its address and postcode first, then link it."
                        ).format(name=repr(asset.name)),
                    )
            conn.execute(update(_ASSETS).where(_ASSETS.c.id == asset.id).values(person_id=person_id or None))
            if person_id and asset.has_location:
                # Linked to a person, the gift moves to its ward's inside point, like a new gift.
                placed: dict[str, object] = {"lon": asset.lon, "lat": asset.lat}
                self._place_gift(placed)
                if (placed["lon"], placed["lat"]) != (asset.lon, asset.lat):
                    now = utc_now()
                    conn.execute(
                        update(_ASSETS)
                        .where(_ASSETS.c.id == asset.id)
                        .values(**placed, updated_at=now, version=asset.version + 1)
                    )
                    self._record_write(conn, asset, self._get(conn, asset.id), "update", now)
            audit.append(conn, self.user, "link" if person_id else "unlink", "asset", [asset.id])
            return Change(updated=(asset.id,), assets=(self._get(conn, asset.id),))

    def unlink_gift(self, asset_id: str) -> Change:
        with write_unit(self._engine) as conn:
            conn.execute(update(_ASSETS).where(_ASSETS.c.id == asset_id).values(person_id=None))
            audit.append(conn, self.user, "unlink", "asset", [asset_id])
            return Change(updated=(asset_id,), assets=(self._get(conn, asset_id),))

    def link_person(self, person_id: str, asset_id: str, relation: str) -> PersonLink:
        """Record that a person runs or belongs to a group or space."""
        if relation not in RELATIONS:
            raise ValidationError(
                "relation", tr("A link is one of: {choices}.").format(choices=", ".join(RELATIONS))
            )
        now = utc_now()
        with write_unit(self._engine) as conn:
            self._person(conn, person_id)
            self._get(conn, asset_id)
            exists = conn.execute(
                select(_LINKS.c.created_at).where(
                    _LINKS.c.person_id == person_id,
                    _LINKS.c.asset_id == asset_id,
                    _LINKS.c.relation == relation,
                )
            ).first()
            if exists:
                return PersonLink(person_id, asset_id, relation, exists[0])
            conn.execute(
                insert(_LINKS).values(
                    person_id=person_id, asset_id=asset_id, relation=relation, created_at=now
                )
            )
            audit.append(conn, self.user, "link", "person", [person_id], now)
        return PersonLink(person_id, asset_id, relation, now)

    def unlink_person(self, person_id: str, asset_id: str, relation: str) -> None:
        with write_unit(self._engine) as conn:
            result = conn.execute(
                delete(_LINKS).where(
                    _LINKS.c.person_id == person_id,
                    _LINKS.c.asset_id == asset_id,
                    _LINKS.c.relation == relation,
                )
            )
            if result.rowcount:
                audit.append(conn, self.user, "unlink", "person", [person_id])

    def record_consent(
        self,
        person_id: str,
        scope: str,
        *,
        lawful_basis: str = "consent",
        method: str,
        partners: str | None = None,
        lapses_on: dt.date | None = None,
        given_on: dt.date | None = None,
    ) -> consent.ConsentEvent:
        """Append a consent event: what the person agreed to, on what basis and how.

        It lapses in 12 months unless ``lapses_on`` says otherwise; ``given_on`` dates an event
        recorded after the day it was given (a paper form written up later).
        """
        if scope not in consent.SCOPES:
            raise ValidationError(
                "scope",
                tr("What they agreed to must be one of: {choices}.").format(
                    choices=", ".join(consent.SCOPES)
                ),
            )
        self._check_basis_and_method(lawful_basis, method)
        recorded_at = utc_now() if given_on is None else dt.datetime.combine(given_on, dt.time(12))
        day = recorded_at.date()
        lapses = lapses_on or consent.default_lapse(day)
        if lapses <= day:
            raise ValidationError(
                "lapses_on", tr("Consent must lapse after the day it was given; choose a later date.")
            )
        text = clean_person({"notes": partners}, creating=False)["notes"] if partners else None
        if scope == consent.PARTNERS and not text:
            raise ValidationError("partners", tr("Name the partner organisations they agreed to share with."))
        return self._append_event(
            person_id, consent.GIVEN, scope, lawful_basis, method, text, recorded_at, lapses
        )

    def withdraw_consent(
        self, person_id: str, *, method: str, lawful_basis: str = "consent"
    ) -> consent.ConsentEvent:
        """Append a withdrawal: from now on nothing about the person leaves the register, and their gifts
        leave the map; the earlier events stay as evidence that consent existed."""
        self._check_basis_and_method(lawful_basis, method)
        return self._append_event(
            person_id, consent.WITHDRAWN, None, lawful_basis, method, None, utc_now(), None
        )

    @staticmethod
    def _check_basis_and_method(lawful_basis: str, method: str) -> None:
        if lawful_basis not in consent.LAWFUL_BASES:
            raise ValidationError(
                "lawful_basis",
                tr("The lawful basis must be one of: {choices}.").format(
                    choices=", ".join(consent.LAWFUL_BASES)
                ),
            )
        if method not in consent.METHODS:
            raise ValidationError(
                "method",
                tr("How it was given must be one of: {choices}.").format(choices=", ".join(consent.METHODS)),
            )

    def _append_event(
        self,
        person_id: str,
        kind: str,
        scope: str | None,
        lawful_basis: str,
        method: str,
        partners: str | None,
        recorded_at: dt.datetime,
        lapses_on: dt.date | None,
    ) -> consent.ConsentEvent:
        event = consent.ConsentEvent(
            id=str(uuid.uuid4()),
            person_id=person_id,
            kind=kind,
            scope=scope,
            lawful_basis=lawful_basis,
            method=method,
            recorded_by=self.user,
            recorded_at=recorded_at,
            lapses_on=lapses_on,
            partners=partners,
        )
        with write_unit(self._engine) as conn:
            self._person(conn, person_id)
            conn.execute(insert(_CONSENT).values(**{f.name: getattr(event, f.name) for f in fields(event)}))
            audit.append(
                conn, self.user, "consent" if kind == consent.GIVEN else "withdraw", "person", [person_id]
            )
        return event

    def erase_person(self, person_id: str) -> Erasure:
        """Erase a person for good: their record, key, history, consent events, links and gifts.

        After it, their name and contact details are in no byte of the register file or its
        write-ahead log, nor in the register's own backups; the erasure list keeps their id so that
        no merge brings them back.
        """
        now = utc_now()
        with write_unit(self._engine) as conn:
            row = conn.execute(select(_PEOPLE.c.erased_at).where(_PEOPLE.c.id == person_id)).first()
            if row is None:
                raise PersonNotFoundError(person_id)
            gifts = tuple(
                conn.scalars(
                    select(_ASSETS.c.id).where(_ASSETS.c.person_id == person_id).order_by(_ASSETS.c.id)
                )
            )
            secure_delete(conn)
            _erase_rows(conn, person_id, now)
            conn.execute(delete(_ERASURES).where(_ERASURES.c.person_id == person_id))
            conn.execute(
                insert(_ERASURES).values(person_id=person_id, erased_at=now, asset_ids=" ".join(gifts))
            )
            audit.append(conn, self.user, "erase", "person", [person_id], now)
            if gifts:
                audit.append(conn, self.user, "erase", "asset", gifts, now)
        self._scrub_after_erasure(person_id, now)
        return Erasure(person_id, now, gifts)

    def _scrub_after_erasure(self, person_id: str, now: dt.datetime) -> None:
        """Empty the write-ahead log, and erase the person from the register's own backups too."""
        from assetmap.register.backup import backups_of

        if self.is_server:
            return  # a server has no write-ahead log of AssetMap's nor backups taken by it
        conn = raw_connection(self.path, key=self._key)
        try:
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        for backup in backups_of(self.path):
            try:
                erase_in_file(backup, person_id, now, self._key)
            except _BACKUP_ERRORS as exc:
                log.warning("Could not erase person %s from the backup %s: %s", person_id, backup, exc)

    def erase_known(self, conn: Connection, erasures: Iterable[Erasure]) -> list[str]:
        """Apply erasures that came with a bundle, inside a merge's transaction.

        A person on the list is erased here as :meth:`erase_person` would (record, key, history,
        consent events, links and every gift linked to them here), and so is each gift the list
        names, wherever it is linked. The list kept here is the union: a person erased here already
        gains the gifts the other register knew of, so no merge brings those back either. Returns the
        ids of the people newly erased here.
        """
        done = []
        secure_delete(conn)
        for erasure in erasures:
            known = conn.execute(
                select(_ERASURES.c.erased_at, _ERASURES.c.asset_ids).where(
                    _ERASURES.c.person_id == erasure.person_id
                )
            ).first()
            held = set(conn.scalars(select(_ASSETS.c.id).where(_ASSETS.c.person_id == erasure.person_id)))
            gone = {a for a in (*erasure.asset_ids, *held) if self._asset_exists(conn, a)}
            if known is None:
                _erase_rows(conn, erasure.person_id, erasure.erased_at)
            forget_connections(conn, sorted(gone))
            for asset_id in sorted(gone):
                conn.execute(delete(_LINKS).where(_LINKS.c.asset_id == asset_id))
                conn.execute(delete(_AHISTORY).where(_AHISTORY.c.asset_id == asset_id))
                conn.execute(delete(_ASSETS).where(_ASSETS.c.id == asset_id))
            listed = set(erasure.asset_ids) | held
            if known is None:
                conn.execute(
                    insert(_ERASURES).values(
                        person_id=erasure.person_id,
                        erased_at=erasure.erased_at,
                        asset_ids=" ".join(sorted(listed)),
                    )
                )
                audit.append(conn, self.user, "erase", "person", [erasure.person_id])
                done.append(erasure.person_id)
            elif not listed <= set(known.asset_ids.split()):
                conn.execute(
                    update(_ERASURES)
                    .where(_ERASURES.c.person_id == erasure.person_id)
                    .values(
                        erased_at=min(known.erased_at, erasure.erased_at),
                        asset_ids=" ".join(sorted(listed | set(known.asset_ids.split()))),
                    )
                )
            if gone:
                audit.append(conn, self.user, "erase", "asset", sorted(gone))
        return done

    @staticmethod
    def _asset_exists(conn: Connection, asset_id: str) -> bool:
        return conn.execute(select(_ASSETS.c.id).where(_ASSETS.c.id == asset_id)).first() is not None
