"""A window on a team register: another worker's change appears live, and the server going away is said.

A real window (real QtWebEngine map) on a register on the test PostgreSQL server, and a second Register
object on the same register, as another worker's window; the network between them and the server goes
through a relay that the tests cut and mend.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from assetmap.geo.postcodes import PostcodeIndex
from assetmap.register import Register
from assetmap.register.records import Change
from assetmap.ui.asset_form import AssetForm
from assetmap.ui.commands import EditAssetCommand
from assetmap.ui.live import ServerAwayError
from assetmap.ui.main_window import MainWindow
from tests.tcprelay import Relay
from tests.ui.conftest import open_window, page_stats

pytestmark = pytest.mark.web

LIVE_MS = 10_000


@pytest.fixture
def relay(pg_url: str) -> Iterator[Relay]:
    url = make_url(pg_url)
    relay = Relay(url.host or "127.0.0.1", url.port or 5432)
    yield relay
    relay.close()


@pytest.fixture
def register(pg_url: str, relay: Relay) -> Iterator[Register]:
    """The window's register: on the server, reached through the relay."""
    Register.open(pg_url).close()  # the schema, made before the relay is in the way
    through_relay = make_url(pg_url).set(host="127.0.0.1", port=relay.port)
    register = Register.open(through_relay.render_as_string(hide_password=False), user="Amira")
    register.add_asset(name="Ancoats Library", category="institutions", lon=-2.2270, lat=53.4840)
    yield register
    register.close()


@pytest.fixture
def other(pg_url: str) -> Iterator[Register]:
    """Another worker's register on the same server, reached directly."""
    other = Register.open(pg_url, user="Ben")
    yield other
    other.close()


@pytest.fixture
def live_window(qtbot, register: Register) -> Iterator[MainWindow]:
    window = open_window(qtbot, register)
    assert window.live is not None
    window.live.listener.first_wait = 0.1
    assert window.live.listener.wait_until_listening()
    yield window
    window.shut_down()
    window.close()


def _name_in_table(window: MainWindow, asset_id: str) -> str | None:
    row = window.model.row_of(asset_id)
    return None if row is None else window.model.asset_at(row).name


def test_an_asset_another_worker_adds_appears_in_the_table_and_on_the_map(
    qtbot, live_window: MainWindow, other: Register
) -> None:
    live_window.map_view.evaluate("(window.__sameDocument = 'yes')")

    added = other.add_asset(name="Hulme Garden", category="physical_spaces", lon=-2.249, lat=53.466)

    new_id = added.added[0]
    qtbot.waitUntil(lambda: _name_in_table(live_window, new_id) == "Hulme Garden", timeout=LIVE_MS)
    qtbot.waitUntil(lambda: page_stats(live_window)["assets_drawn"] == 2, timeout=LIVE_MS)
    assert live_window.map_view.evaluate("window.__sameDocument") == "yes"  # no page reload


def test_an_edit_and_a_move_by_another_worker_appear_without_a_reload(
    qtbot, live_window: MainWindow, other: Register
) -> None:
    library = other.assets()[0]
    live_window.map_view.evaluate("(window.__sameDocument = 'yes')")

    other.update_asset(library.id, expected_version=library.version, name="Ancoats Carnegie Library")
    other.move_asset(library.id, -2.2300, 53.4850)

    qtbot.waitUntil(
        lambda: _name_in_table(live_window, library.id) == "Ancoats Carnegie Library", timeout=LIVE_MS
    )
    qtbot.waitUntil(
        lambda: live_window.map_view.evaluate(f"assetmap.assetPosition({library.id!r})") == [-2.23, 53.485],
        timeout=LIVE_MS,
    )
    assert live_window.map_view.evaluate("window.__sameDocument") == "yes"


def test_an_asset_another_worker_removes_leaves_the_table_and_the_map(
    qtbot, live_window: MainWindow, other: Register
) -> None:
    library = other.assets()[0]

    other.remove_asset(library.id, library.version)

    qtbot.waitUntil(lambda: live_window.model.row_of(library.id) is None, timeout=LIVE_MS)
    qtbot.waitUntil(lambda: page_stats(live_window)["assets_drawn"] == 0, timeout=LIVE_MS)


def test_the_windows_own_edit_is_applied_once(qtbot, live_window: MainWindow) -> None:
    library = live_window.register.assets()[0]
    applied: list[Change] = []
    original = live_window.apply_change

    def counting(change: Change) -> None:
        applied.append(change)
        original(change)

    live_window.apply_change = counting  # type: ignore[method-assign]
    heard: list[object] = []
    assert live_window.live is not None
    live_window.live.notices_heard.connect(heard.append)

    live_window.undo_stack.push(
        EditAssetCommand(
            live_window.register,
            library.id,
            {"name": library.name},
            {"name": "Renamed here"},
            live_window.apply_change,
            version=library.version,
        )
    )
    qtbot.waitUntil(lambda: bool(heard), timeout=LIVE_MS)
    qtbot.wait(200)

    # The notice of its own write found the table already at that version: nothing read or applied again.
    assert len(applied) == 1
    assert _name_in_table(live_window, library.id) == "Renamed here"


def test_when_the_server_goes_away_the_window_says_so_refuses_edits_and_catches_up_when_back(
    qtbot, live_window: MainWindow, other: Register, relay: Relay, monkeypatch
) -> None:
    library = live_window.register.assets()[0]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))

    relay.cut()
    live = live_window.live
    assert live is not None
    qtbot.waitUntil(lambda: live.away, timeout=LIVE_MS)
    assert live.banner.isVisible()
    assert live.server in live.banner.label.text() and "cannot be reached" in live.banner.label.text()
    assert _name_in_table(live_window, library.id) == "Ancoats Library"  # still shows what it has
    # The banner offers to open an offline copy taken before (a copy cannot be taken from a server away).
    asked: list[str] = []
    monkeypatch.setattr(
        "assetmap.ui.register_actions.QFileDialog.getOpenFileName",
        lambda _parent, title, folder, _filter: (asked.append(title), ("", ""))[1],
    )
    assert live.banner.offline_button.isVisible()
    live.banner.offline_button.click()
    assert asked == ["Open a register"]

    # An edit is refused plainly; the form stays open with what was typed.
    form = AssetForm(live_window._categories, PostcodeIndex.for_gm(), live_window._ward_names, library)
    form.save = lambda: live_window.save_edit(form, library)
    form.show()
    form.description_edit.setPlainText("Typed while the server was away")
    form.accept()
    assert form.isVisible()
    assert form.description_edit.toPlainText() == "Typed while the server was away"
    assert warnings and live.server in warnings[-1] and "not saved" in warnings[-1]
    assert ServerAwayError(live.server).args[0] == warnings[-1]

    # Meanwhile another worker changes the register.
    other.update_asset(library.id, name="Changed while away")
    added = other.add_asset(name="New while away", category="associations", lon=-2.25, lat=53.47).added[0]

    relay.mend()
    qtbot.waitUntil(lambda: not live.away, timeout=20_000)
    assert not live.banner.isVisible()
    qtbot.waitUntil(lambda: _name_in_table(live_window, library.id) == "Changed while away", timeout=LIVE_MS)
    qtbot.waitUntil(lambda: _name_in_table(live_window, added) == "New while away", timeout=LIVE_MS)
    qtbot.waitUntil(lambda: page_stats(live_window)["assets_drawn"] == 2, timeout=LIVE_MS)

    # The form's text was kept: saving now meets the other worker's change in the conflict view.
    assert form.description_edit.toPlainText() == "Typed while the server was away"
    form.close()
