"""The user's preferences: one typed declaration with defaults, kept as JSON in the config folder.

Window layout is not here; the Qt shell keeps it in QSettings.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace

from assetmap import paths
from assetmap.atomic import write_atomic

log = logging.getLogger(__name__)

OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_TILE_HOST = "tile.openstreetmap.org"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'


@dataclass(frozen=True)
class Preferences:
    # Off by default: AssetMap works with no internet, and the basemap is the only thing that would fetch.
    online_basemap: bool = False
    # Written into recorded_by for new assets.
    recorded_by: str = ""
    # Who the audit trail records for this computer's writes, chosen on first start; blank: the OS account.
    user_name: str = ""
    # Ward names appear on the map from this zoom level in.
    ward_label_zoom: int = 13
    # The window's language (a code of assetmap.languages.LANGUAGES); blank: the system's if shipped, else
    # English. It applies from the next start.
    language: str = ""


def load_preferences() -> Preferences:
    path = paths.preferences_file()
    if not path.exists():
        return Preferences()
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("Preferences in %s could not be read (%s); using defaults", path, exc)
        return Preferences()
    defaults = Preferences()
    values = {}
    for name in (f.name for f in fields(Preferences)):
        if name in stored and isinstance(stored[name], type(getattr(defaults, name))):
            values[name] = stored[name]
    return replace(defaults, **values)


def save_preferences(preferences: Preferences) -> None:
    path = paths.preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(asdict(preferences), indent=2).encode("utf-8"))
