"""A locked-down QtWebEngine page for AssetMap's own pages: no files, network, windows or navigation away.

The defaults of QtWebEngine let a page read files beside it and open windows. Here every layer says no:
an off-the-record profile, restrictive settings, a request interceptor that lets through only ``app://``
(plus the OpenStreetMap tile host while the basemap is on), a page that refuses to navigate elsewhere or
open windows, and denied permissions and downloads.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QObject, QTimer, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from assetmap import settings
from assetmap.ui.web.scheme import HOST, SCHEME, AppSchemeHandler

log = logging.getLogger(__name__)
console_log = logging.getLogger(__name__ + ".console")

_HISTORY = 2000


class JavaScriptError(RuntimeError):
    """A script run in the page failed, returned nothing usable, or did not finish in time."""


def is_app_url(url: QUrl) -> bool:
    return url.scheme() == SCHEME and url.host() == HOST


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Lets through ``app://assetmap`` and, only while tiles are allowed, HTTPS to the OSM tile host.

    ``seen`` and ``blocked`` keep the recent request URLs, for the log and for tests.
    """

    def __init__(self, parent: QObject | None = None, *, allow_tiles: bool = False) -> None:
        super().__init__(parent)
        self.allow_tiles = allow_tiles
        self.seen: deque[str] = deque(maxlen=_HISTORY)
        self.blocked: deque[str] = deque(maxlen=_HISTORY)

    def is_allowed(self, url: QUrl) -> bool:
        if is_app_url(url):
            return True
        return (
            self.allow_tiles
            and url.scheme() == "https"
            and url.host() == settings.OSM_TILE_HOST
            and url.port() in (-1, 443)
            and not url.userInfo()
        )

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        text = url.toString()
        self.seen.append(text)
        if self.is_allowed(url):
            return
        info.block(True)
        self.blocked.append(text)
        log.warning("blocked a request from the map page: %s", text)

    def non_app_requests(self) -> list[str]:
        """Every request seen that was not to ``app://assetmap``."""
        return [u for u in self.seen if not is_app_url(QUrl(u))]


@dataclass
class HardenedProfile:
    """The off-the-record profile, its scheme handler and its request guard (keep references to all three)."""

    profile: QWebEngineProfile
    scheme_handler: AppSchemeHandler
    guard: RequestGuard


def _cancel_download(download: QWebEngineDownloadRequest) -> None:
    log.warning("refused a download from the map page: %s", download.url().toString())
    download.cancel()


def make_hardened_profile(parent: QObject | None = None, *, allow_tiles: bool = False) -> HardenedProfile:
    """An off-the-record profile serving ``app://`` and guarding every request."""
    profile = QWebEngineProfile(parent)  # no storage name: off the record, nothing written to disk
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setPersistentPermissionsPolicy(QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime)
    profile.setSpellCheckEnabled(False)
    handler = AppSchemeHandler(profile)
    guard = RequestGuard(profile, allow_tiles=allow_tiles)
    profile.installUrlSchemeHandler(SCHEME.encode(), handler)
    profile.setUrlRequestInterceptor(guard)
    profile.downloadRequested.connect(_cancel_download)
    return HardenedProfile(profile, handler, guard)


_ATTRIBUTES_OFF = (
    QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls,
    QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
    QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows,
    QWebEngineSettings.WebAttribute.NavigateOnDropEnabled,
    QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard,
    QWebEngineSettings.WebAttribute.JavascriptCanPaste,
    QWebEngineSettings.WebAttribute.AllowRunningInsecureContent,
    QWebEngineSettings.WebAttribute.AllowGeolocationOnInsecureOrigins,
    QWebEngineSettings.WebAttribute.AllowWindowActivationFromJavaScript,
    QWebEngineSettings.WebAttribute.PluginsEnabled,
    QWebEngineSettings.WebAttribute.PdfViewerEnabled,
    QWebEngineSettings.WebAttribute.DnsPrefetchEnabled,
    QWebEngineSettings.WebAttribute.HyperlinkAuditingEnabled,
    QWebEngineSettings.WebAttribute.ScreenCaptureEnabled,
    QWebEngineSettings.WebAttribute.LocalStorageEnabled,
    QWebEngineSettings.WebAttribute.FullScreenSupportEnabled,
)


