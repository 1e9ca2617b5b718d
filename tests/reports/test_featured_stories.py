"""Stories in the printed report (read back from the PDF) and in the HTML map's popups (in QtWebEngine)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.register import Register
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.interactive import build_html_map
from assetmap.reports.report import build_report
from assetmap.ui.web.page import evaluate
from assetmap.ui.web.scheme import app_url
from tests.reports.conftest import INSIDE, WARD_NAME, SharedMapPage, report_pages

pytestmark = pytest.mark.web
LON, LAT = INSIDE
MARKUP_STORY = "<b>Bold claims</b> & <i>the lunch club</i> fed forty people"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    with Register.open(tmp_path / "stories.assetmap") as opened:
        yield opened


@pytest.fixture
def told(register: Register) -> dict[str, str]:
    club = register.add_asset(name="Lunch Club Qz", category="associations", lon=LON, lat=LAT).added[0]
    hall = register.add_asset(name="Hall Qz", category="physical_spaces", lon=LON + 0.001, lat=LAT).added[0]
    hidden = register.add_asset(
        name="Refuge Qz", category="physical_spaces", visibility="private", lon=LON, lat=LAT + 0.001
    ).added[0]
    register.add_story(
        club,
        "Quotable story Kx1: the club began in a kitchen.",
        teller="Ann Quotable",
        quote_consent=True,
        told_on=dt.date(2025, 3, 1),
        featured=True,
    )
    register.add_story(
        hall, "Unnamed story Kx2: the hall kept us warm.", teller="Bob Unquoted", featured=True
    )
    register.add_story(hall, "Ordinary story Kx3, not among the strongest.", teller="Cy", quote_consent=True)
    register.add_story(hidden, "Private story Kx4.", featured=True)
    register.add_story(club, MARKUP_STORY, featured=True)
    return {"club": club, "hall": hall}


def _report_pages(register: Register, path: Path) -> list[str]:
    document = build_report(
        register.assets(),
        ReportOptions(area=WARD_NAME),
        boundaries=register.boundaries(),
        people=register.people_view(),
        links=register.links(),
        stories=register.stories(),
    )
    assert "stories" in document.kinds
    return report_pages(document, path)


def test_the_wards_strongest_stories_follow_its_page_with_tellers_named_only_by_consent(
    register: Register, told: dict[str, str], tmp_path: Path
) -> None:
    pages = _report_pages(register, tmp_path / "report.pdf")
    # The ward's page gives its connection measures (no links yet) beside the others.
    assert any("Assets with a link: 0% · groups linked to its spaces: 0" in p for p in pages)
    story_pages = [p for p in pages if f"{WARD_NAME}: stories" in p]
    assert len(story_pages) == 1
    text = story_pages[0]
    assert "Quotable story Kx1" in text and "Ann Quotable" in text and "1 March 2025" in text
    assert "Unnamed story Kx2" in text and "Anonymous" in text
    # The story's text is printed as it was written, markup and all, never as markup.
    assert MARKUP_STORY in text
    everything = " ".join(pages)
    assert "Bob Unquoted" not in everything
    assert "Kx3" not in everything  # not marked as one of the strongest
    assert "Kx4" not in everything and "Refuge Qz" not in everything  # on a private asset


def _open_map(viewer: SharedMapPage, qtbot, html: str) -> object:
    page = viewer.page
    viewer.hardened.scheme_handler.set_blob("share/stories.html", html.encode("utf-8"))
    loaded: list[bool] = []
    page.loadFinished.connect(loaded.append)
    page.load(app_url("share/stories.html"))
    qtbot.waitUntil(lambda: bool(loaded), timeout=30_000)
    assert loaded == [True]
    return page


def test_the_html_map_shows_stories_in_popups_with_hostile_text_inert(
    register: Register,
    told: dict[str, str],
    viewer: SharedMapPage,
    qtbot,
    hostile_strings: list[str],
) -> None:
    places = {}
    for i, text in enumerate(hostile_strings):
        place = register.add_asset(
            name=f"Place {i} Qz", category="physical_spaces", lon=LON + 0.0001 * i, lat=LAT - 0.001
        ).added[0]
        register.add_story(place, text, teller=text, quote_consent=True)
        places[f"Place {i} Qz"] = text
    for n in range(3):
        register.add_story(told["hall"], f"More story {n}", featured=False)
    html = build_html_map(
        register.assets(),
        ReportOptions(area=WARD_NAME),
        boundaries=register.boundaries(),
        people=register.people_view(),
        links=register.links(),
        stories=register.stories(),
    )
    assert "Private story Kx4" not in html and "Bob Unquoted" not in html
    page = _open_map(viewer, qtbot, html)
    title = evaluate(page, "document.title")
    stats = evaluate(page, "window.assetmapReport.stats()")
    popups = [evaluate(page, f"window.assetmapReport.openPopup({i})") for i in range(stats["assetsDrawn"])]
    names = (*places, "Lunch Club Qz", "Hall Qz")
    by_name = {max((n for n in names if text.startswith(n)), key=len): i for i, text in enumerate(popups)}
    club_stories = evaluate(page, f"window.assetmapReport.storyTexts({by_name['Lunch Club Qz']})")
    # Both are among the strongest: the one told most recently (the undated one counts as oldest) first.
    assert club_stories == ["Quotable story Kx1: the club began in a kitchen.", MARKUP_STORY]
    assert "Ann Quotable" in popups[by_name["Lunch Club Qz"]]
    hall_stories = evaluate(page, f"window.assetmapReport.storyTexts({by_name['Hall Qz']})")
    assert hall_stories[0] == "Unnamed story Kx2: the hall kept us warm."  # the strongest first
    assert len(hall_stories) == 3
    hall_text = popups[by_name["Hall Qz"]]
    assert "Anonymous" in hall_text and "Bob Unquoted" not in hall_text and "2 more stories" in hall_text
    # Every hostile story and teller reads back literally from the opened popup, and none ran.
    for name, text in places.items():
        assert evaluate(page, f"window.assetmapReport.storyTexts({by_name[name]})") == [text]
        assert text in popups[by_name[name]]
    qtbot.wait(500)  # time for any injected handler to fire
    assert evaluate(page, "document.title") == title and "PWN" not in title
    assert viewer.guard.non_app_requests() == []


def test_hostile_stories_and_tellers_print_literally_in_the_report(
    register: Register, tmp_path: Path, hostile_strings: list[str]
) -> None:
    club = register.add_asset(name="Club Hx", category="associations", lon=LON, lat=LAT).added[0]
    chosen = hostile_strings[:12]
    for text in chosen:
        register.add_story(club, text, teller=text, quote_consent=True, featured=True)
    document = build_report(
        register.assets(),
        ReportOptions(area=WARD_NAME),
        boundaries=register.boundaries(),
        people=register.people_view(),
        stories=register.stories(),
    )
    # The stories reach the template as data, never as markup: the typeset text is what was written.
    pages = report_pages(document, tmp_path / "hostile.pdf")
    printed = "".join("".join(p.split()) for p in pages)
    for text in chosen:
        assert "".join(text.split()) in printed  # each story and its teller read back as written
