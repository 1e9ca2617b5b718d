"""Importing another area's wards into a register, and going back to the bundled GM wards."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
import shapely

from assetmap.errors import AssetMapError
from assetmap.geo.boundaries import gm_boundaries
from assetmap.io.boundaries import (
    BoundaryError,
    BoundaryFields,
    guess_fields,
    import_boundaries,
    read_boundaries,
)
from assetmap.io.export import export_assets
from assetmap.io.problems import MappingError, UnreadableFileError
from assetmap.maps.payload import districts_geojson, wards_geojson
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.interactive import build_html_map
from assetmap.reports.measures import compute_measures
from assetmap.reports.selection import resolve_area

LEEDS_FIELDS = BoundaryFields("WD_CODE", "WD_NAME", district_name="LAD", population="POP")
# Inside the first of the two Leeds wards below, and inside Manchester city centre.
IN_FIRST_WARD_BNG = (430_500, 433_500)
CITY_CENTRE = (-2.2374, 53.4808)


def _to_wgs84(x: float, y: float) -> tuple[float, float]:
    point = gpd.GeoSeries([shapely.Point(x, y)], crs="EPSG:27700").to_crs("EPSG:4326").iloc[0]
    return point.x, point.y


def _leeds_file(
    tmp_path: Path, names: list[str], *, bowtie: bool = False, pop: list[str] | None = None
) -> Path:
    # Two wards side by side in Leeds, in British National Grid.
    shapes = [
        shapely.box(430_000, 433_000, 431_000, 434_000),
        shapely.box(431_000, 433_000, 432_000, 434_000),
    ]
    if bowtie:
        shapes[1] = shapely.Polygon(
            [(431_000, 433_000), (432_000, 434_000), (432_000, 433_000), (431_000, 434_000)]
        )
    frame = gpd.GeoDataFrame(
        {
            "WD_CODE": ["E05001", "E05002"],
            "WD_NAME": names,
            "LAD": ["Leeds", "Leeds"],
            "POP": pop or ["12,345", "9000"],
        },
        geometry=shapes,
        crs="EPSG:27700",
    )
    path = tmp_path / "leeds.gpkg"
    frame.to_file(path, layer="wards", engine="pyogrio")
    return path


def _ward_table(register: Register) -> list[tuple[object, ...]]:
    with register.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT ward_code, ward_name FROM ward_boundaries").all()


def _asset_wards(register: Register) -> dict[str, str | None]:
    return {a.id: a.ward_code for a in register.assets(include_removed=True)}


def test_imported_wards_live_in_the_register_and_place_its_assets(
    tmp_path: Path, hostile_strings: list[str]
) -> None:
    names = [hostile_strings[0], "{{ 12345 * 1000003 }}"]
    path = tmp_path / "team.assetmap"
    with Register.open(path) as register:
        leeds = register.add_asset(
            name="Leeds hall",
            category="physical_spaces",
            lon=_to_wgs84(*IN_FIRST_WARD_BNG)[0],
            lat=_to_wgs84(*IN_FIRST_WARD_BNG)[1],
        ).added[0]
        manchester = register.add_asset(
            name="Central library", category="institutions", lon=CITY_CENTRE[0], lat=CITY_CENTRE[1]
        ).added[0]
        assert register.asset(leeds).ward_code is None
        assert register.asset(manchester).ward_code is not None

        done = import_boundaries(
            register, _leeds_file(tmp_path, names, bowtie=True), LEEDS_FIELDS, name="Leeds <b>wards</b>"
        )

        assert (done.wards, done.districts) == (2, 1)
        assert any("make_valid" in note for note in done.notes)
        assert set(done.change.updated) == {leeds, manchester}
        assert register.asset(leeds).ward_code == "E05001"
        assert register.asset(manchester).ward_code is None  # outside every Leeds ward
        # The register's wards are what the map, filters and reports are given.
        assert register.boundaries().ward_names == {"E05001": names[0], "E05002": names[1]}

    # It travels with the file: a fresh open finds it there, with names stored exactly.
    with Register.open(path) as reopened:
        b = reopened.boundaries()
        assert not b.bundled and b.name == b.area_name == "Leeds <b>wards</b>"
        assert b.wards.crs.equals("EPSG:4326")
        assert b.wards["ward_name"].tolist() == names
        assert b.population == {"E05001": 12345.0, "E05002": 9000.0}
        assert b.population_label == "POP in leeds.gpkg"
        assert b.district_names == {"Leeds <b>wards</b>": "Leeds"}
        assert reopened.ward_index.ward_of(*_to_wgs84(431_900, 433_500)) == "E05002"
        assert reopened.boundaries() is b
        # New assets get the register's wards too.
        added = reopened.add_asset(
            name="New",
            category="institutions",
            lon=_to_wgs84(431_900, 433_500)[0],
            lat=_to_wgs84(431_900, 433_500)[1],
        )
        assert added.assets[0].ward_code == "E05002"

        back = reopened.use_boundaries(None)
        assert reopened.boundaries() is gm_boundaries()
        assert _ward_table(reopened) == []
        assert reopened.asset(manchester).ward_code is not None
        assert reopened.asset(leeds).ward_code is None
        assert manchester in back.updated and leeds in back.updated


def test_changing_wards_writes_no_history_and_keeps_versions(tmp_path: Path) -> None:
    with Register.open(tmp_path / "r.assetmap") as register:
        asset = register.add_asset(
            name="Library", category="institutions", lon=CITY_CENTRE[0], lat=CITY_CENTRE[1]
        )
        before = register.history(asset.added[0])
        import_boundaries(register, _leeds_file(tmp_path, ["A", "B"]), LEEDS_FIELDS, name="Leeds")
        after = register.asset(asset.added[0])
        assert after.version == asset.assets[0].version and after.updated_at == asset.assets[0].updated_at
        assert register.history(asset.added[0]) == before


def test_real_ons_wards_of_one_district_from_a_zipped_shapefile(reference_data: Path, tmp_path: Path) -> None:
    """Stockport's real wards, as ONS publishes them (WD23CD…, British National Grid, zipped Shapefile)."""
    gm = gpd.read_file(reference_data / "boundaries" / "gm_wards.geojson", engine="pyogrio")
    stockport = (
        gm[gm["lad_name"] == "Stockport"]
        .rename(
            columns={
                "ward_code": "WD23CD",
                "ward_name": "WD23NM",
                "lad_code": "LAD23CD",
                "lad_name": "LAD23NM",
            }
        )[["WD23CD", "WD23NM", "LAD23CD", "LAD23NM", "geometry"]]
        .to_crs("EPSG:27700")
    )
    folder = tmp_path / "shp"
    folder.mkdir()
    stockport.to_file(folder / "Wards_May_2023.shp", engine="pyogrio")
    archive = tmp_path / "Wards_May_2023.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for part in folder.iterdir():
            z.write(part, part.name)

    guess = guess_fields(["FID", "WD23CD", "WD23NM", "LAD23CD", "LAD23NM"])
    assert guess == {
        "code": "WD23CD",
        "name": "WD23NM",
        "district_code": "LAD23CD",
        "district_name": "LAD23NM",
        "population": None,
    }
    fields = BoundaryFields(guess["code"], guess["name"], guess["district_code"], guess["district_name"])

    with Register.open(tmp_path / "r.assetmap") as register:
        # Every GM postcode centroid's ward, as the register assigns it with the bundled wards.
        postcodes = gpd.pd.read_csv(next((reference_data / "postcodes").glob("*.csv")))
        lon = postcodes.filter(regex="(?i)^(lon|longitude)$").iloc[:, 0].to_numpy()
        lat = postcodes.filter(regex="(?i)^(lat|latitude)$").iloc[:, 0].to_numpy()
        bundled = register.ward_index.assign(lon, lat)

        done = import_boundaries(register, archive, fields, name="Stockport wards (May 2023)")
        assert (done.wards, done.districts) == (len(stockport), 1)
        ours = register.ward_index.assign(lon, lat)
        in_stockport = set(stockport["WD23CD"])
        expected = [w if w in in_stockport else None for w in bundled]
        agree = sum(a == b for a, b in zip(ours, expected, strict=True)) / len(expected)
        # The shapefile holds the same polygons, rounded through BNG and back.
        assert agree > 0.9999
        assert register.boundaries().district_names == {"E08000007": "Stockport"}


