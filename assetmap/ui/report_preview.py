"""The report dialog's preview: the first pages of the document, made as Save makes it, shown as images.

The document's bytes come from the dialog's ``make`` (the same function Save uses); its first pages are
drawn by QtPdf on a worker thread and delivered through a :class:`~assetmap.ui.tasks.WorkerResults` that
outlives the dialog. Each refresh has a generation number: a preview still under way when the choices
change again is cancelled, and a late one is dropped.

While reports are printed from HTML by QtWebEngine (which prints only on the UI thread), ``make`` runs on
the UI thread; the printing waits on an event loop of its own, so the dialog keeps answering meanwhile.
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
from assetmap.ui.printing import PdfPrinter
from assetmap.ui.tasks import WorkerResults

log = logging.getLogger(__name__)

PREVIEW_PAGES = 3
PAGE_HEIGHT_PX = 480
REFRESH_DELAY_MS = 600

# Makes the document's bytes with the preview's printer, stopping when ``cancelled()`` turns true.
MakeDocument = Callable[[PdfPrinter, CancelCheck], bytes]


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
            raise PreviewError("The document was made, but its pages could not be read for the preview.")
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


class ReportPreview(QGroupBox):
    """The first pages of the document, refreshed on demand and shortly after the choices change."""

    def __init__(self, make: MakeDocument, parent: QWidget | None = None) -> None:
        super().__init__(translate("report_preview", "Preview"), parent)
        self._make = make
        self._generation = 0
        self._running = False
        self._again = False
        self._stopped = False
        self._printer: PdfPrinter | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-preview")
        self._delivery = WorkerResults()  # held by the worker: it outlives a dialog closed meanwhile
        self._delivery.delivered.connect(self._on_drawn, Qt.ConnectionType.QueuedConnection)
        self.drawing: Future[None] | None = None  # the last drawing of pages handed to the worker
        self.images: list[QImage] = []

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("preview_status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)  # busy: the printing gives no steps worth showing
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
        """Whether a preview is waiting, being made or being drawn."""
        return self._timer.isActive() or self._running or not self.progress_bar.isHidden()

    def schedule(self) -> None:
        """The choices changed: what is shown is out of date; make a new preview after a short pause."""
        if self._stopped:
            return
        self._generation += 1
        self._timer.start()

    def refresh(self) -> None:
        """Make the preview of the current choices now (a preview under way is cancelled first)."""
        self._timer.stop()
        if self._stopped:
            return
        self._generation += 1
        if self._running:  # the one under way answers older choices: it stops, then this one starts
            self._again = True
            return
        generation = self._generation
        self._running = True
        self._show_busy()
        pdf: bytes | None = None
        try:
            pdf = self._make(self._printer_for_preview(), lambda: self._stale(generation))
        except ExportCancelled:
            pdf = None
        except AssetMapError as exc:
            if not self._stale(generation):
                self._fail(str(exc))
        except Exception:
            log.exception("the report preview could not be made")
            if not self._stale(generation):
                self._fail(
                    translate("report_preview", "The preview could not be made; details are in the log.")
                )
        finally:
            self._running = False
        if self._stopped:
            self._shut_printer()
            return
        if self._again:
            self._again = False
            self._timer.start()
            return
        if pdf is not None and not self._stale(generation):
            self._draw(generation, pdf)

    def stop(self) -> None:
        """The dialog is closing: cancel what is under way, drop late results, let go of the printer."""
        self._stopped = True
        self._generation += 1
        self._timer.stop()
        self._worker.shutdown(wait=False)  # a drawing under way finishes, and is dropped
        if not self._running:  # else the preview under way lets go of it once it has stopped
            self._shut_printer()

    # -- inside --------------------------------------------------------------------------------------------

    def _stale(self, generation: int) -> bool:
        return self._stopped or generation != self._generation

    def _printer_for_preview(self) -> PdfPrinter:
        if self._printer is None:
            self._printer = PdfPrinter()
        return self._printer

    def _shut_printer(self) -> None:
        printer, self._printer = self._printer, None
        if printer is not None:
            printer.shutdown()

    def _draw(self, generation: int, pdf: bytes) -> None:
        delivery = self._delivery

        def work() -> None:
            try:
                result: object = page_images(pdf)
            except Exception as exc:  # handed to the UI thread, which says so
                result = exc
            delivery.delivered.emit(generation, None, result)

        self.drawing = self._worker.submit(work)

    def _on_drawn(self, generation: int, _unused: object, result: object) -> None:
        if self._stale(generation):
            return
        self.progress_bar.setVisible(False)
        if isinstance(result, AssetMapError):
            self._fail(str(result))
            return
        if isinstance(result, Exception):
            log.error("the report preview's pages could not be drawn", exc_info=result)
            self._fail(translate("report_preview", "The preview could not be drawn; details are in the log."))
            return
        assert isinstance(result, list)
        self._show_pages(result)
        self._say(
            translate("report_preview", "The first %n page(s), as they will be saved.", None, len(result))
        )

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
