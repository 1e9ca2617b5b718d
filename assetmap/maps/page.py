"""The map page shell: folium builds it from constants only, and every script it loads is our bundled copy.

Nothing a person typed or imported ever passes through folium: folium renders through Jinja2, which would
evaluate template syntax in such text inside this process. Wards, districts and assets reach the page as
JSON (see ``payload.py``) and the bundled ``assetmap.js`` draws them, writing text with ``textContent``.
"""

from __future__ import annotations

import logging
import re

import folium
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from assetmap import settings
from assetmap.errors import AssetMapError

log = logging.getLogger(__name__)

# What the page uses of folium's default scripts and stylesheets, by folium's own name for each:
# the package version folium must be asking for, and our bundled copy (relative to app://assetmap/map.html).
# Only Leaflet is bundled: the page uses none of jQuery, Bootstrap or the icon fonts folium adds by default.
BUNDLED: dict[str, tuple[str, str]] = {
    "leaflet": ("leaflet@1.9.3/", "web/vendor/leaflet/leaflet.js"),
    "leaflet_css": ("leaflet@1.9.3/", "web/vendor/leaflet/leaflet.css"),
}
MAP_SCRIPT = "web/assetmap.js"
ABUNDANCE_SCRIPT = "web/abundance.js"  # the abundance layer; loads after, and plugs into, MAP_SCRIPT
MAP_STYLESHEET = "web/assetmap.css"
ACCESS_SCRIPT = "web/access.js"  # keyboard access, names for screen readers, text zoom and theme
MEETING_SCRIPT = "web/meeting.js"  # meeting mode's projected map; idle until the app turns it on
MEETING_STYLESHEET = "web/meeting.css"
SUGGESTIONS_SCRIPT = "web/suggestions.js"  # the meeting's suggestions layer; plugs into MAP_SCRIPT
LINKS_SCRIPT = (
    "web/links.js"  # link lines, drawing a link by dragging, stories in popups; plugs into MAP_SCRIPT
)

# Greater Manchester, roughly centred, showing all ten districts in a typical window.
GM_CENTRE = (53.50, -2.30)
START_ZOOM = 10
MIN_ZOOM = 8
MAX_ZOOM = 19  # the highest zoom OpenStreetMap's standard tiles serve

_URL_ATTRIBUTE = re.compile(r"""(?P<attr>\b(?:src|href))\s*=\s*(?P<quote>["'])(?P<url>.*?)(?P=quote)""", re.I)
_ABSOLUTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.\-]*:|//|\\\\)", re.I)
_WEB_URL = re.compile(r"(?:https?:)?//[^\s\"'<>;,)]+", re.I)


class UnvendoredAssetError(AssetMapError):
    """The map page would load something that is not bundled with AssetMap."""

    def __init__(self, url: str) -> None:
        self.url = url
        super().__init__(
            f"The map page asks for {url}, which is not bundled with AssetMap. "
            "Bundle it under resources/web/vendor and name it in BUNDLED in assetmap/maps/page.py."
        )


def _vendor_urls() -> dict[str, str]:
    """Folium's address for each bundled file, mapped to the bundled copy.

    Raises ``UnvendoredAssetError`` if folium now asks for a different version than the one bundled.
    """
    urls: dict[str, str] = {}
    for name, url in [*folium.Map.default_js, *folium.Map.default_css]:
        if name in BUNDLED:
            version, local = BUNDLED[name]
            if version not in url:
                raise UnvendoredAssetError(url)
            urls[url] = local
    if len(urls) != len(BUNDLED):
        # folium renamed or dropped one of them: the pin above needs looking at.
        raise UnvendoredAssetError("folium's " + ", ".join(sorted(BUNDLED)))
    return urls


class _StartMap(MacroElement):
    """Hands folium's map object to assetmap.js once folium has created it."""

    _template = Template(
        "{% macro script(this, kwargs) %}\n"
        "window.assetmap.start({{ this._parent.get_name() }});\n"
        "{% endmacro %}"
    )


