"""Links, stories and photos through the exports: which travel, tellers and people, and round trips."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pyogrio
import pytest
from PIL import Image

from assetmap.io.export import export_assets
from assetmap.io.formula import neutralise
from assetmap.io.selection import AssetFilter
from assetmap.register import Register
from assetmap.register.consent import REGISTER
from tests.io.conftest import CITY_CENTRE

LON, LAT = CITY_CENTRE
KIND_LABEL_LIMIT = 80  # the register's limit on a kind of link's label


def png(colour: str = "red", size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def _only(change_ids: tuple[str, ...]) -> str:
    assert len(change_ids) == 1
    return change_ids[0]


class Built:
    """A small register with links, stories and a photo between public, partner and private assets."""

    def __init__(self, register: Register) -> None:
        self.register = register
        add = register.add_asset
        self.group = add(name="Tenants Group", category="associations", lon=LON, lat=LAT).added[0]
        self.hall = add(name="Church Hall", category="physical_spaces", lon=LON + 0.002, lat=LAT).added[0]
        self.hidden = add(
            name="Hidden Refuge", category="physical_spaces", visibility="private", lon=LON, lat=LAT + 0.002
        ).added[0]
        self.meets = _only(register.add_link(self.group, self.hall, "meets_at", note="Tuesdays").links)
        self.supports = _only(register.add_link(self.group, self.hidden, "supports").links)
        self.named_story = _only(
            register.add_story(
                self.group,
                "We started the lunch club in 2019.",
                teller="Ann Teller",
                quote_consent=True,
                told_on=dt.date(2025, 3, 1),
                featured=True,
            ).stories
        )
        self.anonymous_story = _only(
            register.add_story(self.hall, "The hall kept us warm.", teller="Bob Private").stories
        )
        self.hidden_story = _only(register.add_story(self.hidden, "Safe place story.").stories)
        self.photo = _only(
            register.add_photo(
                self.group, png(), "Volunteers at the lunch club", story_id=self.named_story
            ).photos
        )
        self.hidden_photo = _only(register.add_photo(self.hidden, png("blue"), "The refuge door").photos)
        person = register.add_person("Connie Connector")
        self.person = person.id
        self.person_link = _only(register.add_link(self.person, self.hall, "runs", from_kind="person").links)


@pytest.fixture
def built(register: Register) -> Built:
    return Built(register)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_public_csv_export_writes_stories_and_links_beside_it_only_for_exported_assets(
    tmp_path: Path, built: Built
) -> None:
    result = export_assets(built.register, tmp_path / "out.csv")
    stories = {r["id"]: r for r in _csv(tmp_path / "out-stories.csv")}
    links = {r["id"]: r for r in _csv(tmp_path / "out-links.csv")}
    assert set(stories) == {built.named_story, built.anonymous_story}
    assert stories[built.named_story]["teller"] == "Ann Teller"
    assert stories[built.named_story]["text"] == "We started the lunch club in 2019."
    assert stories[built.named_story]["told_on"] == "2025-03-01"
    assert stories[built.named_story]["featured"] == "true"
    assert stories[built.anonymous_story]["teller"] == "Anonymous"
    assert set(links) == {built.meets}
    assert links[built.meets]["kind"] == "meets_at" and links[built.meets]["kind_label"] == "meets at"
    assert (
        links[built.meets]["from_name"] == "Tenants Group" and links[built.meets]["to_name"] == "Church Hall"
    )
    assert links[built.meets]["note"] == "Tuesdays"
    text = "".join(p.read_text(encoding="utf-8-sig") for p in tmp_path.glob("out*.csv"))
    for secret in ("Bob Private", "Safe place story", "Hidden Refuge", built.person):
        assert secret not in text
    assert any("out-stories.csv" in note for note in result.notes)
    assert sorted(p.name for p in tmp_path.glob("out*")) == ["out-links.csv", "out-stories.csv", "out.csv"]


def test_the_teams_full_copy_carries_private_stories_and_a_persons_link_only_with_consent(
    tmp_path: Path, built: Built
) -> None:
    export_assets(built.register, tmp_path / "all.csv", tier="all")
    links = {r["id"]: r for r in _csv(tmp_path / "all-links.csv")}
    assert set(links) == {built.meets, built.supports}  # no consent in force for the person yet
    built.register.record_consent(built.person, REGISTER, method="paper")
    export_assets(built.register, tmp_path / "all.csv", tier="all")
    links = {r["id"]: r for r in _csv(tmp_path / "all-links.csv")}
    assert set(links) == {built.meets, built.supports, built.person_link}
    assert links[built.person_link]["from_kind"] == "person"
    assert links[built.person_link]["from_name"] == ""  # a person's name is never written
    stories = {r["id"]: r for r in _csv(tmp_path / "all-stories.csv")}
    assert set(stories) == {built.named_story, built.anonymous_story, built.hidden_story}
    # Even the team's copy names a teller only with consent to be quoted.
    assert stories[built.anonymous_story]["teller"] == "Anonymous"
    # A person's link never leaves in a shared tier, whatever their consent.
    export_assets(built.register, tmp_path / "partners.csv", tier="partners")
    assert {r["id"] for r in _csv(tmp_path / "partners-links.csv")} == {built.meets}


def test_removed_links_and_stories_are_not_exported(tmp_path: Path, built: Built) -> None:
    built.register.remove_link(built.meets)
    built.register.remove_story(built.named_story)
    export_assets(built.register, tmp_path / "out.csv")
    assert _csv(tmp_path / "out-links.csv") == []
    assert {r["id"] for r in _csv(tmp_path / "out-stories.csv")} == {built.anonymous_story}


def test_geojson_links_are_lines_between_the_two_assets_and_stories_points_at_theirs(
    tmp_path: Path, built: Built
) -> None:
    export_assets(built.register, tmp_path / "out.geojson")
    links = json.loads((tmp_path / "out-links.geojson").read_text(encoding="utf-8"))
    assert [f["id"] for f in links["features"]] == [built.meets]
    assert links["features"][0]["geometry"] == {
        "type": "LineString",
        "coordinates": [[LON, LAT], [LON + 0.002, LAT]],
    }
    assert links["features"][0]["properties"]["note"] == "Tuesdays"
    stories = json.loads((tmp_path / "out-stories.geojson").read_text(encoding="utf-8"))
    by_id = {f["id"]: f for f in stories["features"]}
    assert set(by_id) == {built.named_story, built.anonymous_story}
    assert by_id[built.named_story]["geometry"]["coordinates"] == [LON, LAT]
    assert by_id[built.named_story]["properties"]["quote_consent"] is True
    # GDAL reads them as layers of lines and points.
    frame = pyogrio.read_dataframe(tmp_path / "out-links.geojson")
    assert list(frame.geometry.geom_type) == ["LineString"]


def test_a_geopackage_carries_stories_links_and_photos_as_related_tables(
    tmp_path: Path, built: Built
) -> None:
    result = export_assets(built.register, tmp_path / "out.gpkg")
    layers = {name for name, _kind in pyogrio.list_layers(tmp_path / "out.gpkg")}
    assert {"assets", "wards", "stories", "links", "photos"} <= layers
    stories = pyogrio.read_dataframe(tmp_path / "out.gpkg", layer="stories", read_geometry=False)
    assert set(stories["id"]) == {built.named_story, built.anonymous_story}
    links = pyogrio.read_dataframe(tmp_path / "out.gpkg", layer="links", read_geometry=False)
    assert list(links["id"]) == [built.meets]
    with sqlite3.connect(tmp_path / "out.gpkg") as db:
        relations = db.execute(
            "SELECT base_table_name, related_table_name, relation_name, mapping_table_name "
            "FROM gpkgext_relations ORDER BY id"
        ).fetchall()
        assert ("assets", "stories", "attributes", "assets_stories") in relations
        assert ("assets", "photos", "media", "assets_photos") in relations
        assert ("stories", "photos", "media", "stories_photos") in relations
        photos = db.execute("SELECT photo_id, alt_text, content_type, data FROM photos").fetchall()
        assert [(p[0], p[1], p[2]) for p in photos] == [
            (built.photo, "Volunteers at the lunch club", "image/png")
        ]
        assert photos[0][3] == built.register.photo_bytes(built.photo)
        # The story's asset, through the mapping table, is its asset's row.
        joined = db.execute(
            "SELECT a.name FROM stories s JOIN assets_stories m ON m.related_id = s.fid "
            "JOIN assets a ON a.fid = m.base_id WHERE s.id = ?",
            (built.named_story,),
        ).fetchone()
        assert joined == ("Tenants Group",)
        assert (
            db.execute(
                "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_related_tables'"
            ).fetchone()[0]
            == 5
        )
    assert any("1 photos" in note for note in result.notes)


def test_an_excel_export_has_stories_and_links_sheets(tmp_path: Path, built: Built) -> None:
    export_assets(built.register, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.sheetnames == ["Assets", "Stories", "Links"]
    stories = list(book["Stories"].iter_rows(values_only=True))
    header = list(stories[0])
    assert {r[header.index("id")] for r in stories[1:]} == {built.named_story, built.anonymous_story}
    links = list(book["Links"].iter_rows(values_only=True))
    assert [r[0] for r in links[1:]] == [built.meets]


def test_open_referral_carries_meets_at_funds_and_runs_and_nothing_else(
    tmp_path: Path, register: Register
) -> None:
    add = register.add_asset
    group = add(name="Lunch Club", category="associations", lon=LON, lat=LAT).added[0]
    hall = add(name="Hall", category="physical_spaces", lon=LON + 0.001, lat=LAT).added[0]
    trust = add(name="Local Trust", category="institutions", lon=LON, lat=LAT + 0.001).added[0]
    register.add_link(group, hall, "meets_at")
    register.add_link(trust, group, "funds")
    register.add_link(trust, hall, "runs")
    register.add_link(hall, group, "refers_to")
    register.add_story(group, "A story Open Referral has no room for.")
    result = export_assets(register, tmp_path / "oruk.json", "oruk-json")
    assert result.problems == []
    services = {s["name"]: s for s in json.loads((tmp_path / "oruk.json").read_text(encoding="utf-8"))}
    at = [x["location"]["name"] for x in services["Lunch Club"]["service_at_locations"]]
    assert sorted(at) == ["Hall", "Lunch Club"]
    assert [f["source"] for f in services["Lunch Club"]["funding"]] == ["Local Trust"]
    assert (
        services["Hall"]["organization"]["parent_organization_id"]
        == services["Local Trust"]["organization_id"]
    )
    text = (tmp_path / "oruk.json").read_text(encoding="utf-8")
    assert "no room for" not in text
    export_assets(register, tmp_path / "oruk.zip", "oruk-csv")
    with zipfile.ZipFile(tmp_path / "oruk.zip") as archive:
        funding = list(csv.DictReader(io.StringIO(archive.read("funding.csv").decode("utf-8"))))
        assert [f["source"] for f in funding] == ["Local Trust"]
        places = list(csv.DictReader(io.StringIO(archive.read("service_at_location.csv").decode("utf-8"))))
        assert len(places) == 4  # each located asset at its own place, and the club at the hall


def test_hostile_story_text_link_kinds_notes_and_alt_text_come_back_unchanged_and_inert(
    tmp_path: Path, register: Register, hostile_strings: list[str]
) -> None:
    hostile = [*hostile_strings, '=HYPERLINK("http://evil","x")', "@SUM(1)", "+44 161", "-1+1"]
    group = register.add_asset(name="Group", category="associations", lon=LON, lat=LAT).added[0]
    stories, notes, labels, photos = {}, {}, {}, {}
    for i, raw in enumerate(hostile):
        text = raw.strip()  # the register keeps text trimmed
        other = register.add_asset(name=f"Place {i}", category="physical_spaces", lon=LON + i * 1e-4, lat=LAT)
        place = other.added[0]
        label = text if len(text) <= KIND_LABEL_LIMIT else "supports"
        if label == text:
            register.add_link_kind(text)
        code = next(k.code for k in register.link_kinds() if k.label == label)
        link = _only(register.add_link(group, place, code, note=text).links)
        notes[link], labels[link] = text, label
        stories[_only(register.add_story(place, text, teller=text, quote_consent=True).stories)] = text
        photos[_only(register.add_photo(place, png(), text).photos)] = text

    export_assets(register, tmp_path / "out.csv")
    for row in _csv(tmp_path / "out-stories.csv"):
        original = stories[row["id"]]
        assert row["text"] == neutralise(original) and row["teller"] == neutralise(original)
    for row in _csv(tmp_path / "out-links.csv"):
        assert row["note"] == neutralise(notes[row["id"]])
        assert row["kind_label"] == neutralise(labels[row["id"]])

    export_assets(register, tmp_path / "out.geojson")
    features = json.loads((tmp_path / "out-stories.geojson").read_text(encoding="utf-8"))["features"]
    assert {f["id"]: f["properties"]["text"] for f in features} == stories
    features = json.loads((tmp_path / "out-links.geojson").read_text(encoding="utf-8"))["features"]
    assert {f["id"]: f["properties"]["kind_label"] for f in features} == labels
    assert {f["id"]: f["properties"]["note"] for f in features} == notes

    export_assets(register, tmp_path / "out.gpkg")
    frame = pyogrio.read_dataframe(tmp_path / "out.gpkg", layer="stories", read_geometry=False)
    assert dict(zip(frame["id"], frame["text"], strict=True)) == stories
    frame = pyogrio.read_dataframe(tmp_path / "out.gpkg", layer="links", read_geometry=False)
    assert dict(zip(frame["id"], frame["kind_label"], strict=True)) == labels
    assert dict(zip(frame["id"], frame["note"], strict=True)) == notes
    with sqlite3.connect(tmp_path / "out.gpkg") as db:
        assert dict(db.execute("SELECT photo_id, alt_text FROM photos").fetchall()) == photos

    export_assets(register, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["Stories"]
    rows = list(sheet.iter_rows())
    header = [c.value for c in rows[0]]
    for row in rows[1:]:
        text_cell = row[header.index("text")]
        assert text_cell.data_type == "s"  # never a formula
        assert text_cell.value == neutralise(stories[row[0].value])


def _read_back(tmp_path: Path, fmt: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The stories and links an export in ``fmt`` wrote, read back from its files."""
    read: dict[str, list[dict[str, Any]]] = {}
    for what, title in (("stories", "Stories"), ("links", "Links")):
        if fmt == "csv":
            read[what] = list(_csv(tmp_path / f"out-{what}.csv"))
        elif fmt == "geojson":
            document = json.loads((tmp_path / f"out-{what}.geojson").read_text(encoding="utf-8"))
            read[what] = [f["properties"] for f in document["features"]]
        elif fmt == "gpkg":
            frame = pyogrio.read_dataframe(tmp_path / "out.gpkg", layer=what, read_geometry=False)
            read[what] = frame.to_dict("records")
        else:
            rows = list(openpyxl.load_workbook(tmp_path / "out.xlsx")[title].iter_rows(values_only=True))
            read[what] = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    return read["stories"], read["links"]


