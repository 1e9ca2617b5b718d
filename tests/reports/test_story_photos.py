"""Stories' photos in the printed report (read back from the PDF) and in the HTML map (in QtWebEngine)."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from assetmap.register import Register
from assetmap.register.story_photos import read_thumbnails
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.interactive import build_html_map
from assetmap.reports.report import build_report
from assetmap.ui.web.page import evaluate
from assetmap.ui.web.scheme import app_url
from tests.reports.conftest import INSIDE, WARD_NAME, SharedMapPage, pdf_pages, typeset_report

pytestmark = pytest.mark.web
LON, LAT = INSIDE
CLUB_ALT = "Volunteers Pq7 serving soup at the long table"
HOSTILE_ALT = "<img src=x onerror=\"document.title='PWN'\"> Hostile Pq8 & <b>bold</b>"
PRIVATE_ALT = "Secret refuge Pq9 doorway"


def _photo(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), colour).save(out, "JPEG", quality=90)
    return out.getvalue()


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    with Register.open(tmp_path / "photos.assetmap") as opened:
        yield opened


@pytest.fixture
def pictured(register: Register) -> dict[str, str]:
    club = register.add_asset(name="Soup Club Pq", category="associations", lon=LON, lat=LAT).added[0]
    hidden = register.add_asset(
        name="Refuge Pq", category="physical_spaces", visibility="private", lon=LON, lat=LAT + 0.001
    ).added[0]
    story = register.add_story(club, "Story Pq1: soup on Fridays.", featured=True).stories[0]
    secret = register.add_story(hidden, "Private story Pq2.", featured=True).stories[0]
    register.add_photo(club, _photo((200, 30, 30)), CLUB_ALT, story_id=story)
    register.add_photo(club, _photo((30, 30, 200)), HOSTILE_ALT, story_id=story)
    secret_photo = register.add_photo(hidden, _photo((30, 200, 30)), PRIVATE_ALT, story_id=secret).photos[0]
    return {"club": club, "hidden": hidden, "story": story, "secret_photo": secret_photo}


def _thumbnails(register: Register) -> list:
    assets = register.assets()
    return read_thumbnails(register, register.stories(), {a.id for a in assets})


def test_the_reports_stories_page_shows_the_photos_with_their_alternative_text(
    register: Register, pictured: dict[str, str], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    document = build_report(
        register.assets(),
        ReportOptions(area=WARD_NAME),
        boundaries=register.boundaries(),
        people=register.people_view(),
        stories=register.stories(),
        photos=_thumbnails(register),
    )
    secret_thumb = base64.b64encode(register.photo_thumbnail(pictured["secret_photo"])).decode()
    secret_bytes = register.photo_thumbnail(pictured["secret_photo"])
    assert secret_bytes not in document.files.values() and PRIVATE_ALT not in document.text()
    assert secret_thumb not in document.text()
    path = typeset_report(document, tmp_path / "report.pdf")
    reader = PdfReader(path)
    texts = pdf_pages(path)
    stories_at = [i for i, t in enumerate(texts) if f"{WARD_NAME}: stories" in t]
    assert len(stories_at) == 1
    page = reader.pages[stories_at[0]]
    images = list(page.images)
    assert len(images) == 2  # the story's two photos, and nothing of the private asset's
    colours = sorted(img.image.convert("RGB").resize((1, 1)).getpixel((0, 0)) for img in images)
    assert colours[0][2] > 150 and colours[1][0] > 150  # the blue one and the red one
    text = texts[stories_at[0]]
    # Each caption is the alternative text, printed as text (the hostile one literally, not as markup).
    assert CLUB_ALT in text
    assert "".join(HOSTILE_ALT.split()) in "".join(text.split())
    # Vector text stays text: the story itself reads back.
    assert "Story Pq1: soup on Fridays." in text
    everything = " ".join(texts)
    assert "Pq9" not in everything and "Pq2" not in everything
    other_images = sum(len(list(p.images)) for i, p in enumerate(reader.pages) if i != stories_at[0])
    assert other_images == 0  # the private asset's photo is on no page


def _open_map(viewer: SharedMapPage, qtbot, html: str) -> object:
    page = viewer.page
    viewer.hardened.scheme_handler.set_blob("share/photos.html", html.encode("utf-8"))
    loaded: list[bool] = []
    page.loadFinished.connect(loaded.append)
    page.load(app_url("share/photos.html"))
    qtbot.waitUntil(lambda: bool(loaded), timeout=30_000)
    assert loaded == [True]
    return page


def test_the_html_map_shows_a_storys_thumbnails_with_alt_text_and_never_a_private_one(
    register: Register, pictured: dict[str, str], viewer: SharedMapPage, qtbot
) -> None:
    thumbs = _thumbnails(register)
    html = build_html_map(
        register.assets(),
        ReportOptions(area=WARD_NAME),
        boundaries=register.boundaries(),
        people=register.people_view(),
        stories=register.stories(),
        photos=thumbs,
    )
    club_thumb = base64.b64encode(next(t.data for t in thumbs if t.alt_text == CLUB_ALT)).decode()
    assert club_thumb in html  # the thumbnail itself, never the full image
    full = base64.b64encode(register.photo_bytes(next(t.id for t in thumbs if t.alt_text == CLUB_ALT)))
    assert full.decode() not in html
    secret_thumb = base64.b64encode(register.photo_thumbnail(pictured["secret_photo"])).decode()
    assert secret_thumb not in html and "Pq9" not in html and "Pq2" not in html
    page = _open_map(viewer, qtbot, html)
    title = evaluate(page, "document.title")
    stats = evaluate(page, "window.assetmapReport.stats()")
    assert stats["assetsDrawn"] == 1
    evaluate(page, "window.assetmapReport.openPopup(0)")
    qtbot.waitUntil(
        lambda: evaluate(
            page, "Array.from(document.querySelectorAll('.leaflet-popup img')).every(i => i.complete)"
        )
    )
    shown = evaluate(
        page,
        "Array.from(document.querySelectorAll('.leaflet-popup .am-photo')).map(f => ({"
        "alt: f.querySelector('img').getAttribute('alt'), width: f.querySelector('img').naturalWidth,"
        "caption: f.querySelector('figcaption').textContent,"
        "src: f.querySelector('img').getAttribute('src').slice(0, 23)}))",
    )
    assert [s["alt"] for s in shown] == [CLUB_ALT, HOSTILE_ALT]
    assert [s["caption"] for s in shown] == [CLUB_ALT, HOSTILE_ALT]
    assert all(s["src"] == "data:image/jpeg;base64," and 0 < s["width"] <= 320 for s in shown)
    # The hostile alt text made no element of its own, and nothing of it ran.
    assert evaluate(page, "document.querySelectorAll('.leaflet-popup img').length") == 2
    qtbot.wait(300)
    assert evaluate(page, "document.title") == title
    assert viewer.guard.non_app_requests() == []


def test_the_html_map_carries_thumbnails_only_within_its_budget_and_counts_the_rest(
    register: Register, pictured: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from assetmap.reports import interactive

    thumbs = _thumbnails(register)
    first = next(t for t in thumbs if t.alt_text == CLUB_ALT)
    monkeypatch.setattr(interactive, "HTML_PHOTO_BYTES", len(first.data))
    html = build_html_map(
        register.assets(),
        ReportOptions(area=WARD_NAME),
        boundaries=register.boundaries(),
        people=register.people_view(),
        stories=register.stories(),
        photos=thumbs,
    )
    assert base64.b64encode(first.data).decode() in html
    other = next(t for t in thumbs if t.alt_text != CLUB_ALT)
    assert base64.b64encode(other.data).decode() not in html
    assert '"morePhotos":1' in html


def test_the_html_map_command_embeds_the_storys_thumbnails(
    register: Register, pictured: dict[str, str], tmp_path: Path
) -> None:
    from assetmap.cli import main

    out = tmp_path / "shared.html"
    path = register.path
    register.close()
    assert main(["html-map", "--register", str(path), "--area", WARD_NAME, "-o", str(out), "-q"]) == 0
    html = out.read_text(encoding="utf-8")
    with Register.open(path) as reopened:
        club_photo = next(p for p in reopened.photos() if p.alt_text == CLUB_ALT)
        assert base64.b64encode(reopened.photo_thumbnail(club_photo.id)).decode() in html
        secret = base64.b64encode(reopened.photo_thumbnail(pictured["secret_photo"])).decode()
    assert secret not in html and PRIVATE_ALT not in html
