"""Only http and https web addresses are kept: at the form, at import, in every export and Open Referral."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import jsonschema
import openpyxl
import pytest

from assetmap.errors import ValidationError
from assetmap.io.export import export_assets
from assetmap.io.oruk import schema_dir
from assetmap.register import Register
from assetmap.register.importing import clean_columns
from assetmap.register.links import web_address
from assetmap.register.validation import clean_fields
from tests.io.conftest import CITY_CENTRE, import_file, preview_file

LON, LAT = CITY_CENTRE
NOT_WEB = [
    "javascript:x",
    "JavaScript:alert(1)",
    "JAVASCRIPT://%0Aalert(document.domain)",
    "javascript://example.org/%0Aalert(1)",
    " javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "mailto:someone@example.org",
    "http:evil",
    "http://",
    "//evil.example/x",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "example .org",
]
WEB = {
    "example.org": "http://example.org",
    "www.example.org/events?day=1": "http://www.example.org/events?day=1",
    "HTTPS://Example.org/Path": "https://Example.org/Path",
    "Http://example.org": "http://example.org",
    "https://example.org/<b>\"x\"": "https://example.org/%3Cb%3E%22x%22",
    "example.org:8080/x#a#b": "http://example.org:8080/x#a%23b",
}

# RFC 3986's URI grammar, written out here so the check does not lean on the code under test
# (jsonschema checks "uri" only when the optional rfc3987 package is installed).
_UNRESERVED, _SUB, _PCT = r"A-Za-z0-9\-._~", r"!$&'()*+,;=", r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED}{_SUB}:@]|{_PCT})"
_AUTHORITY = (
    rf"(?:(?:[{_UNRESERVED}{_SUB}:]|{_PCT})*@)?(?:\[[0-9A-Fa-f:.]+\]|(?:[{_UNRESERVED}{_SUB}]|{_PCT})*)(?::[0-9]*)?"
)
_URI = re.compile(
    rf"[A-Za-z][A-Za-z0-9+.\-]*:(?://{_AUTHORITY}(?:/{_PCHAR}*)*|/?(?:{_PCHAR}+(?:/{_PCHAR}*)*)?)"
    rf"(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?"
)


def strict_formats() -> jsonschema.FormatChecker:
    """Every format jsonschema knows, plus ``uri`` and ``date-time`` checked strictly."""
    checker = jsonschema.FormatChecker()

    @checker.checks("uri")
    def _uri(value: object) -> bool:
        return not isinstance(value, str) or _URI.fullmatch(value) is not None

    @checker.checks("date-time", raises=ValueError)
    def _date_time(value: object) -> bool:
        if isinstance(value, str):
            if "T" not in value.upper():
                raise ValueError(value)
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True

    return checker


@pytest.mark.parametrize("text", NOT_WEB)
def test_anything_but_an_http_or_https_address_is_no_web_address(text: str) -> None:
    assert web_address(text) is None


@pytest.mark.parametrize(("text", "expected"), WEB.items())
def test_http_and_https_in_any_case_and_bare_host_names_are_kept(text: str, expected: str) -> None:
    assert web_address(text) == expected
    assert _URI.fullmatch(expected)


@pytest.mark.parametrize("text", NOT_WEB)
def test_the_register_refuses_a_website_that_is_not_a_web_address(text: str) -> None:
    with pytest.raises(ValidationError, match="not a web address") as raised:
        fields = {"name": "Hall", "category": "associations", "website": text}
        clean_fields(fields, ["associations"], creating=True)
    assert raised.value.field == "website"
    assert "https://" in str(raised.value)


def test_the_bulk_checks_refuse_what_the_form_refuses() -> None:
    n = len(NOT_WEB)
    _clean, errors = clean_columns(
        {"name": ["Hall"] * n, "category": ["associations"] * n, "website": NOT_WEB}, ["associations"]
    )
    assert sorted(errors) == list(range(n)) and {e.field for e in errors.values()} == {"website"}


def _csv_with_websites(path: Path, websites: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "category", "website", "longitude", "latitude"])
        for i, website in enumerate(websites):
            writer.writerow([f"Group {i}", "associations", website, LON, LAT + i * 1e-4])
    return path


def test_an_import_leaves_such_a_website_blank_with_a_warning_and_keeps_the_row(
    tmp_path: Path, register: Register
) -> None:
    websites = [*NOT_WEB, *WEB]
    source = _csv_with_websites(tmp_path / "in.csv", websites)
    preview = preview_file(register, source)
    for position, text in enumerate(websites):
        warned = [i.message for i in preview.warnings(position) if i.field == "website"]
        if text in WEB:
            assert warned == []
        else:
            assert len(warned) == 1 and "left blank" in warned[0], text
    summary = import_file(register, source)
    assert summary.rejected == {} and summary.added == len(websites)
    stored = {a.name: a.website for a in register.assets()}
    assert [stored[f"Group {i}"] for i in range(len(NOT_WEB))] == [None] * len(NOT_WEB)
    assert [stored[f"Group {len(NOT_WEB) + i}"] for i in range(len(WEB))] == list(WEB)


def _hold_directly(register: Register, asset_id: str, **fields: str) -> None:
    """Write fields past the register's checks, as a register made by an older version may hold them."""
    with register.engine.begin() as conn:
        for name, value in fields.items():
            conn.exec_driver_sql(f"UPDATE assets SET {name} = ? WHERE id = ?", (value, asset_id))


