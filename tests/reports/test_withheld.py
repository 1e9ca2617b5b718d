"""Secondary disclosure: a ward's 1 to 4 individuals cannot be worked out from any other figure.

The fixture: Bramhall North has 3 people and 2 groups, so its total would be 5 and the 3 would follow by
taking the 2 groups away; Bredbury & Woodley has 4 groups and 7 people, shown exactly.
"""

from __future__ import annotations

import json
import math
import re

import pytest

from assetmap.geo.boundaries import gm_boundaries, ward_population
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset
from assetmap.reports import privacy
from assetmap.reports.analysis import ReportOptions, analyse
from assetmap.reports.classify import WITHHELD_COLOUR, classify
from assetmap.reports.interactive import build_html_map
from assetmap.reports.layer import (
    abundance_layer,
    chart_data_from,
    counted_in_area,
    counted_wording,
    options,
)
from assetmap.reports.mapsheet import build_map_sheet
from assetmap.reports.measures import (
    MEASURES,
    area_figures,
    area_totals,
    compute_measures,
    shannon_index,
    ward_figures,
)
from assetmap.reports.methods import methods_context
from assetmap.reports.report import build_report

BRAMHALL_NORTH = "E05015014"
BRAMHALL_SOUTH = "E05015015"
BREDBURY = "E05015016"
IN_BRAMHALL = (-2.16507, 53.37156)
IN_BREDBURY = (-2.10464, 53.42657)
PEOPLE = "gifts_skills"


def make_assets(people: int = 3, groups: int = 2, elsewhere: dict[str, int] | None = None) -> list[Asset]:
    """Bramhall North: ``people`` individuals and ``groups`` groups; Bredbury: 4 groups and 7 people;
    ``elsewhere``: ward code → individuals in further wards."""
    assets = [
        Asset(
            id=f"g{i}",
            name=f"Bramhall Group {i}",
            category="associations",
            subcategory="Sports club",
            lon=IN_BRAMHALL[0] + 0.0004 * i,
            lat=IN_BRAMHALL[1],
            ward_code=BRAMHALL_NORTH,
        )
        for i in range(groups)
    ]
    assets += [
        Asset(id=f"p{i}", name=f"Person {i}", category=PEOPLE, ward_code=BRAMHALL_NORTH)
        for i in range(people)
    ]
    assets += [
        Asset(
            id=f"b{i}",
            name=f"Bredbury Club {i}",
            category="associations",
            subcategory="Sports club",
            lon=IN_BREDBURY[0] + 0.0004 * i,
            lat=IN_BREDBURY[1],
            ward_code=BREDBURY,
        )
        for i in range(4)
    ]
    assets += [
        Asset(id=f"q{i}", name=f"Neighbour {i}", category=PEOPLE, ward_code=BREDBURY) for i in range(7)
    ]
    for ward, n in (elsewhere or {}).items():
        assets += [
            Asset(id=f"e{ward}{i}", name=f"Other {i}", category=PEOPLE, ward_code=ward) for i in range(n)
        ]
    return assets


def bramhall_population() -> float:
    return float(ward_population().loc[BRAMHALL_NORTH, "population"])


def giveaways() -> set[str]:
    """Bramhall North's figures that would give its 3 people away, printed every way a report might."""
    population = bramhall_population()
    texts = {"5", "5 assets"}
    for n in (5, 3):  # per 1,000 with all categories, and with people alone
        rate = n / population * 1000
        texts |= {f"{rate:,.{d}f}" for d in range(2, 5)}
    h = shannon_index([2, 3])
    texts |= {f"{h:,.{d}f}" for d in range(2, 5)}
    return texts


def test_the_frame_withholds_each_figure_that_includes_a_few_people() -> None:
    frame = compute_measures(make_assets(), wards="Stockport", boundaries=gm_boundaries(), people=NO_PEOPLE)
    assert frame["withheld"].sum() == 1 and bool(frame.at[BRAMHALL_NORTH, "withheld"])
    for column in ("total", "per1000", "shannon"):
        assert math.isnan(frame.at[BRAMHALL_NORTH, column]), column
    assert frame.at[BRAMHALL_NORTH, "reach"] > 0  # reach uses places and groups only: still shown
    assert frame.at[BRAMHALL_NORTH, "categories_present"] == 2
    # Seven people are shown exactly, and so is everything that includes them.
    assert not bool(frame.at[BREDBURY, "withheld"])
    assert frame.at[BREDBURY, "total"] == 11
    # A ward with no people is never withheld: 0 stays 0.
    assert frame.at[BRAMHALL_SOUTH, "count_gifts_skills"] == 0
    assert not bool(frame.at[BRAMHALL_SOUTH, "withheld"]) and frame.at[BRAMHALL_SOUTH, "total"] == 0


