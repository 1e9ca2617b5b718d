"""The registers opened lately, most recent first: File → Open recent, and the register reopened at start.

Kept in QSettings beside the window layout (``recent.ini`` in the config folder, moved by
``ASSETMAP_HOME``): like the layout, it is memory of what the person did, not a preference they set.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from assetmap import paths

MAX_RECENT = 8
_KEY = "registers"


def _settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "recent.ini"), QSettings.Format.IniFormat)


def _stored() -> list[Path]:
    value: object = _settings().value(_KEY, [])
    if isinstance(value, str):  # QSettings gives a one-item list back as a plain string
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(str(item)) for item in value if item]


def recent_registers() -> list[Path]:
    """Registers opened lately, most recent first; files no longer there are left out."""
    return [path for path in _stored() if path.is_file()]


def last_register() -> Path | None:
    """The register opened most recently, if it is still there."""
    recent = recent_registers()
    return recent[0] if recent else None


def remember_register(path: Path) -> None:
    """Put ``path`` first in the list, keeping at most :data:`MAX_RECENT`."""
    path = Path(path).resolve()
    kept = [path] + [p for p in _stored() if p != path]
    settings = _settings()
    settings.setValue(_KEY, [str(p) for p in kept[:MAX_RECENT]])
    settings.sync()


# -- team registers on a server: kept by location, a URL without its password ----------------------------

_SERVERS_KEY = "servers"


def recent_servers() -> list[str]:
    """Team registers opened lately (URLs without passwords), most recent first."""
    value: object = _settings().value(_SERVERS_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(item) for item in value if item] if isinstance(value, list) else []


def remember_server(location: str) -> None:
    """Put a team register's ``location`` first; a password in it is refused, never kept."""
    from sqlalchemy.engine import make_url

    if make_url(location).password is not None:
        raise ValueError("a team register is remembered without its password")
    kept = [location] + [item for item in recent_servers() if item != location]
    settings = _settings()
    settings.setValue(_SERVERS_KEY, kept[:MAX_RECENT])
    settings.sync()