def test_geojson_wards_in_longitude_latitude(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"code": ["W1"], "name": ["Only ward"]},
        geometry=[shapely.box(-1.6, 53.7, -1.5, 53.8)],
        crs="EPSG:4326",
    )
    path = tmp_path / "wards.geojson"
    frame.to_file(path, driver="GeoJSON", engine="pyogrio")
    wards, notes = read_boundaries(path, BoundaryFields("code", "name"), name="One")
    assert wards["ward_code"].tolist() == ["W1"]
    assert len(notes) == 1 and "per 1,000 residents will be unavailable" in notes[0]
    assert wards["lad_code"].tolist() == ["One"] and wards["lad_name"].tolist() == ["One"]
    assert wards["population"].isna().all()


@pytest.mark.parametrize(
    ("fields", "pop", "error", "match"),
    [
        (BoundaryFields("LAD", "WD_NAME"), None, BoundaryError, "'Leeds' in LAD is used by more than one"),
        (BoundaryFields("CODE", "WD_NAME"), None, MappingError, "no field 'CODE' for the ward code"),
        (LEEDS_FIELDS, ["many", "9000"], BoundaryError, "feature 1: POP 'many' is not a number"),
    ],
)
def test_unusable_wards_are_refused_and_the_register_is_untouched(
    tmp_path: Path, fields: BoundaryFields, pop: list[str] | None, error: type[AssetMapError], match: str
) -> None:
    path = tmp_path / "r.assetmap"
    with Register.open(path) as register:
        register.add_asset(name="Library", category="institutions", lon=CITY_CENTRE[0], lat=CITY_CENTRE[1])
        wards_before = _asset_wards(register)
        with pytest.raises(error, match=match):
            import_boundaries(register, _leeds_file(tmp_path, ["A", "B"], pop=pop), fields, name="Leeds")
        assert _asset_wards(register) == wards_before
        assert _ward_table(register) == [] and register.boundaries() is gm_boundaries()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM ward_boundaries").fetchone() == (0,)


