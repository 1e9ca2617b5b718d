"""Reading every supported format, in every encoding and delimiter, and refusing bad files clearly."""

from __future__ import annotations

import zipfile
from pathlib import Path

import geopandas as gpd
import openpyxl
import pytest
import shapely

from assetmap.io.problems import UnreadableFileError
from assetmap.io.source import open_source, parts_of
from tests.io.conftest import import_file, preview_file

ROWS = [
    ("Café Olé", "associations", "-2.2374", "53.4808"),
    ("Bäckerei Straße", "institutions", "-2.2400", "53.4790"),
]


def _csv_text(delimiter: str) -> str:
    lines = [delimiter.join(("name", "category", "lon", "lat"))]
    lines += [delimiter.join(row) for row in ROWS]
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_in_each_encoding_and_delimiter_reads_the_same_rows(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = tmp_path / ("list.tsv" if delimiter == "\t" else "list.csv")
    path.write_bytes(_csv_text(delimiter).encode(encoding))
    table = open_source(path)
    assert table.columns == ["name", "category", "lon", "lat"]
    assert [tuple(r) for r in table.frame.itertuples(index=False)] == ROWS


def test_csv_with_decimal_commas_and_semicolons_imports(tmp_path: Path, register) -> None:
    path = tmp_path / "continental.csv"
    path.write_text("name;category;lon;lat\nHall;associations;-2,2374;53,4808\n", encoding="utf-8")
    summary = import_file(register, path)
    assert summary.added == 1
    assert register.assets()[0].lon == pytest.approx(-2.2374)


def test_demo_assets_csv_imports_every_row_naming_the_unnamed(reference_data: Path, register) -> None:
    summary = import_file(register, reference_data / "demo" / "gm_community_assets.csv")
    assert summary.added == 4211
    assert summary.rejected == {}
    # Unnamed records (OS buildings without a name) are named from their kind and ward, as in the demo.
    unnamed = [a.name for a in register.assets() if "(unnamed)" in a.name]
    assert len(unnamed) == 1111
    library = next(a for a in register.assets() if a.name == "Blackrod Library")
    assert (library.category, library.subcategory) == ("institutions", "Local authority run library")
    assert library.ward_code == "E05014828"


# The named rows of tests/fixtures/gm_assets_sample.csv (the unnamed ones are rejected).
ROWS_IN_SAMPLE = 106  # 30 of them unnamed, which are named from their kind and ward


def test_demo_assets_geojson_gives_the_same_assets_as_the_csv(fixtures: Path, tmp_path: Path) -> None:
    from assetmap.register import Register

    with Register.open(tmp_path / "a.assetmap") as a, Register.open(tmp_path / "b.assetmap") as b:
        import_file(a, fixtures / "gm_assets_sample.csv")
        import_file(b, fixtures / "gm_assets_sample.geojson")

        def key(asset):
            return (
                asset.name,
                asset.category,
                asset.postcode or "",
                round(asset.lon, 6),
                round(asset.lat, 6),
            )

        assert len(a.assets()) == ROWS_IN_SAMPLE
        assert sorted(map(key, a.assets())) == sorted(map(key, b.assets()))


def test_xlsx_with_two_sheets_reads_the_chosen_sheet(tmp_path: Path, register) -> None:
    path = tmp_path / "lists.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Notes"
    first.append(["This sheet only has notes"])
    groups = book.create_sheet("Groups")
    groups.append([None])
    groups.append(["Group name", "Type", "Latitude", "Longitude", "Postcode"])
    groups.append(["Knit and Natter", "Interest group", 53.4808, -2.2374, "M1 1AD"])
    groups.append([None, None, None, None, None])
    groups.append(["Old Trafford Allotments", "allotment", 53.4631, -2.2913, None])
    book.save(path)
    assert parts_of(path) == ["Notes", "Groups"]
    table = open_source(path, "Groups")
    assert table.columns == ["Group name", "Type", "Latitude", "Longitude", "Postcode"]
    assert table.row_numbers.tolist() == [3, 5]
    summary = import_file(register, path, "Groups")
    assert summary.added == 2
    by_name = {a.name: a for a in register.assets()}
    assert by_name["Old Trafford Allotments"].category == "physical_spaces"
    assert by_name["Knit and Natter"].lon == pytest.approx(-2.2374)


def test_geopackage_in_british_national_grid_is_placed_in_wgs84(tmp_path: Path, register) -> None:
    path = tmp_path / "parks.gpkg"
    park = shapely.box(383_900, 398_000, 384_100, 398_200)  # central Manchester, in metres
    frame = gpd.GeoDataFrame(
        {"name": ["Square Park"], "category": ["green space"]}, geometry=[park], crs="EPSG:27700"
    )
    frame.to_file(path, layer="parks", engine="pyogrio")
    points = gpd.GeoDataFrame(
        {"name": ["A point"]}, geometry=[shapely.Point(384_000, 398_100)], crs="EPSG:27700"
    )
    points.to_file(path, layer="points", engine="pyogrio")
    assert parts_of(path) == ["parks", "points"]
    summary = import_file(register, path, "parks")
    assert summary.added == 1
    asset = register.assets()[0]
    inside = gpd.GeoSeries([park], crs="EPSG:27700").to_crs("EPSG:4326").iloc[0]
    assert inside.contains(shapely.Point(asset.lon, asset.lat))
    assert asset.category == "physical_spaces"
    assert asset.ward_code is not None


def test_zipped_shapefile_reads_with_its_projection(tmp_path: Path, register) -> None:
    folder = tmp_path / "shp"
    folder.mkdir()
    frame = gpd.GeoDataFrame(
        {"NAME": ["Hall One", "Hall Two"], "TYPE": ["community venue", "community venue"]},
        geometry=[shapely.Point(383_000, 398_000), shapely.Point(384_000, 399_000)],
        crs="EPSG:27700",
    )
    frame.to_file(folder / "halls.shp", engine="pyogrio")
    archive = tmp_path / "halls.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for item in folder.iterdir():
            out.write(item, item.name)
    assert parts_of(archive) == ["halls"]
    summary = import_file(register, archive)
    assert summary.added == 2
    assert all(53.3 < a.lat < 53.6 and -2.4 < a.lon < -2.1 for a in register.assets())


def test_kml_reads_names_and_places(tmp_path: Path, register) -> None:
    path = tmp_path / "places.kml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
        "<Placemark><name>Town Hall</name>"
        "<Point><coordinates>-2.2446,53.4794</coordinates></Point></Placemark>"
        "</Document></kml>",
        encoding="utf-8",
    )
    summary = import_file(register, path, default_category="institutions")
    assert summary.added == 1
    asset = register.assets()[0]
    assert (asset.name, asset.lon, asset.lat) == ("Town Hall", -2.2446, 53.4794)


