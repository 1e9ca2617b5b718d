"""The shareable HTML map in the document's language: every word it shows in Urdu or Polish (numbers and
dates the locale's way, Urdu right to left), none left in English but names, and English as it was."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from assetmap.cli.reports import EXIT_BAD_INPUT, EXIT_OK, add_report_commands
from assetmap.register import Register
from assetmap.register.connections import ANONYMOUS
from assetmap.reports import interactive, privacy
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.files import DocumentContents, write_document
from assetmap.reports.methods import SHORT_ATTRIBUTION
from assetmap.reports.words import words
from assetmap.ui.web.page import evaluate
from assetmap.ui.web.scheme import app_url
from tests.language_checks import LATIN_WORDS, english_left, place_names
from tests.reports.conftest import INSIDE, PEOPLE, WARD, WARD_NAME, SharedMapPage

DATA = re.compile(r'<script type="application/json" id="assetmap-data">(.*?)</script>', re.S)
HTML_TAG = re.compile(r"<html[^>]*>")
DAY = dt.date(2025, 3, 3)
TOLD = dt.date(2024, 11, 5)
HALL = "Hall Qz"


@pytest.fixture
def told(privacy_register: Register, hostile_strings: list[str]) -> Register:
    """The privacy register (1 to 4 individuals in Bramhall North) with stories, and a hostile name."""
    register = privacy_register
    lon, lat = INSIDE
    hall = register.add_asset(name=HALL, category="physical_spaces", lon=lon + 0.002, lat=lat).added[0]
    register.add_story(hall, "The hall kept us warm Kx2.", teller="Bob Unquoted", featured=True, told_on=TOLD)
    for n in range(4):
        register.add_story(hall, f"More story {n} Kx3", teller="Cy", quote_consent=True)
    register.add_asset(name=hostile_strings[13], category="associations", lon=lon, lat=lat + 0.001)
    register.add_story(
        register.add_asset(name="Place Qz", category="associations", lon=lon, lat=lat - 0.001).added[0],
        hostile_strings[0],
        teller=hostile_strings[1],
        quote_consent=True,
    )
    return register


def _write(register: Register, path: Path, language: str | None, **options: object) -> str:
    contents = DocumentContents.read(register, "html")
    chosen = ReportOptions(area="Stockport", date=DAY, **options)  # type: ignore[arg-type]
    write_document("html", chosen, contents, path, language=language)
    return path.read_text(encoding="utf-8")


def _data(html: str) -> dict:
    found = DATA.search(html)
    assert found is not None
    return json.loads(found.group(1))


def _html_tag(html: str) -> str:
    found = HTML_TAG.search(html)
    assert found is not None
    return found.group(0)


def _texts(data: dict) -> list[str]:
    """Every text the page shows that the map itself words (not the register's names and stories)."""
    texts = [
        data["title"],
        data["subtitle"],
        data["measureLabel"],
        data["attribution"],
        data["withheldLabel"],
    ]
    texts += [data["partnerNotice"]] if data["partnerNotice"] else []
    texts += [e["label"] for e in data["legend"]]
    texts += [c["label"] for c in data["categories"]]
    texts += list(data["words"].values())
    for f in data["figures"].values():
        texts += [f[k] for k in ("population", "total", "per1000", "diversity", "shannon", "reach")]
        texts += [f["linked"], f["groups"]]
        texts += [c["label"] for c in f["categories"]] + [c["count"] for c in f["categories"]]
    for a in data["assets"]:
        texts.append(a["category"])
        if a["moreStoriesText"]:
            texts.append(a["moreStoriesText"])
        for s in a["stories"]:
            texts.append(s["told_on"])
    return [t for t in texts if t]


def _hall(data: dict) -> dict:
    return next(a for a in data["assets"] if a["name"] == HALL)


@pytest.fixture
def english(told: Register, tmp_path: Path) -> dict:
    return _data(_write(told, tmp_path / "en.html", None, tier="partners"))


def test_the_urdu_map_speaks_urdu_right_to_left(told: Register, english: dict, tmp_path: Path) -> None:
    html = _write(told, tmp_path / "ur.html", "ur", tier="partners")
    tag = _html_tag(html)
    assert 'lang="ur"' in tag and 'dir="rtl"' in tag
    data = _data(html)
    _ = words("ur")
    assert data["title"] == "Stockport میں کمیونٹی اثاثے"
    assert data["words"]["Assets"] == "اثاثے" and data["words"]["Residents"] == "رہائشی"
    assert data["words"]["Hover over a ward to see its figures"] == _("Hover over a ward to see its figures")
    assert all(said != english_word and said for english_word, said in data["words"].items())
    assert data["partnerNotice"] == _(privacy.PARTNER_NOTICE)
    assert data["withheldLabel"] == _(privacy.WITHHELD_LABEL) and data["withheldText"] == "*"
    assert data["subtitle"].endswith(_.date(DAY)) and "مارچ" in data["subtitle"]
    # The privacy marks stay as the rules set them.
    ward = data["figures"][WARD]
    assert ward["withheld"] is True and ward["total"] == "*"
    assert privacy.SMALL_COUNT_TEXT in [c["count"] for c in ward["categories"]]
    hall = _hall(data)
    assert hall["category"] == _("Physical spaces")
    assert hall["stories"][0]["teller"] == _(ANONYMOUS) and hall["stories"][0]["told_on"] == _.date(TOLD)
    more = _("And {n} more stories in the register.").format(n=_.number(2))
    assert hall["moreStories"] == 2 and hall["moreStoriesText"] == more
    # Nothing in English but the places' names, the product's, and the credits the catalogue keeps as
    # the licences word them.
    allowed = (_(SHORT_ATTRIBUTION), "AssetMap")
    assert english_left(_texts(data), allowed) == []
    # No English sentence of the English map is left anywhere in the Urdu one (the page's own words
    # are looked up by their English, which is never shown).
    shown = json.dumps({**data, "words": list(data["words"].values())}, ensure_ascii=False)
    for text in _texts(english):
        if LATIN_WORDS.search(text) and text not in place_names():
            assert json.dumps(text, ensure_ascii=False) not in shown, text


def test_the_polish_map_speaks_polish(told: Register, english: dict, tmp_path: Path) -> None:
    html = _write(told, tmp_path / "pl.html", "pl", tier="partners")
    tag = _html_tag(html)
    assert 'lang="pl"' in tag and 'dir="ltr"' in tag
    data = _data(html)
    _ = words("pl")
    assert data["title"] == "Zasoby społeczności – Stockport"
    assert data["words"]["Assets"] == "Zasoby" and data["words"]["Connectors"] == "Łącznicy"
    assert all(said != english_word and said for english_word, said in data["words"].items())
    assert "3 marca 2025" in data["subtitle"]
    assert data["attribution"].startswith("Przygotowano w AssetMap.")
    assert _("Map classes: {scheme}; darker means more.").split(":")[0] in data["attribution"]
    population = english["figures"][WARD]["population"]
    assert "," in population and data["figures"][WARD]["population"] == population.replace(",", "\u00a0")
    hall = _hall(data)
    assert hall["stories"][0]["teller"] == "Anonimowo" and hall["stories"][0]["told_on"] == "5 listopada 2024"
    assert hall["moreStoriesText"] == "Więcej historii w rejestrze: 2."
    # Every English sentence of the English map is gone: each text the map words differs from its English.
    texts, english_texts = _texts(data), _texts(english)
    for text in english_texts:
        if LATIN_WORDS.search(text) and text not in place_names() and text != "AssetMap":
            assert text not in texts, text
    assert (
        data["words"]["Hover over a ward to see its figures"]
        == "Najedź kursorem na okręg, aby zobaczyć jego dane"
    )


def test_the_english_map_is_worded_as_before(english: dict, told: Register, tmp_path: Path) -> None:
    html = _write(told, tmp_path / "again.html", "en")
    tag = _html_tag(html)
    assert 'lang="en-GB"' in tag and 'dir="ltr"' in tag
    data = _data(html)
    assert all(said == english_word for english_word, said in data["words"].items())
    assert data["title"] == "Community assets in Stockport"
    assert data["subtitle"] == (
        "Assets per 1,000 residents by ward · People's gifts and skills, Associations and groups, "
        "Institutions, Physical spaces, Local economy and exchange, Culture and stories · public assets · "
        "3 March 2025"
    )
    assert data["attribution"].startswith("Made with AssetMap. Boundaries and population: Source:")
    assert (
        "counts from 1 to 4 show as <5, and figures that include them are withheld there (*)."
        in data["attribution"]
    )
    hall = _hall(data)
    assert hall["stories"][0]["teller"] == "Anonymous" and hall["stories"][0]["told_on"] == "5 November 2024"
    assert hall["moreStoriesText"] == "And 2 more stories in the register."
    assert english["partnerNotice"] == privacy.PARTNER_NOTICE


def test_more_stories_and_photos_are_whole_sentences_in_each_language() -> None:
    for code in ("en", "ur", "pl"):
        _ = words(code)
        assert interactive._more_stories(1, _) == _("And one more story in the register.")
        assert interactive._more_photos(1, _) == _("And one more photo in the register.")
        assert interactive._more_photos(12345, _) == _("And {n} more photos in the register.").format(
            n=_.number(12345)
        )
    assert interactive._more_photos(3, words("pl")) == "Więcej zdjęć w rejestrze: 3."
    assert interactive._more_stories(3, words("en")) == "And 3 more stories in the register."


@pytest.mark.web
def test_the_urdu_map_opens_with_its_words_and_the_hostile_text_inert(
    told: Register, viewer: SharedMapPage, qtbot, hostile_strings: list[str], tmp_path: Path
) -> None:
    html = _write(told, tmp_path / "ur.html", "ur")
    _ = words("ur")
    page = viewer.page
    viewer.hardened.scheme_handler.set_blob("share/ur.html", html.encode("utf-8"))
    loaded: list[bool] = []
    page.loadFinished.connect(loaded.append)
    page.load(app_url("share/ur.html"))
    qtbot.waitUntil(lambda: bool(loaded), timeout=30_000)
    assert loaded == [True]
    assert evaluate(page, "document.documentElement.dir") == "rtl"
    assert evaluate(page, "document.documentElement.lang") == "ur"
    assert evaluate(page, "document.title") == "Stockport میں کمیونٹی اثاثے"
    waiting = evaluate(page, "document.querySelector('.am-info').textContent")
    assert waiting == _("Hover over a ward to see its figures")
    shown = evaluate(page, f"window.assetmapReport.figuresText('{WARD}')")
    assert WARD_NAME in shown and privacy.SMALL_COUNT_TEXT in shown
    for english_word in ("Residents", "Per 1,000 residents", "Categories present", "Reach", "Assets"):
        assert _(english_word) in shown and english_word not in shown
    assert _(privacy.WITHHELD_LABEL) in shown
    assert english_left([shown], ("AssetMap",)) == []
    layers = evaluate(page, "document.querySelector('.leaflet-control-layers').textContent")
    assert _("District boundaries") in layers and "District" not in layers
    legend = evaluate(page, "document.querySelector('.am-legend').textContent")
    assert _("Assets") in legend and not english_left([legend], ())
    zoom = evaluate(page, "document.querySelector('.leaflet-control-zoom-in').getAttribute('title')")
    assert zoom == _("Zoom in")
    stats = evaluate(page, "window.assetmapReport.stats()")
    assert stats["layers"] == 3 and stats["wardsDrawn"] == 21
    popups = [evaluate(page, f"window.assetmapReport.popupText({i})") for i in range(stats["assetsDrawn"])]
    hall = next(p for p in popups if p.startswith(HALL))
    assert _(ANONYMOUS) in hall and _.date(TOLD) in hall and "Bob Unquoted" not in hall
    assert _("And {n} more stories in the register.").format(n=_.number(2)) in hall
    assert "more stories" not in hall
    # The hostile name, story and teller read back literally, as text; none of the people is drawn.
    assert any(hostile_strings[13] in p for p in popups)
    place = next(p for p in popups if p.startswith("Place Qz"))
    assert hostile_strings[0] in place and hostile_strings[1] in place
    assert not any(person in p for p in popups for person in PEOPLE)
    assert viewer.guard.non_app_requests() == []


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="assetmap")
    add_report_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_html_map_language_on_the_command_line(
    demo_register_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pl.html"
    argv = ["html-map", "--register", str(demo_register_file), "--area", "Bolton", "-q", "-o", str(out)]
    assert _run([*argv, "--language", "pl"]) == EXIT_OK
    html = out.read_text(encoding="utf-8")
    assert 'lang="pl"' in _html_tag(html) and _data(html)["title"] == "Zasoby społeczności – Bolton"
    refused = tmp_path / "xx.html"
    assert _run([*argv[:-1], str(refused), "--language", "xx"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "AssetMap has no translation for the language 'xx'" in err
    assert "en (English), ur (Urdu), pl (Polish)" in err and "Traceback" not in err
    assert not refused.exists()


def test_the_windows_export_passes_the_language_through(told: Register, tmp_path: Path) -> None:
    from assetmap.reports.files import DocumentContents, write_document

    contents = DocumentContents.read(told, "html")
    options = ReportOptions(area="Stockport", language="ur")
    written = write_document("html", options, contents, tmp_path / "window.html")
    html = written.read_text(encoding="utf-8")
    assert 'dir="rtl"' in _html_tag(html) and _data(html)["words"]["Assets"] == "اثاثے"
    polish = write_document("html", options, contents, tmp_path / "polish.html", language="pl")
    assert _data(polish.read_text(encoding="utf-8"))["words"]["Assets"] == "Zasoby"
