"""The links and stories the map page shows: link lines between drawn markers, stories in popups.

Both travel to the page as JSON through the bridge and are written there with ``textContent``. Only
links between two assets the map draws become lines (a person has no place on the map), and only the
stories of drawn assets are sent: a story is shown only where its asset is.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping

import numpy as np
import pandas as pd

from assetmap.maps.network import ASSET, LinkLike
from assetmap.register.connections import Photo, Story
from assetmap.register.link_ends import LinkEnds
from assetmap.register.story_photos import Thumbnail, by_story, story_photo_list

# A popup shows an asset's strongest stories first, at most this many, each cut to this length.
POPUP_STORIES = 3
STORY_CHARS = 280


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def link_rows(links: Iterable[LinkLike], drawn: Collection[str]) -> list[list[str]]:
    """``[from id, to id, kind code]`` for each live link between two drawn assets, each pair once a kind."""
    rows: list[list[str]] = []
    seen: set[tuple[str, str, str]] = set()
    for link in links:
        if link.removed_at is not None or link.from_kind != ASSET:
            continue
        if link.from_id not in drawn or link.to_id not in drawn:
            continue
        key = (link.from_id, link.to_id, link.kind)
        if key not in seen:
            seen.add(key)
            rows.append([link.from_id, link.to_id, link.kind])
    return rows


def links_json(links: Iterable[LinkLike], kind_labels: Mapping[str, str], drawn: Collection[str]) -> str:
    """The map's Links layer, compact (30,000 links are most of a megabyte, not three):

    ``{"kinds": {code: label}, "codes": [kind code, ...], "ids": [asset id, ...],
    "links": [from index, to index, kind index, ...]}``, three numbers a link, indexing ``ids`` and
    ``codes``.
    """
    ids: dict[str, int] = {}
    codes: dict[str, int] = {}
    flat: list[int] = []
    for from_id, to_id, kind in link_rows(links, drawn):
        for end in (from_id, to_id):
            if end not in ids:
                ids[end] = len(ids)
        if kind not in codes:
            codes[kind] = len(codes)
        flat += (ids[from_id], ids[to_id], codes[kind])
    return _dumps({"kinds": dict(kind_labels), "codes": list(codes), "ids": list(ids), "links": flat})


def layer_json(ends: LinkEnds, kind_labels: Mapping[str, str], drawn: Collection[str]) -> str:
    """The Links layer of :func:`links_json`, built from the light read (``Register.link_ends()``) with
    array operations: the same lines, each pair once a kind, in the same compact form."""
    between = (ends.from_kind == ASSET) & _among(ends.from_id, drawn) & _among(ends.to_id, drawn)
    from_ids, to_ids, kinds = ends.from_id[between], ends.to_id[between], ends.kind[between]
    # Ids numbered in the order they first appear, from end before to end, as links_json numbers them.
    ends_in_turn = np.empty(2 * len(from_ids), dtype=object)
    ends_in_turn[0::2], ends_in_turn[1::2] = from_ids, to_ids
    id_index, ids = pd.factorize(ends_in_turn)
    kind_index, codes = pd.factorize(kinds)
    triples = np.column_stack((id_index[0::2], id_index[1::2], kind_index)).astype(np.int64)
    if len(triples):
        _unique, first = np.unique(triples, axis=0, return_index=True)
        triples = triples[np.sort(first)]
    layer = {
        "kinds": dict(kind_labels),
        "codes": [str(code) for code in codes],
        "ids": [str(i) for i in ids],
        "links": triples.ravel().tolist(),
    }
    return _dumps(layer)


def _among(values: np.ndarray, allowed: Collection[str]) -> np.ndarray:
    return np.asarray(pd.Index(values).isin(list(allowed)), dtype=bool)


def _short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= STORY_CHARS else text[: STORY_CHARS - 1] + "…"


def story_rows(
    stories: Iterable[Story], drawn: Collection[str], photos: Iterable[Photo] = ()
) -> dict[str, list[dict[str, object]]]:
    """Per drawn asset, its stories for a popup: the strongest first, then the newest, at most a few.

    Each story says how many photos it has (``photos``, of those it may show); the popup asks for their
    thumbnails only when it opens (:func:`photos_json`).
    """
    stories = list(stories)
    pictured: dict[str, int] = {}
    for photo in story_photo_list(photos, stories, drawn):
        if photo.story_id is not None:
            pictured[photo.story_id] = pictured.get(photo.story_id, 0) + 1
    by_asset: dict[str, list[Story]] = {}
    for story in stories:
        if story.removed_at is None and story.asset_id in drawn:
            by_asset.setdefault(story.asset_id, []).append(story)
    rows: dict[str, list[dict[str, object]]] = {}
    for asset_id, told in by_asset.items():
        # The register lists them newest told first; the strongest go before the rest.
        told.sort(key=lambda s: not s.featured)
        rows[asset_id] = [
            {
                "id": s.id,
                "text": _short(s.text),
                "teller": s.shown_teller,
                "told_on": s.told_on.isoformat() if s.told_on else None,
                "featured": bool(s.featured),
                "photos": pictured.get(s.id, 0),
            }
            for s in told[:POPUP_STORIES]
        ]
        if len(told) > POPUP_STORIES:
            rows[asset_id].append({"more": len(told) - POPUP_STORIES})
    return rows


def stories_json(stories: Iterable[Story], drawn: Collection[str], photos: Iterable[Photo] = ()) -> str:
    """The stories the page's popups show, as ``{asset id: [story, ...]}``."""
    return _dumps(story_rows(stories, drawn, photos))


def photos_json(asset_id: str, thumbnails: Iterable[Thumbnail]) -> str:
    """One asset's stories' thumbnails for its popup: ``{"asset": id, "photos": {story id: [photo]}}``,
    each photo ``{"src": data URI, "alt": text}``. ``thumbnails`` are those the map may show
    (``story_photos.read_thumbnails`` on the drawn assets); any of another asset is left out.
    """
    grouped = by_story(t for t in thumbnails if t.asset_id == asset_id)
    shown = {
        story: [{"src": t.data_uri, "alt": t.alt_text} for t in thumbs] for story, thumbs in grouped.items()
    }
    return _dumps({"asset": asset_id, "photos": shown})
