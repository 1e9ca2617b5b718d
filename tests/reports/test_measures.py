"""Abundance measures on a hand-checked fixture: three real postcodes and assets at known distances."""

from __future__ import annotations

import math
import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Transformer

from assetmap.geo.boundaries import gm_boundaries
from assetmap.geo.postcodes import PostcodeIndex
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset
from assetmap.reports.classify import NO_DATA_COLOUR, classify, palette
from assetmap.reports.measures import (
    MEASURES,
    compute_measures,
    reached_postcodes,
    shannon_index,
    ward_figures,
)
from assetmap.reports.selection import ReportInputError, resolve_area, resolve_categories, resolve_tier

WARD = "E05015014"
# Three real postcodes far apart (Wigan, Stockport, Oldham), all filed under one ward for the fixture, so
# each asset is near exactly one of them.
POSTCODES = ("WN1 1XL", "SK7 2BE", "OL1 1AA")
TO_BNG = Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True)
TO_WGS = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)


def _postcodes() -> pd.DataFrame:
    frame = PostcodeIndex.for_gm().frame
    present = [p for p in POSTCODES if p in frame.index]
    assert present == list(POSTCODES), "fixture postcodes missing from the bundled data"
    rows = frame.loc[list(POSTCODES), ["lon", "lat"]].reset_index()
    rows["ward_code"] = WARD
    return rows


def _offset(postcode_row: pd.Series, east_m: float, north_m: float) -> tuple[float, float]:
    x, y = TO_BNG.transform(postcode_row["lon"], postcode_row["lat"])
    return TO_WGS.transform(x + east_m, y + north_m)


def _asset(i: int, category: str, where: tuple[float, float], **extra: object) -> Asset:
    return Asset(
        id=f"a{i}", name=f"Asset {i}", category=category, lon=where[0], lat=where[1], ward_code=WARD, **extra
    )


@pytest.fixture
def fixture_assets() -> tuple[list[Asset], pd.DataFrame]:
    pcs = _postcodes()
    p1, p2, p3 = (pcs.iloc[i] for i in range(3))
    assets = [
        _asset(1, "associations", _offset(p1, 500, 0), subcategory="Faith group"),  # reaches P1
        _asset(2, "physical_spaces", _offset(p2, 0, 1000), subcategory="Green space"),  # 1,000 m: too far
        _asset(3, "physical_spaces", _offset(p3, 0, -790), subcategory="Green space"),  # 790 m: reaches P3
        _asset(4, "physical_spaces", _offset(p2, 100, 0), visibility="private"),  # never counts
        _asset(5, "associations", _offset(p2, 0, 300), visibility="partners"),  # partners tier only
        _asset(6, "institutions", _offset(p2, 50, 0), status="draft"),  # drafts never count
        _asset(7, "gifts_skills", _offset(p2, 0, 50)),  # a person: counted, never used for reach
    ]
    return assets, pcs


