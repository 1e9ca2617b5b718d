"""The "Recently removed" dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from assetmap.register.store import Register
from assetmap.ui.removed_dialog import EMPTY_TEXT, RemovedDialog


@pytest.fixture
def register(tmp_path: Path):
    reg = Register.open(tmp_path / "r.assetmap")
    yield reg
    reg.close()


def test_with_nothing_removed_it_says_so(qtbot, register: Register) -> None:
    register.add_asset(name="Bolton Library", category="institutions")
    dialog = RemovedDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.is_empty()
    assert dialog.empty_label.isVisible()
    assert dialog.empty_label.text() == EMPTY_TEXT
    assert not dialog.restore_button.isEnabled()


def test_removed_assets_are_listed_with_category_and_time(qtbot, register: Register) -> None:
    names = ("Bolton Library", "Bury Library")
    ids = [register.add_asset(name=n, category="institutions").added[0] for n in names]
    register.remove_assets(ids)
    dialog = RemovedDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.view.isVisible()
    assert dialog.model.rowCount() == 2
    names = {dialog.model.item(r, 0).text() for r in range(2)}
    assert names == {"Bolton Library", "Bury Library"}
    assert dialog.model.item(0, 1).text() == "Institutions"
    assert dialog.model.item(0, 2).text() != ""


def test_restore_emits_the_selected_ids(qtbot, register: Register) -> None:
    ids = {n: register.add_asset(name=n, category="institutions").added[0] for n in ("A", "B", "C")}
    register.remove_assets(list(ids.values()))
    dialog = RemovedDialog(register)
    qtbot.addWidget(dialog)
    selection = dialog.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):
        selection.select(dialog.model.index(row, 0), flags)
    wanted = [ids[dialog.model.item(r, 0).text()] for r in (0, 2)]
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restore_requested) as signal:
        dialog.restore_button.click()
    assert sorted(signal.args[0]) == sorted(wanted)
