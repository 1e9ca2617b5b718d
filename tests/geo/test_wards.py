"""Ward assignment against the real GM ward boundaries and Code-Point Open postcodes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from assetmap.geo.boundaries import gm_boundaries
from assetmap.geo.wards import WardIndex


@pytest.fixture(scope="module")
def ward_index() -> WardIndex:
    return WardIndex.for_gm()


@pytest.fixture
def postcodes(shared_data: Path) -> pd.DataFrame:
    return pd.read_csv(shared_data / "postcodes" / "gm_postcodes.csv", index_col="postcode")


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
