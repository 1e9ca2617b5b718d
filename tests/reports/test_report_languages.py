"""The report in Urdu and Polish: typeset right to left where the language is, read back in order, and
catalogues that cover every string the report prints."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pikepdf
import pytest
from babel.messages.pofile import read_po

from assetmap import paths
from assetmap.geo.boundaries import POPULATION_LABEL, gm_boundaries
from assetmap.languages import report_catalogue_path
from assetmap.register import Register
from assetmap.register.connections import ANONYMOUS
from assetmap.register.consent import NO_PEOPLE
from assetmap.reports import privacy, vocabulary
from assetmap.reports.analysis import ReportOptions, analyse
from assetmap.reports.classify import NO_DATA_LABEL, SCHEMES
from assetmap.reports.measures import MEASURES, measure_label
from assetmap.reports.methods import SHORT_ATTRIBUTION
from assetmap.reports.report import build_report, report_pdf
from assetmap.reports.selection import CATEGORY_LABELS
from assetmap.reports.words import words
from assetmap.sources import ASSET_SOURCE_NAMES

REPORTS_I18N = paths.resources_dir() / "i18n" / "reports"
POT = REPORTS_I18N / "reports.pot"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _text(path: Path) -> str:
    """The PDF's text as pdftotext reads it in logical order, without the bidi marks it adds."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True
    ).stdout
    return "".join(c for c in out if unicodedata.category(c) != "Cf")


@pytest.fixture(scope="module")
def stockport_assets(demo_register_file: Path):
    with Register.open(demo_register_file) as register:
        return register.assets(), register.boundaries()


def _report(stockport_assets, language: str, path: Path) -> Path:
    assets, boundaries = stockport_assets
    options = ReportOptions(area="Stockport", language=language, prepared_by="Team A")
    path.write_bytes(report_pdf(assets, options, boundaries=boundaries, people=NO_PEOPLE))
    return path


def test_an_urdu_report_reads_back_in_order_right_to_left(stockport_assets, tmp_path: Path) -> None:
    path = _report(stockport_assets, "ur", tmp_path / "ur.pdf")
    text = _text(path)
    assert "وارڈوں کا خلاصہ" in text  # "Ward summary", its words in reading order
    assert "یہ رپورٹ کیسے پڑھیں" in text  # "How to read this report"
    squashed = "".join(text.split())  # where a Latin name meets Urdu, the space falls either side
    assert "BramhallNorth" in squashed and "Stockportمیںکمیونٹیاثاثے" in squashed
    assert any("Bramhall North" in line and "کے اثاثے" in line for line in text.splitlines())
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "ur"
        assert str(pdf.docinfo.Title) == "Stockport میں کمیونٹی اثاثے"
        fonts = {
            str(font.BaseFont) for page in pdf.pages[:3] for font in page.Resources.get("/Font", {}).values()
        }
    assert any("NotoNaskhArabic" in f for f in fonts)  # Naskh, whose text reads back in order


def test_an_urdu_report_is_laid_out_right_to_left() -> None:
    from assetmap.register.consent import NO_PEOPLE as people

    document = build_report(
        [], ReportOptions(area="Stockport", language="ur"), boundaries=gm_boundaries(), people=people
    )
    assert document.data["rtl"] is True and document.data["lang"] == "ur"
    assert document.data["fonts"][0] == "Noto Naskh Arabic"
    english = build_report([], ReportOptions(area="Stockport"), boundaries=gm_boundaries(), people=people)
    assert english.data["rtl"] is False and english.data["fonts"][0] == "Noto Sans"


def test_a_polish_report_has_polish_words_numbers_and_dates(stockport_assets, tmp_path: Path) -> None:
    import datetime as dt

    assets, boundaries = stockport_assets
    options = ReportOptions(area="Stockport", language="pl", date=dt.date(2025, 3, 3))
    path = tmp_path / "pl.pdf"
    path.write_bytes(report_pdf(assets, options, boundaries=boundaries, people=NO_PEOPLE))
    text = " ".join(_text(path).split())
    assert "Podsumowanie okręgów" in text and "Jak czytać ten raport" in text
    assert "3 marca 2025" in text  # Babel's long date for Polish
    english = build_report(assets, ReportOptions(area="Stockport"), boundaries=boundaries, people=NO_PEOPLE)
    residents = next(s for s in english.data["sections"] if s["kind"] == "overview")["figures"][1][0]
    assert "," in residents and residents.replace(",", " ") in text  # grouped the Polish way, not with ","
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "pl"


def test_about_the_data_names_each_source_and_never_shows_its_key(stockport_assets, tmp_path: Path) -> None:
    assets, _ = stockport_assets
    keys = {a.tags[1] for a in assets if a.tags[:1] == ("demo",) and len(a.tags) > 1}
    assert keys and keys <= set(ASSET_SOURCE_NAMES)  # every list the demo data came from has a name
    english = "".join(_text(_report(stockport_assets, "en", tmp_path / "en.pdf")).split())
    urdu = "".join(_text(_report(stockport_assets, "ur", tmp_path / "ur.pdf")).split())
    for key in keys:
        assert key not in english and key not in urdu, key
    for name in ("OS OpenMap Local: places of worship", "OS OpenMap Local: post offices"):
        assert "".join(name.split()) in english, name
    # In Urdu the name's own words are Urdu around the product's Latin name (read back in bidi order).
    worship = words("ur")("OS OpenMap Local: places of worship")
    assert worship.startswith("OS OpenMap Local ") and "".join(worship.split()[3:]) in urdu
    assert "OSOpenMapLocal" in urdu and "placesofworship" not in urdu


