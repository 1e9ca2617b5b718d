"""The map page shell: bundled scripts only, no web address, and no template evaluation of any text."""

from __future__ import annotations

import re

import folium
import pytest

from assetmap import paths, settings
from assetmap.maps import page
from assetmap.maps.page import UnvendoredAssetError, build_page_html, rewrite_urls

WEB_ADDRESS = re.compile(r"(?:https?:)?//[^\s\"'<>;,)]+", re.I)


def _script_and_style_urls(html: str) -> list[str]:
    return re.findall(r"""\b(?:src|href)\s*=\s*["']([^"']*)["']""", html)


def test_the_offline_page_has_no_web_address_at_all() -> None:
    html = build_page_html(online_basemap=False)
    assert WEB_ADDRESS.findall(html) == []


def test_the_online_page_names_only_the_tile_host_in_its_policy() -> None:
    html = build_page_html(online_basemap=True)
    assert WEB_ADDRESS.findall(html) == ["https://" + settings.OSM_TILE_HOST]
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert policy and settings.OSM_TILE_HOST in policy.group(1)


def test_every_script_and_stylesheet_is_a_bundled_file() -> None:
    urls = _script_and_style_urls(build_page_html())
    assert urls, "the page loads Leaflet and its own script"
    web_root = paths.resources_dir()
    for url in urls:
        assert url.startswith("web/"), url
        assert (web_root / url).is_file(), url


def test_the_page_loads_leaflet_and_its_own_script_and_nothing_else() -> None:
    urls = _script_and_style_urls(build_page_html())
    bundled = [local for _version, local in page.BUNDLED.values()]
    ours = [
        page.MAP_SCRIPT,
        page.ABUNDANCE_SCRIPT,
        page.ACCESS_SCRIPT,
        page.MAP_STYLESHEET,
        page.MEETING_SCRIPT,
        page.MEETING_STYLESHEET,
        page.SUGGESTIONS_SCRIPT,
        page.LINKS_SCRIPT,
    ]
    assert sorted(urls) == sorted([*bundled, *ours])


def test_every_vendor_url_points_at_a_bundled_file() -> None:
    for _version, local in page.BUNDLED.values():
        assert (paths.resources_dir() / local).is_file(), local


def test_a_folium_upgrade_asking_for_another_leaflet_fails_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    newer = [(n, u.replace("leaflet@1.9.3", "leaflet@1.9.4")) for n, u in folium.Map.default_js]
    monkeypatch.setattr(folium.Map, "default_js", newer)
    with pytest.raises(UnvendoredAssetError, match=re.escape("leaflet@1.9.4")):
        build_page_html()


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.1.0/dist/leaflet.markercluster.js",
        "https://code.jquery.com/jquery-3.7.1.min.js",
        "http://example.org/x.css",
        "//cdn.example.org/x.js",
        "HTTPS://CDN.EXAMPLE.ORG/X.JS",
        "file:///etc/passwd",
        "javascript:alert(1)",
    ],
)
def test_an_unbundled_url_is_refused(url: str) -> None:
    with pytest.raises(UnvendoredAssetError, match=re.escape(url)):
        rewrite_urls(f'<script src="{url}"></script><link rel="stylesheet" href="web/assetmap.css"/>')


def test_a_plugin_that_brings_its_own_cdn_makes_the_build_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    # A plugin adds its script link to the figure's header while rendering, as folium's plugins do.
    extra = ("markercluster", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/mc.js")
    original = page._StartMap.render

    def render_with_plugin(self: page._StartMap, **kwargs: object) -> None:
        self.get_root().header.add_child(folium.JavascriptLink(extra[1]), name=extra[0])
        original(self, **kwargs)

    monkeypatch.setattr(page._StartMap, "render", render_with_plugin)
    with pytest.raises(UnvendoredAssetError, match="cdnjs"):
        build_page_html()


def test_a_bundled_url_is_rewritten_to_its_local_copy() -> None:
    cdn = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
    expected = '<script src="web/vendor/leaflet/leaflet.js"></script>'
    assert rewrite_urls(f'<script src="{cdn}"></script>') == expected


def test_the_vendor_notes_list_every_bundled_package() -> None:
    readme = (paths.resources_dir() / "web" / "vendor" / "README.md").read_text(encoding="utf-8")
    assert "leaflet" in readme and "1.9.3" in readme and "BSD-2-Clause" in readme


def test_no_web_address_in_the_bundled_map_script_or_stylesheet() -> None:
    scripts = (page.MAP_SCRIPT, page.ABUNDANCE_SCRIPT, page.SUGGESTIONS_SCRIPT, page.LINKS_SCRIPT)
    for name in (*scripts, page.MAP_STYLESHEET):
        text = (paths.resources_dir() / name).read_text(encoding="utf-8")
        assert not re.search(r"https?://", text), name