def _tile_origin() -> str:
    return "https://" + settings.OSM_TILE_HOST


def content_security_policy(*, online_basemap: bool) -> str:
    """The page's policy: its own scripts, styles, images and data, plus map tiles when the basemap is on.

    It is a second fence behind the request interceptor: even a script that got in could not
    send anything anywhere.
    """
    images = "'self' data:" + (" " + _tile_origin() if online_basemap else "")
    return (
        "default-src 'none'; "
        "script-src 'self' 'unsafe-inline'; "
        "style-src 'self' 'unsafe-inline'; "
        f"img-src {images}; "
        "connect-src 'self'; "
        "font-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'"
    )


def rewrite_urls(html: str) -> str:
    """Point every ``src``/``href`` at the bundled copy; raise on anything that would leave the app.

    Raises
    ------
    UnvendoredAssetError
        For an absolute URL (any scheme, or ``//host``) that has no bundled copy.
    """

    vendor_urls = _vendor_urls()

    def replace(match: re.Match[str]) -> str:
        url = match["url"]
        if url in vendor_urls:
            url = vendor_urls[url]
        elif _ABSOLUTE.match(url):
            raise UnvendoredAssetError(url)
        return f"{match['attr']}={match['quote']}{url}{match['quote']}"

    return _URL_ATTRIBUTE.sub(replace, html)


def check_offline(html: str, *, online_basemap: bool) -> None:
    """Raise if any web address is left in the page (the tile host is allowed in the policy when online)."""
    allowed = {_tile_origin()} if online_basemap else set()
    for match in _WEB_URL.finditer(html):
        if match.group(0) not in allowed:
            raise UnvendoredAssetError(match.group(0))


def build_page_html(*, online_basemap: bool = False) -> str:
    """The page shell as HTML. Its only inputs are constants and whether tiles may be fetched.

    Raises
    ------
    UnvendoredAssetError
        If folium (or a plugin added here later) asks for a script or stylesheet that is not bundled.
    """
    fmap = folium.Map(
        location=GM_CENTRE,
        zoom_start=START_ZOOM,
        min_zoom=MIN_ZOOM,
        max_zoom=MAX_ZOOM,
        tiles=None,
        prefer_canvas=True,
        control_scale=True,
    )
    # Keep only Leaflet from folium's defaults, then add the page's own stylesheet and script.
    fmap.default_js = [(name, url) for name, url in folium.Map.default_js if name in BUNDLED]
    fmap.default_css = [(name, url) for name, url in folium.Map.default_css if name in BUNDLED]
    fmap.default_js.append(("assetmap", MAP_SCRIPT))
    fmap.default_js.append(("assetmap_abundance", ABUNDANCE_SCRIPT))
    fmap.default_js.append(("assetmap_access", ACCESS_SCRIPT))
    fmap.default_js.append(("assetmap_suggestions", SUGGESTIONS_SCRIPT))
    fmap.default_js.append(("assetmap_links", LINKS_SCRIPT))
    fmap.default_css.append(("assetmap_css", MAP_STYLESHEET))
    fmap.default_js.append(("assetmap_meeting", MEETING_SCRIPT))
    fmap.default_css.append(("assetmap_meeting_css", MEETING_STYLESHEET))

    root = fmap.get_root()
    if not isinstance(root, Figure):
        raise TypeError(f"folium's map is not in a page but in a {type(root).__name__}")
    policy = content_security_policy(online_basemap=online_basemap)
    csp = Element(f'<meta http-equiv="Content-Security-Policy" content="{policy}">')
    root.header.add_child(csp, name="csp")
    root.title = "AssetMap"
    _StartMap().add_to(fmap)

    html = rewrite_urls(root.render())
    check_offline(html, online_basemap=online_basemap)
    return html
