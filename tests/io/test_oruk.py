"""Open Referral UK output: what goes in, and validation against the shipped UK-profile schemas."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import jsonschema
import pytest

from assetmap.io.export import export_assets
from assetmap.io.oruk import OrukDataset, schema_dir
from assetmap.io.problems import ExportError
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from tests.io.conftest import CITY_CENTRE

LON, LAT = CITY_CENTRE


@pytest.fixture
def filled(register: Register) -> Register:
    register.add_asset(
        name="Tenants Association",
        category="associations",
        subcategory="Residents' association",
        description="Meets monthly",
        website="example.org",
        contact_email="ta@example.org",
        address="1 High Street",
        postcode="M1 1AD",
        lon=LON,
        lat=LAT,
    )
    register.add_asset(
        name="Central Library", category="institutions", subcategory="Library", lon=LON, lat=LAT
    )
    register.add_asset(name="Old Park", category="physical_spaces", status="closed", lon=LON, lat=LAT)
    register.add_asset(
        name="Jean Brown", category="gifts_skills", description="Teaches Urdu", lon=LON, lat=LAT
    )
    register.add_asset(name="Corner Shop", category="local_economy", lon=LON, lat=LAT)
    register.add_asset(name="Draft Group", category="associations", status="draft")
    register.add_asset(name="Private Group", category="associations", visibility="private")
    return register


def _services(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def test_only_public_associations_institutions_and_spaces_are_published(
    tmp_path: Path, filled: Register
) -> None:
    result = export_assets(filled, tmp_path / "oruk.json", "oruk-json")
    services = _services(tmp_path / "oruk.json")
    assert sorted(s["name"] for s in services) == ["Central Library", "Old Park", "Tenants Association"]
    assert result.problems == []
    text = (tmp_path / "oruk.json").read_text(encoding="utf-8")
    assert "Jean" not in text and "Urdu" not in text


def test_gifts_are_never_exported_even_when_asked_for_everything(tmp_path: Path, filled: Register) -> None:
    with pytest.raises(ExportError, match="choose the public tier"):
        export_assets(filled, tmp_path / "oruk.json", "oruk-json", tier="all")
    dataset = OrukDataset(filled.assets(), filled.categories(), people=NO_PEOPLE)
    assert "Jean Brown" not in {s["name"] for s in dataset.services}


def test_static_json_validates_against_the_uk_profile(tmp_path: Path, filled: Register) -> None:
    export_assets(filled, tmp_path / "oruk.json", "oruk-json")
    schema = json.loads((schema_dir() / "schema" / "compiled" / "service.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    services = {s["name"]: s for s in _services(tmp_path / "oruk.json")}
    for service in services.values():
        validator.validate(service)
    association = services["Tenants Association"]
    assert association["organization"]["name"] == "Tenants Association"
    assert association["url"] == "http://example.org"
    location = association["service_at_locations"][0]["location"]
    assert (location["longitude"], location["latitude"]) == (LON, LAT)
    assert location["addresses"][0]["postal_code"] == "M1 1AD"
    terms = {a["taxonomy_term"]["name"] for a in association["attributes"]}
    assert terms == {"Associations and groups", "Residents' association"}
    assert services["Old Park"]["status"] == "inactive"


def test_validation_reports_records_that_break_the_schema(filled: Register) -> None:
    dataset = OrukDataset(filled.assets(), filled.categories(), people=NO_PEOPLE)
    dataset.services[0]["status"] = "sleeping"
    dataset.tables["location"][0]["latitude"] = "north"
    problems = dataset.problems()
    assert any("'sleeping' is not one of" in p for p in problems)
    assert any("'north' is not of type 'number'" in p for p in problems)


def test_tabular_package_matches_its_datapackage(tmp_path: Path, filled: Register) -> None:
    export_assets(filled, tmp_path / "oruk.zip", "oruk-csv")
    with zipfile.ZipFile(tmp_path / "oruk.zip") as archive:
        package = json.loads(archive.read("datapackage.json"))
        assert package["license"]["type"] == "CC-BY-SA-4.0"
        names = {r["name"] for r in package["resources"]}
        assert names == {
            "organization",
            "service",
            "location",
            "address",
            "service_at_location",
            "funding",
            "taxonomy",
            "taxonomy_term",
            "attribute",
        }
        tables = {}
        for resource in package["resources"]:
            text = archive.read(resource["path"]).decode("utf-8")
            rows = list(csv.DictReader(io.StringIO(text)))
            header = next(csv.reader(io.StringIO(text)))
            assert header == [f["name"] for f in resource["schema"]["fields"]]
            for row in rows:
                for spec in resource["schema"]["fields"]:
                    if spec.get("constraints", {}).get("required"):
                        assert row[spec["name"]] != "", (resource["name"], spec["name"])
                    if spec["type"] == "number" and row[spec["name"]]:
                        float(row[spec["name"]])
            tables[resource["name"]] = rows
    assert {r["name"] for r in tables["service"]} == {"Central Library", "Old Park", "Tenants Association"}
    service_ids = {r["id"] for r in tables["service"]}
    assert {r["service_id"] for r in tables["service_at_location"]} <= service_ids
    assert {r["link_id"] for r in tables["attribute"]} <= service_ids


def test_open_referral_checks_include_web_address_and_date_formats() -> None:
    """Without the format libraries jsonschema skips ``uri`` and ``date-time`` silently."""
    from assetmap.io.oruk import _validator

    checker = _validator("schema/compiled/service.json").format_checker
    assert checker is not None
    assert {"uri", "email", "date", "date-time"} <= set(checker.checkers)
    assert not checker.conforms("javascript x", "uri")
    assert not checker.conforms("2026-13-45T99:00:00Z", "date-time")
