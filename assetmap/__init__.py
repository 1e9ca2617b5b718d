"""AssetMap: an offline register of community assets on Greater Manchester's ward map."""

__version__ = "0.1.0"
