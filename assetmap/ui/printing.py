"""Printing report HTML to PDF with QtWebEngine, and map SVG to PNG, for the app and the command line.

The core (``assetmap.reports``) builds the HTML and SVG; this module only turns them into files.

For the app: keep one :class:`PdfPrinter` (one hardened page, reused for every print; a page per job
has crashed QtWebEngine before) and call :meth:`PdfPrinter.print_pdf` from the UI thread with a progress
dialog's ``progress`` and ``wasCanceled`` as callbacks: it spins a local event loop, so the window stays
responsive. :func:`print_html_to_pdf` adds the document title and subject and writes the file atomically.

For the command line: call :func:`prepare_headless` before anything imports Qt, then
:func:`ensure_application`.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from assetmap.reports.files import write_atomically
from assetmap.reports.pdfinfo import set_pdf_info
from assetmap.reports.progress import CancelCheck, ExportCancelled, ProgressCallback

if TYPE_CHECKING:
    # Qt is imported only once prepare_headless() has run (see the module's docstring).
    from PySide6.QtCore import QByteArray, QCoreApplication
    from PySide6.QtGui import QPageLayout

log = logging.getLogger(__name__)

PAGE_SIZES = ("A4", "A3", "A1", "A0")
_POLL_MS = 50


class PrintError(RuntimeError):
    """QtWebEngine could not load or print the document."""


def prepare_headless() -> None:
    """Set what QtWebEngine needs to run without a display; call before Qt is imported.

    Offscreen when there is no X11 or Wayland display; Chromium's sandbox off only when running as
    root (it refuses to start otherwise), as the test configuration does.
    """
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith(
        "linux"
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-logging")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"


def ensure_application() -> QCoreApplication:
    """The running QApplication, creating one (after registering the ``app://`` scheme) if there is none."""
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must be imported before the QApplication exists)
    from PySide6.QtWidgets import QApplication

    from assetmap.ui.web.scheme import register_app_scheme

    app = QApplication.instance()
    if app is None:
        register_app_scheme()
        return QApplication(["assetmap"])
    return app