def test_counts_per_1000_and_reach_match_the_hand_worked_fixture(fixture_assets) -> None:
    assets, pcs = fixture_assets
    # Precondition, checked by hand: each postcode is tens of km from the others.
    xy = np.array(TO_BNG.transform(pcs["lon"].to_numpy(), pcs["lat"].to_numpy())).T
    assert min(np.hypot(*(xy[i] - xy[j])) for i, j in ((0, 1), (0, 2), (1, 2))) > 10_000

    frame = compute_measures(
        assets,
        wards=[WARD],
        postcodes=pcs,
        population={WARD: 2000},
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    row = frame.loc[WARD]
    # Public tier: assets 1, 2, 3 and the person (7) count; private, partner and draft do not.
    assert row["count_associations"] == 1
    assert row["count_physical_spaces"] == 2
    assert row["count_gifts_skills"] == 1
    # One person: every figure that includes them is withheld (1 to 4 individuals).
    assert bool(row["withheld"])
    assert math.isnan(row["total"]) and math.isnan(row["per1000"]) and math.isnan(row["shannon"])
    # P1 (500 m) and P3 (790 m) are reached; P2 only by the private asset and the person, which do not count.
    assert row["postcodes"] == 3
    assert row["postcodes_reached"] == 2
    assert row["reach"] == pytest.approx(2 / 3)
    assert row["categories_present"] == 3

    # Four more people make five: now shown exactly, and the hand-worked figures include them.
    person = (assets[6].lon, assets[6].lat)
    more = [_asset(20 + i, "gifts_skills", person) for i in range(4)]
    row = compute_measures(
        [*assets, *more],
        wards=[WARD],
        postcodes=pcs,
        population={WARD: 2000},
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    ).loc[WARD]
    assert not bool(row["withheld"])
    assert row["total"] == 8
    assert row["per1000"] == pytest.approx(8 / 2000 * 1000)  # 4.0
    # Groups: associations/Faith group 1, physical_spaces/Green space 2, gifts_skills/(none) 5 → H.
    expected_h = -sum(p * math.log(p) for p in (1 / 8, 2 / 8, 5 / 8))
    assert row["shannon"] == pytest.approx(expected_h)
    assert row["reach"] == pytest.approx(2 / 3)  # people never add reach

    # Without people among the categories nothing is withheld.
    places = ["associations", "physical_spaces"]
    row = compute_measures(
        assets,
        wards=[WARD],
        categories=places,
        postcodes=pcs,
        population={WARD: 2000},
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    ).loc[WARD]
    assert not bool(row["withheld"])
    assert row["total"] == 3
    assert row["per1000"] == pytest.approx(1.5)
    assert row["shannon"] == pytest.approx(-sum(p * math.log(p) for p in (1 / 3, 2 / 3)))


def test_partner_tier_adds_partner_assets_and_their_reach(fixture_assets) -> None:
    assets, pcs = fixture_assets
    places = ["associations", "physical_spaces", "institutions"]
    frame = compute_measures(
        assets,
        wards=[WARD],
        categories=places,
        tier="partners",
        postcodes=pcs,
        population={WARD: 2000},
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    row = frame.loc[WARD]
    assert row["total"] == 4
    assert row["per1000"] == pytest.approx(2.0)
    assert row["reach"] == pytest.approx(1.0)  # the partner asset 300 m from P2


def test_a_shorter_walk_reaches_fewer_postcodes(fixture_assets) -> None:
    assets, pcs = fixture_assets
    frame = compute_measures(
        assets,
        wards=[WARD],
        walk_m=600,
        postcodes=pcs,
        population={WARD: 2000},
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert frame.loc[WARD, "postcodes_reached"] == 1  # only P1 at 500 m


def test_chosen_categories_limit_what_counts(fixture_assets) -> None:
    assets, pcs = fixture_assets
    frame = compute_measures(
        assets,
        wards=[WARD],
        categories="physical_spaces",
        postcodes=pcs,
        population={WARD: 2000},
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert frame.loc[WARD, "total"] == 2
    assert frame.loc[WARD, "postcodes_reached"] == 1  # P3 only
    assert list(frame.attrs["categories"]) == ["physical_spaces"]


def test_three_individuals_show_as_fewer_than_five(fixture_assets) -> None:
    assets, pcs = fixture_assets
    people = [_asset(10 + i, "gifts_skills", (assets[0].lon, assets[0].lat)) for i in range(2)]
    frame = compute_measures(
        [*assets, *people],
        wards=[WARD],
        postcodes=pcs,
        population={WARD: 2000},
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    assert frame.loc[WARD, "count_gifts_skills"] == 3
    figures = ward_figures(frame, WARD)
    shown = {c["code"]: c["count"] for c in figures["categories"]}
    assert shown["gifts_skills"] == "<5"
    assert shown["associations"] == "1"  # other categories are exact


def test_real_data_per_1000_uses_the_bundled_population() -> None:
    from assetmap.geo.boundaries import ward_population

    assets = [_asset(i, "associations", (-2.17, 53.365)) for i in range(7)]
    frame = compute_measures(assets, wards="Stockport", boundaries=gm_boundaries(), people=NO_PEOPLE)
    population = ward_population().loc[WARD, "population"]
    assert len(frame) == 21
    assert frame.loc[WARD, "per1000"] == pytest.approx(7 / population * 1000)
    assert frame.loc[WARD, "postcodes"] > 100


def test_shannon_index_is_zero_for_one_kind_and_ln_n_for_n_equal_kinds() -> None:
    assert shannon_index([5]) == 0
    assert shannon_index([]) == 0
    assert shannon_index([3, 3, 3, 3]) == pytest.approx(math.log(4))


def test_areas_resolve_districts_wards_and_all_of_gm() -> None:
    assert len(resolve_area("Stockport", boundaries=gm_boundaries()).ward_codes) == 21
    assert len(resolve_area("e08000007", boundaries=gm_boundaries()).ward_codes) == 21
    assert len(resolve_area(None, boundaries=gm_boundaries()).ward_codes) == 215
    assert resolve_area("Bramhall North, E05015015", boundaries=gm_boundaries()).ward_codes == (
        "E05015014",
        "E05015015",
    )
    with pytest.raises(ReportInputError, match="Stockport"):
        resolve_area("Stockprt", boundaries=gm_boundaries())
    with pytest.raises(ReportInputError, match="Manor"):
        resolve_area("Manor", boundaries=gm_boundaries())  # two districts have a Manor ward


def test_unknown_categories_and_private_tier_are_refused_with_the_choices() -> None:
    with pytest.raises(ReportInputError, match="physical_spaces"):
        resolve_categories("parks")
    with pytest.raises(ReportInputError, match="never included"):
        resolve_tier("private")


def test_classes_are_sequential_darker_for_more_and_never_red() -> None:
    result = classify([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, float("nan")], "quantiles", 5)
    assert result.classes[0] == 0 and result.classes[9] == result.k - 1
    assert result.colour_of(10) == NO_DATA_COLOUR
    for k in range(1, 8):
        for colour in palette(k):
            r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
            assert not (r > 180 and g < 120 and b < 120), colour
        lightness = [sum(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in palette(k)]
        assert lightness == sorted(lightness, reverse=True)


@pytest.mark.parametrize("scheme", ["quantiles", "natural_breaks", "equal_interval"])
def test_every_scheme_classifies_every_value(scheme: str) -> None:
    values = [0.1, 0.5, 0.9, 2.0, 3.3, 1.2, 0.4, 5.0]
    result = classify(values, scheme, 4)
    assert all(0 <= c < result.k for c in result.classes)
    assert result.bins[-1] >= max(values)


def test_measure_wording_is_about_strengths() -> None:
    for m in MEASURES.values():
        assert not any(word in m.label.lower() for word in ("deficit", "need", "gap", "lack"))


def test_reach_counts_a_postcode_within_the_walk_edge_included_as_shapely_does() -> None:
    rng = np.random.default_rng(7)
    assets = rng.uniform(0, 5_000, (400, 2))
    postcodes = np.vstack(
        [
            rng.uniform(-500, 5_500, (3_000, 2)),
            assets[:5] + np.array([800.0, 0.0]),  # exactly the walk away from an asset
            [[-10_000.0, -10_000.0]],  # far from every asset
        ]
    )
    reached = reached_postcodes(postcodes, assets, 800)
    tree = shapely.STRtree(shapely.points(assets))
    hits, _ = tree.query(shapely.points(postcodes), predicate="dwithin", distance=800.0)
    expected = np.zeros(len(postcodes), dtype=bool)
    expected[np.unique(hits)] = True
    assert reached.tolist() == expected.tolist()
    assert reached[-6:-1].all() and not reached[-1]
    assert reached_postcodes(postcodes, np.empty((0, 2)), 800).tolist() == [False] * len(postcodes)


@pytest.mark.parametrize("k", [2, 3, 5, 7])
def test_quantile_and_equal_interval_breaks_match_mapclassify(k: int) -> None:
    import mapclassify

    from assetmap.reports.classify import equal_interval_breaks, quantile_breaks

    rng = np.random.default_rng(k)
    for values in (
        rng.gamma(2.0, 3.0, 215),
        np.round(rng.uniform(0, 10, 215)),  # many ties
        np.array([0.0] * 100 + [1.0] * 100 + [5.0, 7.5, 9.0]),
    ):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            expected_q = mapclassify.Quantiles(values, k=k).bins
            expected_e = mapclassify.EqualInterval(values, k=k).bins
        np.testing.assert_allclose(quantile_breaks(values, k), expected_q)
        np.testing.assert_allclose(equal_interval_breaks(values, k), expected_e)


@pytest.mark.parametrize("k", [2, 3, 5, 7])
def test_natural_breaks_match_mapclassify_fisher_jenks(k: int) -> None:
    import mapclassify

    from assetmap.reports.classify import fisher_jenks_breaks

    rng = np.random.default_rng(100 + k)
    cases = [
        rng.gamma(2.0, 3.0, 215),
        np.round(rng.uniform(0, 10, 215)),  # many ties
        np.array([0.0] * 100 + [1.0] * 100 + [5.0, 7.5, 9.0, 11.0, 14.0, 20.0, 21.0]),
        rng.lognormal(1.0, 1.2, 60),
        np.arange(k, dtype=float),  # exactly k distinct values
    ]
    cases += [np.round(rng.exponential(4.0, int(n)), 1) for n in rng.integers(k + 3, 120, 25)]
    for values in cases:
        if np.unique(values).size < k:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            expected = mapclassify.FisherJenks(values, k=k).bins
        np.testing.assert_array_equal(fisher_jenks_breaks(values, k), expected)


def test_maps_of_every_scheme_are_classified_without_loading_mapclassify() -> None:
    probe = (
        "import sys; from assetmap.reports.classify import classify; "
        "classify([1.0, 2.0, 3.0, 4.0, 9.0], 'quantiles', 3); "
        "classify([1.0, 2.0, 5.0], 'equal_interval', 2); "
        "classify([1.0, 2.0, 5.0, 8.0, 8.5, 20.0], 'natural_breaks', 3); "
        "print('mapclassify' in sys.modules, 'sklearn' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
