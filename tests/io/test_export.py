"""Exports: filter and tier, privacy, formula injection, formats, atomic writes and round trips."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import openpyxl
import pyogrio
import pytest

from assetmap.io.export import ExportCancelledError, export_assets
from assetmap.io.formula import neutralise
from assetmap.io.problems import ExportError
from assetmap.io.selection import AssetFilter
from assetmap.register import Register
from assetmap.register.records import EDITABLE_FIELDS
from tests.io.conftest import CITY_CENTRE, import_file

LON, LAT = CITY_CENTRE


@pytest.fixture
def filled(register: Register) -> Register:
    register.add_asset(
        name="Public Group",
        category="associations",
        lon=LON,
        lat=LAT,
        contact_name="Ann Smith",
        contact_phone="0161 000 0000",
        recorded_by="Worker One",
        description="=1+1",
        tags=("a", "b c"),
        subcategory="Mutual aid",
        review_due="2027-03-31",
        website="example.org",
        status="active",
    )
    register.add_asset(
        name="Partner Library", category="institutions", visibility="partners", lon=LON + 0.01, lat=LAT
    )
    register.add_asset(
        name="Private Space", category="physical_spaces", visibility="private", lon=LON, lat=LAT + 0.01
    )
    register.add_asset(
        name="Jean Brown",
        category="gifts_skills",
        subcategory="Languages",
        lon=LON,
        lat=LAT,
        contact_email="jean@example.org",
    )
    register.add_asset(
        name="Closed Venue",
        category="physical_spaces",
        status="closed",
        postcode="M1 1AD",
        address="1 High Street",
        lon=LON - 0.01,
        lat=LAT,
    )
    register.add_asset(name="No Location Market", category="local_economy", status="draft")
    return register


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_public_export_leaves_out_private_partner_and_individuals(tmp_path: Path, filled: Register) -> None:
    result = export_assets(filled, tmp_path / "out.csv")
    rows = _csv_rows(tmp_path / "out.csv")
    assert result.count == 3
    assert sorted(r["name"] for r in rows) == ["Closed Venue", "No Location Market", "Public Group"]
    group = next(r for r in rows if r["name"] == "Public Group")
    assert group["contact_name"] == "" and group["recorded_by"] == ""
    assert group["contact_phone"] == "0161 000 0000"
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "Jean" not in text and "Ann Smith" not in text and "Worker One" not in text


def test_partner_tier_adds_partner_assets_but_never_individuals(tmp_path: Path, filled: Register) -> None:
    export_assets(filled, tmp_path / "out.csv", tier="partners")
    names = {r["name"] for r in _csv_rows(tmp_path / "out.csv")}
    assert "Partner Library" in names and "Private Space" not in names and "Jean Brown" not in names


def test_full_tier_keeps_everything_for_the_team(tmp_path: Path, filled: Register) -> None:
    export_assets(filled, tmp_path / "out.csv", tier="all")
    assert len(_csv_rows(tmp_path / "out.csv")) == 6


def test_export_follows_the_filter(tmp_path: Path, filled: Register) -> None:
    export_assets(
        filled, tmp_path / "out.csv", tier="all", asset_filter=AssetFilter(category="physical_spaces")
    )
    assert {r["name"] for r in _csv_rows(tmp_path / "out.csv")} == {"Private Space", "Closed Venue"}
    export_assets(filled, tmp_path / "out.csv", tier="all", asset_filter=AssetFilter(search="GROUP b"))
    assert {r["name"] for r in _csv_rows(tmp_path / "out.csv")} == {"Public Group"}
    ward = filled.ward_index.ward_of(LON, LAT)
    export_assets(
        filled, tmp_path / "out.csv", tier="all", asset_filter=AssetFilter(ward=ward, status="active")
    )
    expected = {a.name for a in filled.assets() if a.ward_code == ward and a.status == "active"}
    assert {r["name"] for r in _csv_rows(tmp_path / "out.csv")} == expected
    assert {"Public Group", "Jean Brown"} <= expected and "Closed Venue" not in expected
    export_assets(filled, tmp_path / "out.csv", tier="all", asset_filter=AssetFilter(district="E08000003"))
    assert len(_csv_rows(tmp_path / "out.csv")) == 5  # all located assets lie in Manchester


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "+1"),
        ("-1", "-1"),
        ("-1+1", "'-1+1"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("plain", "plain"),
        ("'quoted", "'quoted"),
        ("", ""),
    ],
)
def test_formula_starts_are_neutralised(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_csv_and_xlsx_cells_never_hold_formulas(tmp_path: Path, register: Register) -> None:
    register.add_asset(
        name='=HYPERLINK("http://evil","x")',
        category="associations",
        description="@SUM(1)",
        address="+44 161",
        lon=LON,
        lat=LAT,
    )
    export_assets(register, tmp_path / "out.csv")
    row = _csv_rows(tmp_path / "out.csv")[0]
    assert row["name"].startswith("'=") and row["description"] == "'@SUM(1)" and row["address"] == "'+44 161"
    assert row["lon"] == repr(LON)
    export_assets(register, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    header = [c.value for c in sheet[1]]
    cells = dict(zip(header, sheet[2], strict=True))
    assert cells["name"].data_type == "s" and cells["name"].value.startswith("'=")
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert cells["lon"].value == LON


def test_geojson_follows_rfc_7946(tmp_path: Path, filled: Register) -> None:
    export_assets(filled, tmp_path / "out.geojson", tier="all")
    document = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))
    assert document["type"] == "FeatureCollection" and "crs" not in document
    group = next(f for f in document["features"] if f["properties"]["name"] == "Public Group")
    assert group["geometry"] == {"type": "Point", "coordinates": [LON, LAT]}
    assert group["properties"]["tags"] == ["a", "b c"]
    market = next(f for f in document["features"] if f["properties"]["name"] == "No Location Market")
    assert market["geometry"] is None


def test_geopackage_has_assets_and_ward_counts_with_their_crs(tmp_path: Path, filled: Register) -> None:
    export_assets(filled, tmp_path / "out.gpkg", tier="all")
    everything = dict(pyogrio.list_layers(tmp_path / "out.gpkg"))
    layers = {name: kind for name, kind in everything.items() if kind is not None}
    assert layers == {"assets": "Point", "wards": "Polygon"}
    # Stories, links and photos are related tables without geometry (tests/io/test_connection_exports.py).
    assert {"stories", "links", "photos"} <= set(everything) - set(layers)
    for layer in layers:
        assert pyogrio.read_info(tmp_path / "out.gpkg", layer=layer)["crs"] == "EPSG:4326"
    wards = pyogrio.read_dataframe(tmp_path / "out.gpkg", layer="wards")
    assert len(wards) == 215
    ward = filled.ward_index.ward_of(LON, LAT)
    counted = wards.set_index("ward_code").loc[ward]
    assert (counted["n_assets"], counted["n_associations"], counted["n_gifts_skills"]) == (3, 1, 1)
    assert wards["n_assets"].sum() == 5


def test_cancel_leaves_no_file_behind(tmp_path: Path, filled: Register) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportCancelledError):
        export_assets(filled, folder / "out.gpkg", cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def test_a_failed_export_keeps_the_previous_file(tmp_path: Path, filled: Register) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.csv"
    target.write_text("previous", encoding="utf-8")
    calls = []
    with pytest.raises(ExportCancelledError):
        export_assets(filled, target, progress=lambda d, t: calls.append(d), cancelled=lambda: bool(calls))
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in folder.iterdir()] == ["out.csv"]


def test_unknown_format_and_missing_folder_are_clear(tmp_path: Path, filled: Register) -> None:
    with pytest.raises(ExportError, match="cannot tell which format"):
        export_assets(filled, tmp_path / "out.doc")
    with pytest.raises(ExportError, match="does not exist"):
        export_assets(filled, tmp_path / "nowhere" / "out.csv")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "geojson", "gpkg", "kml"])
def test_export_then_import_gives_the_same_assets(
    tmp_path: Path, filled: Register, hostile_strings: list[str], fmt: str
) -> None:
    for i, text in enumerate(hostile_strings):
        filled.add_asset(
            name=text,
            description=text,
            address=text,
            category="culture_stories",
            tags=(f"t{i}",),
            lon=LON + i * 1e-4,
            lat=LAT - i * 1e-4,
            contact_phone=text,
            opening_times=text,
        )
    target = tmp_path / f"out.{fmt}"
    export_assets(filled, target, tier="all")
    with Register.open(tmp_path / "copy.assetmap") as copy:
        summary = import_file(copy, target)
        assert summary.rejected == {}
        original = {a.id: a for a in filled.assets()}
        if fmt == "kml":  # KML carries only located assets
            original = {k: a for k, a in original.items() if a.has_location}
        imported = {a.id: a for a in copy.assets()}
        assert imported.keys() == original.keys()
        for asset_id, asset in original.items():
            other = imported[asset_id]
            for name in EDITABLE_FIELDS:
                if name in ("lon", "lat") and asset.has_location:
                    assert abs(getattr(other, name) - getattr(asset, name)) <= 1e-6
                else:
                    assert getattr(other, name) == getattr(asset, name), (fmt, name, asset.name)


def test_geopackage_is_written_as_version_1_2(tmp_path: Path, filled: Register) -> None:
    export_assets(filled, tmp_path / "out.gpkg")
    header = (tmp_path / "out.gpkg").read_bytes()[:100]
    # SQLite's header: application_id at byte 68 ("GPKG"), user_version at byte 60 (10200 for 1.2).
    assert header[68:72] == b"GPKG"
    assert int.from_bytes(header[60:64], "big") == 10200


def test_an_open_referral_package_named_without_an_extension_gets_zip(
    tmp_path: Path, filled: Register
) -> None:
    result = export_assets(filled, tmp_path / "services", "oruk-csv")
    assert result.path == tmp_path / "services.zip"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("services")] == ["services.zip"]
    assert zipfile.is_zipfile(result.path)
