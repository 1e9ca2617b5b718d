"""The JSON the map draws from: compact asset rows, 215 wards, 10 districts, text kept exactly as typed."""

from __future__ import annotations

import inspect
import json

from assetmap.geo.boundaries import gm_boundaries
from assetmap.maps import page, payload
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset, Category

WARD = "E05014818"


def _asset(asset_id: str, name: str, **fields: object) -> Asset:
    values: dict[str, object] = {"category": "associations", "lon": -2.24, "lat": 53.48, "ward_code": WARD}
    values.update(fields)
    return Asset(id=asset_id, name=name, **values)  # type: ignore[arg-type]


def test_asset_rows_carry_the_popup_fields_in_the_declared_order() -> None:
    asset = _asset(
        "a1",
        "Hall",
        subcategory="Faith group",
        address="1 High St",
        postcode="M1 1AA",
        description="Weekly",
        status="active",
    )
    data = json.loads(payload.assets_json([asset], {WARD: "Ancoats"}, people=NO_PEOPLE))
    row = dict(zip(data["fields"], data["rows"][0], strict=True))
    assert row == {
        "id": "a1",
        "name": "Hall",
        "category": "associations",
        "lon": -2.24,
        "lat": 53.48,
        "subcategory": "Faith group",
        "address": "1 High St",
        "postcode": "M1 1AA",
        "status": "active",
        "ward": "Ancoats",
        "description": "Weekly",
    }


def test_assets_without_a_location_or_removed_are_not_drawn() -> None:
    import datetime as dt

    assets = [
        _asset("here", "Here"),
        _asset("nowhere", "Nowhere", lon=None, lat=None),
        _asset("gone", "Gone", removed_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC)),
        _asset("nan", "Not a number", lon=float("nan")),
    ]
    assert [row[0] for row in payload.asset_rows(assets, {}, people=NO_PEOPLE)] == ["here"]
    assert payload.drawable_ids(assets, people=NO_PEOPLE) == (["here"], ["nowhere", "gone", "nan"])
    data, ids = payload.assets_json_and_ids(assets, {}, people=NO_PEOPLE)
    assert ids == ["here"] and data == payload.assets_json(assets, {}, people=NO_PEOPLE)


def test_hostile_text_travels_as_data_exactly_as_typed(hostile_strings: list[str]) -> None:
    assets = [_asset(f"h{i}", text, description=text, address=text) for i, text in enumerate(hostile_strings)]
    data = json.loads(payload.assets_json(assets, {WARD: hostile_strings[0]}, people=NO_PEOPLE))
    fields = data["fields"]
    for values, text in zip(data["rows"], hostile_strings, strict=True):
        row = dict(zip(fields, values, strict=True))
        assert row["name"] == text
        assert row["description"] == text
        assert row["ward"] == hostile_strings[0]


def test_hostile_text_never_reaches_the_folium_page(hostile_strings: list[str]) -> None:
    # The page shell takes no text at all: only whether tiles may be fetched.
    assert list(inspect.signature(page.build_page_html).parameters) == ["online_basemap"]
    html = page.build_page_html()
    assert str(12345 * 1000003) not in html
    for text in hostile_strings:
        if len(text) > 3:
            assert text not in html


def test_long_descriptions_are_shortened_for_the_popup() -> None:
    row = payload.asset_row(_asset("a", "A", description="x" * 1000), {})
    assert row[payload.ASSET_FIELDS.index("description")] == "x" * payload.DESCRIPTION_CHARS + "…"


def test_category_colours_that_are_not_hex_fall_back_to_grey() -> None:
    categories = [
        Category("a", "A", "#0072B2", ()),
        Category("b", "B", "red;background:url(x)", ()),
        Category("c", "<b>C</b>", "", ()),
    ]
    assert payload.categories_json(categories) == [
        {"code": "a", "label": "A", "colour": "#0072B2"},
        {"code": "b", "label": "B", "colour": payload.FALLBACK_COLOUR},
        {"code": "c", "label": "<b>C</b>", "colour": payload.FALLBACK_COLOUR},
    ]


def test_the_basemap_is_off_unless_asked_for() -> None:
    assert (
        json.loads(payload.config_json([], online_basemap=False, boundaries=gm_boundaries()))["basemap"]
        is None
    )
    online = json.loads(payload.config_json([], online_basemap=True, boundaries=gm_boundaries()))["basemap"]
    assert online["url"] == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


def test_a_kept_view_must_be_plain_numbers() -> None:
    good = {"centre": [-2.2, 53.5], "zoom": 12}
    assert json.loads(payload.config_json([], online_basemap=False, view=good, boundaries=gm_boundaries()))[
        "view"
    ] == {
        "centre": [-2.2, 53.5],
        "zoom": 12.0,
    }
    bad = {"centre": ["<x>", 53.5], "zoom": 12}
    assert (
        json.loads(payload.config_json([], online_basemap=False, view=bad, boundaries=gm_boundaries()))[
            "view"
        ]
        is None
    )


def test_all_215_wards_and_10_districts_are_sent_with_names_and_label_points() -> None:
    wards = json.loads(payload.wards_geojson(gm_boundaries()))
    districts = json.loads(payload.districts_geojson(gm_boundaries()))
    assert len(wards["features"]) == 215
    assert len(districts["features"]) == 10
    for feature in wards["features"] + districts["features"]:
        lon, lat = feature["properties"]["label"]
        assert -3.0 < lon < -1.8 and 53.3 < lat < 53.8
        assert feature["properties"]["name"]
    assert {f["properties"]["name"] for f in districts["features"]} >= {"Manchester", "Salford", "Wigan"}


def test_bulk_rows_match_the_one_asset_row_for_every_kind_of_asset() -> None:
    import datetime as dt
    import random

    rng = random.Random(5)
    wards = {WARD: "Ancoats", "E05000001": "Somewhere"}
    assets = []
    for i in range(2_000):
        kind = i % 7
        assets.append(
            _asset(
                f"a{i}",
                f"Asset {i} ✓",
                lon=None if kind == 1 else (float("nan") if kind == 2 else rng.uniform(-2.73, -1.91)),
                lat=None if kind == 1 else rng.uniform(53.32, 53.69),
                ward_code=(WARD, "E05000001", None, "E09999999")[i % 4],
                description=None if kind == 3 else "d" * rng.randrange(0, 2 * payload.DESCRIPTION_CHARS),
                removed_at=dt.datetime(2024, 1, 1) if kind == 4 else None,
                subcategory="Faith group" if kind == 5 else None,
            )
        )
    expected = [payload.asset_row(a, wards) for a in assets if payload._located(a, NO_PEOPLE)]

    assert payload.asset_rows(assets, wards, people=NO_PEOPLE) == expected
    assert (
        payload.assets_json_and_ids(assets, wards, people=NO_PEOPLE)[1]
        == payload.drawable_ids(assets, people=NO_PEOPLE)[0]
    )
    assert json.loads(payload.assets_json(assets, wards, people=NO_PEOPLE))["rows"] == json.loads(
        json.dumps(expected)
    )
    assert (
        payload.asset_rows([], wards, people=NO_PEOPLE) == []
        and json.loads(payload.assets_json([], wards, people=NO_PEOPLE))["rows"] == []
    )
