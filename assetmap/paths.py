"""Every file location AssetMap uses, in one place; ``ASSETMAP_HOME`` moves them all."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "AssetMap"
_SOURCE_ROOT = Path(__file__).resolve().parent.parent
_SHIPPED = Path(__file__).resolve().parent / "_shipped"


def _home() -> Path | None:
    value = os.environ.get("ASSETMAP_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Folder for registers and backups (the user data directory unless ``ASSETMAP_HOME`` is set)."""
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Folder for preferences."""
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Folder for log files."""
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_register() -> Path:
    """The register opened when none is named."""
    return data_dir() / "register.assetmap"


def backup_dir(register: Path) -> Path:
    """Folder that holds the backups of one register."""
    return data_dir() / "backups" / register.stem


def preferences_file() -> Path:
    return config_dir() / "preferences.json"


def _shipped(name: str) -> Path:
    if getattr(sys, "frozen", False):
        # The packaged app (PyInstaller) unpacks them where a wheel installs them, under its own folder.
        return Path(sys._MEIPASS) / "assetmap" / "_shipped" / name  # type: ignore[attr-defined]  # set by the bootloader
    source = _SOURCE_ROOT / name
    return source if source.is_dir() else _SHIPPED / name


def resources_dir() -> Path:
    """Bundled web assets (Leaflet, plugins, the map script), icons and screenshots."""
    return _shipped("resources")


def reference_data_dir() -> Path:
    """Bundled reference data: boundaries, populations, postcodes and the demo assets."""
    return _shipped("data")
