"""Writes resources/fonts/noto-sans-advances.json: each character's advance width in Noto Sans (in em).

The map labels are placed by their printed width (assetmap/reports/labels.py); reading the widths from a
small table spares reading two font files at run time. Run it with the environment's Python after changing the fonts
under resources/fonts (needs fontTools, which the test environment has through matplotlib):

    .venv/bin/python installer/font_advances.py
"""

from __future__ import annotations

import json
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
TABLE = FONTS / "noto-sans-advances.json"
WEIGHTS = {"regular": "NotoSans-Regular.ttf", "bold": "NotoSans-Bold.ttf"}


def advances() -> dict[str, dict[str, float]]:
    """For each weight: code point (as text) → advance width in em, rounded to 1/10,000 em."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    table: dict[str, dict[str, float]] = {}
    for weight, name in WEIGHTS.items():
        font = TTFont(FONTS / name, lazy=True)
        per_em = float(font["head"].unitsPerEm)
        metrics = font["hmtx"].metrics
        table[weight] = {
            str(code): round(metrics[glyph][0] / per_em, 4)
            for code, glyph in sorted(font.getBestCmap().items())
        }
    return table


def main() -> None:
    TABLE.write_text(json.dumps(advances(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"Wrote {TABLE}")


if __name__ == "__main__":
    main()
