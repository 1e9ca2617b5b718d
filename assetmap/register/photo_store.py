"""Photos of assets and stories in the register: stored without metadata, with a thumbnail beside each.

The image is cleaned by :mod:`assetmap.register.photos` before it is written; its bytes never change
afterwards (a new image is a new photo), so photos merge by id.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from assetmap.errors import ValidationError
from assetmap.messages import tr
from assetmap.register import audit
from assetmap.register.connection import write_unit
from assetmap.register.connections import PHOTO_COLUMNS, ConnectionNotFoundError, Photo, require_asset
from assetmap.register.photos import clean_alt_text, clean_photo
from assetmap.register.records import Change, utc_now
from assetmap.register.schema import AssetRow, PhotoRow, StoryRow

_PHOTOS = PhotoRow.__table__
_STORIES = StoryRow.__table__
_ASSETS = AssetRow.__table__
_CHUNK = 500


def _photo(row: Any) -> Photo:
    return Photo(*(row._mapping[name] for name in PHOTO_COLUMNS))


class PhotoWrites:
    """Photos of :class:`assetmap.register.Register` (mixed in)."""

    _engine: Engine
    user: str

    def photos(self, asset_ids: Iterable[str] | None = None, *, include_removed: bool = False) -> list[Photo]:
        """Photos of the given assets (every photo when ``None``), oldest first, without their image bytes."""
        columns = [_PHOTOS.c[name] for name in PHOTO_COLUMNS]
        query = select(*columns)
        if not include_removed:
            live = select(_ASSETS.c.id).where(_ASSETS.c.removed_at.is_(None))
            query = query.where(_PHOTOS.c.removed_at.is_(None), _PHOTOS.c.asset_id.in_(live))
        with self._engine.connect() as conn:
            if asset_ids is None:
                found = [_photo(row) for row in conn.execute(query)]
            else:
                ids = sorted(set(asset_ids))
                found = []
                for start in range(0, len(ids), _CHUNK):
                    chunk = query.where(_PHOTOS.c.asset_id.in_(ids[start : start + _CHUNK]))
                    found.extend(_photo(row) for row in conn.execute(chunk))
        return sorted(found, key=lambda p: (p.created_at or dt.datetime.min, p.id))

    def photo(self, photo_id: str) -> Photo:
        with self._engine.connect() as conn:
            return self._photo_row(conn, photo_id)

    def photo_bytes(self, photo_id: str) -> bytes:
        """The stored image of a photo (re-encoded, with no metadata)."""
        return self._photo_blob(photo_id, _PHOTOS.c.data)

    def photo_thumbnail(self, photo_id: str) -> bytes:
        """The photo's thumbnail, at most 320 pixels on its long side."""
        return self._photo_blob(photo_id, _PHOTOS.c.thumbnail)

    def _photo_blob(self, photo_id: str, column: Any) -> bytes:
        with self._engine.connect() as conn:
            value = conn.execute(select(column).where(_PHOTOS.c.id == photo_id)).scalar()
        if value is None:
            raise ConnectionNotFoundError("photo", photo_id)
        return bytes(value)

    @staticmethod
    def _photo_row(conn: Connection, photo_id: str) -> Photo:
        columns = [_PHOTOS.c[name] for name in PHOTO_COLUMNS]
        row = conn.execute(select(*columns).where(_PHOTOS.c.id == photo_id)).first()
        if row is None:
            raise ConnectionNotFoundError("photo", photo_id)
        return _photo(row)

    def add_photo(
        self,
        asset_id: str,
        data: bytes,
        alt_text: str,
        *,
        story_id: str | None = None,
        photo_id: str | None = None,
    ) -> Change:
        """Keep a photo of an asset (or of one of its stories), without any of the file's metadata.

        ``alt_text`` is required. The image is decoded and encoded afresh (so EXIF, GPS, XMP, IPTC, ICC
        and text chunks are gone), scaled to at most 2,000 pixels on its long side, and stored with a
        320-pixel thumbnail. Raises ``ValidationError`` naming ``alt_text``, ``data`` or ``story_id``.
        """
        alt = clean_alt_text(alt_text)
        clean = clean_photo(data)
        now = utc_now()
        new_id = photo_id or str(uuid.uuid4())
        with write_unit(self._engine) as conn:
            require_asset(conn, asset_id, "asset_id")
            if story_id is not None:
                owner = conn.execute(select(_STORIES.c.asset_id).where(_STORIES.c.id == story_id)).scalar()
                if owner != asset_id:
                    raise ValidationError(
                        "story_id", tr("A photo of a story belongs to the story's own asset.")
                    )
            conn.execute(
                insert(_PHOTOS).values(
                    id=new_id,
                    asset_id=asset_id,
                    story_id=story_id,
                    alt_text=alt,
                    media_type=clean.media_type,
                    width=clean.width,
                    height=clean.height,
                    byte_size=len(clean.data),
                    data=clean.data,
                    thumbnail=clean.thumbnail,
                    created_at=now,
                    stored_at=now,
                    removed_at=None,
                )
            )
            audit.append(conn, self.user, "add", "photo", [new_id], now)
        return Change(photos=(new_id,))

    def update_photo(self, photo_id: str, *, alt_text: str) -> Change:
        """Change a photo's alternative text (its image never changes: a new image is a new photo)."""
        alt = clean_alt_text(alt_text)
        with write_unit(self._engine) as conn:
            before = self._photo_row(conn, photo_id)
            if before.alt_text == alt:
                return Change()
            conn.execute(update(_PHOTOS).where(_PHOTOS.c.id == photo_id).values(alt_text=alt))
            audit.append(conn, self.user, "update", "photo", [photo_id])
        return Change(photos=(photo_id,))

    def _set_photo_removed(self, photo_id: str, removed: bool) -> Change:
        now = utc_now()
        with write_unit(self._engine) as conn:
            before = self._photo_row(conn, photo_id)
            if (before.removed_at is not None) == removed:
                return Change()
            conn.execute(
                update(_PHOTOS).where(_PHOTOS.c.id == photo_id).values(removed_at=now if removed else None)
            )
            audit.append(conn, self.user, "remove" if removed else "restore", "photo", [photo_id], now)
        return Change(photos=(photo_id,))

    def remove_photo(self, photo_id: str) -> Change:
        """Remove a photo; it can be restored (purging deletes its bytes)."""
        return self._set_photo_removed(photo_id, True)

    def restore_photo(self, photo_id: str) -> Change:
        return self._set_photo_removed(photo_id, False)

    def purge_photo(self, photo_id: str) -> Change:
        """Delete a photo and its bytes outright (undoing its adding, or a photo that should not be kept)."""
        with write_unit(self._engine) as conn:
            self._photo_row(conn, photo_id)
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA secure_delete=ON")
            conn.execute(delete(_PHOTOS).where(_PHOTOS.c.id == photo_id))
            audit.append(conn, self.user, "purge", "photo", [photo_id])
        return Change(photos=(photo_id,))
