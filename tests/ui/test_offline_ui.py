"""File → Take offline copy… and File → Sync with team register, in the real window and map."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from assetmap.bundles.offline import take_offline
from assetmap.register.store import Register
from assetmap.ui.merge_dialog import MergeDialog
from tests.ui.conftest import page_stats

pytestmark = pytest.mark.web

LIBRARY = {"name": "Bolton Library", "category": "institutions", "lon": -2.4296, "lat": 53.5779}
CAFE = {"name": "Repair Cafe", "category": "associations", "lon": -2.2374, "lat": 53.4808}


@pytest.fixture(params=["file", "server"])
def team(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Register]:
    """The team register: a register file, or a database on the test's PostgreSQL server.

    A copy keeps the server's address without the password; the window reaches the server again
    with the password libpq finds for it (here PGPASSWORD, as a login's keyring entry would give it).
    """
    if request.param == "server":
        cluster = request.getfixturevalue("pg_cluster")
        monkeypatch.setenv("PGPASSWORD", cluster.password)
        location: Path | str = request.getfixturevalue("pg_url")
    else:
        location = tmp_path / "team.assetmap"
    register = Register.open(location, user="Coordinator")
    register.add_asset(**LIBRARY)
    register.add_asset(**CAFE)
    yield register
    register.close()


@pytest.fixture
def register(team: Register, tmp_path: Path) -> Iterator[Register]:
    """The window's register: an offline copy of the team register."""
    path = tmp_path / "laptop.assetmap"
    take_offline(team, path)
    copy = Register.open(path, user="Worker")
    yield copy
    copy.close()


def _names(register: Register) -> dict[str, str]:
    return {a.name: a.id for a in register.assets()}


def test_an_offline_copy_says_so_in_the_title_and_status_bar(window, team) -> None:
    assert "offline copy of" in window.windowTitle()
    assert team.location in window.offline.badge.text()
    assert window.offline.badge.isVisible()
    assert window.offline.sync_action.isEnabled()
    assert not window.offline.take_action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "S&ync with team register" in texts and "Take &offline copy…" in texts


def test_sync_from_the_window_brings_the_team_registers_change_into_table_and_map(
    qtbot, window, team
) -> None:
    copy = window.register
    ids = _names(team)
    team.update_asset(ids["Repair Cafe"], name="Repair Cafe Bolton")
    team.remove_asset(ids["Bolton Library"])
    copy.add_asset(name="Sewing circle", category="associations", lon=-2.43, lat=53.58)

    window.offline.sync_action.trigger()

    qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 2)
    assert sorted(a.name for a in window.model.assets()) == ["Repair Cafe Bolton", "Sewing circle"]
    assert "Sewing circle" in _names(team)
    assert "Synced with the team register" in window.statusBar().currentMessage()


def test_a_conflict_in_a_sync_is_chosen_in_the_conflict_view_before_anything_is_written(
    qtbot, window, team
) -> None:
    copy = window.register
    library = _names(team)["Bolton Library"]
    team.update_asset(library, name="Bolton Library (office)")
    copy.update_asset(library, name="Bolton Library (laptop)")
    seen: list[MergeDialog] = []

    def choose_theirs() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MergeDialog):
            seen.append(dialog)
            assert team.asset(library).name == "Bolton Library (office)"  # nothing written yet
            assert copy.asset(library).name == "Bolton Library (laptop)"
            dialog.take_all_theirs_button.click()
            dialog.merge_button.click()
        else:
            QTimer.singleShot(20, choose_theirs)

    QTimer.singleShot(0, choose_theirs)
    window.offline.sync()

    assert len(seen) == 1
    assert seen[0].merge_button.text() == "&Sync"
    assert copy.asset(library).name == team.asset(library).name == "Bolton Library (office)"
    assert "Bolton Library (office)" in [a.name for a in window.model.assets()]


def test_a_sync_given_up_in_the_conflict_view_writes_nothing(qtbot, window, team) -> None:
    copy = window.register
    library = _names(team)["Bolton Library"]
    team.update_asset(library, name="Bolton Library (office)")
    copy.update_asset(library, name="Bolton Library (laptop)")

    assert window.offline.sync(choose=lambda _plan: None) is None

    assert team.asset(library).name == "Bolton Library (office)"
    assert copy.asset(library).name == "Bolton Library (laptop)"


def test_take_offline_from_the_window_makes_a_copy_and_offers_to_open_it(
    qtbot, tmp_path, team, monkeypatch
) -> None:
    from tests.ui.conftest import open_window

    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = open_window(qtbot, team)
    try:
        window.register_actions.open_requested.connect(asked.append)
        target = tmp_path / "community-centre.assetmap"
        assert window.offline.take_action.isEnabled()
        assert window.offline.take_offline(str(target)) == target
    finally:
        window.shut_down()
        window.close()
    assert [request.path for request in asked] == [target]
    with Register.open(target) as copy:
        assert sorted(_names(copy)) == ["Bolton Library", "Repair Cafe"]
        assert copy.offline_origin() is not None
