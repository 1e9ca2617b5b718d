"""Stories' photos in the map's popups: the page asks for an asset's thumbnails when its popup opens.

The stories' list the map holds says only how many photos each story has; the thumbnails (with their
alternative text) are read here, for the one asset whose popup opened, by the sharing rules of
:mod:`assetmap.register.story_photos`, and sent back as ``data:`` URIs (the page loads nothing else).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from assetmap.maps import links as map_links
from assetmap.register.story_photos import read_thumbnails

if TYPE_CHECKING:
    from assetmap.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class StoryPhotos:
    """Answers the map page's requests for an asset's stories' thumbnails."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        window.map_view.story_photos_wanted.connect(self.send)

    def send(self, asset_id: str) -> None:
        """Send the thumbnails of ``asset_id``'s stories to its popup, if the map draws that asset."""
        view = self.window.map_view
        if asset_id not in view.drawn_ids():
            return
        register = self.window.register
        try:
            thumbnails = read_thumbnails(register, register.stories([asset_id]), {asset_id})
        except Exception:
            log.exception("the photos of an asset's stories could not be read for its popup")
            return
        view.set_story_photos(map_links.photos_json(asset_id, thumbnails))
