"""Stories told about assets: dated text, who told it and whether they may be quoted by name.

A story is shown or exported with its teller's name only with their consent to be quoted
(:attr:`~assetmap.register.connections.Story.shown_teller`), and only where its asset is. Stories keep
a history like assets, so bundles carry them and both sides changing one is a conflict.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, delete, insert, select, update

from assetmap.errors import ValidationError, quoted
from assetmap.messages import tr
from assetmap.register import audit
from assetmap.register.connection import write_unit
from assetmap.register.connections import (
    STORY_COLUMNS,
    STORY_LIMIT,
    ConnectionNotFoundError,
    Story,
    require_asset,
    story_content,
    story_from_row,
)
from assetmap.register.record_history import STORY_HISTORY
from assetmap.register.records import Change, HistoryEntry, utc_now
from assetmap.register.schema import AssetRow, PhotoRow, StoryRow
from assetmap.register.validation import clean_text

_STORIES = StoryRow.__table__
_PHOTOS = PhotoRow.__table__
_ASSETS = AssetRow.__table__
_CHUNK = 500


def clean_story_fields(values: Mapping[str, object]) -> dict[str, object]:
    """Checked story fields (only those given); raises ``ValidationError`` naming the field."""
    clean: dict[str, object] = {}
    for name, value in values.items():
        if name == "text":
            clean[name] = clean_text("text", value, label=tr("Story"), limit=STORY_LIMIT, required=True)
        elif name == "teller":
            clean[name] = clean_text("teller", value, label=tr("Told by"), limit=200)
        elif name == "recorded_by":
            clean[name] = clean_text("recorded_by", value, label=tr("Recorded by"), limit=200)
        elif name == "told_on":
            clean[name] = _clean_date(value)
        elif name in ("quote_consent", "featured"):
            if not isinstance(value, bool):
                raise ValidationError(
                    name,
                    tr("Quote consent is yes or no.")
                    if name == "quote_consent"
                    else tr("Featured is yes or no."),
                )
            clean[name] = value
        elif name == "person_id":
            if value is not None and not isinstance(value, str):
                raise ValidationError("person_id", tr("A person is named by their id."))
            clean[name] = value or None
        else:
            raise ValidationError(name, tr("A story has no field {field}.").format(field=quoted(name)))
    return clean


def _clean_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError("told_on", tr("The date a story was told is a date such as 2026-11-30."))


def _story_order(story: Story) -> tuple[bool, int, float, str]:
    """Newest told first, undated stories after dated ones; then newest recorded first."""
    told = story.told_on.toordinal() if story.told_on else 0
    created = story.created_at.timestamp() if story.created_at else 0.0
    return (story.told_on is None, -told, -created, story.id)


class StoryWrites:
    """Stories of :class:`assetmap.register.Register` (mixed in)."""

    _engine: Engine
    user: str

    if TYPE_CHECKING:

        @property
        def register_id(self) -> str: ...

    def stories(
        self, asset_ids: Iterable[str] | None = None, *, include_removed: bool = False
    ) -> list[Story]:
        """Stories on the given assets (every story when ``None``), newest told first.

        Without ``include_removed``, removed stories and stories on removed assets are left out.
        """
        query = select(_STORIES)
        if not include_removed:
            live = select(_ASSETS.c.id).where(_ASSETS.c.removed_at.is_(None))
            query = query.where(_STORIES.c.removed_at.is_(None), _STORIES.c.asset_id.in_(live))
        with self._engine.connect() as conn:
            if asset_ids is None:
                found = [story_from_row(row) for row in conn.execute(query)]
            else:
                ids = sorted(set(asset_ids))
                found = []
                for start in range(0, len(ids), _CHUNK):
                    chunk = query.where(_STORIES.c.asset_id.in_(ids[start : start + _CHUNK]))
                    found.extend(story_from_row(row) for row in conn.execute(chunk))
        return sorted(found, key=_story_order)

    def stories_told_by(self, person_id: str, *, include_removed: bool = False) -> list[Story]:
        """The stories a person told (for their subject access copy)."""
        query = select(_STORIES).where(_STORIES.c.person_id == person_id)
        if not include_removed:
            query = query.where(_STORIES.c.removed_at.is_(None))
        with self._engine.connect() as conn:
            return sorted((story_from_row(row) for row in conn.execute(query)), key=_story_order)

    def story(self, story_id: str) -> Story:
        with self._engine.connect() as conn:
            return self._story_row(conn, story_id)

    def story_history(self, story_id: str) -> list[HistoryEntry]:
        """Every history entry of a story, oldest first (``asset_id`` holds the story's id)."""
        with self._engine.connect() as conn:
            return STORY_HISTORY.entries(conn, [story_id]).get(story_id, [])

    @staticmethod
    def _story_row(conn: Connection, story_id: str) -> Story:
        row = conn.execute(select(_STORIES).where(_STORIES.c.id == story_id)).first()
        if row is None:
            raise ConnectionNotFoundError("story", story_id)
        return story_from_row(row)

    def _record_story(
        self, conn: Connection, before: Story | None, after: Story, operation: str, now: dt.datetime
    ) -> None:
        parents = () if before is None else (self._story_head(conn, before),)
        STORY_HISTORY.record(
            conn, after.id, parents, story_content(after), after.version, self.register_id, now, operation
        )
        audit.append(conn, self.user, operation, "story", [after.id], now)

    def _story_head(self, conn: Connection, story: Story) -> str:
        return STORY_HISTORY.head(
            conn, story.id, story_content(story), story.version, self.register_id, story.updated_at
        )

    def add_story(self, asset_id: str, text: str, *, story_id: str | None = None, **fields: object) -> Change:
        """Add a story to an asset: ``text`` is required; ``told_on``, ``teller``, ``quote_consent``,
        ``person_id``, ``featured`` and ``recorded_by`` (this register's user if not given) are optional."""
        values = clean_story_fields({"text": text, **fields})
        values.setdefault("recorded_by", self.user)
        now = utc_now()
        new_id = story_id or str(uuid.uuid4())
        with write_unit(self._engine) as conn:
            require_asset(conn, asset_id, "asset_id")
            conn.execute(
                insert(_STORIES).values(
                    {
                        "told_on": None,
                        "teller": None,
                        "quote_consent": False,
                        "person_id": None,
                        "featured": False,
                        **values,
                        "id": new_id,
                        "asset_id": asset_id,
                        "created_at": now,
                        "updated_at": now,
                        "removed_at": None,
                        "version": 1,
                    }
                )
            )
            self._record_story(conn, None, self._story_row(conn, new_id), "add", now)
        return Change(stories=(new_id,))

    def update_story(self, story_id: str, **fields: object) -> Change:
        """Change some fields of a story: ``text``, ``told_on``, ``teller``, ``quote_consent``, ``person_id``,
        ``featured``."""
        values = clean_story_fields(fields)
        now = utc_now()
        with write_unit(self._engine) as conn:
            before = self._story_row(conn, story_id)
            if all(getattr(before, k) == v for k, v in values.items()):
                return Change()
            conn.execute(
                update(_STORIES)
                .where(_STORIES.c.id == story_id)
                .values(**values, updated_at=now, version=before.version + 1)
            )
            self._record_story(conn, before, self._story_row(conn, story_id), "update", now)
        return Change(stories=(story_id,))

    def _set_story_removed(self, story_id: str, removed: bool) -> Change:
        now = utc_now()
        with write_unit(self._engine) as conn:
            before = self._story_row(conn, story_id)
            if before.is_removed == removed:
                return Change()
            conn.execute(
                update(_STORIES)
                .where(_STORIES.c.id == story_id)
                .values(removed_at=now if removed else None, updated_at=now, version=before.version + 1)
            )
            self._record_story(
                conn, before, self._story_row(conn, story_id), "remove" if removed else "restore", now
            )
        return Change(stories=(story_id,))

    def remove_story(self, story_id: str) -> Change:
        """Remove a story; it can be restored."""
        return self._set_story_removed(story_id, True)

    def restore_story(self, story_id: str) -> Change:
        return self._set_story_removed(story_id, False)

    def purge_story(self, story_id: str) -> tuple[Change, Story]:
        """Delete a story and its history outright (undoing its creation); returns its last state.

        Its photos stay with the asset, no longer tied to the story.
        """
        with write_unit(self._engine) as conn:
            before = self._story_row(conn, story_id)
            STORY_HISTORY.forget(conn, [story_id])
            conn.execute(delete(_STORIES).where(_STORIES.c.id == story_id))
            conn.execute(update(_PHOTOS).where(_PHOTOS.c.story_id == story_id).values(story_id=None))
            audit.append(conn, self.user, "purge", "story", [story_id])
        return Change(stories=(story_id,)), before

    def reinstate_story(self, story: Story) -> Change:
        """Put back a story exactly as it was purged (redo of its creation)."""
        now = utc_now()
        with write_unit(self._engine) as conn:
            require_asset(conn, story.asset_id, "asset_id")
            conn.execute(insert(_STORIES).values(**{name: getattr(story, name) for name in STORY_COLUMNS}))
            self._record_story(conn, None, self._story_row(conn, story.id), "add", now)
        return Change(stories=(story.id,))
