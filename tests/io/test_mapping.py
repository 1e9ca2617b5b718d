"""The first guess at a column mapping, telling coordinates apart, and saving a mapping for reuse."""

from __future__ import annotations

from pathlib import Path

import pyproj
import pytest

from assetmap.io.category_values import CategoryChoice, guess_category
from assetmap.io.mapping import ColumnMapping, guess_mapping
from assetmap.io.problems import MappingError
from assetmap.io.source import open_source
from tests.io.conftest import import_file


def _csv(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_guess_finds_fields_by_common_header_names(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "Organisation,Type,About,Post Code,E-mail,Telephone,Web,Longitude,Latitude\n"
        "Group,club,Fun,M1 1AD,a@b.org,0161,example.org,-2.2,53.4\n",
    )
    mapping = guess_mapping(open_source(path))
    assert mapping.fields == {
        "name": "Organisation",
        "category": "Type",
        "description": "About",
        "postcode": "Post Code",
        "contact_email": "E-mail",
        "contact_phone": "Telephone",
        "website": "Web",
    }
    assert (mapping.coordinates, mapping.x_column, mapping.y_column) == ("lonlat", "Longitude", "Latitude")
    assert mapping.categories == {"club": CategoryChoice("associations", "Sports club")}


def test_x_and_y_columns_are_told_apart_by_their_values(tmp_path: Path, register) -> None:
    grid = _csv(tmp_path, "name,x,y\nHall,383900,398100\n", "grid.csv")
    degrees = _csv(tmp_path, "name,x,y\nHall,-2.2374,53.4808\n", "degrees.csv")
    assert guess_mapping(open_source(grid)).coordinates == "eastnorth"
    assert guess_mapping(open_source(degrees)).coordinates == "lonlat"
    import_file(register, grid, default_category="associations")
    asset = register.assets()[0]
    expected = pyproj.Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True).transform(
        383900, 398100
    )
    assert (asset.lon, asset.lat) == pytest.approx(expected, abs=1e-9)


def test_lat_and_lon_headers_swapped_by_mistake_are_read_by_value(tmp_path: Path) -> None:
    path = _csv(tmp_path, "name,lat,lon\nHall,-2.2374,53.4808\n")
    mapping = guess_mapping(open_source(path))
    assert (mapping.x_column, mapping.y_column) == ("lat", "lon")


def test_a_wkt_geometry_column_is_read(tmp_path: Path, register) -> None:
    path = _csv(
        tmp_path,
        'name,geometry\nPark,"POLYGON ((-2.25 53.47, -2.24 53.47, -2.24 53.48, -2.25 53.48, -2.25 53.47))"\n',
    )
    mapping = guess_mapping(open_source(path))
    assert mapping.coordinates == "wkt"
    import_file(register, path, default_category="physical_spaces")
    asset = register.assets()[0]
    assert -2.25 < asset.lon < -2.24 and 53.47 < asset.lat < 53.48


def test_mapping_saved_as_json_is_reused(tmp_path: Path, register) -> None:
    path = _csv(tmp_path, "Title,Kind,E,N\nHall,Our venues,383900,398100\n")
    table = open_source(path)
    mapping = guess_mapping(table)
    assert mapping.categories == {"Our venues": CategoryChoice("physical_spaces", "Community venue")}
    mapping.categories["Our venues"] = CategoryChoice("culture_stories", "Arts")
    saved = tmp_path / "mapping.json"
    mapping.save(saved)
    again = ColumnMapping.load(saved)
    assert again == mapping
    import_file(register, path, mapping=again)
    assert (register.assets()[0].category, register.assets()[0].subcategory) == ("culture_stories", "Arts")


def test_a_damaged_mapping_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "mapping.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(MappingError, match="not a column mapping saved by AssetMap"):
        ColumnMapping.load(path)
    path.write_text('{"fields": {"colour": "C"}}', encoding="utf-8")
    with pytest.raises(MappingError, match="'colour', which is not a field"):
        ColumnMapping.load(path)


def test_a_mapping_naming_a_missing_column_is_refused(tmp_path: Path, register) -> None:
    path = _csv(tmp_path, "name\nHall\n")
    with pytest.raises(MappingError, match="has no column 'Title'"):
        import_file(register, path, mapping=ColumnMapping(fields={"name": "Title"}))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("associations", CategoryChoice("associations")),
        ("Associations and groups", CategoryChoice("associations")),
        ("library", CategoryChoice("institutions", "Library")),
        ("place_of_worship", CategoryChoice("associations", "Faith group")),
        ("Green Space", CategoryChoice("physical_spaces", "Green space")),
        ("Food bank", CategoryChoice("local_economy", "Food bank or pantry")),
        ("Allotmnet", CategoryChoice("physical_spaces", "Allotment")),
        ("xyzzy", None),
    ],
)
def test_category_values_are_placed_on_abcd(value: str, expected: CategoryChoice | None) -> None:
    assert guess_category(value) == expected
