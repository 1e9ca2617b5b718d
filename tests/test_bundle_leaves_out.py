"""What the desktop bundle leaves out (installer/assetmap.spec) is never needed: photos are cleaned,
charts drawn, map labels measured and a register opened (its migrations import geoalchemy2, which loads
its dialects) with every Python module the spec leaves out unavailable, and Pillow's font,
colour-management and Tk modules too."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import io
import sys
import tempfile
from pathlib import Path

# As in the bundle: these modules are not there, so importing them fails.
for name in (
    "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk", "lxml", "scipy", "rich", "pygments", "pikepdf",
    *sys.argv[1:],
):
    sys.modules[name] = None

from PIL import Image, ImageCms  # ImageCms imports, as in the bundle, and fails only if used

from assetmap.register.photos import clean_photo

sizes = []
for image_format, extra in (("JPEG", {"icc_profile": b"ICC profile"}), ("PNG", {}), ("WEBP", {})):
    out = io.BytesIO()
    Image.new("RGB", (320, 200), (30, 120, 60)).save(out, image_format, **extra)
    sizes.append(len(clean_photo(out.getvalue()).data))

from assetmap.ui.bar_chart import render_bars

bars = [{"label": "Bramhall North", "value": 0.4, "shown": "40%", "colour": "#1b9e77"},
        {"label": "Heatons South", "value": 0.25, "shown": "25%", "colour": "#d95f02"}]
figure, image = render_bars(bars, percent=True, axis="Share of postcodes", size=(400, 200), label_chars=20)
from assetmap.reports.labels import text_width

assert text_width("Bramhall North", 3.0) > 0  # the map labels' widths, without a font library

from assetmap.register import Register

with tempfile.TemporaryDirectory() as folder:
    Register.open(Path(folder) / "new.assetmap").close()  # every migration imported and run
print(len(sizes), all(sizes), image.width() > 0 and not image.isNull())
"""


def left_out_by_the_spec() -> list[str]:
    """The Python modules installer/assetmap.spec leaves out of the bundle (its UNUSED_PYTHON list)."""
    spec = Path(__file__).resolve().parents[1] / "installer" / "assetmap.spec"
    for node in ast.parse(spec.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "UNUSED_PYTHON" for t in node.targets
        ):
            listed = node.value.left if isinstance(node.value, ast.BinOp) else node.value
            return list(ast.literal_eval(listed))
    raise AssertionError("installer/assetmap.spec has no UNUSED_PYTHON list")


def test_what_the_bundle_leaves_out_is_not_needed_to_work() -> None:
    left_out = left_out_by_the_spec()
    assert "scipy" in left_out and "pikepdf" in left_out
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *left_out], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "3 True True"
