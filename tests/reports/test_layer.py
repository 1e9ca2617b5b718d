"""The abundance layer and chart data on a small hand-made register: colours, figures and privacy."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset
from assetmap.reports.analysis import analyse
from assetmap.reports.layer import (
    abundance_layer,
    category_totals,
    chart_data_from,
    options,
    ranked_wards,
)
from assetmap.reports.selection import ReportInputError, resolve_area

BRAMHALL_NORTH = "E05015014"
BREDBURY = "E05015016"
IN_BRAMHALL = (-2.16507, 53.37156)
IN_BREDBURY = (-2.10464, 53.42657)
PRIVATE_NAME = "Secret Shelter Kq9"
PARTNER_NAME = "Partner Pantry Kq9"
PEOPLE = ("Jane Mender-Kq9", "Omar Singer-Kq9", "Ada Listener-Kq9")


def _at(where: tuple[float, float], i: int) -> dict[str, float]:
    return {"lon": where[0] + 0.0004 * i, "lat": where[1]}


@pytest.fixture
def small_register(tmp_path: Path) -> Iterator[Register]:
    """Bramhall North: 2 associations, 1 space, a private and a partner asset, 3 people.
    Bredbury & Woodley: 4 associations and a draft."""
    register = Register.open(tmp_path / "r.assetmap")
    records: list[dict[str, object]] = [
        {
            "name": "Bramhall Residents",
            "category": "associations",
            "subcategory": "Residents' association",
            **_at(IN_BRAMHALL, 0),
        },
        {
            "name": "Bramhall Allotments Society",
            "category": "associations",
            "subcategory": "Interest group",
            **_at(IN_BRAMHALL, 1),
        },
        {
            "name": "Village Hall",
            "category": "physical_spaces",
            "subcategory": "Community venue",
            **_at(IN_BRAMHALL, 2),
        },
        {"name": PRIVATE_NAME, "category": "physical_spaces", "visibility": "private", **_at(IN_BRAMHALL, 3)},
        {"name": PARTNER_NAME, "category": "local_economy", "visibility": "partners", **_at(IN_BRAMHALL, 4)},
        *(
            {
                "name": person,
                "category": "gifts_skills",
                "subcategory": "Practical skills",
                "contact_phone": "07700 900123",
                **_at(IN_BRAMHALL, 5 + i),
            }
            for i, person in enumerate(PEOPLE)
        ),
        *(
            {
                "name": f"Bredbury Club {i}",
                "category": "associations",
                "subcategory": "Sports club",
                **_at(IN_BREDBURY, i),
            }
            for i in range(4)
        ),
        {"name": "Draft Group", "category": "associations", "status": "draft", **_at(IN_BREDBURY, 5)},
    ]
    register.add_assets(records)
    wards = {a.name: a.ward_code for a in register.assets()}
    assert wards["Village Hall"] == BRAMHALL_NORTH and wards["Bredbury Club 0"] == BREDBURY
    assert {wards[p] for p in PEOPLE} == {BRAMHALL_NORTH}
    yield register
    register.close()


@pytest.fixture
def assets(small_register: Register) -> list[Asset]:
    return small_register.assets()


def _figures(layer: dict, code: str) -> dict[str, str]:
    return dict(layer["wards"][code]["figures"])


def test_every_ward_of_greater_manchester_gets_a_colour_from_the_legend(assets: list[Asset]) -> None:
    layer = abundance_layer(assets, measure="count", boundaries=gm_boundaries(), people=NO_PEOPLE)
    legend_colours = {colour for colour, _label in layer["legend"]}
    assert len(layer["wards"]) == 215
    assert {w["colour"] for w in layer["wards"].values()} <= legend_colours
    assert layer["title"] == "Assets"
    assert layer["subtitle"] == "Greater Manchester · all categories · public assets"


def test_a_district_layer_holds_only_that_districts_wards(assets: list[Asset]) -> None:
    layer = abundance_layer(assets, area="Stockport", boundaries=gm_boundaries(), people=NO_PEOPLE)
    assert set(layer["wards"]) == set(resolve_area("Stockport", boundaries=gm_boundaries()).ward_codes)
    assert all(w["district"] == "Stockport" for w in layer["wards"].values())


def test_the_legend_matches_the_classification_of_the_chosen_measure(assets: list[Asset]) -> None:
    layer = abundance_layer(
        assets,
        area="Stockport",
        measure="count",
        scheme="equal_interval",
        k=3,
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    analysis = analyse(
        assets,
        options(area="Stockport", measure="count", scheme="equal_interval", k=3),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert layer["legend"] == [list(entry) for entry in analysis.legend()]
    # The ward with most assets shown (Bredbury & Woodley: 4) is in the darkest class; Bramhall North's
    # total (2 + 1 + 3 people) is withheld, in the legend's last entry.
    assert layer["wards"][BREDBURY]["colour"] == layer["legend"][-2][0]
    assert layer["wards"][BRAMHALL_NORTH]["colour"] == layer["legend"][-1][0]
    assert layer["legend"][-1][1] == "Withheld to protect individuals"


def test_hover_figures_hold_the_wards_counts_with_three_people_shown_as_under_5(assets: list[Asset]) -> None:
    layer = abundance_layer(
        assets, area="Stockport", measure="count", boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    figures = _figures(layer, BRAMHALL_NORTH)
    assert figures["People's gifts and skills"] == "<5"
    assert figures["Associations and groups"] == "2"
    assert figures["Physical spaces"] == "1"
    assert figures["Local economy and exchange"] == "0"  # partner-only: not in the public tier
    assert layer["wards"][BRAMHALL_NORTH]["name"] == "Bramhall North"
    # The total (2 + 1 + 3 people) would give the 3 away: withheld, and the last line says why.
    assert layer["wards"][BRAMHALL_NORTH]["figures"][0] == ["Assets", "*"]
    assert figures["Per 1,000 residents"] == "*"
    assert layer["wards"][BRAMHALL_NORTH]["figures"][-1] == ["*", "Withheld to protect individuals"]
    assert _figures(layer, BREDBURY)["Associations and groups"] == "4"  # the draft is not counted


def test_the_first_figure_is_the_chosen_measure(assets: list[Asset]) -> None:
    layer = abundance_layer(
        assets, area="Stockport", measure="reach", walk_m=400, boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    label, value = layer["wards"][BRAMHALL_NORTH]["figures"][0]
    assert label == "Share of postcodes within 400 m of an asset"
    assert value.endswith("%")
    assert layer["title"] == label


def test_private_assets_never_count_and_partner_assets_only_in_the_partners_tier(assets: list[Asset]) -> None:
    public = abundance_layer(
        assets, area="Stockport", measure="count", boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    partners = abundance_layer(
        assets,
        area="Stockport",
        measure="count",
        tier="partners",
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    # Places and groups only: Bramhall North's 3 people are withheld, so the area leaves people out.
    assert public["counted"] == 3 + 4
    assert partners["counted"] == 3 + 4 + 1
    assert _figures(partners, BRAMHALL_NORTH)["Physical spaces"] == "1"  # the private space is left out
    assert _figures(partners, BRAMHALL_NORTH)["Local economy and exchange"] == "1"
    assert public["partner_notice"] is None
    assert partners["partner_notice"] == "Contains partner-only information"
    assert partners["subtitle"].endswith("public and partner-only assets")
    with pytest.raises(ReportInputError):
        abundance_layer(assets, tier="private", boundaries=gm_boundaries(), people=NO_PEOPLE)


def test_the_layer_and_charts_never_name_a_private_asset_or_a_person(assets: list[Asset]) -> None:
    for tier in ("public", "partners"):
        layer = abundance_layer(
            assets, area="Stockport", tier=tier, boundaries=gm_boundaries(), people=NO_PEOPLE
        )
        charts = chart_data_from(
            analyse(
                assets, options(area="Stockport", tier=tier), boundaries=gm_boundaries(), people=NO_PEOPLE
            )
        )
        text = json.dumps([layer, charts], ensure_ascii=False)
        for name in (PRIVATE_NAME, *PEOPLE, "07700 900123", "Village Hall"):
            assert name not in text, name


def test_per_1000_figures_name_their_population_source(assets: list[Asset]) -> None:
    layer = abundance_layer(
        assets, area="Stockport", measure="per1000", boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    assert layer["title"] == "Assets per 1,000 residents"
    assert layer["note"] == "Residents: Census 2021, estimated for 2023 wards"


def test_the_wording_is_about_strengths(assets: list[Asset]) -> None:
    for measure in ("count", "per1000", "diversity", "shannon", "reach"):
        layer = abundance_layer(
            assets, area="Stockport", measure=measure, boundaries=gm_boundaries(), people=NO_PEOPLE
        )
        charts = chart_data_from(
            analyse(
                assets,
                options(area="Stockport", measure=measure),
                boundaries=gm_boundaries(),
                people=NO_PEOPLE,
            )
        )
        text = json.dumps([layer, charts]).casefold()
        for word in ("deficit", "need", "lack", "poor", "gap"):
            assert word not in text, (measure, word)
        assert "#ff0000" not in text


def test_category_totals_count_each_category_and_mask_a_few_people(assets: list[Asset]) -> None:
    bars = {
        bar["code"]: bar
        for bar in category_totals(assets, area="Stockport", boundaries=gm_boundaries(), people=NO_PEOPLE)
    }
    assert bars["associations"]["value"] == 6 and bars["associations"]["shown"] == "6"
    assert bars["physical_spaces"]["value"] == 1
    # The area's people are withheld: less Bredbury's (none), they would be Bramhall North's.
    assert bars["gifts_skills"]["value"] is None and bars["gifts_skills"]["shown"] == "*"
    # Darker means more: associations (most) are darker than physical spaces.
    assert bars["associations"]["colour"] != bars["physical_spaces"]["colour"]
    assert list(bars) == [
        "gifts_skills",
        "associations",
        "institutions",
        "physical_spaces",
        "local_economy",
        "culture_stories",
    ]


def test_ranked_wards_put_the_most_first_coloured_as_on_the_map(assets: list[Asset]) -> None:
    rows = ranked_wards(
        assets,
        area="Stockport",
        measure="count",
        categories=["associations"],
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert [r["code"] for r in rows[:2]] == [BREDBURY, BRAMHALL_NORTH]
    assert [r["shown"] for r in rows[:3]] == ["4", "2", "0"]
    layer = abundance_layer(
        assets,
        area="Stockport",
        measure="count",
        categories=["associations"],
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert all(r["colour"] == layer["wards"][r["code"]]["colour"] for r in rows)
    assert len(rows) == 21


def test_a_count_of_people_alone_is_masked_in_the_ranking_and_on_the_map(assets: list[Asset]) -> None:
    rows = ranked_wards(
        assets,
        area="Stockport",
        measure="count",
        categories=["gifts_skills"],
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    top = next(r for r in rows if r["code"] == BRAMHALL_NORTH)
    assert top["shown"] == "*" and top["value"] is None
    assert rows[-1]["code"] == BRAMHALL_NORTH  # withheld: last, like no data
    layer = abundance_layer(
        assets,
        area="Stockport",
        measure="count",
        categories=["gifts_skills"],
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert layer["wards"][BRAMHALL_NORTH]["value"] == "*"
    assert layer["wards"][BRAMHALL_NORTH]["figures"][0] == ["Assets", "*"]
    assert _figures(layer, BRAMHALL_NORTH)["People's gifts and skills"] == "<5"


def test_chart_data_names_each_wards_district_across_several_districts(assets: list[Asset]) -> None:
    places = ["associations", "physical_spaces"]
    gm = chart_data_from(
        analyse(
            assets, options(measure="count", categories=places), boundaries=gm_boundaries(), people=NO_PEOPLE
        )
    )
    assert gm["wards"]["bars"][0]["label"] == "Bredbury & Woodley (Stockport)"
    stockport = chart_data_from(
        analyse(
            assets, options(area="Stockport", measure="count"), boundaries=gm_boundaries(), people=NO_PEOPLE
        )
    )
    assert stockport["wards"]["bars"][0]["label"] == "Bredbury & Woodley"
    assert stockport["categories"]["title"] == "Assets by category in Stockport"
    assert stockport["wards"]["title"] == "Wards by assets"


def test_an_area_with_nothing_counted_says_so_with_zero(assets: list[Asset]) -> None:
    layer = abundance_layer(assets, area="Wigan", boundaries=gm_boundaries(), people=NO_PEOPLE)
    charts = chart_data_from(
        analyse(assets, options(area="Wigan"), boundaries=gm_boundaries(), people=NO_PEOPLE)
    )
    assert layer["counted"] == 0 and charts["counted"] == 0
    assert len(layer["wards"]) == len(resolve_area("Wigan", boundaries=gm_boundaries()).ward_codes)


def test_the_layer_is_plain_json(assets: list[Asset]) -> None:
    layer = abundance_layer(assets, measure="per1000", boundaries=gm_boundaries(), people=NO_PEOPLE)
    assert json.loads(json.dumps(layer, allow_nan=False)) == layer