def test_a_wards_printed_figures_never_add_up_to_its_people() -> None:
    frame = compute_measures(make_assets(), wards="Stockport", boundaries=gm_boundaries(), people=NO_PEOPLE)
    f = ward_figures(frame, BRAMHALL_NORTH)
    assert f["withheld"] is True
    assert f["total"] == f["per1000"] == f["shannon"] == privacy.WITHHELD_TEXT
    counts = {c["code"]: c["count"] for c in f["categories"]}
    assert counts[PEOPLE] == "<5" and counts["associations"] == "2"
    printed = json.dumps(f, ensure_ascii=False)
    for text in giveaways():
        assert f'"{text}"' not in printed, text
    bredbury = ward_figures(frame, BREDBURY)
    assert bredbury["withheld"] is False and bredbury["total"] == "11"


@pytest.mark.parametrize("people", [0, 5])
def test_zero_or_five_people_are_shown_exactly(people: int) -> None:
    frame = compute_measures(
        make_assets(people=people), wards="Stockport", boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    f = ward_figures(frame, BRAMHALL_NORTH)
    assert f["withheld"] is False
    assert f["total"] == str(2 + people)
    assert {c["code"]: c["count"] for c in f["categories"]}[PEOPLE] == str(people)
    totals = area_totals(frame)
    assert totals["people_left_out"] is False
    assert totals["count_gifts_skills"] == people + 7 and totals["total"] == 2 + people + 11


def test_without_people_among_the_categories_nothing_changes() -> None:
    places = ["associations", "physical_spaces"]
    frame = compute_measures(
        make_assets(), wards="Stockport", categories=places, boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    assert not frame["withheld"].any()
    assert frame.at[BRAMHALL_NORTH, "total"] == 2
    assert frame.at[BRAMHALL_NORTH, "per1000"] == pytest.approx(2 / bramhall_population() * 1000)
    figures = area_figures(frame)
    assert figures["total"] == "6" and figures["notes"] == []
    analysis = analyse(
        make_assets(),
        options(area="Stockport", measure="count", categories=places),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert privacy.WITHHELD_LABEL not in [label for _, label in analysis.legend()]
    assert analysis.shown(BRAMHALL_NORTH) == "2"


def test_a_district_with_one_withheld_ward_does_not_give_it_away_in_its_totals() -> None:
    frame = compute_measures(make_assets(), wards="Stockport", boundaries=gm_boundaries(), people=NO_PEOPLE)
    totals = area_totals(frame)
    # The district's people (3 + 7) less Bredbury's 7 would give Bramhall North's 3: so they are left out.
    assert totals["people_left_out"] is True
    assert totals["count_gifts_skills"] is None
    assert totals["total"] == 2 + 4  # places and groups only
    assert totals["per1000"] == pytest.approx(6 / frame["population"].sum() * 1000)
    figures = area_figures(frame)
    counts = {c["code"]: c["count"] for c in figures["categories"]}
    assert counts[PEOPLE] == privacy.WITHHELD_TEXT
    assert figures["total"] == f"6{privacy.PEOPLE_LEFT_OUT_MARK}"
    assert figures["per1000"].endswith(privacy.PEOPLE_LEFT_OUT_MARK)
    assert figures["what"] == "places and groups"
    assert figures["notes"] == [privacy.WITHHELD_NOTE, privacy.PEOPLE_LEFT_OUT_NOTE]
    # Total less the categories shown is 0: nothing about the people follows from it.
    shown = sum(int(c) for c in counts.values() if c.isdigit())
    assert int(figures["total"].rstrip(privacy.PEOPLE_LEFT_OUT_MARK)) - shown == 0
    printed = json.dumps(figures, ensure_ascii=False)
    for text in ("10", "16", "3"):  # people in the district, all assets, Bramhall North's people
        assert f'"{text}' not in printed, text


def test_several_withheld_wards_keep_their_sum_out_of_the_totals_too() -> None:
    # One person in each of two wards: a district figure of 2 (or 8 with four each) would give both away.
    frame = compute_measures(
        make_assets(people=1, elsewhere={BRAMHALL_SOUTH: 1}),
        wards="Stockport",
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert frame["withheld"].sum() == 2
    totals = area_totals(frame)
    assert totals["people_left_out"] is True and totals["count_gifts_skills"] is None
    # A district of wards with none withheld still gets its people counted exactly.
    whole = compute_measures(
        make_assets(people=0), wards=[BRAMHALL_NORTH, BREDBURY], boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    assert area_figures(whole)["categories"][0]["count"] == "7"


def test_map_classes_leave_withheld_wards_out_and_say_why() -> None:
    result = classify(
        [0.0, 2.0, float("nan"), 9.0], "equal_interval", 2, withheld=[False, False, True, False]
    )
    assert result.classes[2] == -2 and result.colour_of(2) == WITHHELD_COLOUR
    assert (WITHHELD_COLOUR, privacy.WITHHELD_LABEL) in result.legend(lambda v: f"{v:.1f}")
    for key in ("count", "per1000", "shannon"):
        analysis = analyse(
            make_assets(),
            options(area="Stockport", measure=key),
            boundaries=gm_boundaries(),
            people=NO_PEOPLE,
        )
        index = list(analysis.frame.index).index(BRAMHALL_NORTH)
        assert analysis.classes.colour_of(index) == WITHHELD_COLOUR, key
        labels = [label for _, label in analysis.legend()]
        assert labels[-1] == privacy.WITHHELD_LABEL
        assert not set(" – ".join(labels).split(" – ")) & giveaways(), (key, labels)
    reach = analyse(
        make_assets(),
        options(area="Stockport", measure="reach"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert not any(c == -2 for c in reach.classes.classes)  # reach never includes people


@pytest.mark.parametrize("categories", [None, [PEOPLE], [PEOPLE, "associations"]])
@pytest.mark.parametrize("key", list(MEASURES))
def test_no_layer_hover_or_chart_figure_gives_the_people_away(categories, key: str) -> None:
    analysis = analyse(
        make_assets(),
        options(area="Stockport", measure=key, categories=categories),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    layer = abundance_layer(
        make_assets(),
        area="Stockport",
        measure=key,
        categories=categories,
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    charts = chart_data_from(analysis)
    ward = layer["wards"][BRAMHALL_NORTH]
    values = [ward["value"], *(value for _, value in ward["figures"])]
    assert not set(values) & giveaways(), values
    if key in ("count", "per1000", "shannon"):
        assert ward["value"] == privacy.WITHHELD_TEXT and ward["colour"] == WITHHELD_COLOUR
    assert ward["figures"][-1] == [privacy.WITHHELD_TEXT, privacy.WITHHELD_LABEL]
    rows = {row["code"]: row for row in charts["wards"]["bars"]}
    if key in ("count", "per1000", "shannon"):
        assert rows[BRAMHALL_NORTH]["value"] is None
        assert rows[BRAMHALL_NORTH]["shown"] == privacy.WITHHELD_TEXT
        assert charts["wards"]["bars"].index(rows[BRAMHALL_NORTH]) > 0  # not ranked above the others
    bars = {bar["code"]: bar for bar in charts["categories"]["bars"]}
    assert bars[PEOPLE]["value"] is None and bars[PEOPLE]["shown"] == privacy.WITHHELD_TEXT
    # The area count leaves the people out, so it equals the groups charted and nothing more.
    groups = sum(int(bar["value"]) for code, bar in bars.items() if code != PEOPLE)
    assert layer["counted"] == charts["counted"] == (groups if categories != [PEOPLE] else None)
    assert layer["empty"] is False and charts["notes"][0] == privacy.WITHHELD_NOTE
    text = json.dumps([layer, charts], ensure_ascii=False, allow_nan=False)
    for count in ("16", "10", "5"):
        assert f'"counted": {count}' not in text


def test_what_was_counted_is_worded_without_the_people() -> None:
    analysis = analyse(make_assets(), options(area="Stockport"), boundaries=gm_boundaries(), people=NO_PEOPLE)
    assert counted_in_area(analysis) == 6
    wording = counted_wording(analysis)
    assert wording.startswith("6 places and groups counted in 21 wards of Stockport")
    only = analyse(
        make_assets(),
        options(area="Stockport", categories=[PEOPLE]),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert counted_in_area(only) is None
    assert counted_wording(only).startswith("People's gifts and skills counted in 21 wards")
    exact = analyse(
        make_assets(people=5), options(area="Stockport"), boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    assert counted_wording(exact) == "18 assets counted in 21 wards of Stockport."


def _strings(value: object) -> list[str]:
    """Every string in a section of the report's data: what its page prints."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_the_report_withholds_the_ward_row_the_totals_row_and_the_atlas_page() -> None:
    document = build_report(
        make_assets(),
        ReportOptions(area="Stockport", measure="per1000"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    sections = {s["kind"]: s for s in document.data["sections"] if s["kind"] != "ward"}
    summary = sections["summary"]
    row = next(r for r in summary["rows"] if r["name"] == "Bramhall North")
    # Residents, assets, 6 categories (people first), per 1,000, categories present, Shannon, reach.
    cells = row["cells"]
    assert cells[1] == "*" and cells[2] == "<5" and cells[3] == "2"
    assert cells[8] == "*" and cells[10] == "*"
    totals = summary["totals"]["cells"]
    assert totals[1] == "6\u2020" and totals[2] == "*" and totals[3] == "6"
    assert totals[8].endswith("\u2020")
    assert privacy.WITHHELD_NOTE in summary["notes"] and privacy.PEOPLE_LEFT_OUT_NOTE in summary["notes"]
    page = next(s for s in document.data["sections"] if s["kind"] == "ward" and s["code"] == "E05015014")
    assert page["figures"][0] == ["*", "assets"]
    assert page["withheld_note"] == privacy.WITHHELD_NOTE
    words = set(" ".join(_strings(page)).split())
    assert not words & (giveaways() - {"5"}), "a rate or index that gives the people away"
    # The overview's key figures and the charts leave the people out too.
    overview = sections["overview"]
    assert overview["figures"][0] == ["6\u2020", "places and groups"]
    assert "taking the other categories away" in document.text()  # the methods page explains it
    assert privacy.WITHHELD_LABEL in [label for _colour, label in overview["legend"]]  # and the legend


def test_the_html_map_and_the_map_sheet_withhold_the_same_figures() -> None:
    page = build_html_map(
        make_assets(),
        ReportOptions(area="Stockport", measure="count"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    data = json.loads(re.search(r'id="assetmap-data">(.*?)</script>', page, re.S).group(1))
    figures = data["figures"][BRAMHALL_NORTH]
    assert figures["total"] == figures["per1000"] == figures["shannon"] == "*"
    assert figures["withheld"] is True
    assert not {v for v in figures.values() if isinstance(v, str)} & giveaways()
    colours = {f["properties"]["code"]: f["properties"]["colour"] for f in data["wards"]["features"]}
    assert colours[BRAMHALL_NORTH] == WITHHELD_COLOUR
    assert {"colour": WITHHELD_COLOUR, "label": privacy.WITHHELD_LABEL} in data["legend"]
    assert '"5"' not in json.dumps(data["legend"])
    sheet = build_map_sheet(
        make_assets(),
        ReportOptions(area="Stockport", measure="count"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    legend = sheet.data["legend"]["entries"]  # type: ignore[index]
    assert {"colour": WITHHELD_COLOUR, "label": privacy.WITHHELD_LABEL} in legend
    assert WITHHELD_COLOUR in sheet.svg
    assert '"5"' not in json.dumps(legend)


def test_the_methods_page_explains_the_rule_in_plain_words() -> None:
    analysis = analyse(make_assets(), options(area="Stockport"), boundaries=gm_boundaries(), people=NO_PEOPLE)
    paragraphs = dict(methods_context(analysis)["measures"])
    text = paragraphs["People's gifts and skills"]
    for words in ("taking the other categories away", "1 to 4", "\u201c*\u201d", "places and groups only"):
        assert words in text, words
