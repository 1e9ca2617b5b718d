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


def test_a_window_deleted_while_its_map_links_are_read_drops_the_reading(
    qtbot, tmp_path, monkeypatch
) -> None:
    # The map's links and stories are read on a thread of their own. A window deleted (not only closed)
    # while that reading is under way must not receive it: its map is gone.
    from assetmap.register import Register
    from assetmap.settings import Preferences
    from assetmap.ui.connections_actions import ConnectionsActions
    from assetmap.ui.main_window import MainWindow
    from tests.ui.conftest import READY_MS

    delivered: list[int] = []
    real_read = ConnectionsActions._map_data_read

    def recorded(self, generation, *rest):  # type: ignore[no-untyped-def]
        delivered.append(generation)
        real_read(self, generation, *rest)

    monkeypatch.setattr(ConnectionsActions, "_map_data_read", recorded)
    with Register.open(tmp_path / "late.assetmap") as register:
        window = MainWindow(register, Preferences())  # not handed to qtbot: the test deletes it
        with qtbot.waitSignal(window.map_view.ready, timeout=READY_MS):
            window.show()
        qtbot.waitUntil(lambda: not window.connections.reading_under_way, timeout=10_000)
        delivered.clear()

        release = threading.Event()
        real_ends = register.link_ends

        def held_ends():  # type: ignore[no-untyped-def]
            release.wait(30)
            return real_ends()

        monkeypatch.setattr(register, "link_ends", held_ends)
        window.connections.refresh_map()
        window.map_view.shutdown()  # the page goes before its view (as when a window is torn down)
        shiboken6.delete(window)  # deleted while the reading is still on its thread
        release.set()
        window.connections.wait_for_map_data()
        QApplication.processEvents()
        qtbot.wait(50)

    assert delivered == []