def test_points_and_empty_names_are_refused_with_the_feature_named(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"code": ["W1", ""], "name": ["A", "B"]},
        geometry=[shapely.Point(-1.5, 53.8), shapely.box(-1.6, 53.7, -1.5, 53.8)],
        crs="EPSG:4326",
    )
    path = tmp_path / "wards.geojson"
    frame.to_file(path, driver="GeoJSON", engine="pyogrio")
    with pytest.raises(BoundaryError, match="feature 1 is not a polygon; feature 2 has no code"):
        read_boundaries(path, BoundaryFields("code", "name"), name="X")
    with pytest.raises(BoundaryError, match="Give the boundaries a name"):
        read_boundaries(path, BoundaryFields("code", "name"), name="  ")


def test_a_file_that_is_not_a_layer_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "wards.gpkg"
    path.write_bytes(b"\x00\x01 not a geopackage")
    with pytest.raises(UnreadableFileError, match=r"wards\.gpkg"):
        read_boundaries(path, BoundaryFields("code", "name"), name="X")


def test_two_registers_open_at_once_each_report_on_their_own_wards(tmp_path: Path) -> None:
    with Register.open(tmp_path / "leeds.assetmap") as leeds:
        import_boundaries(leeds, _leeds_file(tmp_path, ["Armley", "Bramley"]), LEEDS_FIELDS, name="Leeds")
        # Opening another register (with the bundled GM wards) changes nothing for the first one.
        with Register.open(tmp_path / "gm.assetmap") as gm:
            assert gm.boundaries() is gm_boundaries()
            leeds_frame = compute_measures(leeds.assets(), boundaries=leeds.boundaries(), people=NO_PEOPLE)
            gm_frame = compute_measures(gm.assets(), boundaries=gm.boundaries(), people=NO_PEOPLE)
            leeds_map = json.loads(wards_geojson(leeds.boundaries()))
    assert list(leeds_frame.index) == ["E05001", "E05002"]
    assert len(gm_frame) == 215
    assert [f["properties"]["name"] for f in leeds_map["features"]] == ["Armley", "Bramley"]


def test_reports_exports_and_the_map_data_use_the_registers_wards(tmp_path: Path) -> None:
    with Register.open(tmp_path / "r.assetmap") as register:
        lon, lat = _to_wgs84(*IN_FIRST_WARD_BNG)
        register.add_assets(
            [{"name": f"Group {i}", "category": "associations", "lon": lon, "lat": lat} for i in range(3)]
        )
        import_boundaries(
            register, _leeds_file(tmp_path, ["Armley", "Bramley"]), LEEDS_FIELDS, name="Leeds wards"
        )

        wards_in_use = register.boundaries()
        frame = compute_measures(register.assets(), boundaries=wards_in_use, people=NO_PEOPLE)
        assert list(frame.index) == ["E05001", "E05002"]
        assert frame.attrs["area"] == "Leeds wards"
        assert frame.loc["E05001", "total"] == 3
        assert frame.loc["E05001", "per1000"] == pytest.approx(3 / 12345 * 1000)
        assert resolve_area("Leeds", boundaries=wards_in_use).ward_codes == ("E05001", "E05002")
        assert resolve_area("Bramley", boundaries=wards_in_use).ward_codes == ("E05002",)

        wards = json.loads(wards_geojson(wards_in_use))
        assert [f["properties"]["name"] for f in wards["features"]] == ["Armley", "Bramley"]
        assert [f["properties"]["name"] for f in json.loads(districts_geojson(wards_in_use))["features"]] == [
            "Leeds"
        ]

        target = tmp_path / "out.gpkg"
        export_assets(register, target)
        layer = pyogrio.read_dataframe(target, layer="wards")
        assert sorted(layer["ward_code"]) == ["E05001", "E05002"]

        # Open Referral addresses name the district, not Greater Manchester, and still validate.
        hall = register.add_asset(
            name="Armley Hall",
            category="physical_spaces",
            lon=lon,
            lat=lat,
            address="1 Town St",
            postcode="LS12 1AA",
        )
        result = export_assets(register, tmp_path / "oruk.json", "oruk-json")
        assert result.problems == []
        text = (tmp_path / "oruk.json").read_text(encoding="utf-8")
        assert '"state_province": "Leeds"' in text and "Greater Manchester" not in text
        register.remove_asset(hall.added[0])

        page = build_html_map(
            register.assets(), ReportOptions(measure="count"), boundaries=wards_in_use, people=NO_PEOPLE
        )
        assert "Armley" in page and "Leeds wards" in page and "imported from leeds.gpkg" in page
