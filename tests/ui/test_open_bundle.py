"""A bundle opened from the file manager goes straight to the merge dialog, with no file dialog first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from assetmap.bundles.export import export_bundle
from assetmap.register.store import Register
from assetmap.ui.merge_dialog import MergeDialog

pytestmark = pytest.mark.web


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "mine.assetmap")
    yield register
    register.close()


def test_a_bundle_given_by_path_opens_the_merge_dialog_for_that_bundle(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = Register.open(tmp_path / "theirs.assetmap")
    theirs.add_asset(name="Levenshulme Market", category="local_economy")
    bundle = tmp_path / "from-theirs.assetmap-bundle"
    export_bundle(theirs, bundle)
    theirs.close()
    asked: list[str] = []

    def file_dialog(*_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append("asked")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog)
    seen: list[MergeDialog] = []

    def close_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MergeDialog):
            seen.append(dialog)
            dialog.reject()
        else:
            QTimer.singleShot(20, close_the_dialog)

    QTimer.singleShot(0, close_the_dialog)
    window.exchange.merge_bundle(str(bundle))

    assert asked == []
    assert len(seen) == 1
    assert [change.name for change in seen[0].plan.adds] == ["Levenshulme Market"]