class HardenedPage(QWebEnginePage):
    """A page that stays on ``app://assetmap``, opens no windows and logs its console."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        page_settings = self.settings()
        for attribute in _ATTRIBUTES_OFF:
            page_settings.setAttribute(attribute, False)
        page_settings.setAttribute(QWebEngineSettings.WebAttribute.WebRTCPublicInterfacesOnly, True)
        page_settings.setUnknownUrlSchemePolicy(
            QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes
        )
        self.permissionRequested.connect(self._deny_permission)
        self.refused_navigations: deque[str] = deque(maxlen=_HISTORY)
        self.refused_windows = 0

    def _deny_permission(self, permission: QWebEnginePermission) -> None:
        log.warning("denied the map page permission %s", permission.permissionType().name)
        permission.deny()

    def acceptNavigationRequest(
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if is_app_url(url):
            return True
        self.refused_navigations.append(url.toString())
        log.warning("refused to navigate the map page to %s", url.toString())
        return False

    # Qt documents returning no page (nullptr) to refuse the window; PySide6's stubs omit the None.
    def createWindow(  # type: ignore[override]
        self, window_type: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        self.refused_windows += 1
        log.warning("refused a new window (%s) from the map page", window_type.name)
        return None

    def javaScriptConsoleMessage(
        self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str, line: int, source: str
    ) -> None:
        levels = QWebEnginePage.JavaScriptConsoleMessageLevel
        python_level = {
            levels.InfoMessageLevel: logging.INFO,
            levels.WarningMessageLevel: logging.WARNING,
            levels.ErrorMessageLevel: logging.ERROR,
        }.get(level, logging.INFO)
        console_log.log(python_level, "%s (%s:%d)", message, source, line)


def _wrap(script: str, token: str) -> str:
    # The script is an expression. Its value comes back as JSON; a Promise is awaited by polling.
    return f"""(function () {{
  var result = (function () {{ return ({script}
  ); }})();
  if (result && typeof result.then === "function") {{
    window.__assetmapEval = window.__assetmapEval || {{}};
    result.then(function (value) {{
      window.__assetmapEval["{token}"] = JSON.stringify({{ok: value === undefined ? null : value}});
    }}, function (error) {{
      window.__assetmapEval["{token}"] = JSON.stringify({{error: String(error)}});
    }});
    return JSON.stringify({{pending: true}});
  }}
  return JSON.stringify({{ok: result === undefined ? null : result}});
}})()"""


def _run_once(page: QWebEnginePage, source: str, timeout_ms: int) -> object:
    loop = QEventLoop()
    box: list[object] = []

    def done(value: object) -> None:
        box.append(value)
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(max(1, timeout_ms))
    page.runJavaScript(source, 0, done)
    if not box:
        loop.exec()
    timer.stop()
    if not box:
        raise JavaScriptError(f"the page did not answer within {timeout_ms} ms")
    return box[0]


def evaluate(page: QWebEnginePage, script: str, timeout_ms: int = 10000) -> object:
    """Run a JavaScript expression in the page and return its value, JSON-decoded (Promises are awaited).

    ``runJavaScript`` itself returns ``''`` for objects and Promises, hence the JSON round trip.

    Raises
    ------
    JavaScriptError
        If the script throws, has a syntax error, rejects, or takes longer than ``timeout_ms``.
    """
    token = uuid.uuid4().hex
    raw = _run_once(page, _wrap(script, token), timeout_ms)
    if not isinstance(raw, str) or not raw:
        raise JavaScriptError(f"the script failed in the page (see the page console log): {script[:200]}")
    envelope = json.loads(raw)
    if envelope.get("pending"):
        poll = f'(window.__assetmapEval && window.__assetmapEval["{token}"]) || ""'
        remaining = timeout_ms
        while True:
            raw = _run_once(page, poll, remaining)
            if raw:
                _run_once(page, f'delete window.__assetmapEval["{token}"]', remaining)
                envelope = json.loads(str(raw))
                break
            remaining -= 20
            if remaining <= 0:
                raise JavaScriptError(f"the page's promise did not settle within {timeout_ms} ms")
            _wait(20)
    if "error" in envelope:
        raise JavaScriptError(envelope["error"])
    return envelope.get("ok")


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
