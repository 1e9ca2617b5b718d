"""The report dialog's preview: the first pages of the document, made as Save makes it, shown as images.

The document's bytes come from the function Save uses (the dialog's ``prepare`` reads its choices and
returns the work); a worker thread makes them and draws the first pages with QtPdf, and delivers them
through a :class:`~assetmap.ui.tasks.WorkerResults` that outlives the dialog. Each refresh has a
generation number: a preview under way when the choices change again is cancelled, and a late one is
dropped. The documents are typeset by Typst, without Qt, so all of it runs on the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assetmap.errors import AssetMapError
from assetmap.reports.progress import CancelCheck, ExportCancelled
from assetmap.ui.i18n import translate
from assetmap.ui.tasks import WorkerResults

log = logging.getLogger(__name__)

PREVIEW_PAGES = 3
PAGE_HEIGHT_PX = 480
REFRESH_DELAY_MS = 600

_POLL_S = 0.05

# Makes the document's bytes (on the worker), stopping when ``cancelled()`` is true.
MakeDocument = Callable[[CancelCheck], bytes]
# Reads the dialog's choices (on the UI thread) and returns the work that makes their document.
PrepareDocument = Callable[[], MakeDocument]


class PreviewError(AssetMapError):
    """The document was made but its pages could not be drawn."""


def page_images(pdf: bytes, *, pages: int = PREVIEW_PAGES, height: int = PAGE_HEIGHT_PX) -> list[QImage]:
    """The first ``pages`` pages of ``pdf``, each ``height`` pixels high on white paper (any thread)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise PreviewError(
                translate(
                    "report_preview",
                    "The document was made, but its pages could not be read for the preview.",
                )
            )
        images = []
        for page in range(min(pages, document.pageCount())):
            size = document.pagePointSize(page)
            width = max(1, round(height * size.width() / max(size.height(), 1.0)))
            drawn = document.render(page, QSize(width, height))
            paper = QImage(width, height, QImage.Format.Format_RGB32)
            paper.fill(QColor("#ffffff"))
            painter = QPainter(paper)
            painter.drawImage(0, 0, drawn)
            painter.end()
            images.append(paper)
        return images
    finally:
        document.close()
        buffer.close()


class _Generations:
    """The current preview's number, read by the worker to know when its work is out of date."""

    def __init__(self) -> None:
        self.current = 0
        self.stopped = False

    def stale(self, generation: int) -> bool:
        return self.stopped or generation != self.current


class ReportPreview(QGroupBox):
    """The first pages of the document, refreshed on demand and shortly after the choices change."""

    def __init__(self, prepare: PrepareDocument, parent: QWidget | None = None) -> None:
        super().__init__(translate("report_preview", "Preview"), parent)
        self._prepare = prepare
        self._generations = _Generations()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-preview")
        self._delivery = WorkerResults()  # held by the worker: it outlives a dialog closed meanwhile
        self._delivery.delivered.connect(self._on_drawn, Qt.ConnectionType.QueuedConnection)
        self.drawing: Future[None] | None = None  # the last preview handed to the worker
        self.images: list[QImage] = []
        worker = self._worker

        def let_go(*_args: object) -> None:  # deleted without stop(), e.g. with its window
            worker.shutdown(wait=False)

        self.destroyed.connect(let_go)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("preview_status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)  # busy: typesetting gives no steps worth showing
        self.progress_bar.setAccessibleName(translate("report_preview", "Making the preview"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setVisible(False)
        self.refresh_button = QPushButton(translate("report_preview", "&Refresh preview"), self)
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)

        self._pages = QWidget()
        self._pages_row = QHBoxLayout(self._pages)
        self._pages_row.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pages_area = QScrollArea(self)
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setWidget(self._pages)
        self.pages_area.setMinimumHeight(PAGE_HEIGHT_PX // 2)
        self.pages_area.setBackgroundRole(self.palette().ColorRole.Mid)

        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.pages_area, 1)
        self._say(translate("report_preview", "The first pages appear here in a moment."))

    # -- what the dialog calls ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a preview is waiting, or being made or drawn."""
        return self._timer.isActive() or (self.drawing is not None and not self.drawing.done())

    def schedule(self) -> None:
        """The choices changed: what is shown is out of date; make a new preview after a short pause."""
        if self._generations.stopped:
            return
        self._generations.current += 1  # a preview under way answers the old choices: it stops
        self._timer.start()

    def refresh(self) -> None:
        """Make the preview of the current choices now (a preview under way is cancelled)."""
        self._timer.stop()
        generations = self._generations
        if generations.stopped:
            return
        generations.current += 1
        generation = generations.current
        try:
            make = self._prepare()
        except AssetMapError as exc:
            self._fail(str(exc))
            return
        self._show_busy()
        delivery = self._delivery

        def cancelled() -> bool:
            return generations.stale(generation)

        def work() -> None:
            result: object
            try:
                result = ExportCancelled() if cancelled() else page_images(make(cancelled))
            except Exception as exc:  # handed to the UI thread, which says so
                result = exc
            delivery.delivered.emit(generation, None, result)

        self.drawing = self._worker.submit(work)

    def stop(self) -> None:
        """The dialog is closing: cancel what is under way and drop late results."""
        self._generations.stopped = True
        self._timer.stop()
        self._worker.shutdown(wait=False)  # a preview under way stops at its next check, and is dropped

    # -- inside --------------------------------------------------------------------------------------------

    def _on_drawn(self, generation: int, _unused: object, result: object) -> None:
        if self._generations.stale(generation) or isinstance(result, ExportCancelled):
            return
        self.progress_bar.setVisible(False)
        if isinstance(result, AssetMapError):
            self._fail(str(result))
            return
        if isinstance(result, Exception):
            log.error("the report preview could not be made", exc_info=result)
            self._fail(translate("report_preview", "The preview could not be made; details are in the log."))
            return
        assert isinstance(result, list)
        self._show_pages(result)
        pages = len(result)  # a plain name: pyside6-lupdate skips a plural whose count is a call
        self._say(translate("report_preview", "The first %n page(s), as they will be saved.", None, pages))

    def _show_busy(self) -> None:
        self.progress_bar.setVisible(True)
        self._say(translate("report_preview", "Making the preview…"))

    def _fail(self, message: str) -> None:
        self.progress_bar.setVisible(False)
        self._show_pages([])
        self._say(translate("report_preview", "No preview: {reason}").format(reason=message))

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def _show_pages(self, images: list[QImage]) -> None:
        self.images = images
        while self._pages_row.count():
            item = self._pages_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for number, image in enumerate(images, start=1):
            page = QLabel(self._pages)
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QLabel.Shape.Box)
            page.setAccessibleName(translate("report_preview", "Page {number}").format(number=number))
            self._pages_row.addWidget(page)
