"""A worker that finishes after its widget was closed delivers nothing, and nothing crashes.

The abundance panel and its bar charts work on background threads; a person may close the window (or
the panel) while an analysis or a drawing is still under way. The result then arrives at a deleted
widget: it must be dropped, not delivered to a dead object.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from assetmap.ui import bar_chart
from assetmap.ui.bar_chart import BarChart

BARS = [{"label": "Associations", "value": 3, "shown": "3", "colour": "#1b9e77"}]


class HeldWorker:
    """An executor that keeps each job until the test lets it run, on a thread of its own."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], None]] = []

    def submit(self, job: Callable[[], None]) -> None:
        self.jobs.append(job)

    def run_all(self) -> None:
        for job in self.jobs:
            thread = threading.Thread(target=job)
            thread.start()
            thread.join(30)


def test_a_chart_closed_before_its_drawing_ends_drops_the_drawing(qtbot, monkeypatch) -> None:
    # What the worker emits on, and whether that object was still alive then: emitting a signal of a
    # deleted widget from a worker thread is the crash this guards against.
    emitted_on_live: list[bool] = []

    class Recorded(bar_chart.WorkerResults):
        def __init__(self) -> None:
            super().__init__()
            self.delivered.connect(
                lambda *_: emitted_on_live.append(shiboken6.isValid(self)), Qt.ConnectionType.DirectConnection
            )

    monkeypatch.setattr(bar_chart, "WorkerResults", Recorded)
    worker = HeldWorker()
    chart = BarChart(worker)  # type: ignore[arg-type]
    qtbot.addWidget(chart)
    chart.draw_bars(BARS)
    assert len(worker.jobs) == 1

    shiboken6.delete(chart)  # closed and deleted while its drawing is still on the worker
    worker.run_all()
    QApplication.processEvents()
    qtbot.wait(50)

    assert not shiboken6.isValid(chart)
    assert emitted_on_live == [True]  # the drawing went to an object that outlived the chart, and no further


def test_a_chart_still_open_shows_its_drawing(qtbot) -> None:
    worker = HeldWorker()
    chart = BarChart(worker)  # type: ignore[arg-type]
    qtbot.addWidget(chart)
    chart.draw_bars(BARS)
    worker.run_all()
    qtbot.waitUntil(lambda: chart.figure is not None, timeout=5000)