class PdfPrinter:
    """One hardened, off-the-record page that prints HTML documents to PDF, one at a time.

    The document is served from ``app://assetmap/print/...`` (``setHtml`` fails silently over 2 MB) and
    can reach nothing else: the profile's request guard blocks every other URL.
    """

    def __init__(self) -> None:
        from PySide6.QtWebEngineCore import QWebEnginePage  # noqa: F401

        from assetmap.ui.web.page import HardenedPage, make_hardened_profile

        self._hardened = make_hardened_profile()
        self._page = HardenedPage(self._hardened.profile)
        self._busy = False

    @property
    def guard(self) -> object:
        """The request guard, whose ``non_app_requests()`` lists anything the page tried to reach."""
        return self._hardened.guard

    def _layout(
        self, page_size: str, landscape: bool, margins_mm: tuple[float, float] = (0.0, 0.0)
    ) -> QPageLayout:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize

        ids = {
            "A4": QPageSize.PageSizeId.A4,
            "A3": QPageSize.PageSizeId.A3,
            "A1": QPageSize.PageSizeId.A1,
            "A0": QPageSize.PageSizeId.A0,
        }
        if page_size not in ids:
            raise ValueError(f"page size must be one of {', '.join(ids)}")
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        # Chromium prints with these margins and ignores a document's own @page margin.
        top, side = margins_mm
        layout = QPageLayout(QPageSize(ids[page_size]), orientation, QMarginsF(0, 0, 0, 0))
        layout.setUnits(QPageLayout.Unit.Millimeter)
        layout.setMargins(QMarginsF(side, top, side, top))
        return layout

    def _wait(
        self, done: Sequence[object], cancelled: CancelCheck | None, timeout_s: float, what: str
    ) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(_POLL_MS)
        deadline = time.monotonic() + timeout_s
        stopped: list[str] = []

        def poll() -> None:
            if done:
                loop.quit()
            elif cancelled is not None and cancelled():
                stopped.append("cancelled")
                loop.quit()
            elif time.monotonic() > deadline:
                stopped.append("timeout")
                loop.quit()

        timer.timeout.connect(poll)
        timer.start()
        if not done:
            loop.exec()
        timer.stop()
        if stopped and stopped[0] == "cancelled":
            raise ExportCancelled()
        if stopped:
            raise PrintError(f"QtWebEngine did not finish {what} within {timeout_s:.0f} s.")

    def print_pdf(
        self,
        html: str,
        *,
        page_size: str = "A4",
        landscape: bool = False,
        margins_mm: tuple[float, float] = (0.0, 0.0),
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
        timeout_s: float = 600.0,
    ) -> bytes:
        """Load ``html`` and print it; return the PDF bytes.

        ``margins_mm`` (top and bottom, sides) frame every page; the reports lay out their own pages and
        print with none.

        ``progress(done, 100)`` follows loading (to 90) and printing (100). ``cancelled()`` is polled every
        50 ms; when True, :class:`ExportCancelled` is raised (a print already under way finishes in the
        background and its result is dropped).
        """
        from assetmap.ui.web.scheme import app_url

        idle: list[object] = [] if self._busy else [True]
        if not idle:
            self._wait_idle(timeout_s)
        path = f"print/{uuid.uuid4().hex}.html"
        self._hardened.scheme_handler.set_blob(path, html.encode("utf-8"), "text/html;charset=utf-8")
        loaded: list[object] = []

        def on_progress(percent: int) -> None:
            if progress:
                progress(min(90, percent * 9 // 10), 100)

        def on_loaded(ok: bool) -> None:
            loaded.append(ok)

        self._page.loadProgress.connect(on_progress)
        self._page.loadFinished.connect(on_loaded)
        try:
            self._page.load(app_url(path))
            self._wait(loaded, cancelled, timeout_s, "loading the document")
        finally:
            self._page.loadProgress.disconnect(on_progress)
            self._page.loadFinished.disconnect(on_loaded)
            self._hardened.scheme_handler.remove_blob(path)
        if not loaded[0]:
            raise PrintError("QtWebEngine could not load the document to print.")
        printed: list[bytes] = []

        def on_printed(data: QByteArray) -> None:
            self._busy = False
            printed.append(bytes(data.data()))

        self._busy = True
        self._page.printToPdf(on_printed, self._layout(page_size, landscape, margins_mm))
        self._wait(printed, cancelled, timeout_s, "printing")
        if not printed[0]:
            raise PrintError("QtWebEngine printed an empty document.")
        if progress:
            progress(100, 100)
        return printed[0]

    def _wait_idle(self, timeout_s: float) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        deadline = time.monotonic() + timeout_s
        while self._busy and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, _POLL_MS)

    def shutdown(self) -> None:
        """Let go of the page before the profile (QtWebEngine wants that order)."""
        from PySide6.QtCore import QCoreApplication, QEvent

        self._wait_idle(30)
        self._page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._hardened.profile.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def print_html_to_pdf(
    html: str,
    path: Path,
    *,
    page_size: str = "A4",
    landscape: bool = False,
    title: str | None = None,
    subject: str | None = None,
    author: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    printer: PdfPrinter | None = None,
) -> Path:
    """Print ``html`` to a PDF at ``path`` with the given title and subject; nothing is left if cancelled.

    Uses ``printer`` if given (the app keeps one), else a new one for this call.
    """
    own = printer is None
    printer = printer or PdfPrinter()
    try:
        pdf = printer.print_pdf(
            html, page_size=page_size, landscape=landscape, progress=progress, cancelled=cancelled
        )
    finally:
        if own:
            printer.shutdown()
    pdf = set_pdf_info(pdf, title=title, subject=subject, author=author, creator="AssetMap")
    return write_atomically(path, pdf, cancelled=cancelled)


def render_svg_to_png(
    svg: str,
    path: Path,
    *,
    width_mm: float,
    height_mm: float,
    dpi: int = 200,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Rasterise a standalone SVG (a map sheet) to a PNG at ``dpi`` on a white background."""
    png = svg_to_png(svg, width_mm=width_mm, height_mm=height_mm, dpi=dpi)
    return write_atomically(path, png, cancelled=cancelled)


def svg_to_png(svg: str, *, width_mm: float, height_mm: float, dpi: int = 200) -> bytes:
    """The PNG bytes of a standalone SVG (a map sheet) at ``dpi`` on a white background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise PrintError("The map could not be drawn as an image.")
    width = round(width_mm / 25.4 * dpi)
    height = round(height_mm / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs ask for bytes, but at run time this overload takes only a str format.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
