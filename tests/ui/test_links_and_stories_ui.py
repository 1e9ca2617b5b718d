"""The asset form's Links and Stories parts, the list of link kinds and the Connections view, in the real
window: each change is saved at once, undone by the window's Ctrl+Z, and shown without a reload."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PIL import Image
from PySide6.QtCore import QPoint, Qt

from assetmap.geo.postcodes import PostcodeIndex
from assetmap.register import Register
from assetmap.ui.asset_form import AssetForm
from assetmap.ui.connections_actions import LinkKindsDialog
from assetmap.ui.connections_form import LinkDialog
from assetmap.ui.connections_view import node_centre
from assetmap.ui.main_window import MainWindow
from assetmap.ui.story_form import FACES_NOTE, StoryDialog

pytestmark = pytest.mark.web

PLACES = {
    "Church hall": ((-2.2426, 53.4808), "physical_spaces"),
    "Lunch club": ((-2.2380, 53.4790), "associations"),
    "Men's shed": ((-2.2450, 53.4830), "associations"),
    "Food bank": ((-2.2400, 53.4815), "institutions"),
}


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "links-ui.assetmap")
    for name, ((lon, lat), category) in PLACES.items():
        register.add_asset(name=name, category=category, lon=lon, lat=lat)
    yield register
    register.close()


def _id(register: Register, name: str) -> str:
    return next(a.id for a in register.assets() if a.name == name)


def _form(window: MainWindow, register: Register, name: str) -> AssetForm:
    asset = register.asset(_id(register, name))
    form = AssetForm(window._categories, PostcodeIndex.for_gm(), window._ward_names, asset, window)
    window.connections.attach_to_form(form, asset)
    return form


def test_the_form_links_an_asset_to_another_found_by_name_and_undo_removes_the_link(
    qtbot, window: MainWindow, register: Register
) -> None:
    form = _form(window, register, "Lunch club")
    part = form.links_part  # type: ignore[attr-defined]
    assert part.list.count() == 1 and "No links yet" in part.list.item(0).text()

    dialog = LinkDialog(register, part.asset, form)
    dialog.search_edit.setText("hall")
    assert [dialog.results.item(i).text() for i in range(dialog.results.count())] == ["Church hall"]
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("meets at"))
    assert dialog.direction_combo.itemText(0) == "‘Lunch club’ meets at ‘Church hall’"
    dialog.note_edit.setText("Tuesdays")
    part.save_new_link(dialog.values())

    [link] = register.links()
    assert (link.from_id, link.to_id, link.kind, link.note) == (
        _id(register, "Lunch club"),
        _id(register, "Church hall"),
        "meets_at",
        "Tuesdays",
    )
    assert part.list.item(0).text() == "meets at ‘Church hall’ (Tuesdays)"

    part.list.setCurrentRow(0)
    edit = LinkDialog(register, part.asset, form, link=link, other=register.asset(link.to_id))
    edit.kind_combo.setCurrentIndex(edit.kind_combo.findText("supports"))
    part.save_link_edit(link, edit.values())
    assert register.link(link.id).kind == "supports"

    window.undo_stack.undo()
    assert register.link(link.id).kind == "meets_at"
    window.undo_stack.undo()
    assert register.links() == []
    window.undo_stack.redo()
    assert [lk.id for lk in register.links()] == [link.id]  # the same link back
    form.deleteLater()


def test_a_link_the_other_way_and_its_removal_undone(qtbot, window: MainWindow, register: Register) -> None:
    form = _form(window, register, "Church hall")
    part = form.links_part  # type: ignore[attr-defined]
    dialog = LinkDialog(register, part.asset, form)
    dialog.search_edit.setText("shed")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("runs"))
    dialog.direction_combo.setCurrentIndex(1)
    part.save_new_link(dialog.values())
    [link] = register.links()
    assert (link.from_id, link.to_id) == (_id(register, "Men's shed"), _id(register, "Church hall"))
    assert part.list.item(0).text() == "‘Men's shed’ runs this asset"

    part.list.setCurrentRow(0)
    part.remove_link()
    assert register.links() == []
    window.undo_stack.undo()
    assert [lk.id for lk in register.links()] == [link.id]
    form.deleteLater()


def _photo_with_location(path: Path) -> Path:
    image = Image.new("RGB", (64, 48), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "Qx Camera Maker"  # Make
    exif[0x8825] = {1: "N", 2: (53.0, 28.0, 50.0), 3: "W", 4: (2.0, 14.0, 33.0)}  # GPS
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_story_with_a_photo_is_saved_as_one_step_stripped_of_location_and_undone_whole(
    qtbot, window: MainWindow, register: Register, tmp_path: Path
) -> None:
    form = _form(window, register, "Food bank")
    part = form.stories_part  # type: ignore[attr-defined]
    dialog = StoryDialog(register, part.asset, form)
    dialog.show()
    assert dialog.faces_note.text() == FACES_NOTE and dialog.faces_note.isVisible()
    assert "consent" in FACES_NOTE

    dialog.text_edit.setPlainText("Forty families fed the week the mill closed.")
    dialog.teller_edit.setText("Qx Volunteer")
    dialog.quote_check.setChecked(True)
    dialog.featured_check.setChecked(True)
    assert dialog.add_photo_file(_photo_with_location(tmp_path / "crates.jpg"), "Volunteers stacking crates")
    assert not dialog.add_photo_file(tmp_path / "crates.jpg", "   ")  # no alternative text, no photo
    assert "needs alternative text" in dialog.error.text() and dialog.photo_list.count() == 1
    part.save_story(dialog)

    [story] = register.stories()
    assert story.text == "Forty families fed the week the mill closed."
    assert story.shown_teller == "Qx Volunteer" and story.featured
    [photo] = register.photos()
    assert photo.story_id == story.id and photo.alt_text == "Volunteers stacking crates"
    stored = register.photo_bytes(photo.id)
    assert b"Qx Camera Maker" not in stored
    assert not Image.open(io.BytesIO(stored)).getexif()
    assert part.list.item(0).text().startswith("★ “Forty families")
    assert window.undo_stack.undoText() == "Tell a story"

    window.undo_stack.undo()
    assert register.stories() == [] and register.photos() == []
    window.undo_stack.redo()
    assert [s.id for s in register.stories()] == [story.id]
    assert [p.id for p in register.photos()] == [photo.id]

    edit = StoryDialog(register, part.asset, form, story=story, photos=register.photos())
    assert edit.photo_list.count() == 1
    edit.photo_list.setCurrentRow(0)
    edit.remove_photo()
    part.save_story(edit)
    assert register.photos() == []
    window.undo_stack.undo()
    assert [p.id for p in register.photos()] == [photo.id]
    form.deleteLater()


def test_an_anonymous_story_never_keeps_a_name_or_consent(
    qtbot, window: MainWindow, register: Register
) -> None:
    form = _form(window, register, "Food bank")
    part = form.stories_part  # type: ignore[attr-defined]
    dialog = StoryDialog(register, part.asset, form)
    dialog.text_edit.setPlainText("It saved my winter.")
    dialog.teller_edit.setText("Qx Should Not Be Kept")
    dialog.quote_check.setChecked(True)
    dialog.anonymous_check.setChecked(True)
    assert not dialog.quote_check.isChecked() and not dialog.teller_edit.isEnabled()
    part.save_story(dialog)

    [story] = register.stories()
    assert story.teller is None and not story.quote_consent and story.shown_teller == "Anonymous"
    assert "Anonymous" in part.list.item(0).text()

    part.list.setCurrentRow(0)
    edit = StoryDialog(register, part.asset, form, story=story)
    edit.text_edit.setPlainText("It saved my winter, and my neighbour's.")
    part.save_story(edit)
    assert register.story(story.id).text == "It saved my winter, and my neighbour's."
    window.undo_stack.undo()
    assert register.story(story.id).text == "It saved my winter."
    form.deleteLater()


def test_link_kinds_are_an_editable_list_with_undo(qtbot, window: MainWindow, register: Register) -> None:
    assert window.connections.kinds_action in window.menuBar().actions()[1].menu().actions()
    dialog = LinkKindsDialog(window.connections.writes(), window)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert labels[:3] == ["meets at", "runs", "supports"]

    dialog.add_kind("lends equipment to")
    assert "lends equipment to" in [k.label for k in register.link_kinds()]
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    dialog.remove_kind()
    assert "lends equipment to" not in [k.label for k in register.link_kinds()]
    window.undo_stack.undo()
    assert "lends equipment to" in [k.label for k in register.link_kinds()]
    window.undo_stack.undo()
    assert "lends equipment to" not in [k.label for k in register.link_kinds()]

    dialog.refresh()
    dialog.list.setCurrentRow(0)
    dialog.rename_kind("gathers at")
    assert register.link_kinds()[0].label == "gathers at"
    window.undo_stack.undo()
    assert register.link_kinds()[0].label == "meets at"
    dialog.deleteLater()


def test_the_connections_view_shows_the_wards_network_and_a_click_selects_the_asset(
    qtbot, window: MainWindow, register: Register
) -> None:
    club, hall, shed, bank = (
        _id(register, n) for n in ("Lunch club", "Church hall", "Men's shed", "Food bank")
    )
    extra = [
        register.add_asset(
            name=f"Group {i}", category="associations", lon=-2.241 + i / 1000, lat=53.481
        ).added[0]
        for i in range(2)
    ]
    window.reload_from_register()
    for other in (hall, shed, bank, *extra):
        register.add_link(club, other, "supports")  # five links: a connector
    window.select_asset(club)

    window.connections.connections_action.trigger()
    dock = window.connections.dock
    qtbot.waitUntil(dock.isVisible, timeout=5000)
    view = window.connections.view
    qtbot.waitUntil(lambda: view.network is not None and len(view.network.nodes) == 6, timeout=10000)
    assert view.ward_code() == register.asset(club).ward_code
    assert [n.id for n in view.network.connectors] == [club]
    assert "Connectors: Lunch club" in view.summary.text()
    assert len(view.network.edges) == 5

    window.select_asset(hall)
    point = node_centre(view, shed)
    assert point is not None
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(*point))
    assert window.selected_ids() == [shed]

    # From the keyboard: the arrows step through the assets, most linked first; Enter selects.
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert view.canvas.order[view.canvas.stepped or 0].node_id == club
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    assert window.selected_ids() == [club]

    # A new link shows in the open view at once.
    register_link = _form(window, register, "Men's shed").links_part  # type: ignore[attr-defined]
    register_link.save_new_link({"from_id": shed, "to_id": bank, "kind": "refers_to", "note": None})
    qtbot.waitUntil(lambda: len(view.network.edges) == 6, timeout=5000)

    view.show_ward(None)
    assert view.ward_combo.currentIndex() == 0 and len(view.network.nodes) == 6
