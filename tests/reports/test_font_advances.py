"""The label widths table is what the font files say (installer/font_advances.py makes it)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from assetmap.reports.labels import text_width

ROOT = Path(__file__).resolve().parents[2]


def test_the_advances_table_is_made_from_the_fonts_shipped() -> None:
    spec = importlib.util.spec_from_file_location("font_advances", ROOT / "installer" / "font_advances.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    shipped = json.loads(tool.TABLE.read_text(encoding="utf-8"))
    assert shipped == tool.advances(), "run installer/font_advances.py after changing resources/fonts"


def test_widths_follow_the_letters() -> None:
    assert text_width("Bramhall North", 3.0) > text_width("Bramhall", 3.0) > 0
    assert text_width("WWW", 3.0) > text_width("iii", 3.0)
    assert text_width("Hale", 3.0, bold=True) > text_width("Hale", 3.0)
