"""A window on a team register: another worker's links, stories and link kinds appear live.

A real window (real QtWebEngine map) on a register on the test PostgreSQL server, and a second Register
object on the same register as another worker's window. The map is asked what it draws, as
tests/ui/test_links_on_map.py does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from assetmap.geo.postcodes import PostcodeIndex
from assetmap.register import Register
from assetmap.ui.asset_form import AssetForm
from assetmap.ui.link_commands import AddLinkCommand
from assetmap.ui.main_window import MainWindow
from tests.ui.conftest import open_window

pytestmark = pytest.mark.web

LIVE_MS = 10_000
TEXTS_JS = "Array.prototype.map.call(document.querySelectorAll('%s'), function (n) { return n.textContent; })"


@pytest.fixture
def register(pg_url: str) -> Iterator[Register]:
    """The window's register, on the server, with two assets."""
    register = Register.open(pg_url, user="Amira")
    register.add_asset(name="Church hall", category="physical_spaces", lon=-2.2426, lat=53.4808)
    register.add_asset(name="Lunch club", category="associations", lon=-2.2300, lat=53.4750)
    yield register
    register.close()


@pytest.fixture
def other(pg_url: str, register: Register) -> Iterator[Register]:
    """Another worker's register on the same server."""
    other = Register.open(pg_url, user="Ben")
    yield other
    other.close()


@pytest.fixture
def live_window(qtbot, register: Register) -> Iterator[MainWindow]:
    window = open_window(qtbot, register)
    assert window.live is not None
    assert window.live.listener.wait_until_listening()
    # The first reading of the map's links and stories is in.
    qtbot.waitUntil(lambda: window.connections.live.read is not None, timeout=LIVE_MS)
    yield window
    window.shut_down()
    window.close()


def _id(register: Register, name: str) -> str:
    return next(a.id for a in register.assets() if a.name == name)


def _links(window: MainWindow) -> dict:
    return window.map_view.evaluate("assetmap.links()")  # type: ignore[return-value]


def _listed(part) -> list[str]:
    return [part.list.item(row).text() for row in range(part.list.count())]


def test_a_link_and_a_story_another_worker_adds_appear_on_the_map_without_a_reload(
    qtbot, live_window: MainWindow, other: Register
) -> None:
    hall, club = _id(other, "Church hall"), _id(other, "Lunch club")
    live_window.map_view.evaluate("(window.__sameDocument = 'yes')")
    assert _links(live_window)["count"] == 0

    other.add_link(club, hall, "meets_at", note="Qx on Tuesdays")
    other.add_story(hall, "The roof came in and the club kept meeting", teller="Qx Teller")

    qtbot.waitUntil(lambda: _links(live_window)["count"] == 1, timeout=LIVE_MS)
    assert _links(live_window)["lines"] == [[club, hall, "meets_at"]]
    qtbot.waitUntil(lambda: _links(live_window)["stories"] == 1, timeout=LIVE_MS)
    live_window.map_view.evaluate(f"JSON.stringify(assetmap.popupText('{hall}'))")
    texts = live_window.map_view.evaluate(TEXTS_JS % ".am-story-text")
    tellers = live_window.map_view.evaluate(TEXTS_JS % ".am-story-teller")
    assert texts == ["The roof came in and the club kept meeting"]
    assert tellers[0].startswith("— Anonymous")  # no consent to be quoted: not named
    assert live_window.map_view.evaluate("window.__sameDocument") == "yes"  # no page reload


def test_a_link_another_worker_removes_leaves_the_map_and_a_renamed_kind_is_shown(
    qtbot, live_window: MainWindow, other: Register
) -> None:
    hall, club = _id(other, "Church hall"), _id(other, "Lunch club")
    link = other.add_link(club, hall, "meets_at").links[0]
    qtbot.waitUntil(lambda: _links(live_window)["count"] == 1, timeout=LIVE_MS)

    other.rename_link_kind("meets_at", "gathers at")
    qtbot.waitUntil(lambda: _links(live_window)["kinds"]["meets_at"] == "gathers at", timeout=LIVE_MS)

    other.remove_link(link)
    qtbot.waitUntil(lambda: _links(live_window)["count"] == 0, timeout=LIVE_MS)


