"""Lists in the shapes councils and open-data portals publish them import right the first time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assetmap.cli.exchange import add_io_commands
from assetmap.io.category_values import CategoryChoice, guess_category
from assetmap.io.mapping import apply_overrides, guess_mapping
from assetmap.io.problems import MappingError
from assetmap.io.source import open_source
from tests.io.conftest import import_file, preview_file

# Seven Manchester libraries as a council publishes them: an easting/northing pair, a ward column before
# the name column, and "NA" where a branch has no email.
LIBRARIES = (
    "Ward_Name,library_name,Type,Address,Postcode,Email,Telephone,Easting,Northing\n"
    "Deansgate,Central Library,Library,St Peter's Square,M2 5PD,NA,0161 234 1983,383680,397900\n"
    "Hulme,Hulme High Street Library,Library,Hulme High St,M15 5JS,N/A,n/a,383500,396600\n"
    "Moss Side,Moss Side Powerhouse Library,Library,Moss Lane East,M14 4PX,-,null,384500,395600\n"
    "Longsight,Longsight Library,Library,519 Stockport Rd,M12 4NE,none,unknown,386400,395800\n"
    "Withington,Withington Library,Library,410 Wilmslow Rd,M20 3BN, ,,384900,392500\n"
    "Chorlton Park,Chorlton Library,Library,Manchester Rd,M21 9PN,NA,NA,381900,394400\n"
    "Gorton & Abbey Hey,Gorton Library,Library,Garratt Way,M18 8HE,gorton@example.org,NA,388900,396700\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _square(lon: float, lat: float, size: float = 0.002) -> list[list[list[float]]]:
    return [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]]


def _parks(tmp_path: Path) -> Path:
    features = [
        {
            "type": "Feature",
            "properties": {"site_name": name, "class": kind, "ward_name": "Hulme"},
            "geometry": {"type": "Polygon", "coordinates": _square(lon, 53.466)},
        }
        for name, kind, lon in (
            ("Hulme Park", "Park", -2.252),
            ("Alexandra Park", "Park", -2.246),
            ("Whitworth Park", "Park", -2.235),
            ("Birchfields Park", "Playing Field", -2.219),
            (None, "Allotments", -2.229),
        )
    ]
    features.append(
        {
            "type": "Feature",
            "properties": {"site_name": "Hulme Bench", "class": "Park", "ward_name": "Hulme"},
            "geometry": {"type": "Point", "coordinates": [-2.25, 53.47]},
        }
    )
    path = tmp_path / "parks.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def test_a_council_libraries_list_imports_every_row_with_na_emails_left_blank(
    tmp_path: Path, register
) -> None:
    path = _write(tmp_path, "libraries.csv", LIBRARIES)
    mapping = guess_mapping(open_source(path), register.categories())
    assert mapping.fields["name"] == "library_name"
    assert mapping.fields["category"] == "Type"
    assert mapping.categories == {"Library": CategoryChoice("institutions", "Library")}
    assert mapping.coordinates == "eastnorth"
    summary = import_file(register, path)
    assert (summary.added, len(summary.rejected)) == (7, 0)
    emails = {a.name: a.contact_email for a in register.assets()}
    assert emails["Central Library"] is None
    assert emails["Gorton Library"] == "gorton@example.org"
    phones = {a.contact_phone for a in register.assets()}
    assert phones == {"0161 234 1983", None}


def test_a_parks_geojson_of_polygons_guesses_site_name_and_class_and_says_polygons_became_points(
    tmp_path: Path, register
) -> None:
    preview = preview_file(register, _parks(tmp_path))
    assert preview.mapping.fields["name"] == "site_name"
    assert preview.mapping.fields["category"] == "class"
    assert preview.mapping.categories["Playing Field"] == CategoryChoice("physical_spaces", "Green space")
    assert preview.importable.all()
    assert "5 polygons (areas such as parks) became points" in " ".join(preview.notes)
    assert "5 polygons" in preview.report()


def test_an_unnamed_feature_is_named_from_its_kind_and_ward_with_a_warning(tmp_path: Path, register) -> None:
    preview = preview_file(register, _parks(tmp_path))
    name = preview.record(4)["name"]
    ward = register.boundaries().ward_names[str(preview.wards[4])]
    assert name == f"Allotments (unnamed) in {ward}, Manchester"
    assert [i.field for i in preview.warnings(4)] == ["name"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("NAME,TYPE,LAT,LON", "NAME"),
        ("title,category,lat,lon", "title"),
        ("Site-Name,Asset Type,lat,lon", "Site-Name"),
        ("SiteName,Kind,lat,lon", "SiteName"),
        ("ward_name,district_name,venue_name,type,lat,lon", "venue_name"),
        ("district_name,ward_name,school_name,school_type,lat,lon", "school_name"),
    ],
)
def test_names_are_found_in_the_columns_lists_use_whatever_their_case(
    tmp_path: Path, header: str, field: str
) -> None:
    columns = header.split(",")
    row = ",".join({"lat": "53.48", "lon": "-2.24"}.get(c.lower(), "Library") for c in columns)
    mapping = guess_mapping(open_source(_write(tmp_path, "list.csv", f"{header}\n{row}\n")))
    assert mapping.fields["name"] == field
    assert mapping.fields["category"] != "ward_name"
    assert "ward_name" not in mapping.fields.values() and "district_name" not in mapping.fields.values()


def test_a_place_column_names_assets_only_when_nothing_better_is_there(tmp_path: Path) -> None:
    mapping = guess_mapping(open_source(_write(tmp_path, "l.csv", "contact_name,ward_name\nAnn,Hulme\n")))
    assert mapping.fields == {"contact_name": "contact_name", "name": "ward_name"}


def test_kinds_in_their_own_type_column_are_guessed(tmp_path: Path) -> None:
    text = "name,facility_type,lat,lon\nA,Sports Hall,53.48,-2.24\n"
    mapping = guess_mapping(open_source(_write(tmp_path, "l.csv", text)))
    assert mapping.fields["category"] == "facility_type"
    assert mapping.categories == {"Sports Hall": CategoryChoice("physical_spaces", "Sports facility")}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Library", ("institutions", "Library")),
        ("Libraries", ("institutions", "Library")),
        ("Pharmacy", ("institutions", "Health")),
        ("GP Surgery", ("institutions", "Health")),
        ("Place of Worship", ("associations", "Faith group")),
        ("Church", ("associations", "Faith group")),
        ("Mosque", ("associations", "Faith group")),
        ("Hindu Temple", ("associations", "Faith group")),
        ("Gurdwara", ("associations", "Faith group")),
        ("Synagogue", ("associations", "Faith group")),
        ("Park", ("physical_spaces", "Green space")),
        ("Green Space", ("physical_spaces", "Green space")),
        ("Primary School", ("institutions", "School or college")),
        ("Sixth Form College", ("institutions", "School or college")),
        ("Community Centre", ("physical_spaces", "Community venue")),
        ("Sports Hall", ("physical_spaces", "Sports facility")),
        ("Leisure Centre", ("physical_spaces", "Sports facility")),
        ("Allotments", ("physical_spaces", "Allotment")),
        ("Museum", ("culture_stories", "Heritage")),
        ("Theatre", ("culture_stories", "Arts")),
        ("Youth Club", ("associations", "Interest group")),
        ("Food Bank", ("local_economy", "Food bank or pantry")),
    ],
)
def test_common_kinds_of_place_find_their_abcd_category(value: str, expected: tuple[str, str]) -> None:
    assert guess_category(value) == CategoryChoice(*expected)


@pytest.mark.parametrize("blank", ["NA", "N/A", "n/a", "-", "null", "None", "unknown", "", "   "])
def test_words_for_missing_mean_blank_in_every_field(tmp_path: Path, register, blank: str) -> None:
    header = "name,type,email,website,phone,postcode,cost,lon,lat"
    cells = ["Hall", *([blank] * 8)]
    path = _write(tmp_path, "l.csv", f"{header}\n{','.join(cells)}\n")
    preview = preview_file(register, path, default_category="physical_spaces")
    assert preview.importable.tolist() == [True]
    assert preview.issues == {}
    record = preview.record(0)
    for field_name in ("contact_email", "website", "contact_phone", "postcode", "cost", "subcategory"):
        assert record[field_name] is None, field_name
    assert record["lon"] is None and record["category"] == "physical_spaces"


def test_invalid_optional_fields_are_left_blank_with_a_warning_and_the_row_kept(
    tmp_path: Path, register
) -> None:
    text = (
        "name,type,email,postcode,cost,review_due,lon,lat\n"
        "Hall,Park,by phone,not a postcode,maybe,soon,-2.24,53.48\n"
    )
    preview = preview_file(register, _write(tmp_path, "l.csv", text))
    assert preview.importable.tolist() == [True]
    assert sorted(i.field for i in preview.warnings(0)) == ["contact_email", "cost", "postcode", "review_due"]
    assert all(i.message.endswith("it is left blank.") for i in preview.warnings(0))
    record = preview.record(0)
    assert (record["contact_email"], record["postcode"], record["cost"], record["review_due"]) == (None,) * 4


def test_an_invalid_visibility_still_keeps_the_row_out(tmp_path: Path, register) -> None:
    text = "name,type,visibility\nHall,Park,secret\n"
    preview = preview_file(register, _write(tmp_path, "l.csv", text))
    assert preview.importable.tolist() == [False]
    assert preview.errors(0)[0].field == "visibility"


def test_a_problem_on_every_row_is_said_once_first(tmp_path: Path, register) -> None:
    rows = "".join(f"Hall {i},-2.24,53.48\n" for i in range(700))
    preview = preview_file(register, _write(tmp_path, "l.csv", "name,lon,lat\n" + rows))
    report = preview.report()
    lines = report.splitlines()
    assert lines[3] == (
        "  error: All 700 rows have no category, or a category value the mapping does not place: "
        "give a default category, or map the category column and place its values."
    )
    assert "row " not in report and "category" not in "\n".join(lines[4:])


def test_a_problem_on_nearly_every_row_is_said_once_with_the_rows_it_spares_listed(
    tmp_path: Path, register
) -> None:
    rows = "".join(f"Hall {i},mystery,-2.24,53.48\n" for i in range(19)) + "Park,Park,-2.24,53.48\n"
    report = preview_file(register, _write(tmp_path, "l.csv", "name,type,lon,lat\n" + rows)).report()
    assert "19 of 20 rows have no category" in report
    assert report.count("mystery") == 0


def _run(*argv: str) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="assetmap")
    parser.add_argument("--register", type=Path)
    add_io_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return args.handler(args)


def test_a_dry_run_prints_the_mapping_first_and_a_common_cause_with_its_option(
    tmp_path: Path, capsys
) -> None:
    path = _write(tmp_path, "l.csv", "name,lon,lat\n" + "".join(f"Hall {i},-2.24,53.48\n" for i in range(3)))
    # Every row would be rejected: the dry run says why and exits non-zero, as the import would.
    assert _run("import", str(path), "--register", str(tmp_path / "r.assetmap"), "--dry-run") == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Mapping used")
    assert "  name \u2190 name" in out and "  category \u2190 (no column)" in out
    assert "  location \u2190 lon, lat (Longitude and latitude (WGS84))" in out
    assert (
        "  error: All 3 rows have no category, or a category value the mapping does not place: "
        "give --category CODE for them, or map a column with --map category=COLUMN." in out
    )


def test_map_option_fixes_a_guess_by_header_in_any_case(tmp_path: Path, capsys, register) -> None:
    text = "ward_name,Branch,Kind of place,lon,lat\nHulme,Hulme Library,Library,-2.25,53.47\n"
    path = _write(tmp_path, "l.csv", text)
    target = tmp_path / "r.assetmap"
    argv = [
        "import",
        str(path),
        "--register",
        str(target),
        "--map",
        "name=branch",
        "--map",
        "CATEGORY=kind of place",
    ]
    assert _run(*argv) == 0
    out = capsys.readouterr().out
    assert "  name \u2190 Branch" in out and "    'Library' \u2192 Institutions / Library" in out
    from assetmap.register import Register

    with Register.open(target) as opened:
        assert [(a.name, a.category) for a in opened.assets()] == [("Hulme Library", "institutions")]


def test_map_option_names_a_missing_column_and_the_columns_there_are(tmp_path: Path) -> None:
    table = open_source(_write(tmp_path, "l.csv", "Branch,lon,lat\nA,-2.2,53.4\n"))
    mapping = guess_mapping(table)
    missing = r"l.csv has no column 'Site' \(for name\). Its columns are: Branch"
    with pytest.raises(MappingError, match=missing):
        apply_overrides(table, mapping, ["name=Site"])
    with pytest.raises(MappingError, match="'colour=Branch' does not map a field"):
        apply_overrides(table, mapping, ["colour=Branch"])


def test_warnings_shared_by_every_row_are_said_once_too(tmp_path: Path, register) -> None:
    rows = "".join(f"Park,-2.24,53.4{i}5,NA,post@\n" for i in range(10))
    report = preview_file(register, _write(tmp_path, "l.csv", "type,lon,lat,name,email\n" + rows)).report()
    assert "  warning: All 10 rows have no name, so each is named from its kind and ward: " in report
    assert "  warning: All 10 rows have an invalid contact email, left blank (Contact email 'post@'" in report
    assert "row " not in report


def test_a_persons_name_never_names_the_asset(tmp_path: Path) -> None:
    mapping = guess_mapping(open_source(_write(tmp_path, "l.csv", "manager_name,owner_name\nAnn,Bob\n")))
    assert "name" not in mapping.fields


def test_an_uppercase_workbook_with_na_cells_imports_every_row(tmp_path: Path, register) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NAME", "TYPE", "EMAIL", "WEBSITE", "LONGITUDE", "LATITUDE"])
    sheet.append(["St Ann's Church", "Place of Worship", "N/A", "NA", -2.2461, 53.4817])
    sheet.append(["Manchester Central Mosque", "Mosque", "n/a", "-", -2.2201, 53.4629])
    sheet.append(["Old Trafford Gurdwara", "Gurdwara", "unknown", None, -2.2745, 53.4592])
    path = tmp_path / "worship.xlsx"
    book.save(path)
    summary = import_file(register, path)
    assert (summary.added, len(summary.rejected)) == (3, 0)
    assert {(a.category, a.subcategory, a.contact_email, a.website) for a in register.assets()} == {
        ("associations", "Faith group", None, None)
    }
