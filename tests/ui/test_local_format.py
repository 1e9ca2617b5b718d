"""Counts and dates in the window follow the language's locale (QLocale), not Python's formatting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from assetmap.register.store import Register
from assetmap.ui.import_wizard import import_button_text
from assetmap.ui.local_format import date, date_time, number
from assetmap.ui.removed_dialog import RemovedDialog


@pytest.fixture
def polish() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    yield
    QLocale.setDefault(before)


def test_with_no_language_chosen_counts_and_dates_read_as_english() -> None:
    assert number(4211) == "4,211"
    assert date(dt.date(2026, 12, 2)) == "02 December 2026"
    assert "Dec 2026" in date_time(dt.datetime(2026, 12, 2, 12, 0))
    assert import_button_text(4211) == "Import 4,211 assets"


def test_in_polish_counts_group_and_months_are_polish(polish: None) -> None:
    assert number(12345) == "12\N{NO-BREAK SPACE}345"
    assert date(dt.date(2026, 12, 2)) == "02 grudnia 2026"
    assert "gru 2026" in date_time(dt.datetime(2026, 12, 2, 12, 0))


def test_the_recently_removed_list_dates_follow_the_language(qtbot, tmp_path: Path, polish: None) -> None:
    register = Register.open(tmp_path / "r.assetmap")
    try:
        asset = register.add_asset(name="Bolton Library", category="institutions").assets[0]
        register.remove_assets([asset.id])
        dialog = RemovedDialog(register)
        qtbot.addWidget(dialog)
        removed_at = dialog.model.item(0, 2).text()
        month = register.removed_assets()[0].removed_at
        assert month is not None
        polish_month = QLocale().monthName(
            month.replace(tzinfo=dt.UTC).astimezone().month, QLocale.FormatType.ShortFormat
        )
        assert polish_month in removed_at  # e.g. "gru", where Python's strftime writes "Dec"
    finally:
        register.close()