def test_an_open_asset_form_and_the_connections_view_follow_another_workers_links_and_stories(
    qtbot, live_window: MainWindow, register: Register, other: Register
) -> None:
    hall, club = _id(other, "Church hall"), _id(other, "Lunch club")
    live_window.connections.dock.show()
    view = live_window.connections.view
    qtbot.waitUntil(lambda: view.network is not None, timeout=LIVE_MS)
    assert view.network is not None and len(view.network.edges) == 0
    w = live_window
    form = AssetForm(w._categories, PostcodeIndex.for_gm(), w._ward_names, register.asset(hall), w)
    links_part, stories_part = w.connections.attach_to_form(form, register.asset(hall))
    form.show()
    assert "Lunch club" not in " ".join(_listed(links_part))

    other.add_link(club, hall, "supports")
    other.add_story(hall, "Forty people came to the first lunch", teller="Dot", quote_consent=True)

    qtbot.waitUntil(lambda: any("Lunch club" in text for text in _listed(links_part)), timeout=LIVE_MS)
    qtbot.waitUntil(lambda: any("Forty people" in text for text in _listed(stories_part)), timeout=LIVE_MS)
    qtbot.waitUntil(lambda: view.network is not None and len(view.network.edges) == 1, timeout=LIVE_MS)
    form.close()


def test_the_windows_own_link_is_read_for_the_map_once(
    qtbot, live_window: MainWindow, register: Register
) -> None:
    hall, club = _id(register, "Church hall"), _id(register, "Lunch club")
    connections = live_window.connections
    readings: list[bool] = []
    original = connections.refresh_map

    def counting() -> None:
        readings.append(True)
        original()

    connections.refresh_map = counting  # type: ignore[method-assign]
    heard: list[object] = []
    assert live_window.live is not None
    live_window.live.notices_heard.connect(heard.append)

    live_window.undo_stack.push(AddLinkCommand(register, club, hall, "meets_at", live_window.apply_change))
    qtbot.waitUntil(lambda: _links(live_window)["count"] == 1, timeout=LIVE_MS)
    qtbot.waitUntil(lambda: bool(heard), timeout=LIVE_MS)
    qtbot.waitUntil(lambda: not connections.reading_under_way, timeout=LIVE_MS)
    qtbot.wait(200)

    # The notice of its own write found the map's reading already at that version: nothing read again.
    assert readings == [True]


def test_a_notice_is_read_afresh_only_for_what_the_last_reading_does_not_show() -> None:
    from assetmap.register.notices import Notice
    from assetmap.ui.live_connections import GONE, Read, last_states, unseen

    read = Read(links={"l1": 2, "gone-here": 1}, stories={"s1": 1}, kinds={"runs": "runs"})
    states, many = last_states(
        [
            Notice("links", "update", (("l1", 2),)),  # shown at that version: the window's own edit
            Notice("links", "delete", (("l2", 1),)),  # not shown: nothing to take off
            Notice("links", "delete", (("gone-here", 1),)),  # still shown: take it off
            Notice("stories", "insert", (("s2", 1),)),  # new
            Notice("photos", "insert", (("p1", None),)),  # shown nowhere in the window
            Notice("link_kinds", "update", (("runs", None),)),
        ]
    )
    assert not many and ("photos", "p1") not in states
    assert unseen(states, read, {"runs": "runs"}) == {("links", "gone-here"): GONE, ("stories", "s2"): 1}
    assert ("link_kinds", "runs") in unseen(states, read, {"runs": "leads"})
    assert last_states([Notice("links", "insert", many=500)])[1] is True
