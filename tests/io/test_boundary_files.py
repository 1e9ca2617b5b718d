"""Boundary files as publishers name them: fields guessed, district codes and missing residents warned of,
and residents joined from a CSV by ward code."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from assetmap.cli import main
from assetmap.io.boundaries import (
    BoundaryError,
    BoundaryFields,
    guess_fields,
    guess_population_columns,
    import_boundaries,
    read_boundaries,
    read_population_csv,
)
from assetmap.io.problems import MappingError
from assetmap.register import Register

BOXES = [shapely.box(-1.60, 53.78, -1.55, 53.82), shapely.box(-1.55, 53.78, -1.50, 53.82)]


def _layer(tmp_path: Path, columns: dict[str, list[str]], name: str = "areas.geojson") -> Path:
    path = tmp_path / name
    gpd.GeoDataFrame(columns, geometry=BOXES, crs="EPSG:4326").to_file(
        path, driver="GeoJSON", engine="pyogrio"
    )
    return path


@pytest.mark.parametrize(
    ("columns", "code", "name"),
    [
        (["FID", "WD24CD", "WD24NM", "WD24NMW", "LAD24CD", "LAD24NM"], "WD24CD", "WD24NM"),
        (["OBJECTID", "wd19cd", "wd19nm"], "wd19cd", "wd19nm"),
        (["area_code", "area_name", "Shape__Area"], "area_code", "area_name"),
        (["Area Code", "Area Name"], "Area Code", "Area Name"),
        (["CODE", "NAME"], "CODE", "NAME"),
        (["LAD23CD", "LAD23NM", "LAD23NMW", "BNG_E"], "LAD23CD", "LAD23NM"),
        (["MSOA21CD", "MSOA21NM", "LAD22CD", "LAD22NM"], "MSOA21CD", "MSOA21NM"),
    ],
)
def test_fields_are_guessed_from_the_names_publishers_use(columns: list[str], code: str, name: str) -> None:
    guess = guess_fields(columns)
    assert (guess["code"], guess["name"]) == (code, name)


def test_a_district_field_is_the_districts_when_ward_fields_are_there() -> None:
    guess = guess_fields(["LAD24NM", "LAD24CD", "WD24CD", "WD24NM"])
    assert guess == {
        "code": "WD24CD",
        "name": "WD24NM",
        "district_code": "LAD24CD",
        "district_name": "LAD24NM",
        "population": None,
    }


def test_district_codes_and_missing_residents_are_warned_of(tmp_path: Path) -> None:
    path = _layer(tmp_path, {"LAD23CD": ["E08000035", "E08000036"], "LAD23NM": ["Leeds", "Wakefield"]})
    wards, notes = read_boundaries(path, BoundaryFields("LAD23CD", "LAD23NM"), name="West Yorkshire")
    assert len(wards) == 2
    assert any("are district codes (E06 to E09), not ward codes (E05)" in n for n in notes)
    assert any("per 1,000 residents will be unavailable" in n and "--population-csv" in n for n in notes)


def test_ward_codes_with_residents_bring_no_warning(tmp_path: Path) -> None:
    path = _layer(tmp_path, {"WD24CD": ["E05099001", "E05099002"], "WD24NM": ["A", "B"], "pop": ["10", "20"]})
    _wards, notes = read_boundaries(path, BoundaryFields("WD24CD", "WD24NM", population="pop"), name="X")
    assert notes == []


def _census_csv(tmp_path: Path) -> Path:
    path = tmp_path / "ts001.csv"
    path.write_text(
        "date,geography,geography code,Residence type: Total; measures: Value\n"
        '2021,Hyde Park,E05099001,"21,004"\n'
        "2021,Headingley,E05099002,19870\n"
        "2021,Elsewhere,E05099999,500\n",
        encoding="utf-8",
    )
    return path


def test_residents_are_joined_from_a_census_csv_by_ward_code(tmp_path: Path) -> None:
    wards_file = _layer(
        tmp_path, {"WD24CD": ["E05099001", "E05099002"], "WD24NM": ["Hyde Park", "Headingley"]}
    )
    residents = read_population_csv(_census_csv(tmp_path))
    assert (residents.code_column, residents.population_column) == (
        "geography code",
        "Residence type: Total; measures: Value",
    )
    target = tmp_path / "r.assetmap"
    with Register.open(target) as register:
        done = import_boundaries(
            register, wards_file, BoundaryFields("WD24CD", "WD24NM"), name="Leeds", residents=residents
        )
        assert register.boundaries().population == {"E05099001": 21004.0, "E05099002": 19870.0}
        assert "ts001.csv" in register.boundaries().population_note
    assert (
        "Residents joined from Residence type: Total; measures: Value in ts001.csv for 2 of 2 wards."
        in done.notes
    )
    assert not any("unavailable" in n for n in done.notes)


def test_a_residents_csv_whose_columns_cannot_be_found_says_which_to_name(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("a,b\nx,1\n", encoding="utf-8")
    assert guess_population_columns(["a", "b"]) == {"code": None, "population": None}
    with pytest.raises(
        MappingError,
        match=r"Name it with --population-code-column \(or choose it in the dialog\); its columns are: a, b",
    ):
        read_population_csv(path)
    with pytest.raises(BoundaryError, match=r"b is not a number of residents on row\(s\) 2"):
        path.write_text("a,b\nE05000001,many\n", encoding="utf-8")
        read_population_csv(path, code_column="a", population_column="b")


def test_the_command_line_joins_residents_and_warns_of_district_codes(tmp_path: Path, capsys) -> None:
    districts = _layer(tmp_path, {"LAD23CD": ["E08000035", "E08000036"], "LAD23NM": ["Leeds", "Wakefield"]})
    target = str(tmp_path / "r.assetmap")
    assert main(["boundaries", "fields", str(districts)]) == 0
    assert "No residents field: per 1,000 residents will be unavailable" in capsys.readouterr().out
    assert main(["boundaries", "import", str(districts), "--register", target, "--name", "WY"]) == 0
    out = capsys.readouterr().out
    assert "district codes (E06 to E09), not ward codes (E05)" in out
    wards = _layer(
        tmp_path, {"WD24CD": ["E05099001", "E05099002"], "WD24NM": ["Hyde Park", "Headingley"]}, "w.json"
    )
    census = tmp_path / "residents.csv"
    census.write_text("ward,people\nE05099001,100\nE05099002,200\n", encoding="utf-8")
    argv = ["boundaries", "import", str(wards), "--register", target, "--name", "Leeds"]
    argv += [
        "--population-csv",
        str(census),
        "--population-code-column",
        "ward",
        "--population-column",
        "people",
    ]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "residents people in residents.csv" in out and "unavailable" not in out
    with Register.open(tmp_path / "r.assetmap") as register:
        assert register.boundaries().population == {"E05099001": 100.0, "E05099002": 200.0}


def test_a_file_of_districts_alone_is_read_as_the_areas_with_a_warning(
    reference_data: Path, tmp_path: Path
) -> None:
    lads = reference_data / "boundaries" / "gm_lads.geojson"
    guess = guess_fields(["lad_code", "lad_name", "centroid_lon", "centroid_lat", "area_m2"])
    assert (guess["code"], guess["name"], guess["district_code"]) == ("lad_code", "lad_name", None)
    fields = BoundaryFields(str(guess["code"]), str(guess["name"]))
    wards, notes = read_boundaries(lads, fields, name="GM districts")
    assert len(wards) == 10
    assert any("10 of the 10 codes in lad_code are district codes" in n for n in notes)


def test_residents_by_another_kind_of_area_are_refused_naming_both_codes(
    reference_data: Path, fixtures: Path, tmp_path: Path
) -> None:
    residents = read_population_csv(fixtures / "gm_lsoa21_population_sample.csv")
    wards = reference_data / "boundaries" / "gm_wards.geojson"
    with pytest.raises(
        BoundaryError, match=r"None of the codes in lsoa21_code .* \(such as E01004766\) is a ward code"
    ):
        read_boundaries(wards, BoundaryFields("ward_code", "ward_name"), name="GM", residents=residents)


def test_a_ward_with_na_residents_has_no_figure_rather_than_stopping_the_import(tmp_path: Path) -> None:
    path = _layer(tmp_path, {"WD24CD": ["E05099001", "E05099002"], "WD24NM": ["A", "B"], "pop": ["NA", "20"]})
    wards, notes = read_boundaries(path, BoundaryFields("WD24CD", "WD24NM", population="pop"), name="X")
    assert wards["population"].isna().tolist() == [True, False]
    assert notes == ["1 ward(s) have no residents' figure; their per 1,000 residents is unavailable."]
