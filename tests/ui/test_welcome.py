"""The first minute: the welcome window's choices, recent registers, and the Help menu's file actions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
import shiboken6
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog

from assetmap import paths
from assetmap.geo.boundaries import gm_boundaries
from assetmap.io.boundaries import district_wards
from assetmap.register import Register
from assetmap.register.lock import InstanceLock
from assetmap.settings import Preferences
from assetmap.ui import app as app_module
from assetmap.ui.app import AppWindows
from assetmap.ui.boundaries_dialog import BoundariesDialog
from assetmap.ui.recent import MAX_RECENT, last_register, recent_registers, remember_register
from assetmap.ui.register_actions import data_folder_url
from assetmap.ui.welcome import WelcomeWindow, demo_register_path
from tests.ui.conftest import READY_MS

STOCKPORT = "E08000007"


@pytest.fixture
def windows(qtbot) -> Iterator[AppWindows]:
    """The app's windows, each closed (map page first, lock released) at the end."""
    windows = AppWindows(Preferences())
    yield windows
    windows.close_all()
    qtbot.wait(50)


def _ready(qtbot, windows: AppWindows):
    """The one open window, once its map is ready (as a person would see it before going on)."""
    (window,) = windows.windows
    with qtbot.waitSignal(window.map_view.ready, timeout=READY_MS):
        pass
    return window


def _closed(window) -> bool:
    """The window is gone: deleted once closed, or at least hidden."""
    return not shiboken6.isValid(window) or not window.isVisible()


def _lock_is_free(path: Path) -> bool:
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except Exception:
        return False
    lock.release()
    return True


def _register(path: Path, *names: str) -> Path:
    with Register.open(path) as register:
        for name in names:
            register.add_asset(name=name, category="associations")
    return path


# -- starting --------------------------------------------------------------------------------


def test_a_first_start_with_no_register_asks_for_the_welcome_window(qapp: QApplication) -> None:
    assert app_module.start_request(None) is None


def test_a_first_start_shows_the_welcome_window_not_a_message_box(qtbot) -> None:
    # The app's first window, as run_app opens it before its event loop (one loop per process: QtWebEngine
    # tears itself down when a loop quits, so tests never run app.exec).
    windows = app_module.open_at_start(None, Preferences())
    try:
        assert windows is not None and windows.windows == {}
        assert windows.welcome is not None and windows.welcome.isVisible()
        assert windows.welcome.windowTitle() == "Welcome to AssetMap"
        assert QApplication.activeModalWidget() is None
        assert not paths.default_register().exists()
    finally:
        windows.close_all()


def test_the_last_register_opened_is_the_one_opened_at_the_next_start(tmp_path: Path) -> None:
    first = _register(tmp_path / "first.assetmap")
    second = _register(tmp_path / "second.assetmap")
    remember_register(first)
    remember_register(second)
    request = app_module.start_request(None)
    assert request is not None and request.path == second.resolve()
    named = app_module.start_request(first)
    assert named is not None and named.path == first.resolve()


def test_recent_registers_are_newest_first_at_most_eight_and_leave_out_missing_files(tmp_path: Path) -> None:
    made = [_register(tmp_path / f"r{i}.assetmap") for i in range(MAX_RECENT + 2)]
    for path in made:
        remember_register(path)
    remember_register(made[3])
    listed = recent_registers()
    assert listed[0] == made[3].resolve()
    assert len(listed) == MAX_RECENT
    assert listed[1:4] == [p.resolve() for p in reversed(made[-3:])]
    made[-1].unlink()
    assert made[-1].resolve() not in recent_registers()
    assert last_register() == made[3].resolve()


# -- the welcome window's choices -------------------------------------------------------------


@pytest.mark.web
def test_the_demo_choice_builds_the_demo_register_and_opens_it(qtbot, windows: AppWindows) -> None:
    welcome = windows.show_welcome()
    qtbot.addWidget(welcome)
    assert welcome.open_demo()
    window = _ready(qtbot, windows)
    assert window.register.path == demo_register_path().resolve()
    assert window.register.count() == 4211
    assert windows.welcome is None and not welcome.isVisible()
    assert recent_registers() == [demo_register_path().resolve()]


@pytest.mark.web
def test_a_new_register_for_all_of_greater_manchester_has_its_215_wards(
    qtbot, windows: AppWindows, tmp_path: Path
) -> None:
    welcome = windows.show_welcome()
    qtbot.addWidget(welcome)
    assert welcome.start_new(None, tmp_path / "gm.assetmap")
    window = _ready(qtbot, windows)
    wards = window.register.boundaries()
    assert wards.bundled and len(wards.ward_names) == 215
    assert window.register.count() == 0