@pytest.fixture
def holding_bad_links(register: Register) -> Register:
    for i, text in enumerate(NOT_WEB):
        change = register.add_asset(name=f"Group {i}", category="associations", lon=LON, lat=LAT)
        _hold_directly(register, change.added[0], website=text)
    return register


def test_no_export_carries_a_link_that_is_not_http_or_https(tmp_path: Path, holding_bad_links: Register):
    export_assets(holding_bad_links, tmp_path / "out.csv")
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert {r["website"] for r in csv.DictReader(handle)} == {""}
    export_assets(holding_bad_links, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    column = [c.value for c in sheet[1]].index("website")
    assert {row[column].value for row in sheet.iter_rows(min_row=2)} == {None}
    export_assets(holding_bad_links, tmp_path / "out.geojson")
    features = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["website"] for f in features} == {""}
    export_assets(holding_bad_links, tmp_path / "out.kml")
    kml = (tmp_path / "out.kml").read_text(encoding="utf-8").lower()
    assert not any(scheme in kml for scheme in ("javascript", "vbscript", "data:", "file:", "mailto:"))
    export_assets(holding_bad_links, tmp_path / "oruk.json", "oruk-json")
    services = json.loads((tmp_path / "oruk.json").read_text(encoding="utf-8"))
    assert len(services) == len(NOT_WEB)
    assert all("url" not in s and "website" not in s["organization"] for s in services)


def _links(value: object) -> list[str]:
    """Every ``url`` and ``website`` anywhere in a JSON document."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("url", "website") and isinstance(item, str):
                found.append(item)
            else:
                found += _links(item)
    elif isinstance(value, list):
        for item in value:
            found += _links(item)
    return found


def _validator(relative: str) -> jsonschema.protocols.Validator:
    schema = json.loads((schema_dir() / relative).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema, format_checker=strict_formats())


def test_open_referral_from_a_register_full_of_hostile_strings_validates_with_format_checks(
    tmp_path: Path, register: Register, hostile_strings: list[str]
) -> None:
    texts = [*hostile_strings, *NOT_WEB]
    for i, text in enumerate(texts):
        change = register.add_asset(
            name=text,
            category=("associations", "institutions", "physical_spaces")[i % 3],
            subcategory=text,
            description=text,
            address=text,
            postcode="M1 1AD",
            contact_name=text,
            contact_phone=text,
            opening_times=text,
            audience=text,
            accessibility=text,
            recorded_by=text,
            tags=(f"t{i}",),
            lon=LON + i * 1e-4,
            lat=LAT,
        )
        _hold_directly(register, change.added[0], website=text, contact_email=text, postcode=text)
    result = export_assets(register, tmp_path / "oruk.json", "oruk-json")
    assert result.problems == [] and result.count == len(texts)
    services = json.loads((tmp_path / "oruk.json").read_text(encoding="utf-8"))
    check = _validator("schema/compiled/service.json")
    assert [e.message for s in services for e in check.iter_errors(s)] == []
    assert all(re.match(r"(?i)https?://", link) for link in _links(services))

    export_assets(register, tmp_path / "oruk.zip", "oruk-csv")
    with zipfile.ZipFile(tmp_path / "oruk.zip") as archive:
        package = json.loads(archive.read("datapackage.json"))
        for resource in package["resources"]:
            rows = list(csv.DictReader(io.StringIO(archive.read(resource["path"]).decode("utf-8"))))
            check = _validator(f"schema/{resource['name']}.json")
            for row in rows:
                record = {k: v for k, v in row.items() if v != ""}
                for key in ("latitude", "longitude"):
                    if key in record:
                        record[key] = float(record[key])
                assert [e.message for e in check.iter_errors(record)] == [], (resource["name"], record)
