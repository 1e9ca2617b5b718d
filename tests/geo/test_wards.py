"""Ward assignment against the real GM ward boundaries and Code-Point Open postcodes."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from assetmap.geo.boundaries import gm_boundaries
from assetmap.geo.wards import WardIndex


@pytest.fixture(scope="module")
def ward_index() -> WardIndex:
    return WardIndex.for_gm()


@pytest.fixture
def postcodes(reference_data: Path) -> pd.DataFrame:
    return pd.read_csv(reference_data / "postcodes" / "gm_postcodes.csv", index_col="postcode")


def test_m1_1ad_lies_in_the_ward_the_postcode_data_gives(
    ward_index: WardIndex, postcodes: pd.DataFrame
) -> None:
    place = postcodes.loc["M1 1AD"]

    ward = ward_index.ward_of(place["lon"], place["lat"])

    assert ward == place["ward_code"]
    assert gm_boundaries().ward_names[ward] == "Deansgate"


def test_wards_agree_with_code_point_for_a_sample_of_real_postcodes(
    ward_index: WardIndex, postcodes: pd.DataFrame
) -> None:
    sample = postcodes.sample(5_000, random_state=2025)

    wards = ward_index.assign(sample["lon"].to_numpy(), sample["lat"].to_numpy())

    agreement = np.mean(wards == sample["ward_code"].to_numpy())
    assert agreement >= 0.995, f"only {agreement:.2%} agree"


def test_points_outside_greater_manchester_or_without_a_place_get_no_ward(ward_index: WardIndex) -> None:
    lons = [-3.6, -0.1276, np.nan, -2.2374]
    lats = [53.8, 51.5072, 53.48, np.nan]

    assert list(ward_index.assign(lons, lats)) == [None, None, None, None]
    assert ward_index.ward_of(None, None) is None


def test_every_gm_ward_can_be_assigned(ward_index: WardIndex) -> None:
    wards = gm_boundaries().wards
    inside = wards.geometry.representative_point()

    assigned = ward_index.assign(inside.x.to_numpy(), inside.y.to_numpy())

    assert len(wards) == 215
    assert list(assigned) == list(wards["ward_code"])


def test_wards_must_be_in_longitude_and_latitude() -> None:
    with pytest.raises(ValueError, match="WGS84"):
        WardIndex(gm_boundaries().wards.to_crs("EPSG:27700"))


def _within_query(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    """What a plain STRtree ``within`` query gives: the ward whose interior holds each point."""
    wards = gm_boundaries().wards
    tree = shapely.STRtree(wards.geometry.to_numpy())
    point_idx, ward_idx = tree.query(shapely.points(lons, lats), predicate="within")
    expected = np.full(len(lons), None, dtype=object)
    expected[point_idx] = wards["ward_code"].to_numpy(dtype=object)[ward_idx]
    return expected


def test_bulk_assignment_equals_a_strtree_within_query_on_100k_random_points(ward_index: WardIndex) -> None:
    rng = np.random.default_rng(7)
    minx, miny, maxx, maxy = gm_boundaries().wards.total_bounds
    # A box a little larger than GM, so some points fall outside every ward; a few have no location.
    lons = rng.uniform(minx - 0.05, maxx + 0.05, 100_000)
    lats = rng.uniform(miny - 0.05, maxy + 0.05, 100_000)
    lons[::997] = np.nan
    lats[::1009] = np.nan

    assigned = ward_index.assign(lons, lats)

    expected = _within_query(lons, lats)
    assert np.array_equal(assigned, expected)
    assert any(code is None for code in expected) and any(code is not None for code in expected)


def test_small_and_large_batches_agree(ward_index: WardIndex) -> None:
    rng = np.random.default_rng(8)
    minx, miny, maxx, maxy = gm_boundaries().wards.total_bounds
    lons = rng.uniform(minx, maxx, 5_000)
    lats = rng.uniform(miny, maxy, 5_000)

    whole = ward_index.assign(lons, lats)
    one_by_one = [ward_index.ward_of(lon, lat) for lon, lat in zip(lons[:200], lats[:200], strict=True)]

    assert list(whole[:200]) == one_by_one
    assert np.array_equal(ward_index.assign(lons[:100], lats[:100]), whole[:100])


def test_a_point_on_a_shared_ward_edge_gets_one_of_the_wards_that_touch_it(ward_index: WardIndex) -> None:
    wards = gm_boundaries().wards
    first, second = _two_neighbours(wards)
    shared = shapely.intersection(first.geometry, second.geometry)
    corner = shapely.get_coordinates(shared)[0]
    touching = {first.ward_code, second.ward_code}

    # No ward's interior holds it, so a ``within`` query leaves it out; here it still gets a ward.
    assert _within_query(corner[:1], corner[1:])[0] is None
    assert ward_index.ward_of(corner[0], corner[1]) in touching
    many = ward_index.assign(np.full(2_000, corner[0]), np.full(2_000, corner[1]))
    assert set(many) == {ward_index.ward_of(corner[0], corner[1])}


def _two_neighbours(wards: gpd.GeoDataFrame) -> tuple[pd.Series, pd.Series]:
    first = wards.iloc[0]
    for _, other in wards.iloc[1:].iterrows():
        if shapely.intersects(first.geometry, other.geometry):
            return first, other
    raise AssertionError("ward 0 has no neighbour")
