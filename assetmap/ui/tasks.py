"""Slow work (reading a file, importing, exporting) off the UI thread, with progress and Cancel.

``run_with_progress`` starts the work on a worker thread and shows a window-modal progress dialog
while the window keeps painting. The work gets two callables: ``progress(done, total)``, safe to call
from the worker (it reaches the dialog through a queued signal), and ``cancelled()``, which turns true
once the person presses Cancel. The work's result is returned, or what it raised is raised again, on
the UI thread. The register allows this: each write is one transaction on its own connection.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from assetmap.ui.i18n import translate

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Work quicker than this shows no dialog at all.
SHOW_AFTER_MS = 400


class WorkerResults(QObject):
    """Carries a worker thread's results to a widget's slot on the UI thread.

    It has no parent, and the worker holds it until it has emitted: a worker that finishes after its
    widget was deleted emits on a live object, and Qt, which dropped the connection with the widget,
    drops the result. (A signal of the widget itself, emitted once the widget is gone, crashes.)
    Connect with ``Qt.ConnectionType.QueuedConnection``.
    """

    delivered = Signal(int, object, object)


class _Relay(QObject):
    """Carries the worker's progress and its end to the UI thread (queued: it lives there)."""

    progressed = Signal(int, int)
    finished = Signal()


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[Progress, Cancelled], T],
    *,
    cancellable: bool = True,
) -> T:
    """Run ``work(progress, cancelled)`` on a worker thread behind a progress dialog; return its result.

    ``cancellable=False`` is for work that cannot stop halfway and writes nothing (reading a file):
    the dialog then has no Cancel button.
    """
    dialog = QProgressDialog(label, translate("tasks", "Cancel"), 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setObjectName("taskProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    stop = threading.Event()
    # The Cancel button and closing the dialog emit ``canceled``; Escape rejects it.
    dialog.canceled.connect(stop.set)
    dialog.rejected.connect(stop.set)

    relay = _Relay()

    def show_progress(done: int, total: int) -> None:
        if total > 0 and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total > 0 else 0)

    relay.progressed.connect(show_progress)
    loop = QEventLoop()
    relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    values: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            values.append(work(relay.progressed.emit, stop.is_set))
        except BaseException as exc:  # handed back to the UI thread, which raises it
            errors.append(exc)
        finally:
            relay.finished.emit()

    worker = threading.Thread(target=run, name=f"assetmap-{title.casefold()}", daemon=True)
    dialog.setValue(0)  # starts the dialog's timer for SHOW_AFTER_MS
    worker.start()
    loop.exec()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    relay.deleteLater()
    if errors:
        raise errors[0]
    return values[0]