def test_figures_keep_their_privacy_marks_in_every_language() -> None:
    polish = words("pl")
    assert polish.figure("*") == "*" and polish.figure("<5") == "<5"
    assert polish.figure("6\u2020") == "6\u2020"
    assert polish.figure("12.30") == "12,30"
    assert polish.figure("1,234") == "1\u00a0234"
    assert words("en").figure("1,234") == "1,234"


def _catalogue(path: Path) -> dict[str, str]:
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    return {str(m.id): str(m.string) if not m.fuzzy else "" for m in catalogue if m.id}


@pytest.mark.parametrize("code", ["ur", "pl"])
def test_every_report_string_is_translated_with_its_placeholders(code: str) -> None:
    wanted = _catalogue(POT)
    translated = _catalogue(report_catalogue_path(code))
    missing = [m for m in wanted if not translated.get(m, "").strip()]
    assert missing == [], f"{code}.po lacks a translation of: {missing}"
    for message, translation in translated.items():
        assert set(PLACEHOLDER.findall(message)) == set(PLACEHOLDER.findall(translation)), message
        for mark in ("*", "<5", "\u2020"):
            if message.startswith(mark) or f"\u201c{mark}\u201d" in message:
                assert mark in translation, (message, mark)
    header = report_catalogue_path(code).read_text(encoding="utf-8").split("msgid", 1)[0]
    assert "awaiting review by a native speaker" in header


def test_the_template_catalogue_is_up_to_date_with_the_source(tmp_path: Path) -> None:
    fresh = tmp_path / "reports.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            str(REPORTS_I18N / "babel.cfg"),
            "-k",
            "N_",
            "--no-location",
            "--sort-output",
            "-o",
            str(fresh),
            str(Path(__file__).resolve().parents[2] / "assetmap" / "reports"),
        ],
        check=True,
        capture_output=True,
    )
    assert set(_catalogue(fresh)) == set(_catalogue(POT)), (
        "run pybabel extract (see babel.cfg) and update the .po files"
    )


def test_the_vocabulary_repeats_its_sources_exactly() -> None:
    assert vocabulary.CATEGORIES == CATEGORY_LABELS
    assert {key: m.label for key, m in MEASURES.items()} == vocabulary.MEASURES
    assert vocabulary.REACH_LABEL.format(walk="1,200") == measure_label("reach", 1200)
    assert vocabulary.SCHEMES == SCHEMES
    assert vocabulary.PARTNER_NOTICE == privacy.PARTNER_NOTICE
    assert vocabulary.WITHHELD_LABEL == privacy.WITHHELD_LABEL
    assert vocabulary.WITHHELD_NOTE == privacy.WITHHELD_NOTE
    assert vocabulary.PEOPLE_LEFT_OUT_NOTE == privacy.PEOPLE_LEFT_OUT_NOTE
    assert vocabulary.NO_DATA_LABEL == NO_DATA_LABEL
    assert vocabulary.POPULATION_LABEL == POPULATION_LABEL
    assert vocabulary.ANONYMOUS == ANONYMOUS
    assert vocabulary.SHORT_ATTRIBUTION == SHORT_ATTRIBUTION
    assert vocabulary.ASSET_SOURCE_NAMES == ASSET_SOURCE_NAMES
    analysis = analyse([], ReportOptions(area="Stockport"), boundaries=gm_boundaries(), people=NO_PEOPLE)
    assert analysis.measure_label in vocabulary.MEASURES.values()


def test_the_words_for_a_records_codes_repeat_their_sources(tmp_path: Path) -> None:
    """The words a subject access copy prints for a stored code: status, visibility and cost as the
    window's asset form names them, preferred contact, the kinds of link a register starts with, the
    consent events and how a record reached a state (in the audit trail's words)."""
    from assetmap.register import audit, consent, schema
    from assetmap.register.people import PREFERRED_CONTACTS
    from assetmap.register.records import HISTORY_OPERATIONS
    from assetmap.ui import asset_form

    assert tuple(vocabulary.STATUSES) == schema.STATUSES
    assert tuple(vocabulary.VISIBILITIES) == schema.VISIBILITIES
    assert tuple(vocabulary.COSTS) == schema.COSTS
    assert {code: label for label, code in asset_form.STATUSES} == vocabulary.STATUSES
    assert {code: label for label, code, _ in asset_form.VISIBILITIES} == vocabulary.VISIBILITIES
    assert {code: label for label, code in asset_form.COSTS if code} == vocabulary.COSTS
    assert vocabulary.PREFERRED_CONTACTS == PREFERRED_CONTACTS
    assert tuple(vocabulary.CONSENT_EVENTS) == (consent.GIVEN, consent.WITHDRAWN)
    assert tuple(vocabulary.HISTORY_OPERATIONS) == HISTORY_OPERATIONS
    for code, word in vocabulary.HISTORY_OPERATIONS.items():
        assert code == "baseline" or word == audit.ACTIONS[code], code
    with Register.open(tmp_path / "r.assetmap") as register:
        assert {kind.code: kind.label for kind in register.link_kinds()} == vocabulary.LINK_KINDS
