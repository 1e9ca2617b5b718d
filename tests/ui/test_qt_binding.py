"""The Qt binding in use keeps Python's reference counts straight.

PySide6 6.12.0 takes a reference off ``None`` each time a Qt call returns nothing or a model
answers ``None``; on Python 3.11 the process then aborts ("deallocating None") after a while in
a busy table. pyproject.toml excludes that release; this test fails on any release that does it.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget


class _Empty(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> None:
        return None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_qt_calls_and_model_answers_do_not_drop_references_to_none(qapp: QApplication) -> None:
    widget = QWidget()
    model = _Empty()
    before = sys.getrefcount(None)
    for _ in range(1000):
        qapp.processEvents()
        widget.setObjectName("probe")
        model.index(0, 0).data()
    assert sys.getrefcount(None) >= before - 20
