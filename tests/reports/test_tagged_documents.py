"""The map sheet, the handout and the subject access document as Typst typesets them: tagged PDF/UA-1
(read back with pdfua and pikepdf), filling the page, in English, Urdu and Polish, with people's text
printed as text and never read as Typst code."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import zipfile
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from assetmap.geo.boundaries import gm_boundaries
from assetmap.io.subject_access import PDF_NAME
from assetmap.register import Register
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.subject_access import gather, tables
from assetmap.reports import subject_access, vocabulary
from assetmap.reports.analysis import PageSetup, ReportOptions
from assetmap.reports.handout import build_handout
from assetmap.reports.mapsheet import MARGIN, build_map_sheet
from assetmap.reports.selection import resolve_area
from assetmap.reports.subject_access import build_subject_access_document
from assetmap.reports.words import words
from assetmap.ui.subject_access import export_subject_access as export_copy
from tests.reports.conftest import WARD, pdf_pages
from tests.reports.tagged import assert_accessible, poppler_text, structure

POINT_MM = 25.4 / 72
PRODUCT = str(12345 * 1000003)
# Typst's own code and markup, typed into names, titles and notes.
TYPST_HOSTILE = [
    '#panic("typst ran this")',
    '#read("data.json")',
    "#{12345 * 1000003}",
    "$x^2 + y$ and [*bold*] _em_ `raw` <label> @label",
    "= Not a heading\n- not a list",
    "\\#escaped \\ backslash //comment /* block */",
]


@pytest.fixture(scope="module")
def demo_assets(demo_register_file: Path) -> list:
    with Register.open(demo_register_file) as register:
        return register.assets()


def _sheet_pdf(tmp_path: Path, name: str, assets: list, options: ReportOptions, language: str = "en") -> Path:
    sheet = build_map_sheet(assets, options, boundaries=gm_boundaries(), people=NO_PEOPLE, language=language)
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(sheet.pdf())
    return path


@pytest.mark.parametrize(
    ("area", "page"),
    [
        ("Stockport", PageSetup("A4", False)),
        ("Stockport", PageSetup("A4", True)),
        (None, PageSetup("A3", False)),
    ],
    ids=["stockport-portrait", "stockport-landscape", "county-a3"],
)
def test_the_map_sheet_is_tagged_pdf_ua_with_its_map_described(
    tmp_path: Path, demo_assets: list, area: str | None, page: PageSetup
) -> None:
    sheet = build_map_sheet(
        demo_assets, ReportOptions(area=area, page=page), boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    path = tmp_path / "sheet.pdf"
    path.write_bytes(sheet.pdf())

    found = assert_accessible(path, lang="en", title=sheet.title)
    assert found.tags()[:2] == ["Document", "H1"] or found.tags().index("H1") < found.tags().index("Figure")
    (figure,) = found.figures()
    assert figure.alt == sheet.alt
    name = "Stockport" if area else "Greater Manchester"
    assert figure.alt.startswith(f"Map of Assets per 1,000 residents by ward in {name}: highest in ")
    assert ", lowest in " in figure.alt
    (text,) = pdf_pages(path)
    # The legend, the key and the credits are text on the page, not drawing.
    for words_ in (
        "Assets per 1,000 residents",
        "District boundary",
        "Open Government Licence",
        "Made with AssetMap",
    ):
        assert words_ in text
    flat = "".join(text.split())
    for number, _code, ward in sheet.labels.key:
        assert "".join(f"{number} {ward}".split()) in flat
    assert len(pypdf.PdfReader(path).pages) == 1
    assert pypdf.PdfReader(path).metadata.title == sheet.title


def test_the_alt_text_names_the_highest_and_lowest_ward_with_their_figures(demo_assets: list) -> None:
    sheet = build_map_sheet(
        demo_assets,
        ReportOptions(area="Stockport", measure="count"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    from assetmap.reports.analysis import analyse

    analysis = analyse(
        demo_assets,
        ReportOptions(area="Stockport", measure="count"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    values = analysis.values()
    names = gm_boundaries().ward_names
    high, low = values.idxmax(), values.idxmin()
    assert sheet.alt == (
        f"Map of Assets by ward in Stockport: highest in {names[high]} ({values[high]:,.0f}), "
        f"lowest in {names[low]} ({values[low]:,.0f})."
    )


@pytest.mark.parametrize("district", ["Manchester", "Bolton"], ids=["tall", "wide"])
def test_a_portrait_sheet_gives_the_map_the_page(tmp_path: Path, demo_assets: list, district: str) -> None:
    """The map's frame uses the height the page has, for a tall area (Manchester) and a wide one (Bolton,
    whose frame shows its neighbours rather than empty paper)."""
    page = PageSetup("A4", False)
    path = _sheet_pdf(tmp_path, district, demo_assets, ReportOptions(area=district, page=page))
    (figure,) = structure(path).figures()
    assert figure.bbox is not None
    height_mm = (figure.bbox[3] - figure.bbox[1]) * POINT_MM
    width_mm = (figure.bbox[2] - figure.bbox[0]) * POINT_MM
    content_h = page.height - 2 * MARGIN
    assert height_mm >= 0.8 * content_h, (height_mm, content_h)
    assert width_mm <= page.width - 2 * MARGIN + 0.5


def test_the_whole_county_fits_one_a4_page_with_every_ward_labelled(tmp_path: Path) -> None:
    for landscape in (False, True):
        sheet = build_map_sheet(
            [],
            ReportOptions(area=None, page=PageSetup("A4", landscape)),
            boundaries=gm_boundaries(),
            people=NO_PEOPLE,
        )
        assert len(sheet.labels.labels) == 215
        path = tmp_path / f"county-{landscape}.pdf"
        path.write_bytes(sheet.pdf())
        assert len(pypdf.PdfReader(path).pages) == 1
        flat = "".join(pdf_pages(path)[0].split())
        missing = [ward for n, _c, ward in sheet.labels.key if "".join(f"{n} {ward}".split()) not in flat]
        assert missing == []


def test_the_map_sheet_as_png_comes_from_typst_at_the_asked_resolution(demo_assets: list) -> None:
    sheet = build_map_sheet(
        demo_assets,
        ReportOptions(area="Stockport", page=PageSetup("A4", True)),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
    )
    image = Image.open(io.BytesIO(sheet.png(dpi=60)))
    assert image.format == "PNG"
    assert image.size == (round(297 / 25.4 * 60), round(210 / 25.4 * 60))
    # Not a blank page: the map's colours are on it.
    assert len(image.convert("RGB").getcolors(1 << 24) or []) > 20


def test_an_urdu_map_sheet_reads_right_to_left_in_naskh_with_its_title_in_order(tmp_path: Path) -> None:
    _ = words("ur")
    title = "اسٹاک پورٹ کے اثاثوں کا نقشہ"
    sheet = build_map_sheet(
        [],
        ReportOptions(area="Stockport", title=title),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
        language="ur",
    )
    path = tmp_path / "ur.pdf"
    path.write_bytes(sheet.pdf())
    found = assert_accessible(path, lang="ur", title=title)
    assert "وارڈ" in (found.figures()[0].alt or "")
    # pypdf gives the words in the order they stand on the page (right to left), each word's letters in
    # reading order: read from the right, the title comes back whole.
    first_line = pypdf.PdfReader(path).pages[0].extract_text().splitlines()[0]
    assert first_line.replace(" ", "") == "".join(reversed(title.split()))
    # poppler reads the line in logical order.
    assert title in poppler_text(path)
    # The sheet's own words are Urdu, the figures in the locale's numbers, the fonts AssetMap's Naskh.
    text = poppler_text(path)
    assert _("District boundary") in text and _("District boundary") != "District boundary"
    fonts = {str(f.get("/BaseFont")) for f in _fonts(path)}
    assert any("NotoNaskhArabic" in f for f in fonts), fonts
    assert not any("Nastaliq" in f for f in fonts)


def _fonts(path: Path) -> list:
    import pikepdf

    found = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                found.append(dict(font.items()))
    return found


def test_a_polish_map_sheet_writes_numbers_and_dates_the_polish_way(
    tmp_path: Path, demo_assets: list
) -> None:
    sheet = build_map_sheet(
        demo_assets,
        ReportOptions(area="Stockport"),
        boundaries=gm_boundaries(),
        people=NO_PEOPLE,
        language="pl",
    )
    path = tmp_path / "pl.pdf"
    path.write_bytes(sheet.pdf())
    assert_accessible(path, lang="pl", title="Zasoby społeczności – Stockport")
    text = poppler_text(path)
    assert "Zasoby na 1000 mieszkańców" in text and "Granica dystryktu" in text
    legend = [entry["label"] for entry in sheet.data["legend"]["entries"]]  # type: ignore[index]
    assert all("," in label and "." not in label for label in legend), legend
    assert words("pl").date(dt.date.today()) in text


def test_hostile_titles_and_names_print_as_text_and_typst_runs_none_of_it(
    tmp_path: Path, hostile_strings: list[str]
) -> None:
    # Not the string with a right-to-left override: that one is shown reversed, as it asks.
    chosen = [*TYPST_HOSTILE, *hostile_strings[:6], *[h for h in hostile_strings[-6:] if "\u202e" not in h]]
    for i, text in enumerate(chosen):
        sheet = build_map_sheet(
            [],
            ReportOptions(area="Stockport", title=text, prepared_by=text),
            boundaries=gm_boundaries(),
            people=NO_PEOPLE,
        )
        path = tmp_path / f"hostile-{i}.pdf"
        path.write_bytes(sheet.pdf())
        read = poppler_text(path)
        assert "".join(text.split()) in "".join(read.split()), text
        assert PRODUCT not in read and "typst ran this" not in read.replace(text, "")
        assert '"title"' not in read  # data.json was not read into the page
        assert structure(path).title == text


def test_the_handout_is_tagged_with_a_heading_and_a_described_map_per_view(
    tmp_path: Path, demo_register_file: Path
) -> None:
    target = tmp_path / "meeting.assetmap"
    shutil.copy(demo_register_file, target)
    with Register.open(target) as register:
        register.save_view(
            "Bramhall North in figures",
            note="Per thousand residents.",
            area={"kind": "ward", "code": WARD},
            layer="abundance",
            measure="per1000",
        )
        register.save_view(
            "Halls of Stockport",
            area={"kind": "district", "name": "Stockport"},
            layer="assets",
            filters={"category": "physical_spaces"},
        )
        views, assets = register.views(), register.assets()
        boundaries, people = register.boundaries(), register.people_view()
    for language, title in (("en", "Saved views"), ("ur", words("ur")("Saved views"))):
        handout = build_handout(views, assets, boundaries=boundaries, people=people, language=language)
        path = tmp_path / f"handout-{language}.pdf"
        path.write_bytes(handout.pdf())
        found = assert_accessible(path, lang=language, title=title)
        assert found.tags().count("H1") == 2
        alts = [figure.alt for figure in found.figures()]
        assert len(alts) == 2 and len(pypdf.PdfReader(path).pages) == 2
    assert alts[0] and "وارڈ" in alts[0]
    english = build_handout(views, assets, boundaries=boundaries, people=people)
    assert english.data["pages"][1]["map"]["alt"].startswith("Map of Stockport: ")  # type: ignore[index]
    assert (
        "public assets drawn as dots coloured by category (Physical spaces)"
        in (
            english.data["pages"][1]["map"]["alt"]  # type: ignore[index]
        )
    )


def test_the_subject_access_document_has_real_table_headers_and_prints_values_as_text(
    tmp_path: Path, hostile_strings: list[str]
) -> None:
    with Register.open(tmp_path / "r.assetmap", user="Sam Worker") as register:
        person = register.add_person(TYPST_HOSTILE[0], email="priya@example.org")
        register.add_gift(
            person.id, name=TYPST_HOSTILE[3], description=hostile_strings[0], lon=-2.2426, lat=53.4808
        )
        register.record_consent(person.id, "public", method="spoken")
        record = gather(register, person.id)
        parts = tables(record)
    for language in ("en", "pl", "ur"):
        document = build_subject_access_document(record, parts, language=language)
        path = tmp_path / f"copy-{language}.pdf"
        path.write_bytes(document.pdf())
        found = assert_accessible(path, lang=language, title=document.title, tables=True)
        assert "H2" in found.tags()
        text = "".join(poppler_text(path).split())
        assert PRODUCT not in text
        if language == "ur":
            # In a right-to-left document a Latin value keeps its letters, its edges placed by the bidi rules.
            assert 'panic("typstranthis")' in text
            continue
        for value in (TYPST_HOSTILE[0], TYPST_HOSTILE[3], hostile_strings[0], "priya@example.org"):
            assert "".join(value.split()) in text, value
        if language == "pl":
            assert "Wszystko,coAssetMapprzechowujeoosobie:" in text and "Wartość" in text


def test_hostile_ward_names_are_labels_and_key_entries_as_text(
    tmp_path: Path, hostile_strings: list[str]
) -> None:
    """A register's own wards may carry any name: on the map (SVG text) and in the key (data), a name
    is printed as it is written, and neither Typst nor the SVG reader runs any of it."""
    from assetmap.geo.boundaries import Boundaries

    gm = gm_boundaries()
    stockport = list(resolve_area("Stockport", boundaries=gm).ward_codes)
    names = [*TYPST_HOSTILE, *[h for h in hostile_strings if "\u202e" not in h and len(h) < 60][:10]]
    renamed = dict(zip(stockport, names, strict=False))
    wards = gm.wards.copy()
    wards["ward_name"] = [
        renamed.get(code, name) for code, name in zip(wards["ward_code"], wards["ward_name"], strict=True)
    ]
    hostile = Boundaries(
        wards=wards,
        wards_for_drawing=gm.wards_for_drawing,
        districts=gm.districts,
        name=TYPST_HOSTILE[2],
        source=TYPST_HOSTILE[0],
        population=gm.population,
    )
    sheet = build_map_sheet([], ReportOptions(area="Stockport"), boundaries=hostile, people=NO_PEOPLE)
    path = tmp_path / "hostile-wards.pdf"
    path.write_bytes(sheet.pdf())

    assert_accessible(path, lang="en", title=sheet.title)
    flat = "".join(pdf_pages(path)[0].split())
    for code, name in renamed.items():
        label = next(label for label in sheet.labels.labels if label.code == code)
        shown = "".join("".join(label.lines).split()) if label.number is None else "".join(name.split())
        assert shown in flat, name
    assert PRODUCT not in flat and "typst ran this" not in flat.replace("".join(TYPST_HOSTILE[0].split()), "")


def test_figures_keep_their_order_in_an_urdu_subject_access_document(tmp_path: Path) -> None:
    with Register.open(tmp_path / "r.assetmap", user="Sam Worker") as register:
        person = register.add_person("Priya Chaudhry")
        register.add_gift(person.id, name="Runs the homework club", lon=-2.2426, lat=53.4808)
        record = gather(register, person.id)
        parts = tables(record)
    path = tmp_path / "ur.pdf"
    path.write_bytes(build_subject_access_document(record, parts, language="ur").pdf())
    gifts = next(part for part in parts if part.title == "Gifts and skills")
    row = dict(zip(gifts.headers, gifts.rows[0], strict=True))
    assert float(row["Lon"]) < 0  # a west longitude: its minus sign must stay in front
    lines = poppler_text(path).splitlines()
    assert str(row["Lon"]) in lines and str(row["Lat"]) in lines


def test_an_urdu_subject_access_copy_has_urdu_labels_and_no_english_label(tmp_path: Path) -> None:
    """Made as the person's form makes it; every label, title and fixed word of the document is
    Urdu, and what people typed is printed as it is."""
    import zipfile

    from assetmap.io.subject_access import PDF_NAME
    from assetmap.ui.subject_access import export_subject_access

    with Register.open(tmp_path / "r.assetmap", user="Sam Worker") as register:
        person = register.add_person(
            "Priya Chaudhry",
            phone="0161 496 0000",
            email="priya@example.org",
            preferred_contact="in_person",
            notes="Tuesdays",
        )
        gift = register.add_gift(person.id, name="Homework club", lon=-2.2426, lat=53.4808).assets[0]
        register.record_consent(person.id, "public", method="spoken")
        hall = register.add_asset(
            name="Church hall", category="physical_spaces", lon=-2.2426, lat=53.4808
        ).assets[0]
        register.link_person(person.id, hall.id, "runs")
        told = "Every week since the library closed."
        register.add_story(gift.id, told, person_id=person.id, teller="Priya", quote_consent=True)
        path = export_subject_access(register, person.id, tmp_path / "copy.zip", language="ur")
    with zipfile.ZipFile(path) as archive:
        (tmp_path / "copy.pdf").write_bytes(archive.read(PDF_NAME))
    text = poppler_text(tmp_path / "copy.pdf")
    lines = {line.strip() for line in text.splitlines()}

    ur = words("ur")
    for label in ("Their record", "Preferred contact", "Consent in force", "Gathered by", "Gifts and skills"):
        assert ur(label) != label and ur(label) in lines, label
    for fixed in (
        "In person",
        "Runs",
        "yes",
        "Shown on public maps and reports (not named)",
        "Consent given",
    ):
        assert ur(fixed) != fixed and ur(fixed) in text, fixed
    typed = ("Priya Chaudhry", "Tuesdays", "Homework club", "Church hall", "priya@example.org", "Sam Worker")
    rest = text
    for value in (*typed, "Every week since the library closed", "Priya"):
        assert value in rest, value
        rest = rest.replace(value, " ")
    english = {*subject_access.TITLES, *subject_access.HEADERS, *subject_access.LABELS}
    english |= set(subject_access.VOCABULARY) | {"Nothing is held."}
    for coded in (
        vocabulary.CATEGORIES,
        vocabulary.STATUSES,
        vocabulary.VISIBILITIES,
        vocabulary.COSTS,
        vocabulary.LINK_KINDS,
        vocabulary.CONSENT_EVENTS,
        vocabulary.HISTORY_OPERATIONS,
    ):
        english |= set(coded.values())
    left = [label for label in english if re.search(rf"(?<![A-Za-z]){re.escape(label)}(?![A-Za-z])", rest)]
    assert sorted(left) == []


# The codes a subject access copy's records store, and the words the copy prints for them in English.
STORED_CODES = {
    "gifts_skills": "People's gifts and skills",
    "private": "Private",
    "partners": "Partners",
    "active": "Active",
    "draft": "Draft",
    "low": "Low cost",
    "in_person": "In person",
    "email": "Email",
    "meets_at": "meets at",
    "given": "Consent given",
    "withdrawn": "Consent withdrawn",
    "add": "Added",
    "update": "Changed",
    "spoken": "Spoken, at an event or visit",
}


def _coded_copy(tmp_path: Path, language: str, hostile: str) -> tuple[Path, dict[str, str]]:
    """A subject access copy, exported as the person's form exports it, of a person whose records hold
    every kind of code; with what they typed, including ``hostile``."""
    with Register.open(tmp_path / f"r-{language}.assetmap", user="Sam Worker") as register:
        person = register.add_person(
            hostile, email="priya@example.org", preferred_contact="in_person", notes="active private"
        )
        register.update_person(person.id, preferred_contact="email")
        gift = register.add_gift(
            person.id, name="Homework club", description="gifts_skills", cost="low", lon=-2.2426, lat=53.4808
        ).assets[0]
        register.update_asset(gift.id, status="draft", visibility="partners")
        register.record_consent(person.id, "public", method="spoken")
        register.withdraw_consent(person.id, method="email")
        hall = register.add_asset(name="Church hall", category="physical_spaces", lon=-2.2426, lat=53.4808)
        register.add_link(person.id, hall.assets[0].id, "meets_at", from_kind="person", note="Tuesdays")
        path = export_copy(register, person.id, tmp_path / f"copy-{language}.zip", language=language)
    with zipfile.ZipFile(path) as archive:
        (tmp_path / f"copy-{language}.pdf").write_bytes(archive.read(PDF_NAME))
        files = {
            name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".csv")
        }
    return tmp_path / f"copy-{language}.pdf", files


def _stored_code(code: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text) is not None


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_subject_access_copy_prints_words_for_its_codes_and_typed_values_as_typed(
    tmp_path: Path, language: str
) -> None:
    """A category, status, visibility, cost, preferred contact, kind of link, consent event and the way
    a record changed are printed as words in the copy's language, never as the codes the register
    stores; what people typed is printed as they typed it (codes and Typst included); the CSV files
    keep the codes."""
    path, files = _coded_copy(tmp_path, language, TYPST_HOSTILE[0])
    text = poppler_text(path)
    flat = "".join(text.split())
    _ = words(language)
    for word in STORED_CODES.values():
        assert "".join(_(word).split()) in flat, word
        if language != "en":
            assert _(word) != word, word
    for typed in ("priya@example.org", "Homework club", "Church hall", "Tuesdays"):
        assert typed in text, typed
    if language == "ur":
        # In a right-to-left document a Latin value keeps its letters, its edges placed by the bidi rules.
        assert 'panic("typstranthis")' in flat
    else:
        assert "".join(TYPST_HOSTILE[0].split()) in flat
    # Typed text that looks like a code stays as typed: the gift's description "gifts_skills" (on its
    # card and in its two states), the person's notes "active private" (in their record and two states).
    rest = text
    for typed, times in (("gifts_skills", 3), ("active private", 3), ("priya@example.org", 3)):
        assert text.count(typed) == times, typed
        rest = rest.replace(typed, " ")
    # The titles, headers, labels and words hold English words such as "Contact email", "How it was
    # given" and "Consent withdrawn"; the consent state is the word "withdrawn" (in English), first
    # printed in "Their record". Any code left after them was printed as stored.
    labels = {*subject_access.TITLES, *subject_access.HEADERS, *subject_access.LABELS, *STORED_CODES.values()}
    for label in sorted(labels, key=len, reverse=True):
        rest = rest.replace(_(label), " ")
    rest = rest.replace(_("withdrawn"), " ", 1)
    left = [code for code in STORED_CODES if _stored_code(code, rest)]
    assert left == []
    assert PRODUCT not in flat

    # The machine-readable files keep the codes exactly as the register stores them.
    gifts = files["gifts.csv"].splitlines()
    header = gifts[0].split(",")
    gift = dict(zip(header, next(csv.reader([gifts[1]])), strict=True))
    assert (gift["Category"], gift["Visibility"], gift["Status"], gift["Cost"]) == (
        "gifts_skills",
        "partners",
        "draft",
        "low",
    )
    history = list(csv.reader(io.StringIO(files["history.csv"])))
    assert {row[4] for row in history[1:]} >= {"add", "update"}
    assert ["Preferred contact", "in_person"] in [row[5:] for row in history[1:]]
    events = list(csv.reader(io.StringIO(files["consent_events.csv"])))
    assert [row[1] for row in events[1:]] == ["given", "withdrawn"]
    assert files["asset_links.csv"].splitlines()[1].startswith("meets at,")


@pytest.mark.parametrize(
    ("area", "page"),
    [
        ("Stockport", PageSetup("A4", False)),
        ("Stockport", PageSetup("A4", True)),
        (None, PageSetup("A4", True)),
    ],
    ids=["stockport-portrait", "stockport-landscape", "county-a4"],
)
def test_every_word_on_the_printed_map_is_at_least_six_and_a_half_points(
    tmp_path: Path, area: str | None, page: PageSetup
) -> None:
    import math

    sheet = build_map_sheet(
        [], ReportOptions(area=area, page=page), boundaries=gm_boundaries(), people=NO_PEOPLE
    )
    path = tmp_path / "sheet.pdf"
    path.write_bytes(sheet.pdf())
    (figure,) = structure(path).figures()
    assert figure.bbox is not None
    x0, y0, x1, y1 = figure.bbox
    sizes: list[float] = []

    def seen(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and x0 <= x <= x1 and y0 <= y <= y1:
            sizes.append(size * math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]))

    pypdf.PdfReader(path).pages[0].extract_text(visitor_text=seen)
    assert len(sizes) > 50  # the labels, the scale bar and the north arrow, as text
    assert min(sizes) >= 6.5
