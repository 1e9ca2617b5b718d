"""The ``app://`` scheme: the map page, its bundled scripts and its JSON data, served from inside AssetMap.

Pages are served from a scheme of our own rather than ``setHtml`` (which silently fails over 2 MB) or
``file://`` (which would let the page reach the files beside it). ``register_app_scheme()`` must run before
the ``QApplication`` exists; the entry point and the test configuration both call it.
"""

from __future__ import annotations

import logging
import mimetypes
from collections import deque
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler

from assetmap import paths

log = logging.getLogger(__name__)

SCHEME = "app"
HOST = "assetmap"
ORIGIN = f"{SCHEME}://{HOST}"
# Files under resources/web are served below this path; everything else comes from memory.
WEB_PREFIX = "web/"
_HISTORY = 2000

_MIME_TYPES = {
    ".html": "text/html;charset=utf-8",
    ".js": "text/javascript;charset=utf-8",
    ".css": "text/css;charset=utf-8",
    ".json": "application/json",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}


def app_url(path: str) -> QUrl:
    """The ``app://assetmap/...`` URL of a served path such as ``map.html``."""
    return QUrl(f"{ORIGIN}/{path.lstrip('/')}")


def register_app_scheme() -> None:
    """Declare the ``app`` scheme to QtWebEngine, before the QApplication exists. Calling again does nothing.

    The scheme is secure (so fetch works as on https) and CORS-enabled for same-origin fetches of the data.
    It is deliberately not a local scheme with local access: its pages must not read ``file://`` URLs.
    """
    if QWebEngineUrlScheme.schemeByName(SCHEME.encode()).name():
        return
    if QCoreApplication.instance() is not None:
        raise RuntimeError("register_app_scheme() must be called before the QApplication is created")
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    log.debug("registered the %s:// scheme", SCHEME)


def is_app_scheme_registered() -> bool:
    return bool(QWebEngineUrlScheme.schemeByName(SCHEME.encode()).name())


def _mime_type(path: str) -> str:
    suffix = PurePosixPath(path).suffix.lower()
    return _MIME_TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"


def clean_path(url: QUrl) -> str | None:
    """The served path of a request (no leading slash), or None if it must be refused.

    Refused: another host, an empty path, any ``..`` or ``.`` segment, backslashes and control characters,
    checked on the fully decoded path so that ``%2e%2e`` does not slip through.
    """
    if url.scheme() != SCHEME or url.host() != HOST:
        return None
    path = url.path(QUrl.ComponentFormattingOption.FullyDecoded)
    if not path.startswith("/"):
        return None
    path = path[1:]
    if not path or "\\" in path or any(ord(c) < 32 for c in path):
        return None
    if any(part in ("", ".", "..") for part in path.split("/")):
        return None
    return path


class AppSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves ``app://assetmap/``: in-memory blobs (page, data) first, then files under resources/web."""

    def __init__(self, parent: QObject | None = None, *, web_root: Path | None = None) -> None:
        super().__init__(parent)
        self._web_root = (web_root or paths.resources_dir() / "web").resolve()
        self._blobs: dict[str, tuple[bytes, str]] = {}
        # Recent history, for the log and for tests that check what the page asked for.
        self.served: deque[str] = deque(maxlen=_HISTORY)
        self.refused: deque[str] = deque(maxlen=_HISTORY)

    def set_blob(self, path: str, data: bytes, mime_type: str | None = None) -> None:
        """Serve ``data`` at ``app://assetmap/<path>`` (replacing what was there)."""
        self._blobs[path.lstrip("/")] = (data, mime_type or _mime_type(path))

    def remove_blob(self, path: str) -> None:
        self._blobs.pop(path.lstrip("/"), None)

    def _file(self, path: str) -> bytes | None:
        if not path.startswith(WEB_PREFIX):
            return None
        target = (self._web_root / path[len(WEB_PREFIX) :]).resolve()
        if not target.is_relative_to(self._web_root) or not target.is_file():
            return None
        try:
            return target.read_bytes()
        except OSError as exc:
            log.warning("could not read %s for the map page: %s", target, exc)
            return None

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        if bytes(job.requestMethod().data()) != b"GET":
            self._refuse(job, url, QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        path = clean_path(url)
        if path is None:
            self._refuse(job, url, QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        if path in self._blobs:
            data, mime_type = self._blobs[path]
        else:
            found = self._file(path)
            mime_type = _mime_type(path)
            if found is None:
                self._refuse(job, url, QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            data = found
        buffer = QBuffer(parent=job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.served.append(path)
        job.reply(mime_type.encode(), buffer)

    def _refuse(self, job: QWebEngineUrlRequestJob, url: QUrl, error: QWebEngineUrlRequestJob.Error) -> None:
        text = url.toString()
        self.refused.append(text)
        log.warning("map page request refused (%s): %s", error.name, text)
        job.fail(error)
