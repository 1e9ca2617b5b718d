"""Suggestions captured in a meeting, kept apart from the assets until a worker accepts, merges or drops them.

A suggestion holds a name, a category, an optional note and where it is, and nothing about a person: the
people's gifts and skills category is refused (a worker records a gift with the person's consent), and so is
a name or note that looks like an email address or a UK phone number. Suggestions live in a table of their
own, so nothing that reads the assets (the table, the map's assets, abundance figures, exports) sees them.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, delete, insert, select, update

from assetmap.errors import AssetMapError, ValidationError
from assetmap.messages import tr
from assetmap.register import audit
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.connection import write_unit
from assetmap.register.records import Asset, Change, tag_list, utc_now
from assetmap.register.schema import AssetHistoryRow, AssetRow, SuggestionRow
from assetmap.register.validation import clean_fields

_SUGGESTIONS = SuggestionRow.__table__
_ASSETS = AssetRow.__table__
_HISTORY = AssetHistoryRow.__table__

STATUSES = ("open", "accepted", "merged", "discarded")
MAX_MEETING_LENGTH = 120

_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
# A UK number: 0 or +44 then nine or ten more digits, with spaces, dashes, dots or brackets between.
_UK_PHONE = re.compile(r"(?:\+\s*44|\b0)(?:[\s\-.()]*\d){9,10}\b")


class SuggestionNotFoundError(AssetMapError):
    """A suggestion id that is not in the register."""

    def __init__(self, suggestion_id: str) -> None:
        self.suggestion_id = suggestion_id
        super().__init__(
            tr(
                "There is no suggestion with id {suggestion_id} in this register. "
                "It may have been reviewed already."
            ).format(suggestion_id=suggestion_id)
        )


@dataclass(frozen=True, slots=True)
class Suggestion:
    id: str
    name: str
    category: str
    note: str | None
    lon: float | None
    lat: float | None
    ward_code: str | None
    meeting: str | None
    created_by: str
    created_at: dt.datetime
    status: str
    resolved_at: dt.datetime | None
    asset_id: str | None

    @property
    def is_open(self) -> bool:
        return self.status == "open"


def contact_details_in(text: str | None) -> str | None:
    """What kind of contact detail ``text`` holds ("an email address", "a phone number"), or None."""
    if not text:
        return None
    if _EMAIL.search(text):
        return "an email address"
    if _UK_PHONE.search(text):
        return "a phone number"
    return None


def _refuse_contact_details(field: str, label: str, text: str | None) -> None:
    found = contact_details_in(text)
    if found:
        email = found == "an email address"
        if label == "name":
            message = (
                tr(
                    "The name looks like it holds an email address. Suggestions from a meeting never carry "
                    "anyone's contact details: take it out, and a worker can add contacts later with the "
                    "person's consent."
                )
                if email
                else tr(
                    "The name looks like it holds a phone number. Suggestions from a meeting never carry "
                    "anyone's contact details: take it out, and a worker can add contacts later with the "
                    "person's consent."
                )
            )
        elif label == "note":
            message = (
                tr(
                    "The note looks like it holds an email address. Suggestions from a meeting never carry "
                    "anyone's contact details: take it out, and a worker can add contacts later with the "
                    "person's consent."
                )
                if email
                else tr(
                    "The note looks like it holds a phone number. Suggestions from a meeting never carry "
                    "anyone's contact details: take it out, and a worker can add contacts later with the "
                    "person's consent."
                )
            )
        else:
            message = (
                tr(
                    "The meeting's name looks like it holds an email address. Suggestions from a meeting "
                    "never carry anyone's contact details: take it out, and a worker can add contacts later "
                    "with the person's consent."
                )
                if email
                else tr(
                    "The meeting's name looks like it holds a phone number. Suggestions from a meeting never "
                    "carry anyone's contact details: take it out, and a worker can add contacts later with "
                    "the person's consent."
                )
            )
        raise ValidationError(field, message)


def clean_suggestion(
    name: object, category: object, note: object, lon: object, lat: object, codes: tuple[str, ...]
) -> dict[str, object]:
    """A suggestion's fields checked and normalised, or ``ValidationError`` naming the field.

    The same checks as an asset's name, category, description and location, and then no personal
    details: not the gifts and skills category, no email address or phone number in the name or note.
    """
    if category == PERSONAL_CATEGORY:
        raise ValidationError(
            "category",
            tr(
                "People's gifts and skills are not taken as suggestions: a worker records them with the "
                "person's consent. Choose another category, or note the idea for a worker to follow up."
            ),
        )
    fields: dict[str, object] = {"name": name, "category": category, "description": note}
    if lon is not None or lat is not None:
        fields.update(lon=lon, lat=lat)
    try:
        values = clean_fields(fields, codes, creating=True)
    except ValidationError as exc:
        if exc.field == "description":
            raise ValidationError("note", str(exc).replace("Description", "Note")) from None
        raise
    _refuse_contact_details("name", "name", str(values["name"]))
    note_text = values.get("description")
    _refuse_contact_details("note", "note", note_text if isinstance(note_text, str) else None)
    return {
        "name": values["name"],
        "category": values["category"],
        "note": values.get("description") or None,
        "lon": values.get("lon"),
        "lat": values.get("lat"),
    }


def _clean_meeting(meeting: object) -> str | None:
    if meeting is None:
        return None
    if not isinstance(meeting, str):
        raise ValidationError("meeting", tr("A meeting is named by a line of text."))
    text = " ".join(meeting.split())[:MAX_MEETING_LENGTH]
    _refuse_contact_details("meeting", "meeting's name", text)
    return text or None


def provenance(suggestion: Suggestion) -> str:
    """The line an accepted or merged suggestion leaves on its asset: where and when it was suggested."""
    where = f"meeting {suggestion.meeting}" if suggestion.meeting else "a meeting"
    return f"Suggested at {where} on {suggestion.created_at:%d %B %Y}."


def _already(found: Suggestion) -> str:
    """The message for a suggestion already reviewed, one whole sentence per status (``{name}`` to fill)."""
    if found.status == "accepted":
        return tr("The suggestion {name} was already accepted; reopen it to review it again.")
    if found.status == "merged":
        return tr("The suggestion {name} was already merged; reopen it to review it again.")
    if found.status == "discarded":
        return tr("The suggestion {name} was already discarded; reopen it to review it again.")
    return tr("The suggestion {name} was already {status}; reopen it to review it again.").replace(
        "{status}", found.status
    )


class SuggestionWrites:
    """Suggestions captured in meetings and their review (mixed into ``Register``)."""

    if TYPE_CHECKING:
        _engine: Engine
        user: str

        def category_codes(self) -> tuple[str, ...]: ...

        def _ward_for(self, fields: Mapping[str, object]) -> str | None: ...

        def _record_write(
            self, conn: Connection, before: Asset | None, after: Asset, operation: str, now: dt.datetime
        ) -> None: ...

        def _write_update(
            self, conn: Connection, before: Asset, values: Mapping[str, object], now: dt.datetime
        ) -> Asset: ...

        @staticmethod
        def _forget_history(conn: Connection, asset_id: str) -> None: ...

        @staticmethod
        def _get(conn: Connection, asset_id: str) -> Asset: ...

    # -- reads -----------------------------------------------------------------------------

    @staticmethod
    def _suggestion(conn: Connection, suggestion_id: str) -> Suggestion:
        row = conn.execute(select(_SUGGESTIONS).where(_SUGGESTIONS.c.id == suggestion_id)).first()
        if row is None:
            raise SuggestionNotFoundError(suggestion_id)
        return Suggestion(**row._mapping)

    def suggestion(self, suggestion_id: str) -> Suggestion:
        with self._engine.connect() as conn:
            return self._suggestion(conn, suggestion_id)

    def suggestions(self, status: str | None = "open") -> list[Suggestion]:
        """Suggestions with this status (``None``: all), oldest first."""
        query = select(_SUGGESTIONS).order_by(_SUGGESTIONS.c.created_at, _SUGGESTIONS.c.name)
        if status is not None:
            if status not in STATUSES:
                raise ValueError(f"unknown suggestion status {status!r}")
            query = query.where(_SUGGESTIONS.c.status == status)
        with self._engine.connect() as conn:
            return [Suggestion(**row._mapping) for row in conn.execute(query)]

    # -- writes ----------------------------------------------------------------------------

    def add_suggestion(
        self,
        name: str,
        category: str,
        note: str | None = None,
        lon: float | None = None,
        lat: float | None = None,
        meeting: str | None = None,
        *,
        suggestion_id: str | None = None,
    ) -> Suggestion:
        """Keep something a meeting suggested, apart from the assets, for a worker to review.

        Raises ``ValidationError`` for a missing name or category, a bad location, the gifts and
        skills category, or contact details in the name or note.
        """
        values = clean_suggestion(name, category, note, lon, lat, self.category_codes())
        values["meeting"] = _clean_meeting(meeting)
        values["ward_code"] = self._ward_for(values)
        new_id = suggestion_id or str(uuid.uuid4())
        now = utc_now()
        with write_unit(self._engine) as conn:
            conn.execute(
                insert(_SUGGESTIONS).values(
                    id=new_id, created_by=self.user, created_at=now, status="open", **values
                )
            )
            audit.append(conn, self.user, "suggest", "suggestion", [new_id], now)
            return self._suggestion(conn, new_id)

    def _resolve(
        self, conn: Connection, suggestion_id: str, status: str, asset_id: str | None, now: dt.datetime
    ) -> Suggestion:
        conn.execute(
            update(_SUGGESTIONS)
            .where(_SUGGESTIONS.c.id == suggestion_id)
            .values(status=status, resolved_at=now, asset_id=asset_id)
        )
        return self._suggestion(conn, suggestion_id)

    @classmethod
    def _open_one(cls, conn: Connection, suggestion_id: str) -> Suggestion:
        found = cls._suggestion(conn, suggestion_id)
        if not found.is_open:
            raise ValidationError(
                "status",
                _already(found).format(name=repr(found.name)),
            )
        return found

    def accept_suggestion(self, suggestion_id: str, **overrides: object) -> Change:
        """Make an asset of a suggestion, in one transaction with marking it accepted.

        The asset is added as any other (its history starts with ``add``); its description ends with
        where and when it was suggested, and the audit trail records the suggestion as accepted.
        ``overrides`` are asset fields the worker filled in or corrected while reviewing.
        """
        with self._engine.connect() as conn:
            found = self._open_one(conn, suggestion_id)
        if overrides.get("category") == PERSONAL_CATEGORY or "person_id" in overrides:
            raise ValidationError(
                "category", tr("A suggestion cannot become a person's gift or skill; a worker records those.")
            )
        note = overrides.pop("description", found.note)
        fields: dict[str, object] = {
            "name": found.name,
            "category": found.category,
            "lon": found.lon,
            "lat": found.lat,
            **overrides,
            "description": "\n\n".join(str(p) for p in (note, provenance(found)) if p),
        }
        values = clean_fields(fields, self.category_codes(), creating=True)
        now = utc_now()
        new_id = str(uuid.uuid4())
        values.setdefault("tags", ())
        values["tags"] = tag_list(values["tags"])
        values.update(id=new_id, ward_code=self._ward_for(values), created_at=now, updated_at=now, version=1)
        with write_unit(self._engine) as conn:
            self._open_one(conn, suggestion_id)
            conn.execute(insert(_ASSETS).values(**values))
            asset = self._get(conn, new_id)
            self._record_write(conn, None, asset, "add", now)
            self._resolve(conn, suggestion_id, "accepted", new_id, now)
            audit.append(conn, self.user, "accept", "suggestion", [suggestion_id], now)
        return Change(added=(new_id,), assets=(asset,))

    def merge_suggestion(self, suggestion_id: str, asset_id: str) -> Change:
        """Fold a suggestion into an existing asset: its note (and where it came from) is added to the
        asset's description, as an ordinary change of the asset, and the suggestion is marked merged."""
        now = utc_now()
        with write_unit(self._engine) as conn:
            found = self._open_one(conn, suggestion_id)
            before = self._get(conn, asset_id)
            if before.is_removed:
                raise ValidationError(
                    "asset",
                    tr("The asset {name} was removed; restore it first.").format(name=repr(before.name)),
                )
            added = " ".join(p for p in (found.note, provenance(found)) if p)
            description = "\n\n".join(p for p in (before.description, added) if p)
            values = clean_fields({"description": description}, self.category_codes(), creating=False)
            asset = self._write_update(conn, before, values, now)
            self._resolve(conn, suggestion_id, "merged", asset_id, now)
            audit.append(conn, self.user, "merge", "suggestion", [suggestion_id], now)
        return Change(updated=(asset_id,), assets=(asset,))

    def discard_suggestion(self, suggestion_id: str) -> Suggestion:
        """Set a suggestion aside: it stays in the list of discarded ones and can be reopened."""
        now = utc_now()
        with write_unit(self._engine) as conn:
            self._open_one(conn, suggestion_id)
            done = self._resolve(conn, suggestion_id, "discarded", None, now)
            audit.append(conn, self.user, "discard", "suggestion", [suggestion_id], now)
        return done

    def reopen_suggestion(self, suggestion_id: str) -> Change:
        """Put a reviewed suggestion back on the list (undo of accept, merge or discard).

        Undoing an accept takes away the asset it made, as if never added, unless that asset has been
        changed since. Undoing a merge leaves the asset's description to the caller (the undo of the
        merge restores it with :meth:`update_asset`).
        """
        now = utc_now()
        change = Change()
        with write_unit(self._engine) as conn:
            found = self._suggestion(conn, suggestion_id)
            if found.is_open:
                return change
            if found.status == "accepted" and found.asset_id:
                made = self._get(conn, found.asset_id)
                if made.version > 1:
                    raise ValidationError(
                        "status",
                        tr(
                            "The asset {name} made from this suggestion has been changed since; "
                            "remove the asset instead."
                        ).format(name=repr(made.name)),
                    )
                self._forget_history(conn, made.id)
                conn.execute(delete(_ASSETS).where(_ASSETS.c.id == made.id))
                audit.append(conn, self.user, "purge", "asset", [made.id], now)
                change = Change(purged=(made.id,))
            conn.execute(
                update(_SUGGESTIONS)
                .where(_SUGGESTIONS.c.id == suggestion_id)
                .values(status="open", resolved_at=None, asset_id=None)
            )
            audit.append(conn, self.user, "reopen", "suggestion", [suggestion_id], now)
        return change

    def remove_suggestion(self, suggestion_id: str) -> Suggestion:
        """Delete an open suggestion outright (undo of capturing it); returns it as it was."""
        with write_unit(self._engine) as conn:
            found = self._open_one(conn, suggestion_id)
            conn.execute(delete(_SUGGESTIONS).where(_SUGGESTIONS.c.id == suggestion_id))
            audit.append(conn, self.user, "purge", "suggestion", [suggestion_id])
        return found
