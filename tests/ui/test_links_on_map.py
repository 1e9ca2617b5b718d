"""Links and stories through the real window and the real QtWebEngine map: link lines drawn between markers
(and taken off with the layer), a Ctrl+drag from one marker to another asking for a link, undo, and
stories in popups written as text with a teller only with consent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from assetmap.register import Register
from assetmap.ui.link_commands import AddLinkCommand
from assetmap.ui.main_window import MainWindow

pytestmark = pytest.mark.web

HALL = (-2.2426, 53.4808)
CLUB = (-2.2300, 53.4750)
SHED = (-2.2500, 53.4870)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "links-map.assetmap")
    for name, (lon, lat), category in (
        ("Church hall", HALL, "physical_spaces"),
        ("Lunch club", CLUB, "associations"),
        ("Men's shed", SHED, "associations"),
    ):
        register.add_asset(name=name, category=category, lon=lon, lat=lat)
    yield register
    register.close()


def _id(register: Register, name: str) -> str:
    return next(a.id for a in register.assets() if a.name == name)


def _show_the_assets(qtbot, window: MainWindow) -> None:
    """Bring the three assets into view, close up."""
    window.map_view.evaluate("assetmap.flyToBounds([-2.26, 53.47, -2.22, 53.49])")
    qtbot.wait(1500)  # the flight's animation


def _links(window: MainWindow) -> dict:
    return window.map_view.evaluate("assetmap.links()")  # type: ignore[return-value]


def test_a_link_made_in_the_window_is_drawn_as_a_line_and_undo_takes_it_away(
    qtbot, window: MainWindow, register: Register
) -> None:
    hall, club = _id(register, "Church hall"), _id(register, "Lunch club")
    _show_the_assets(qtbot, window)
    assert _links(window)["count"] == 0
    assert window.map_view.evaluate(f"assetmap.linkPixel('{club}', '{hall}')") == 0

    window.undo_stack.push(AddLinkCommand(register, club, hall, "meets_at", window.apply_change))
    qtbot.waitUntil(lambda: _links(window)["count"] == 1, timeout=10000)

    layer = _links(window)
    assert layer["lines"] == [[club, hall, "meets_at"]]
    assert layer["kinds"]["meets_at"] == "meets at"
    qtbot.waitUntil(
        lambda: window.map_view.evaluate(f"assetmap.linkPixel('{club}', '{hall}')") > 0, timeout=5000
    )

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _links(window)["count"] == 0, timeout=10000)
    assert register.links() == []


def test_the_links_in_the_register_are_drawn_when_the_window_opens(qtbot, register: Register) -> None:
    from tests.ui.conftest import open_window

    club, hall, shed = (_id(register, n) for n in ("Lunch club", "Church hall", "Men's shed"))
    register.add_link(club, hall, "meets_at")
    register.add_link(shed, hall, "supports")
    register.remove_assets([shed])  # not drawn while its asset is removed
    person = register.add_person("Qx Person").id
    register.record_consent(person, "named", method="paper")
    register.add_link(person, hall, "runs", from_kind="person")  # a person is never on the map

    window = open_window(qtbot, register)
    try:
        qtbot.waitUntil(lambda: _links(window)["count"] == 1, timeout=10000)
        assert _links(window)["lines"] == [[club, hall, "meets_at"]]
        assert _links(window)["known"] == 1
    finally:
        window.shut_down()
        window.close()


def test_the_links_layer_can_be_turned_off_and_on_from_the_view_menu(
    qtbot, window: MainWindow, register: Register
) -> None:
    register.add_link(_id(register, "Lunch club"), _id(register, "Church hall"), "meets_at")
    window.connections.send_links()
    qtbot.waitUntil(lambda: _links(window)["count"] == 1, timeout=10000)
    action = window.connections.links_action
    assert (
        action in window.menuBar().findChildren(type(action))
        or action.shortcut().toString() == "Ctrl+Shift+L"
    )

    action.trigger()
    qtbot.waitUntil(lambda: _links(window)["count"] == 0, timeout=10000)
    action.trigger()
    qtbot.waitUntil(lambda: _links(window)["count"] == 1, timeout=10000)


def test_a_line_follows_its_asset_when_the_asset_moves_or_is_hidden(
    qtbot, window: MainWindow, register: Register
) -> None:
    club, hall = _id(register, "Lunch club"), _id(register, "Church hall")
    register.add_link(club, hall, "meets_at")
    window.connections.send_links()
    qtbot.waitUntil(lambda: _links(window)["count"] == 1, timeout=10000)

    window.map_view.set_visible_ids([hall, _id(register, "Men's shed")])
    qtbot.waitUntil(lambda: _links(window)["count"] == 0, timeout=10000)
    window.map_view.set_visible_ids(None)
    qtbot.waitUntil(lambda: _links(window)["count"] == 1, timeout=10000)

    window.undo_stack.push(_remove(window, register, [club]))
    qtbot.waitUntil(lambda: _links(window)["count"] == 0, timeout=10000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _links(window)["count"] == 1, timeout=10000)


def _remove(window: MainWindow, register: Register, ids: list[str]):
    from assetmap.ui.commands import RemoveAssetsCommand

    return RemoveAssetsCommand(register, ids, window.apply_change)


DRAG_JS = """
(function (fromId, toId, ctrl) {
  var a = assetmap.markerPoint(fromId), b = assetmap.markerPoint(toId);
  var target = document.elementFromPoint(a[0], a[1]);
  function fire(node, type, point) {
    node.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, clientX: point[0],
      clientY: point[1], button: 0, buttons: 1, ctrlKey: ctrl, view: window}));
  }
  function at(point) { return document.elementFromPoint(point[0], point[1]) || document.body; }
  var middle = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  fire(target, "mousedown", a);
  fire(at(middle), "mousemove", middle);
  fire(at(b), "mousemove", b);
  fire(at(b), "mouseup", b);
  return true;
})(%s, %s, %s)
"""


def _answer_kind_dialog(window: MainWindow, label: str | None) -> QTimer:
    """Choose ``label`` in the kind dialog as soon as it opens (it is modal); ``None`` cancels it."""
    timer = QTimer(window)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            return
        timer.stop()
        if label is None:
            dialog.reject()
        else:
            dialog.setTextValue(label)
            dialog.accept()

    timer.timeout.connect(answer)
    timer.start(50)
    return timer


def test_a_ctrl_drag_from_one_marker_to_another_asks_the_kind_and_links_them(
    qtbot, window: MainWindow, register: Register
) -> None:
    club, hall = _id(register, "Lunch club"), _id(register, "Church hall")
    _show_the_assets(qtbot, window)
    centre_before = window.map_view.evaluate("assetmap.stats().centre")
    _answer_kind_dialog(window, "meets at")

    window.map_view.evaluate(DRAG_JS % (f"'{club}'", f"'{hall}'", "true"))
    qtbot.waitUntil(lambda: len(register.links()) == 1, timeout=10000)

    [link] = register.links()
    assert (link.from_id, link.to_id, link.kind) == (club, hall, "meets_at")
    assert window.map_view.evaluate("assetmap.stats().centre") == centre_before  # the map did not pan
    qtbot.waitUntil(lambda: _links(window)["count"] == 1, timeout=10000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _links(window)["count"] == 0, timeout=10000)
    assert register.links() == []


def test_a_plain_drag_links_nothing_but_with_the_link_tool_on_it_asks(
    qtbot, window: MainWindow, register: Register
) -> None:
    club, hall = _id(register, "Lunch club"), _id(register, "Church hall")
    _show_the_assets(qtbot, window)
    reported: list[tuple[str, str]] = []
    window.map_view.link_drawn.connect(lambda a, b: reported.append((a, b)))

    window.map_view.evaluate(DRAG_JS % (f"'{club}'", f"'{hall}'", "false"))
    qtbot.wait(300)
    assert reported == []
    _show_the_assets(qtbot, window)  # the drag panned the map

    window.connections.link_tool_action.setChecked(True)
    qtbot.waitUntil(lambda: _links(window)["tool"] is True, timeout=5000)
    _answer_kind_dialog(window, None)  # asked, then cancelled: nothing is written
    window.map_view.evaluate(DRAG_JS % (f"'{club}'", f"'{hall}'", "false"))
    qtbot.waitUntil(lambda: reported == [(club, hall)], timeout=10000)
    qtbot.wait(300)
    assert register.links() == []
    window.connections.link_tool_action.setChecked(False)
    qtbot.waitUntil(lambda: _links(window)["tool"] is False, timeout=5000)


def test_a_drag_onto_the_same_marker_or_an_unknown_id_is_refused(
    qtbot, window: MainWindow, register: Register
) -> None:
    club = _id(register, "Lunch club")
    bridge = window.map_view.bridge
    reported: list[tuple[str, str]] = []
    window.map_view.link_drawn.connect(lambda a, b: reported.append((a, b)))

    window.map_view.evaluate(f"assetmap.bridgeForTests().report_link_drawn('{club}', '{club}'), true")
    window.map_view.evaluate(f"assetmap.bridgeForTests().report_link_drawn('{club}', 'no-such-asset'), true")
    qtbot.waitUntil(lambda: len(bridge.rejected) >= 2, timeout=5000)
    assert reported == []


TAGS_JS = (
    "Array.prototype.map.call(document.querySelectorAll('.am-stories *'), function (n) {return n.tagName;})"
)
TEXTS_JS = "Array.prototype.map.call(document.querySelectorAll('%s'), function (n) { return n.textContent; })"


def test_a_popup_lists_the_assets_stories_as_text_with_the_teller_only_with_consent(
    qtbot, window: MainWindow, register: Register, hostile_strings: list[str]
) -> None:
    hall = _id(register, "Church hall")
    hostile = hostile_strings[:2]
    register.add_story(hall, hostile[0], teller="Qx Secret Teller", quote_consent=False, featured=True)
    register.add_story(hall, hostile[1], teller="Qx Quoted Teller", quote_consent=True)
    window.connections.send_stories()
    qtbot.waitUntil(lambda: _links(window)["stories"] == 1, timeout=10000)

    fields = window.map_view.evaluate(f"JSON.stringify(assetmap.popupText('{hall}'))")
    import json

    shown = json.loads(fields) if isinstance(fields, str) else fields
    texts = window.map_view.evaluate(TEXTS_JS % ".am-story-text")
    tellers = window.map_view.evaluate(TEXTS_JS % ".am-story-teller")
    assert texts == [hostile[0].strip(), hostile[1].strip()]
    assert tellers[0].startswith("— Anonymous") and tellers[1].startswith("— Qx Quoted Teller")
    assert "Qx Secret Teller" not in str(shown)
    # Nothing in the stories became markup: no element but our own in the popup.
    tags = window.map_view.evaluate(TAGS_JS)
    assert set(tags) == {"DIV"}
    assert window.map_view.evaluate("window.__hostile_ran === undefined")
