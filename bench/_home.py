"""An ASSETMAP_HOME for a benchmark run: empty but for who is using AssetMap.

A fresh home is a first start, which asks who is using AssetMap before the window opens; the
benchmarks answer it in advance, as a person who has used AssetMap once has.
"""

from __future__ import annotations

import json
from pathlib import Path

USER = "Benchmark"


def seeded(home: Path | str) -> str:
    """``home``, with preferences that name the user (in ``config/``, where ``assetmap.paths`` looks)."""
    config = Path(home) / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "preferences.json").write_text(json.dumps({"user_name": USER}), encoding="utf-8")
    return str(home)