@pytest.mark.web
def test_a_new_register_for_one_district_uses_only_that_districts_wards(
    qtbot, windows: AppWindows, tmp_path: Path
) -> None:
    welcome = windows.show_welcome()
    qtbot.addWidget(welcome)
    assert welcome.district_combo.count() == 10
    welcome.district_combo.setCurrentIndex(welcome.district_combo.findData(STOCKPORT))
    path = tmp_path / "stockport.assetmap"
    assert welcome.start_new(welcome.district_combo.currentData(), path)
    window = _ready(qtbot, windows)
    wards = window.register.boundaries()
    expected = district_wards(gm_boundaries(), STOCKPORT)
    assert not wards.bundled
    assert set(wards.ward_district.values()) == {STOCKPORT}
    assert sorted(wards.ward_names) == sorted(expected["ward_code"])
    assert wards.name == "Stockport wards (May 2023)"
    assert all(wards.population.get(code) for code in expected["ward_code"])


def _area_wards(tmp_path: Path) -> Path:
    frame = gpd.GeoDataFrame(
        {
            "WD23CD": ["E05099001", "E05099002"],
            "WD23NM": ["Hyde Park", "Headingley"],
            "LAD23CD": ["E08000035"] * 2,
            "LAD23NM": ["Leeds"] * 2,
        },
        geometry=[shapely.box(-1.60, 53.78, -1.55, 53.82), shapely.box(-1.55, 53.78, -1.50, 53.82)],
        crs="EPSG:4326",
    )
    path = tmp_path / "leeds_wards.gpkg"
    frame.to_file(path, layer="wards", engine="pyogrio")
    return path


def _in_boundaries_dialog(action) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BoundariesDialog):
            QTimer.singleShot(20, run)
            return
        action(dialog)
        dialog.accept()

    QTimer.singleShot(0, run)


@pytest.mark.web
def test_a_new_register_for_another_area_takes_its_wards_from_a_file(
    qtbot, windows: AppWindows, tmp_path: Path
) -> None:
    source = _area_wards(tmp_path)
    welcome = windows.show_welcome()
    qtbot.addWidget(welcome)

    def import_leeds(dialog: BoundariesDialog) -> None:
        dialog.set_file(source)
        dialog.name_edit.setText("Leeds wards")
        dialog.import_wards()

    _in_boundaries_dialog(import_leeds)
    assert welcome.start_new("file", tmp_path / "leeds.assetmap")
    window = _ready(qtbot, windows)
    wards = window.register.boundaries()
    assert wards.name == "Leeds wards"
    assert sorted(wards.ward_names.values()) == ["Headingley", "Hyde Park"]


def test_giving_up_on_another_areas_wards_leaves_no_register_and_the_welcome_open(
    qtbot, windows: AppWindows, tmp_path: Path
) -> None:
    welcome = windows.show_welcome()
    qtbot.addWidget(welcome)
    path = tmp_path / "elsewhere.assetmap"
    _in_boundaries_dialog(lambda _dialog: None)
    assert not welcome.start_new("file", path)
    assert list(tmp_path.iterdir()) == []
    assert windows.windows == {} and windows.welcome is welcome and welcome.isVisible()


def test_a_new_register_is_saved_where_the_person_chooses_starting_in_the_data_folder(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def save_dialog(_parent, _title, start, _filter):
        asked.append(start)
        return str(tmp_path / "ours"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    welcome = WelcomeWindow(lambda _request: False)
    qtbot.addWidget(welcome)
    assert welcome.ask_new_path() == tmp_path / "ours.assetmap"
    assert Path(asked[0]).parent == paths.data_dir()


def test_a_new_register_never_replaces_an_existing_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_app import answer_next_message_box

    existing = _register(tmp_path / "ours.assetmap", "Kept")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(existing), ""))
    welcome = WelcomeWindow(lambda _request: True)
    qtbot.addWidget(welcome)
    seen: list[str] = []
    answer_next_message_box("OK", seen=seen)
    assert welcome.ask_new_path() is None
    assert "already exists" in seen[0]
    with Register.open(existing) as register:
        assert [a.name for a in register.assets()] == ["Kept"]


def test_the_welcome_window_lists_recent_registers_and_opens_one(qtbot, tmp_path: Path) -> None:
    older = _register(tmp_path / "older.assetmap")
    newer = _register(tmp_path / "newer.assetmap")
    remember_register(older)
    remember_register(newer)
    asked: list[Path] = []
    welcome = WelcomeWindow(lambda request: asked.append(request.path) or True)
    qtbot.addWidget(welcome)
    items = [welcome.recent_list.item(i) for i in range(welcome.recent_list.count())]
    assert [Path(item.data(Qt.ItemDataRole.UserRole)).name for item in items] == [
        "newer.assetmap",
        "older.assetmap",
    ]
    shown = welcome.recent_list.itemWidget(items[0]).text()
    assert "newer" in shown and str(tmp_path.name) in shown
    welcome.recent_list.itemActivated.emit(welcome.recent_list.item(1))
    assert asked == [older.resolve()]


