"""The map page: a static folium shell with bundled scripts, and the JSON the page draws from."""

from assetmap.maps.page import BUNDLED, MAP_SCRIPT, MAP_STYLESHEET, UnvendoredAssetError, build_page_html
from assetmap.maps.payload import (
    asset_rows,
    assets_json,
    categories_json,
    config_json,
    districts_geojson,
    wards_geojson,
)

__all__ = [
    "BUNDLED",
    "MAP_SCRIPT",
    "MAP_STYLESHEET",
    "UnvendoredAssetError",
    "asset_rows",
    "assets_json",
    "build_page_html",
    "categories_json",
    "config_json",
    "districts_geojson",
    "wards_geojson",
]
