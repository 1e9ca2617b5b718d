"""The window's map and table follow the consent in force: a withdrawn gift leaves the map, stays listed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt

from assetmap.register import Register, consent, sharing
from assetmap.ui.main_window import MainWindow
from tests.ui.conftest import open_window, page_stats

pytestmark = pytest.mark.web

GIFT = "Fixes bikes in the yard Qm"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "consent-window.assetmap")
    register.add_asset(name="Ancoats Library", category="institutions", lon=-2.2270, lat=53.4840)
    person = register.add_person("Tomasz Qm", phone="07700 900777")
    register.add_gift(person.id, name=GIFT, lon=-2.2280, lat=53.4850)
    register.record_consent(person.id, consent.REGISTER, method="spoken")
    yield register
    register.close()


@pytest.fixture
def window(qtbot, register: Register) -> MainWindow:
    return open_window(qtbot, register)


def _consent_cell(window: MainWindow, asset_id: str) -> str:
    row = window.model.row_of(asset_id)
    assert row is not None, "the gift must stay listed in the table"
    column = [c.title for c in window.model.COLUMNS].index("Consent")
    return str(window.model.data(window.model.index(row, column), Qt.ItemDataRole.DisplayRole))


def test_a_withdrawn_gift_leaves_the_map_at_once_and_stays_in_the_table_to_review(
    qtbot, window: MainWindow, register: Register
) -> None:
    gift = next(a for a in register.assets() if a.name == GIFT)
    assert gift.person_id is not None
    assert page_stats(window)["assets_drawn"] == 2
    assert _consent_cell(window, gift.id) == consent.LEVEL_LABELS[consent.REGISTER]

    register.withdraw_consent(gift.person_id, method="phone")
    window.people_changed()
    qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 1)
    assert _consent_cell(window, gift.id) == sharing.NEEDS_CONSENT_TEXT

    # Editing the gift meanwhile does not bring it back to the map.
    window.apply_change(register.update_asset(gift.id, description="Tuesdays"))
    qtbot.wait(200)
    assert page_stats(window)["assets_drawn"] == 1

    register.record_consent(gift.person_id, consent.PUBLIC, method="paper")
    window.people_changed()
    qtbot.waitUntil(lambda: page_stats(window)["assets_drawn"] == 2)
    assert _consent_cell(window, gift.id) == consent.LEVEL_LABELS[consent.PUBLIC]


def test_sorting_by_consent_puts_the_gifts_that_need_it_first(window: MainWindow, register: Register) -> None:
    gift = next(a for a in register.assets() if a.name == GIFT)
    assert gift.person_id is not None
    other = register.add_person("Aisha Qm")
    window.apply_change(register.add_gift(other.id, name="Alterations and mending Qm"))
    register.record_consent(other.id, consent.REGISTER, method="paper")  # "Kept…" sorts before "Needs…"
    register.withdraw_consent(gift.person_id, method="phone")
    window.people_changed()
    column = [c.title for c in window.model.COLUMNS].index("Consent")
    window.model.sort(column, Qt.SortOrder.AscendingOrder)
    assert window.model.asset_at(0).name == GIFT
    window.model.sort(column, Qt.SortOrder.DescendingOrder)
    assert window.model.asset_at(0).name != GIFT