# -- a window's register actions --------------------------------------------------------------


@pytest.mark.web
def test_opening_another_register_from_a_window_replaces_it_and_frees_its_register(
    qtbot, windows: AppWindows, tmp_path: Path
) -> None:
    first = _register(tmp_path / "first.assetmap", "First hall")
    second = _register(tmp_path / "second.assetmap", "Second hall")
    window = windows.open(app_module.RegisterRequest(first))
    assert window is _ready(qtbot, windows) and not _lock_is_free(first)
    window.register_actions.open_requested.emit(app_module.RegisterRequest(second))
    now = _ready(qtbot, windows)
    assert [a.name for a in now.register.assets()] == ["Second hall"]
    assert _closed(window)
    assert _lock_is_free(first) and not _lock_is_free(second)
    assert recent_registers()[:2] == [second.resolve(), first.resolve()]


@pytest.mark.web
def test_open_recent_lists_registers_with_the_open_one_disabled_and_opens_another(
    qtbot, windows: AppWindows, tmp_path: Path
) -> None:
    other = _register(tmp_path / "other & co.assetmap")
    current = _register(tmp_path / "current.assetmap")
    remember_register(other)
    window = windows.open(app_module.RegisterRequest(current))
    assert window is _ready(qtbot, windows)
    menu = window.register_actions.recent_menu
    menu.aboutToShow.emit()
    actions = menu.actions()
    assert [a.data() for a in actions] == [str(current.resolve()), str(other.resolve())]
    assert [a.isEnabled() for a in actions] == [False, True]
    assert "other && co.assetmap" in actions[1].text()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.register_actions.open_action in file_menu.actions()
    assert menu.menuAction() in file_menu.actions()
    assert window.register_actions.open_action.shortcut().toString() == "Ctrl+O"
    assert window.register_actions.demo_action in file_menu.actions()
    actions[1].trigger()
    now = _ready(qtbot, windows)
    assert now.register.path == other.resolve() and _closed(window)


def test_open_the_data_folder_asks_for_the_folder_that_holds_registers() -> None:
    url = data_folder_url()
    assert url == QUrl.fromLocalFile(str(paths.data_dir()))
    assert paths.data_dir().is_dir()
    assert paths.default_register().parent == paths.data_dir()


@pytest.mark.web
def test_make_a_backup_now_writes_a_checked_copy_that_opens_as_a_register(
    qtbot, windows: AppWindows, tmp_path: Path
) -> None:
    path = _register(tmp_path / "team.assetmap", "Hall", "Choir")
    window = windows.open(app_module.RegisterRequest(path))
    assert window is _ready(qtbot, windows)
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.register_actions.backup_action in help_menu.actions()
    assert window.register_actions.data_folder_action in help_menu.actions()
    window.register.add_asset(name="Added just now", category="associations")
    target = tmp_path / "copies" / "team backup.assetmap"
    assert window.register_actions.backup_now(target) == target.resolve()
    with Register.open(target, backup=False) as copy:
        assert sorted(a.name for a in copy.assets()) == ["Added just now", "Choir", "Hall"]
    assert "Backup saved and checked" in window.statusBar().currentMessage()
    assert sorted(p.name for p in target.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "team backup.assetmap"
    ]


@pytest.mark.web
def test_the_app_started_without_a_register_reopens_the_last_one(qtbot, tmp_path: Path) -> None:
    last = _register(tmp_path / "last.assetmap", "Reopened hall")
    remember_register(last)
    windows = app_module.open_at_start(None, Preferences())
    assert windows is not None
    try:
        window = _ready(qtbot, windows)
        assert [a.name for a in window.register.assets()] == ["Reopened hall"]
        assert windows.welcome is None
    finally:
        windows.close_all()
    assert _lock_is_free(last)


def test_a_last_register_that_cannot_be_opened_leads_to_the_welcome_window(qtbot, tmp_path: Path) -> None:
    from tests.ui.test_app import answer_next_message_box

    last = _register(tmp_path / "last.assetmap")
    remember_register(last)
    held = InstanceLock(last)
    held.acquire()
    seen: list[str] = []
    try:
        answer_next_message_box("OK", seen=seen)
        windows = app_module.open_at_start(None, Preferences())
        assert windows is not None and windows.windows == {}
        assert windows.welcome is not None and windows.welcome.isVisible()
        windows.close_all()
    finally:
        held.release()
    assert "already open in another AssetMap window" in seen[0]
