"""The demo register built from the 4,211 real Greater Manchester assets."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from assetmap import demo, paths
from assetmap.errors import AssetMapError, DataFileError
from assetmap.register import Asset, Register
from assetmap.register.categories import ABCD_CATEGORIES


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Asset], list[tuple[int, int]]]:
    """The assets of one demo register, built once for this module, and the progress it reported."""
    folder = tmp_path_factory.mktemp("demo")
    calls: list[tuple[int, int]] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ASSETMAP_HOME", str(folder / "home"))
        with demo.build_demo_register(
            folder / "demo.assetmap", progress=lambda *a: calls.append(a)
        ) as register:
            return register.assets(include_removed=True), calls


@pytest.fixture(scope="module")
def source() -> pd.DataFrame:
    return pd.read_csv(demo.demo_assets_file(), dtype=str, keep_default_na=False)


def _by_source(assets: list[Asset], source: pd.DataFrame) -> dict[str, list[Asset]]:
    """Demo assets grouped by the category their source record had (matched through the stable id)."""
    by_id = {a.id: a for a in assets}
    groups: dict[str, list[Asset]] = {}
    for row in source.itertuples():
        groups.setdefault(row.category, []).append(by_id[demo.demo_asset_id(row.asset_id)])
    return groups


def test_the_demo_holds_all_4211_real_assets(demo_register, source: pd.DataFrame) -> None:
    assets, progress = demo_register

    assert len(source) == len(assets) == 4_211
    assert progress == [(0, 4_211), (4_211, 4_211)]
    assert all(a.visibility == "public" and a.status == "active" for a in assets)
    assert all(a.recorded_by == "Demo data" and not a.is_removed for a in assets)


def test_every_source_category_has_one_abcd_placement(source: pd.DataFrame) -> None:
    seeds = {seed.code: seed.subcategories for seed in ABCD_CATEGORIES}
    placed = [p.source_category for p in demo.PLACEMENTS]

    assert sorted(placed) == sorted(set(placed)) == sorted(source["category"].unique())
    for placement in demo.PLACEMENTS:
        assert placement.subcategory in seeds[placement.category], placement
        assert placement.why


@pytest.mark.parametrize(
    ("source_category", "category", "subcategory"),
    [
        ("library", "institutions", "Library"),
        ("community_venue", "physical_spaces", "Community venue"),
        ("place_of_worship", "associations", "Faith group"),
        ("green_space", "physical_spaces", "Green space"),
        ("allotment", "physical_spaces", "Allotment"),
        ("pharmacy", "institutions", "Health"),
        ("post_office", "institutions", "Post office"),
        ("sports_facility", "physical_spaces", "Sports facility"),
    ],
)
def test_each_source_category_lands_in_its_abcd_category(
    demo_register, source: pd.DataFrame, source_category: str, category: str, subcategory: str
) -> None:
    group = _by_source(demo_register[0], source)[source_category]

    assert group
    assert {(a.category, a.subcategory) for a in group} == {(category, subcategory)}


def test_every_demo_asset_keeps_its_source_visible(demo_register, source: pd.DataFrame) -> None:
    for key, group in _by_source(demo_register[0], source).items():
        keys = source.loc[source["category"] == key, "source_key"].unique()
        assert len(keys) == 1
        assert all(a.tags == ("demo", keys[0]) for a in group)
        assert all(a.description and "Source:" in a.description for a in group)


def test_unnamed_records_get_a_plain_unnamed_name(demo_register, source: pd.DataFrame) -> None:
    by_id = {a.id: a for a in demo_register[0]}
    unnamed = source[source["name"] == ""]

    names = [by_id[demo.demo_asset_id(row.asset_id)].name for row in unnamed.itertuples()]

    assert len(names) == 1_111
    assert all("(unnamed)" in name for name in names)
    assert Counter(name.split(" (unnamed)")[0] for name in names) == {
        "Place of worship": 458,
        "Post office": 339,
        "Green space": 314,
    }
    named = source[source["name"] != ""]
    assert all(by_id[demo.demo_asset_id(row.asset_id)].name == row.name for row in named.itertuples())


def test_wards_are_assigned_to_nearly_every_demo_asset_as_the_source_gives(demo_register, source) -> None:
    by_id = {a.id: a for a in demo_register[0]}
    wards = [by_id[demo.demo_asset_id(row.asset_id)].ward_code for row in source.itertuples()]

    assert sum(w is not None for w in wards) >= 0.995 * len(wards)
    assert sum(w == expected for w, expected in zip(wards, source["ward_code"], strict=True)) >= 0.995 * len(
        wards
    )


def test_the_demo_never_overwrites_an_existing_register(tmp_path: Path) -> None:
    path = tmp_path / "mine.assetmap"
    with Register.open(path) as register:
        register.add_asset(name="My own asset", category="associations")

    with pytest.raises(AssetMapError, match="already exists") as refused:
        demo.build_demo_register(path)

    assert str(path) in str(refused.value)
    with Register.open(path) as register:
        assert [a.name for a in register.assets()] == ["My own asset"]


def test_a_missing_demo_file_is_a_clear_data_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "data"
    (empty / "demo").mkdir(parents=True)
    monkeypatch.setattr(paths, "reference_data_dir", lambda: empty)

    with pytest.raises(DataFileError, match=r"is missing\. Reinstall AssetMap"):
        demo.build_demo_register(tmp_path / "demo.assetmap")
    assert not (tmp_path / "demo.assetmap").exists()


def test_a_damaged_demo_file_is_a_clear_data_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo.demo_assets_file().parent, data / "demo")
    frame = pd.read_csv(data / "demo" / "gm_community_assets.csv", dtype=str, keep_default_na=False)
    frame.drop(columns="lon").to_csv(data / "demo" / "gm_community_assets.csv", index=False)
    monkeypatch.setattr(paths, "reference_data_dir", lambda: data)

    with pytest.raises(DataFileError, match="has no column 'lon'"):
        demo.build_demo_register(tmp_path / "demo.assetmap")
    assert not (tmp_path / "demo.assetmap").exists()


def _source_row(**values: str) -> dict[str, str]:
    row = dict.fromkeys(demo._ASSET_FIELDS, "")
    row.update(
        asset_id="A09999",
        category="place_of_worship",
        subcategory="place of worship (OS building)",
        lat="53.48",
        lon="-2.24",
        ward_name="Deansgate",
        lad_name="Manchester",
        source_key="os_openmap_local_pow",
    )
    row.update(values)
    return row


def test_an_unnamed_record_is_named_by_its_kind_and_address_never_an_invented_name() -> None:
    sources = pd.DataFrame(columns=demo._SOURCE_FIELDS)
    frame = pd.DataFrame([_source_row(address="1 Church Street, Bolton"), _source_row(asset_id="A09998")])

    first, second = demo.demo_records(frame, sources)

    assert first["name"] == "Place of worship (unnamed), 1 Church Street, Bolton"
    assert second["name"] == "Place of worship (unnamed) in Deansgate, Manchester"


def test_a_source_category_missing_from_the_table_is_refused() -> None:
    frame = pd.DataFrame([_source_row(category="food_bank")])

    with pytest.raises(DataFileError, match="'food_bank'"):
        demo.demo_records(frame, pd.DataFrame(columns=demo._SOURCE_FIELDS))
