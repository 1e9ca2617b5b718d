"""What the map page is sent of links and stories: lines only between drawn assets, stories only of drawn
assets, a teller's name only with their consent, and any text as JSON text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.maps.links import POPUP_STORIES, layer_json, links_json, stories_json
from assetmap.register import Register

POINTS = [(-2.2426, 53.4808), (-2.2380, 53.4790), (-2.2450, 53.4830)]


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "links.assetmap")
    yield register
    register.close()


def _ids(register: Register) -> list[str]:
    return [
        register.add_asset(name=f"Group {i}", category="associations", lon=lon, lat=lat).added[0]
        for i, (lon, lat) in enumerate(POINTS)
    ]


def test_only_links_between_two_drawn_assets_become_lines(register: Register) -> None:
    a, b, c = _ids(register)
    register.add_link(a, b, "meets_at")
    register.add_link(b, c, "supports")
    person = register.add_person("Qx Person")
    register.add_link(person.id, a, "runs", from_kind="person")
    labels = {k.code: k.label for k in register.link_kinds()}

    layer = json.loads(links_json(register.links(), labels, {a, b}))

    assert layer["ids"] == [a, b] and layer["codes"] == ["meets_at"]
    assert layer["links"] == [0, 1, 0]
    assert layer["kinds"]["meets_at"] == "meets at"


def _lines(layer_json_text: str) -> list[tuple[str, str, str]]:
    layer = json.loads(layer_json_text)
    ids, codes, flat = layer["ids"], layer["codes"], layer["links"]
    return sorted((ids[flat[i]], ids[flat[i + 1]], codes[flat[i + 2]]) for i in range(0, len(flat), 3))


def test_the_layer_from_the_light_read_draws_the_same_lines_as_from_the_full_read(register: Register) -> None:
    a, b, c = _ids(register)
    d = register.add_asset(name="Not drawn", category="associations", lon=-2.24, lat=53.48).added[0]
    register.add_link(a, b, "meets_at")
    register.add_link(a, b, "supports")
    register.add_link(b, a, "meets_at")
    register.add_link(c, a, "funds")
    register.add_link(d, a, "runs")  # to an asset the map does not draw
    register.remove_link(register.add_link(b, c, "runs").links[0])
    person = register.add_person("Qx Person")
    register.record_consent(person.id, "named", method="paper")
    register.add_link(person.id, a, "runs", from_kind="person")
    labels = {k.code: k.label for k in register.link_kinds()}
    drawn = {a, b, c}

    light = layer_json(register.link_ends(register.people_view()), labels, drawn)
    full = links_json(register.links(), labels, drawn)

    assert _lines(light) == _lines(full)
    assert _lines(light) == sorted(
        [(a, b, "meets_at"), (a, b, "supports"), (b, a, "meets_at"), (c, a, "funds")]
    )
    assert json.loads(light)["kinds"] == json.loads(full)["kinds"] == labels
    assert set(json.loads(light)["ids"]) == {a, b, c}


def test_the_layer_from_the_light_read_of_no_links_is_empty(register: Register) -> None:
    _ids(register)
    layer = json.loads(layer_json(register.link_ends(), {}, set()))
    assert layer == {"kinds": {}, "codes": [], "ids": [], "links": []}


def test_a_popup_gets_the_strongest_stories_first_and_a_teller_only_with_consent(register: Register) -> None:
    a, b, _c = _ids(register)
    register.add_story(a, "Quiet story", teller="Qx Unconsented Teller", quote_consent=False)
    register.add_story(a, "Strong story", teller="Qx Quoted Teller", quote_consent=True, featured=True)
    register.add_story(b, "Not drawn")

    stories = json.loads(stories_json(register.stories(), {a}))

    assert list(stories) == [a]
    assert [s["text"] for s in stories[a]] == ["Strong story", "Quiet story"]
    assert [s["teller"] for s in stories[a]] == ["Qx Quoted Teller", "Anonymous"]
    assert "Qx Unconsented Teller" not in json.dumps(stories)


def test_an_asset_with_many_stories_sends_a_few_and_says_how_many_more(register: Register) -> None:
    a, _b, _c = _ids(register)
    for i in range(POPUP_STORIES + 2):
        register.add_story(a, f"Story {i}")

    told = json.loads(stories_json(register.stories(), {a}))[a]

    assert len(told) == POPUP_STORIES + 1
    assert told[-1] == {"more": 2}


def test_hostile_story_text_and_kind_labels_travel_as_json_text(
    register: Register, hostile_strings: list[str]
) -> None:
    a, b, _c = _ids(register)
    for text in hostile_strings[:20]:
        register.add_story(a, text, teller=text, quote_consent=True)
    labels = {"meets_at": hostile_strings[0]}
    register.add_link(a, b, "meets_at")

    stories = json.loads(stories_json(register.stories(), {a, b}))
    layer = json.loads(links_json(register.links(), labels, {a, b}))

    sent = [s for s in stories[a] if "text" in s]
    assert sent and {s["text"] for s in sent} <= {t.strip() for t in hostile_strings}
    assert {s["teller"] for s in sent} <= {t.strip() for t in hostile_strings}
    assert layer["kinds"]["meets_at"] == hostile_strings[0]
