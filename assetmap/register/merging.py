"""Register writes for exchanging bundles and merging registers."""

from __future__ import annotations


class MergeWrites:
    """Merge methods of :class:`assetmap.register.Register` (mixed in; uses its engine)."""
