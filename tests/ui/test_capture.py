"""Quick capture through the real window and map: a click adds a suggestion to its own layer, never to the
table or the figures; the review list accepts, merges and discards, each undoable; hostile text stays text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from assetmap.register import Register
from assetmap.register.suggestions import contact_details_in
from assetmap.ui.capture import AssetPickerDialog, CaptureDialog
from assetmap.ui.main_window import MainWindow

pytestmark = pytest.mark.web

LIBRARY = (-2.2270, 53.4840)
POINT = (-2.2350, 53.4790)  # Manchester city centre
IDEA = "Qx Saturday repair cafe"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "capture.assetmap")
    register.add_asset(name="Ancoats Library", category="institutions", lon=LIBRARY[0], lat=LIBRARY[1])
    yield register
    register.close()


def _layer(window: MainWindow) -> dict:
    return window.map_view.evaluate("assetmap.suggestions()")  # type: ignore[return-value]


def _wait_for_layer(qtbot, window: MainWindow, count: int) -> dict:
    qtbot.waitUntil(lambda: _layer(window)["count"] == count, timeout=10000)
    return _layer(window)


def _table_names(window: MainWindow) -> list[str]:
    return [a.name for a in window.model.assets()]


def _answer_next_dialog(window: MainWindow, name: str, category_label: str, note: str = "") -> QTimer:
    """Fill in and accept the capture dialog as soon as it opens (it is modal)."""
    timer = QTimer(window)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CaptureDialog):
            return
        timer.stop()
        dialog.name_edit.setText(name)
        dialog.category_box.setCurrentIndex(dialog.category_box.findText(category_label))
        dialog.note_edit.setPlainText(note)
        dialog.accept()

    timer.timeout.connect(fill)
    timer.start(50)
    return timer


def test_a_click_with_the_capture_tool_adds_a_suggestion_to_its_own_layer_not_the_table(
    qtbot, window: MainWindow, register: Register
) -> None:
    assets_drawn = window.map_view.evaluate("assetmap.stats().assets_drawn")
    window.capture.start_capture()
    qtbot.waitUntil(lambda: _layer(window)["capture"] is True, timeout=5000)
    _answer_next_dialog(window, IDEA, "Associations and groups", "Second Saturday, in the church hall")

    window.map_view.evaluate(f"assetmap.clickAt({POINT[1]}, {POINT[0]})")
    qtbot.waitUntil(lambda: len(register.suggestions()) == 1, timeout=10000)

    [found] = register.suggestions()
    assert found.name == IDEA and found.category == "associations"
    assert found.lon == pytest.approx(POINT[0]) and found.lat == pytest.approx(POINT[1])
    layer = _wait_for_layer(qtbot, window, 1)
    [marker] = layer["markers"]
    assert marker["id"] == found.id and marker["name"] == IDEA
    assert marker["mark"] == "?"
    assert marker["label"] == f"Suggestion: {IDEA} (Associations and groups)"
    popup = window.map_view.evaluate(f"assetmap.openSuggestion({found.id!r})")
    assert popup["note"] == "Second Saturday, in the church hall"
    # Apart from the register: not in the table, not drawn as an asset, not in the abundance figures.
    assert IDEA not in _table_names(window)
    assert window.map_view.evaluate("assetmap.stats().assets_drawn") == assets_drawn
    assert IDEA not in {a.name for a in window.abundance_panel._assets}
    assert register.count() == 1

    # The tool stays on for the next idea until N or Esc; undo takes the suggestion back off the map.
    assert window.capture.capture_action.isChecked()
    window.capture.stop_capture()
    assert _layer(window)["capture"] is False
    window.undo_stack.undo()
    assert register.suggestions() == []
    _wait_for_layer(qtbot, window, 0)


def test_n_on_the_map_switches_the_capture_tool_on(qtbot, window: MainWindow) -> None:
    assert window.capture.capture_action.shortcut().toString() == "N"
    assert window.capture.capture_action in window.map_view.actions()
    window.activateWindow()
    window.map_view.web_view.setFocus()
    qtbot.waitUntil(lambda: window.map_view.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.capture.capture_action.isChecked(), timeout=5000)
    qtbot.waitUntil(lambda: _layer(window)["capture"] is True, timeout=5000)


def test_the_capture_dialog_refuses_contact_details_and_peoples_gifts(qtbot, register: Register) -> None:
    dialog = CaptureDialog(register.categories(), *POINT)
    qtbot.addWidget(dialog)
    labels = [dialog.category_box.itemText(i) for i in range(dialog.category_box.count())]
    assert "People's gifts and skills" not in labels and len(labels) == 5
    dialog.name_edit.setText("Knitting circle")
    dialog.note_edit.setPlainText("ring Jo on 07700 900123")
    dialog.accept()
    assert dialog.result() != CaptureDialog.DialogCode.Accepted
    assert "contact details" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    dialog.note_edit.setPlainText("Meets on Mondays")
    dialog.accept()
    assert dialog.result() == CaptureDialog.DialogCode.Accepted


def test_accepting_in_the_review_list_makes_an_asset_with_its_history_and_undo_takes_it_back(
    qtbot, window: MainWindow, register: Register
) -> None:
    suggestion = register.add_suggestion(IDEA, "associations", "Bring tools", *POINT, meeting="Ancoats forum")
    window.capture.refresh_layer()
    _wait_for_layer(qtbot, window, 1)
    review = window.capture.review()
    qtbot.addWidget(review)
    assert review.list.count() == 1 and review.current() == suggestion

    review.accept_current()

    [asset] = [a for a in register.assets() if a.name == IDEA]
    assert "Suggested at meeting Ancoats forum on " in (asset.description or "")
    assert [e.operation for e in register.history(asset.id)] == ["add"]
    assert ("accept", "suggestion", suggestion.id) in [
        (e.action, e.record_kind, e.record_id) for e in register.audit_trail()
    ]
    assert IDEA in _table_names(window)
    assert window.selected_ids() == [asset.id]  # selected, for the worker to fill in the rest
    _wait_for_layer(qtbot, window, 0)
    qtbot.waitUntil(lambda: window.map_view.evaluate("assetmap.stats().assets_drawn") == 2, timeout=5000)
    assert review.list.count() == 0

    window.undo_stack.undo()

    assert IDEA not in _table_names(window)
    assert register.count(include_removed=True) == 1
    assert [s.id for s in register.suggestions()] == [suggestion.id]
    assert review.list.count() == 1
    _wait_for_layer(qtbot, window, 1)


def test_merging_adds_the_note_to_the_chosen_asset_and_undo_restores_its_description(
    qtbot, window: MainWindow, register: Register
) -> None:
    library = register.assets()[0]
    suggestion = register.add_suggestion(
        "Library homework club", "associations", "Tuesdays after school", *POINT
    )
    window.capture.refresh_layer()
    _wait_for_layer(qtbot, window, 1)
    picker = AssetPickerDialog(register.assets(), "ancoats")
    qtbot.addWidget(picker)
    assert picker.chosen_id() == library.id
    picker.search.setText("no such asset")
    assert picker.chosen_id() is None

    review = window.capture.review()
    qtbot.addWidget(review)
    review.merge_current(library.id)

    merged = register.asset(library.id)
    assert "Tuesdays after school" in (merged.description or "")
    assert register.suggestion(suggestion.id).status == "merged"
    assert register.count() == 1
    _wait_for_layer(qtbot, window, 0)

    window.undo_stack.undo()

    assert register.asset(library.id).description is None
    assert register.suggestion(suggestion.id).is_open
    _wait_for_layer(qtbot, window, 1)


def test_discarding_takes_it_off_the_map_and_undo_brings_it_back(
    qtbot, window: MainWindow, register: Register
) -> None:
    suggestion = register.add_suggestion("Something unclear", "local_economy", None, *POINT)
    window.capture.refresh_layer()
    _wait_for_layer(qtbot, window, 1)
    review = window.capture.review()
    qtbot.addWidget(review)

    review.discard_current()

    assert register.suggestion(suggestion.id).status == "discarded"
    _wait_for_layer(qtbot, window, 0)
    assert register.count() == 1
    window.undo_stack.undo()
    assert register.suggestion(suggestion.id).is_open
    _wait_for_layer(qtbot, window, 1)


def test_hostile_names_and_notes_show_as_typed_in_the_layer_and_never_run(
    qtbot, window: MainWindow, register: Register, hostile_strings: list[str]
) -> None:
    texts = [t for t in hostile_strings if contact_details_in(t) is None]
    assert len(texts) > 30
    made = []
    for i, text in enumerate(texts):
        lon, lat = POINT[0] + (i % 8) * 0.002, POINT[1] + (i // 8) * 0.002
        made.append(register.add_suggestion(text, "associations", text, lon, lat))
    window.capture.refresh_layer()

    layer = _wait_for_layer(qtbot, window, len(texts))

    names = {m["id"]: m["name"] for m in layer["markers"]}
    for suggestion, text in zip(made, texts, strict=True):
        assert names[suggestion.id] == text
        popup = window.map_view.evaluate(f"assetmap.openSuggestion({suggestion.id!r})")
        assert popup["name"] == text and popup["note"] == text
    assert all(m["elements"] == 1 for m in layer["markers"])  # the "?" span, nothing injected
    qtbot.wait(500)  # give any injected onerror/onload handler time to fire
    assert "PWN" not in window.map_view.evaluate("document.title")
    html = window.map_view.evaluate("document.documentElement.outerHTML").lower()
    assert "<img" not in html and "<svg" not in html and "<iframe" not in html


def test_in_meeting_mode_n_and_a_click_on_the_projected_map_add_a_suggestion_shown_to_the_room(
    qtbot, window: MainWindow, register: Register
) -> None:
    from tests.ui.conftest import READY_MS

    meeting = window.meeting
    meeting.action.trigger()
    view = meeting.map_view
    assert view is not None
    qtbot.waitUntil(lambda: view.is_ready, timeout=READY_MS)
    try:
        view.web_view.setFocus()
        qtbot.waitUntil(lambda: view.isAncestorOf(QApplication.focusWidget()), timeout=5000)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
        qtbot.waitUntil(lambda: window.capture.capture_action.isChecked(), timeout=5000)
        qtbot.waitUntil(lambda: view.evaluate("assetmap.suggestions()")["capture"] is True, timeout=5000)
        _answer_next_dialog(window, IDEA, "Associations and groups", "Said at the back of the room")

        view.evaluate(f"assetmap.clickAt({POINT[1]}, {POINT[0]})")
        qtbot.waitUntil(lambda: len(register.suggestions()) == 1, timeout=10000)
        [found] = register.suggestions()
        assert found.name == IDEA
        # The room sees it in the suggestions layer of the projected map, and so does the worker's map.
        qtbot.waitUntil(lambda: len(view.evaluate("assetmap.suggestions()")["markers"]) == 1, timeout=5000)
        _wait_for_layer(qtbot, window, 1)
        assert register.count() == 1
    finally:
        window.capture.stop_capture()
        meeting.leave()
