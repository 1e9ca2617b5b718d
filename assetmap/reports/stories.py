"""The strongest stories of a ward, as a report and the HTML map show them.

A story appears only where its asset does: on an asset the report counts and may list by name (never
a person's gift), in the asset's ward. The report shows the stories the worker marked as the strongest
(``featured``); the teller is named only with their consent to be quoted by name, else "Anonymous"
(``Story.shown_teller``). Every text is escaped where it is printed.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable, Mapping, Sequence

from assetmap.register.connection_sharing import carried_stories
from assetmap.register.connections import Story
from assetmap.register.records import Asset
from assetmap.register.story_photos import Thumbnail, by_story
from assetmap.reports import privacy
from assetmap.reports.analysis import long_date

# A story longer than this is shortened in print; the register holds it whole.
MAX_PRINTED_CHARS = 1500
STORY_CHAR_MM = 1.9  # a generous average advance of one 9 pt character
STORY_LINE_H = 4.6
STORY_GAP_H = 9.0  # the teller's line and the space after a story
STORIES_FIXED_H = 24.0  # heading and introduction
STORY_PHOTOS_H = 42.0  # a row of a story's thumbnails (35 mm high) and their captions


def shown_stories(stories: Iterable[Story], assets: Iterable[Asset]) -> list[Story]:
    """The stories an output may show beside ``assets`` (those it shows): on them, never on a person."""
    listed = {a.id for a in assets if privacy.listable(a)}
    return carried_stories(stories, listed)


def newest_first(story: Story) -> tuple[int, float, str]:
    """A sort key: the story told most recently first (an undated one last), then the newest recorded."""
    told = story.told_on or dt.date.min
    created = story.created_at or dt.datetime.min
    return (-told.toordinal(), -created.timestamp() if story.created_at else 0.0, story.id)


def story_entry(story: Story, asset_name: str, *, limit: int | None = None) -> dict[str, object]:
    """A story as printed: its text (shortened to ``limit`` characters), teller, asset and date."""
    text = story.text
    shortened = limit is not None and len(text) > limit
    if shortened and limit is not None:
        text = text[:limit].rstrip() + "\u2026"
    return {
        "text": text,
        "teller": story.shown_teller,
        "asset": asset_name,
        "told_on": _date_text(story.told_on),
        "shortened": shortened,
    }


def _date_text(day: dt.date | None) -> str:
    return "" if day is None else long_date(day)


def featured_by_ward(
    stories: Iterable[Story],
    counted: Sequence[Asset],
    codes: Iterable[str],
    photos: Iterable[Thumbnail] = (),
) -> dict[str, list[dict[str, object]]]:
    """Per ward of ``codes``, its featured stories as printed, newest first.

    A story printed carries its photos among ``photos`` as ``{"src": data URI, "alt": text}`` (only
    on a story printed, so only where the story and its asset go).
    """
    wards = set(codes)
    in_wards = [a for a in counted if a.ward_code in wards]
    by_id = {a.id: a for a in in_wards}
    chosen = [s for s in shown_stories(stories, in_wards) if s.featured]
    pictures = by_story(photos)
    out: dict[str, list[dict[str, object]]] = {}
    for story in sorted(chosen, key=newest_first):
        asset = by_id[story.asset_id]
        if asset.ward_code is not None:
            entry = story_entry(story, asset.name, limit=MAX_PRINTED_CHARS)
            shown = [t for t in pictures.get(story.id, []) if t.asset_id == story.asset_id]
            if shown:
                entry["photos"] = [{"src": t.data_uri, "alt": t.alt_text} for t in shown]
            out.setdefault(asset.ward_code, []).append(entry)
    return out


def story_pages(
    entries: Sequence[Mapping[str, object]], width_mm: float, height_mm: float
) -> list[list[Mapping[str, object]]]:
    """The stories split over pages of ``width_mm`` × ``height_mm`` (each story whole on one page)."""
    per_line = max(10, int(width_mm / STORY_CHAR_MM))
    free = height_mm - STORIES_FIXED_H
    pages: list[list[Mapping[str, object]]] = [[]]
    used = 0.0
    for entry in entries:
        lines = sum(
            max(1, len(textwrap.wrap(part, per_line, break_long_words=True)))
            for part in str(entry["text"]).split("\n")
        )
        height = lines * STORY_LINE_H + STORY_GAP_H + (STORY_PHOTOS_H if entry.get("photos") else 0.0)
        if pages[-1] and used + height > free:
            pages.append([])
            used = 0.0
        pages[-1].append(entry)
        used += height
    return [p for p in pages if p]