def _plain(value: object) -> str:
    """A value as text, however the format typed it (a flag, a date, an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg", "xlsx"])
def test_links_and_stories_survive_a_round_trip_through_every_export_that_carries_them(
    tmp_path: Path, built: Built, fmt: str
) -> None:
    built.register.record_consent(built.person, REGISTER, method="paper")
    export_assets(built.register, tmp_path / f"out.{fmt}", tier="all")
    stories, links = _read_back(tmp_path, fmt)
    kept = {s.id: s for s in built.register.stories()}
    assert {_plain(s["id"]) for s in stories} == set(kept)
    for row in stories:
        story = kept[_plain(row["id"])]
        assert _plain(row["asset_id"]) == story.asset_id
        assert _plain(row["text"]) == story.text
        assert _plain(row["told_on"]) == (story.told_on.isoformat() if story.told_on else "")
        assert _plain(row["teller"]) == story.shown_teller
        assert _plain(row["featured"]) in (_plain(story.featured), str(int(story.featured)))
        assert _plain(row["quote_consent"]) in (_plain(story.quote_consent), str(int(story.quote_consent)))
    held = {x.id: x for x in built.register.links()}
    assert {_plain(x["id"]) for x in links} == set(held)
    for row in links:
        link = held[_plain(row["id"])]
        assert (_plain(row["from_kind"]), _plain(row["from_id"]), _plain(row["to_id"])) == (
            link.from_kind,
            link.from_id,
            link.to_id,
        )
        assert _plain(row["kind"]) == link.kind and _plain(row["note"]) == (link.note or "")


def test_an_export_with_a_filter_carries_only_the_chosen_assets_stories_and_links(
    tmp_path: Path, built: Built
) -> None:
    export_assets(
        built.register, tmp_path / "out.csv", tier="all", asset_filter=AssetFilter(category="associations")
    )
    assert {r["id"] for r in _csv(tmp_path / "out-stories.csv")} == {built.named_story}
    assert _csv(tmp_path / "out-links.csv") == []  # every link has an end outside the filter
