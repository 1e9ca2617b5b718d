"""Tier × output → carried or not: the sharing rules, checked through what each output makes."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import openpyxl
import pyogrio
import pytest

from assetmap.io.export import export_assets
from assetmap.io.problems import ExportError
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from assetmap.reports.analysis import ReportOptions, analyse
from assetmap.reports.interactive import build_html_map
from assetmap.reports.selection import ReportInputError
from tests.io.conftest import CITY_CENTRE

LON, LAT = CITY_CENTRE
# One group and one individual (gifts and skills) at each visibility, all active and located.
ASSETS = {
    "Public Group": ("associations", "public"),
    "Partner Group": ("associations", "partners"),
    "Private Group": ("associations", "private"),
    "Public Person": ("gifts_skills", "public"),
    "Partner Person": ("gifts_skills", "partners"),
    "Private Person": ("gifts_skills", "private"),
}
EVERYONE = set(ASSETS)
REFUSED = "refused"

# What each output carries at each tier: named as a record (a row, a point, a name on a page) or,
# for reports, counted. This table is the rule; the outputs below are read back against it.
CARRIED: dict[tuple[str, str], set[str] | str] = {
    ("export", "public"): {"Public Group"},
    ("export", "partners"): {"Public Group", "Partner Group"},
    ("export", "all"): EVERYONE,
    ("open-referral", "public"): {"Public Group"},
    ("open-referral", "partners"): {"Public Group"},
    ("open-referral", "all"): REFUSED,
    ("report-counts", "public"): {"Public Group", "Public Person"},
    ("report-counts", "partners"): {"Public Group", "Partner Group", "Public Person", "Partner Person"},
    ("report-counts", "all"): REFUSED,
    ("html-map", "public"): {"Public Group"},
    ("html-map", "partners"): {"Public Group", "Partner Group"},
    ("html-map", "all"): REFUSED,
}
EXPORT_FORMATS = ("csv", "xlsx", "geojson", "gpkg", "kml")


@pytest.fixture
def everyone(register: Register) -> Register:
    for i, (name, (category, visibility)) in enumerate(ASSETS.items()):
        register.add_asset(
            name=name,
            category=category,
            visibility=visibility,
            contact_name="Ann Contact",
            recorded_by="Worker Recorder",
            lon=LON + i * 1e-4,
            lat=LAT,
        )
    return register


def _names_in_export(path: Path, fmt: str) -> list[str]:
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [r["name"] for r in csv.DictReader(handle)]
    if fmt == "xlsx":
        rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
        return [r[rows[0].index("name")] for r in rows[1:]]
    if fmt == "geojson":
        return [f["properties"]["name"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
    if fmt == "gpkg":
        return list(pyogrio.read_dataframe(path, layer="assets")["name"])
    kml = "{http://www.opengis.net/kml/2.2}"
    return [p.findtext(f"{kml}name") or "" for p in ET.parse(path).getroot().iter(f"{kml}Placemark")]


def _carried(output: str, tier: str, register: Register, folder: Path) -> set[str] | str:
    """What ``output`` at ``tier`` carries, read back from what it made (or ``REFUSED``)."""
    assets = register.assets()
    try:
        if output == "export":
            found = []
            for fmt in EXPORT_FORMATS:
                path = folder / f"{tier}.{fmt}"
                export_assets(register, path, tier=tier)
                names = _names_in_export(path, fmt)
                assert len(names) == len(set(names)), fmt
                found.append(set(names))
                assert "Ann Contact" not in path.read_bytes().decode("utf-8", "replace") or tier == "all"
            assert all(f == found[0] for f in found), found
            return found[0]
        if output == "open-referral":
            export_assets(register, folder / f"{tier}.json", "oruk-json", tier=tier)
            services = json.loads((folder / f"{tier}.json").read_text(encoding="utf-8"))
            export_assets(register, folder / f"{tier}.zip", "oruk-csv", tier=tier)
            with zipfile.ZipFile(folder / f"{tier}.zip") as archive:
                rows = csv.DictReader(io.StringIO(archive.read("organizations.csv").decode("utf-8")))
                organisations = {r["name"] for r in rows}
            assert organisations == {s["name"] for s in services}
            return organisations
        options = ReportOptions(area="Manchester", tier=tier)
        if output == "report-counts":
            return {
                a.name
                for a in analyse(assets, options, boundaries=register.boundaries(), people=NO_PEOPLE).counted
            }
        page = build_html_map(assets, options, boundaries=register.boundaries(), people=NO_PEOPLE)
        return {name for name in ASSETS if name in page}
    except (ExportError, ReportInputError):
        return REFUSED


@pytest.mark.parametrize(("output", "tier"), list(CARRIED))
def test_each_output_carries_at_each_tier_exactly_what_the_sharing_rules_say(
    output: str, tier: str, everyone: Register, tmp_path: Path
) -> None:
    assert _carried(output, tier, everyone, tmp_path) == CARRIED[output, tier]


def test_people_are_named_only_in_the_teams_own_full_copy(everyone: Register, tmp_path: Path) -> None:
    for tier in ("public", "partners"):
        export_assets(everyone, tmp_path / f"{tier}.csv", tier=tier)
        text = (tmp_path / f"{tier}.csv").read_text(encoding="utf-8-sig")
        assert "Ann Contact" not in text and "Worker Recorder" not in text
    export_assets(everyone, tmp_path / "all.csv", tier="all")
    assert "Ann Contact" in (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
