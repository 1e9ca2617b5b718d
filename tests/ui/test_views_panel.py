"""The Saved views panel in the real window: saving what the map shows, undo, stepping with Page Down and
Page Up (the map moves without a reload), reordering by dragging and from the keyboard, and the handout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest

from assetmap.register import Register
from assetmap.ui.main_window import MainWindow
from tests.ui.conftest import open_window

pytestmark = pytest.mark.web

BOLTON = "E08000001"
BOLTON_BOX = [-2.48, 53.55, -2.38, 53.61]
CITY_BOX = [-2.26, 53.47, -2.22, 53.49]


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "meeting.assetmap")
    register.add_assets(
        [
            {"name": "Ancoats Library", "category": "institutions", "lon": -2.2270, "lat": 53.4840},
            {"name": "Hulme Community Garden", "category": "physical_spaces", "lon": -2.2490, "lat": 53.4660},
            {"name": "Bolton Choir", "category": "culture_stories", "lon": -2.4300, "lat": 53.5770},
        ]
    )
    yield register
    register.close()


@pytest.fixture
def window(qtbot, register) -> Iterator[MainWindow]:
    window = open_window(qtbot, register)
    window.docks["savedViewsDock"].show()
    window.docks["savedViewsDock"].raise_()
    yield window
    window.shut_down()
    window.close()


def _centre(window: MainWindow) -> tuple[float, float]:
    lon, lat = window.map_view.evaluate("assetmap.view()")["centre"]
    return lon, lat


def _inside(point: tuple[float, float], box: list[float]) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def test_saving_keeps_the_filters_layer_and_the_map_on_screen_and_undo_takes_it_back(
    qtbot, window: MainWindow, register: Register
) -> None:
    bar = window.filter_bar
    bar.category_combo.setCurrentIndex(bar.category_combo.findData("institutions"))
    bar.district_combo.setCurrentIndex(bar.district_combo.findData(BOLTON))
    window.map_view.fly_to_bounds(BOLTON_BOX)
    qtbot.waitUntil(lambda: _inside(_centre(window), BOLTON_BOX), timeout=10000)

    saved = window.views_panel.save("Bolton's institutions", "Who else should be here?")

    assert saved is not None
    [kept] = register.views()
    assert kept.id == saved.id
    assert (kept.title, kept.note, kept.layer) == (
        "Bolton's institutions",
        "Who else should be here?",
        "assets",
    )
    assert kept.filters == {"category": "institutions", "district": BOLTON}
    assert kept.area["kind"] == "district" and kept.area["name"] == "Bolton"
    assert kept.bounds is not None and _inside(_centre(window), list(kept.bounds))
    assert window.views_panel.list.count() == 1

    window.undo_action.trigger()
    assert register.views() == [] and window.views_panel.list.count() == 0
    window.redo_action.trigger()
    assert [v.id for v in register.views()] == [saved.id]
    assert [e.action for e in register.audit_trail() if e.record_kind == "view"] == ["add", "remove", "add"]


def test_page_down_and_page_up_step_through_the_views_and_the_map_moves_without_a_reload(
    qtbot, window: MainWindow, register: Register
) -> None:
    register.save_view(
        "Bolton",
        area={"kind": "district", "code": BOLTON, "name": "Bolton", "bounds": BOLTON_BOX},
        filters={"district": BOLTON},
    )
    register.save_view(
        "City centre by count",
        area={"kind": "bounds", "bounds": CITY_BOX},
        layer="abundance",
        measure="count",
    )
    panel = window.views_panel
    panel.reload()
    window.map_view.evaluate("(window.__sameDocument = 'yes')")
    window.map_view.web_view.setFocus()
    focus = window.map_view.web_view.focusProxy() or window.map_view.web_view

    QTest.keyClick(focus, Qt.Key.Key_PageDown)
    assert panel.current_index == 0
    assert window.filter_bar.district() == BOLTON
    assert not window.abundance_panel.showing_abundance
    qtbot.waitUntil(lambda: _inside(_centre(window), BOLTON_BOX), timeout=10000)

    QTest.keyClick(focus, Qt.Key.Key_PageDown)
    assert panel.current_index == 1
    assert window.filter_bar.district() is None
    assert window.abundance_panel.showing_abundance
    assert window.abundance_panel.measure_combo.currentData() == "count"
    qtbot.waitUntil(lambda: _inside(_centre(window), CITY_BOX), timeout=10000)

    QTest.keyClick(focus, Qt.Key.Key_PageDown)  # the last one: it stays
    assert panel.current_index == 1
    assert "last saved view" in window.statusBar().currentMessage()

    QTest.keyClick(focus, Qt.Key.Key_PageUp)
    assert panel.current_index == 0
    qtbot.waitUntil(lambda: _inside(_centre(window), BOLTON_BOX), timeout=10000)
    assert window.map_view.evaluate("window.__sameDocument") == "yes"

    assert panel.previous_view() is None  # meeting mode calls these too
    assert panel.next_view() is not None and panel.current_index == 1


def test_views_are_reordered_by_dragging_and_from_the_keyboard_and_undo_puts_them_back(
    qtbot, window: MainWindow, register: Register
) -> None:
    ids = [register.save_view(f"Slide {i}").id for i in range(3)]
    panel = window.views_panel
    panel.reload()
    lst = panel.list

    lst.setCurrentRow(0)
    target = lst.visualItemRect(lst.item(2)).center()
    mime = lst.model().mimeData([lst.model().index(0, 0)])
    drop = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    lst.dropEvent(drop)
    assert [v.id for v in register.views()] == [ids[1], ids[2], ids[0]]
    assert [lst.item(i).text() for i in range(3)] == ["Slide 1", "Slide 2", "Slide 0"]

    lst.setFocus()
    lst.setCurrentRow(2)
    QTest.keyClick(lst, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [v.id for v in register.views()] == [ids[1], ids[0], ids[2]]
    assert lst.currentRow() == 1

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [v.id for v in register.views()] == ids


def test_removing_a_view_can_be_undone_into_its_place(qtbot, window: MainWindow, register: Register) -> None:
    ids = [register.save_view(f"Slide {i}", note=f"Note {i}").id for i in range(3)]
    panel = window.views_panel
    panel.reload()
    assets = window.model.rowCount()
    window.table.selectRow(0)  # the window's Delete would remove this asset
    panel.list.setFocus()
    panel.list.setCurrentRow(1)
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert [v.id for v in register.views()] == [ids[0], ids[2]]
    assert window.model.rowCount() == assets == len(register.assets())
    window.undo_action.trigger()
    assert [v.id for v in register.views()] == ids
    assert register.view(ids[1]).note == "Note 1"


def test_the_handout_is_printed_from_the_panel(
    qtbot, window: MainWindow, register: Register, tmp_path: Path
) -> None:
    from tests.reports.conftest import pdf_pages

    register.save_view(
        "Bolton", note="Halls", area={"kind": "district", "name": "Bolton", "bounds": BOLTON_BOX}
    )
    register.save_view(
        "City", area={"kind": "bounds", "bounds": CITY_BOX}, layer="abundance", measure="count"
    )
    window.views_panel.reload()
    assert window.handout_action in window.menuBar().actions()[3].menu().actions()

    written = window.views_panel.print_handout(tmp_path / "handout.pdf")

    assert written == tmp_path / "handout.pdf"
    pages = pdf_pages(written)
    assert len(pages) == 2
    assert "Bolton" in pages[0] and "Halls" in pages[0] and "City" in pages[1]


def test_a_view_is_updated_to_the_map_now_and_undo_gives_back_the_old_one(
    qtbot, window: MainWindow, register: Register
) -> None:
    old = register.save_view("Bolton", note="Halls", area={"kind": "bounds", "bounds": BOLTON_BOX})
    panel = window.views_panel
    panel.reload()
    bar = window.filter_bar
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("active"))
    window.map_view.fly_to_bounds(CITY_BOX)
    qtbot.waitUntil(lambda: _inside(_centre(window), CITY_BOX), timeout=10000)
    panel.list.setCurrentRow(0)

    panel.update_button.click()

    now = register.view(old.id)
    assert (now.title, now.note) == ("Bolton", "Halls")
    assert now.filters == {"status": "active"}
    assert now.bounds is not None and _inside(_centre(window), list(now.bounds))
    window.undo_action.trigger()
    assert register.view(old.id).area == old.area and register.view(old.id).filters == {}
