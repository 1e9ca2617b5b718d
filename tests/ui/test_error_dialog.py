"""Unexpected errors: a plain dialog, and a report for the log and the clipboard that holds no one's data."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import assetmap
from assetmap.errors import AssetMapError
from assetmap.register import Register
from assetmap.ui.app import handle_unexpected_error
from assetmap.ui.error_dialog import ErrorDialog, crash_report

PERSON = "Margaret Okonkwo-Bright, 14 Alder Grove, 07700 900123"


def _fail_while_holding(values: list[str]) -> None:
    """Raise an error whose message quotes ``values``, from a frame whose locals hold them."""
    asset_name = values[0]  # noqa: F841  (a local the report must not show)
    person = PERSON  # noqa: F841
    raise ValueError(f"Could not save {' | '.join(values)} for {PERSON}")


def _caught(values: list[str]):
    try:
        try:
            _fail_while_holding(values)
        except ValueError as exc:
            raise KeyError(f"while handling {values[-1]}") from exc
    except KeyError:
        return sys.exc_info()


def _run_hook(qapp: QApplication, info) -> dict[str, str]:
    """Run the app's handler on ``info``; press Copy details, note what the dialog and clipboard hold."""
    seen: dict[str, str] = {}

    def press_copy() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ErrorDialog):
            QTimer.singleShot(20, press_copy)
            return
        seen["title"] = dialog.windowTitle()
        seen["message"] = dialog.message.text()
        dialog.copy_button.click()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["after_copy"] = dialog.copied_label.text()
        dialog.reject()

    QGuiApplication.clipboard().clear()
    QTimer.singleShot(0, press_copy)
    handle_unexpected_error(*info)
    return seen


def test_an_unexpected_error_shows_and_logs_a_report_without_anyones_data(
    qapp: QApplication, hostile_strings: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    values = [*hostile_strings, PERSON]
    info = _caught(values)
    with caplog.at_level(logging.ERROR, logger="assetmap.ui.app"):
        seen = _run_hook(qapp, info)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    copied = seen["clipboard"]
    assert seen["title"] == "AssetMap: something went wrong"
    assert "Nothing was lost" in seen["message"]
    assert "on the clipboard" in seen["after_copy"]
    # What the report does say: versions, system, the error types and where they happened.
    assert f"AssetMap {assetmap.__version__}" in copied
    assert "Python " in copied and "Qt " in copied and "System " in copied
    assert "Error type: ValueError" in copied and "Error type: KeyError" in copied
    assert "tests/ui/test_error_dialog.py, line" in copied and "in _fail_while_holding" in copied
    assert copied in logged
    # What it never says: the messages, the locals, the person.
    for text in (copied, seen["message"], logged):
        for value in values:
            assert value not in text
        assert "Okonkwo" not in text and "Alder Grove" not in text and "PWN" not in text


def test_the_report_names_files_without_the_folders_above_them(qapp: QApplication) -> None:
    info = _caught(["x"])
    report = crash_report(*info)
    assert str(Path(__file__).resolve().parent) not in report
    assert str(Path.home()) not in report or str(Path.home()) == "/"


def test_an_error_during_a_register_write_says_that_write_was_not_saved(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "team.assetmap"
    with Register.open(path) as register:
        asset = register.add_asset(name="Saved before", category="associations").assets[0]
    with sqlite3.connect(path) as conn:
        # A fault the code does not expect, inside the write's transaction (as a damaged index would be).
        conn.execute("CREATE TRIGGER fault BEFORE UPDATE ON assets BEGIN SELECT RAISE(ABORT, 'fault'); END")
    conn.close()
    with Register.open(path) as register:
        try:
            register.update_asset(asset.id, name=f"Renamed for {PERSON}")
        except Exception:
            info = sys.exc_info()
        assert not isinstance(info[1], AssetMapError)
        seen = _run_hook(qapp, info)
        assert [a.name for a in register.assets()] == ["Saved before"]
    assert "that change was not saved" in seen["message"] and "everything saved before" in seen["message"]
    assert "Nothing was lost: every change" not in seen["message"]
    assert PERSON not in seen["clipboard"] and "Renamed" not in seen["clipboard"]


def test_a_plain_assetmap_error_is_shown_as_its_own_message(qapp: QApplication) -> None:
    from assetmap.errors import ValidationError
    from tests.ui.test_app import answer_next_message_box

    seen: list[str] = []
    answer_next_message_box("OK", seen=seen)
    try:
        raise ValidationError("name", "Give the asset a name.")
    except ValidationError:
        handle_unexpected_error(*sys.exc_info())
    assert "Give the asset a name." in seen[0]
