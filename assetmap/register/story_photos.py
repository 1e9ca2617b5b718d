"""The thumbnails of stories' photos, as the map popups, the HTML map and the report show them.

Only thumbnails leave the register this way (at most 320 pixels on the long side, no metadata), each
with its alternative text, and only by the rules of :mod:`assetmap.register.connection_sharing`: a
photo of a story goes where that story goes, and a story where its asset goes. Outputs embed them as
``data:`` URIs of the stored bytes, so no page ever asks anything outside itself for an image.
"""

from __future__ import annotations

import base64
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Engine, select

from assetmap.register.connection_sharing import carried_photos
from assetmap.register.connections import Photo
from assetmap.register.photos import MEDIA_TYPES
from assetmap.register.schema import PhotoRow

# An output shows at most this many photos of one story.
PHOTOS_PER_STORY = 2
_IMAGE_TYPES = frozenset(MEDIA_TYPES.values())
_PHOTOS = PhotoRow.__table__
_CHUNK = 500


class PhotoReads(Protocol):
    """What reading thumbnails needs of a register (``Register`` has it)."""

    def photos(self, asset_ids: Iterable[str] | None = None) -> list[Photo]: ...
    def photo_thumbnail(self, photo_id: str) -> bytes: ...


@dataclass(frozen=True)
class Thumbnail:
    """A story photo's thumbnail with its alternative text, ready to embed."""

    id: str
    asset_id: str
    story_id: str | None
    alt_text: str
    media_type: str
    data: bytes
    removed_at: object = None

    @property
    def data_uri(self) -> str:
        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode('ascii')}"


class _StoryLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def asset_id(self) -> str: ...
    @property
    def removed_at(self) -> object: ...


def story_photo_list(
    photos: Iterable[Photo], stories: Iterable[_StoryLike], asset_ids: Collection[str]
) -> list[Photo]:
    """The photos of the stories an output carries (on ``asset_ids``), a few a story, oldest first."""
    story_ids = {s.id for s in stories if s.removed_at is None and s.asset_id in asset_ids}
    kept: list[Photo] = []
    per_story: dict[str, int] = {}
    for photo in carried_photos(photos, asset_ids, story_ids):
        if photo.story_id is None or photo.media_type not in _IMAGE_TYPES:
            continue
        if per_story.get(photo.story_id, 0) < PHOTOS_PER_STORY:
            per_story[photo.story_id] = per_story.get(photo.story_id, 0) + 1
            kept.append(photo)
    return kept


def read_thumbnails(
    register: PhotoReads, stories: Iterable[_StoryLike], asset_ids: Collection[str]
) -> list[Thumbnail]:
    """The thumbnails of the photos of the stories on ``asset_ids`` an output may show."""
    stories = list(stories)
    wanted = {s.asset_id for s in stories if s.asset_id in asset_ids}
    if not wanted:
        return []
    chosen = story_photo_list(register.photos(wanted), stories, asset_ids)
    data = _thumbnail_bytes(register, [p.id for p in chosen])
    return [
        Thumbnail(p.id, p.asset_id, p.story_id, p.alt_text, p.media_type, data[p.id])
        for p in chosen
        if p.id in data
    ]


def _thumbnail_bytes(register: PhotoReads, ids: list[str]) -> dict[str, bytes]:
    """The thumbnails of ``ids``, read a chunk at a time from a ``Register`` (one at a time otherwise)."""
    engine = getattr(register, "_engine", None)
    if not isinstance(engine, Engine):
        return {photo_id: register.photo_thumbnail(photo_id) for photo_id in ids}
    out: dict[str, bytes] = {}
    with engine.connect() as conn:
        for start in range(0, len(ids), _CHUNK):
            query = select(_PHOTOS.c.id, _PHOTOS.c.thumbnail).where(
                _PHOTOS.c.id.in_(ids[start : start + _CHUNK])
            )
            out.update(
                (row.id, bytes(row.thumbnail)) for row in conn.execute(query) if row.thumbnail is not None
            )
    return out


def by_story(thumbnails: Iterable[Thumbnail]) -> dict[str, list[Thumbnail]]:
    """The thumbnails grouped by the story they show."""
    out: dict[str, list[Thumbnail]] = {}
    for thumb in thumbnails:
        if thumb.story_id is not None and thumb.removed_at is None:
            out.setdefault(thumb.story_id, []).append(thumb)
    return out