def test_invalid_polygon_is_repaired_with_a_warning(tmp_path: Path, register) -> None:
    bowtie = shapely.Polygon([(-2.25, 53.47), (-2.23, 53.49), (-2.23, 53.47), (-2.25, 53.49), (-2.25, 53.47)])
    assert not bowtie.is_valid
    path = tmp_path / "bowtie.geojson"
    gpd.GeoDataFrame({"name": ["Crossed Park"]}, geometry=[bowtie], crs="EPSG:4326").to_file(
        path, engine="pyogrio"
    )
    preview = preview_file(register, path, default_category="physical_spaces")
    assert preview.importable.tolist() == [True]
    assert any("make_valid" in w.message for w in preview.warnings(0))


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.csv", b"", "empty"),
        ("empty.geojson", b"", "empty"),
        ("picture.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a text file"),
        ("junk.xlsx", b"PK\x03\x04 this is not really a zip", "not an Excel workbook"),
        ("notjson.geojson", b"name,lat,lon\nx,1,2\n", "not valid JSON"),
        (
            "cut.geojson",
            b'{"type": "FeatureCollection", "features": [{"type": "Feature", "geom',
            "not valid JSON",
        ),
        ("list.json", b"[1, 2, 3]", "not GeoJSON"),
        ("old.xls", b"\xd0\xcf\x11\xe0 legacy", "save it as .xlsx"),
        ("broken.gpkg", b"SQLite format 3\x00 but nothing else", "cannot be read as GeoPackage"),
        ("broken.zip", b"not a zip", "not a zip file"),
        ("quote.csv", b'name,lat\n"unterminated,1\n', "never closed"),
    ],
)
def test_bad_files_get_a_clear_message_naming_the_file(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError) as caught:
        open_source(path)
    message = str(caught.value)
    assert message.startswith(name)
    assert words.casefold() in message.casefold()


def test_a_zip_of_junk_named_xlsx_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(UnreadableFileError, match=r"book\.xlsx: the workbook is damaged"):
        open_source(path)


def test_row_with_too_many_cells_is_named(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("name,lat\na,1\nb,2\nc,3,4\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"ragged.csv, row 4: this row has more cells"):
        open_source(path)
