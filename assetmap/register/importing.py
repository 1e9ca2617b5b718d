"""Register writes for importing many records at once."""

from __future__ import annotations


class ImportWrites:
    """Import methods of :class:`assetmap.register.Register` (mixed in; uses its engine)."""
