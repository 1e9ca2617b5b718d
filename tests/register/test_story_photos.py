"""Which stories' photos an output may show (their thumbnails only), and what the map page is sent of them."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from assetmap.maps.links import photos_json, stories_json
from assetmap.register import Register
from assetmap.register.story_photos import PHOTOS_PER_STORY, read_thumbnails

POINT = (-2.2426, 53.4808)


def _photo(colour: tuple[int, int, int], size: tuple[int, int] = (900, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "photos.assetmap")
    yield register
    register.close()


def _asset(register: Register, name: str) -> str:
    return register.add_asset(name=name, category="associations", lon=POINT[0], lat=POINT[1]).added[0]


def test_only_live_photos_of_live_stories_on_the_given_assets_are_read_as_thumbnails(
    register: Register,
) -> None:
    shown, other = _asset(register, "Shown Tz"), _asset(register, "Not shown Tz")
    story = register.add_story(shown, "Told Tz1").stories[0]
    gone = register.add_story(shown, "Removed Tz2").stories[0]
    elsewhere = register.add_story(other, "Elsewhere Tz3").stories[0]
    kept = register.add_photo(shown, _photo((255, 0, 0)), "Kept Tz", story_id=story).photos[0]
    removed = register.add_photo(shown, _photo((0, 255, 0)), "Removed photo Tz", story_id=story).photos[0]
    register.remove_photo(removed)
    register.add_photo(shown, _photo((0, 0, 255)), "Of the asset, no story Tz")
    register.add_photo(shown, _photo((9, 9, 9)), "Of a removed story Tz", story_id=gone)
    register.remove_story(gone)
    register.add_photo(other, _photo((99, 9, 9)), "Of another asset Tz", story_id=elsewhere)

    thumbs = read_thumbnails(register, register.stories(), {shown})

    assert [(t.id, t.story_id, t.alt_text) for t in thumbs] == [(kept, story, "Kept Tz")]
    [thumb] = thumbs
    assert thumb.data == register.photo_thumbnail(kept) != register.photo_bytes(kept)
    assert max(Image.open(io.BytesIO(thumb.data)).size) <= 320
    assert thumb.data_uri == "data:image/jpeg;base64," + base64.b64encode(thumb.data).decode()


def test_a_story_shows_at_most_a_few_photos(register: Register) -> None:
    asset = _asset(register, "Many Tz")
    story = register.add_story(asset, "Many photos Tz").stories[0]
    for i in range(PHOTOS_PER_STORY + 2):
        register.add_photo(asset, _photo((i * 40, 0, 0)), f"Photo {i} Tz", story_id=story)
    thumbs = read_thumbnails(register, register.stories(), {asset})
    assert [t.alt_text for t in thumbs] == [f"Photo {i} Tz" for i in range(PHOTOS_PER_STORY)]


def test_the_map_is_sent_a_count_with_the_stories_and_thumbnails_only_for_the_asset_asked(
    register: Register,
) -> None:
    drawn, hidden = _asset(register, "Drawn Tz"), _asset(register, "Hidden Tz")
    story = register.add_story(drawn, "Drawn story Tz").stories[0]
    secret = register.add_story(hidden, "Hidden story Tz").stories[0]
    register.add_photo(drawn, _photo((255, 0, 0)), "Drawn alt Tz", story_id=story)
    register.add_photo(hidden, _photo((0, 255, 0)), "Hidden alt Tz", story_id=secret)

    listed = json.loads(stories_json(register.stories(), {drawn}, register.photos()))
    assert list(listed) == [drawn]
    assert listed[drawn][0]["id"] == story and listed[drawn][0]["photos"] == 1
    text = stories_json(register.stories(), {drawn}, register.photos())
    assert "data:" not in text and "alt Tz" not in text  # no image or alt text travels with the list

    thumbs = read_thumbnails(register, register.stories(), {drawn})
    sent = json.loads(photos_json(drawn, thumbs))
    assert sent["asset"] == drawn
    assert [p["alt"] for p in sent["photos"][story]] == ["Drawn alt Tz"]
    assert sent["photos"][story][0]["src"].startswith("data:image/jpeg;base64,")
    # Thumbnails of another asset are never sent as this one's.
    everything = read_thumbnails(register, register.stories(), {drawn, hidden})
    assert "Hidden alt Tz" not in photos_json(drawn, everything)
