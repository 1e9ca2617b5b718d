"""What the desktop bundle leaves out (installer/assetmap.spec) is never needed: photos are cleaned and
charts drawn with Pillow's font and colour-management modules, and Tk's, unavailable."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import io
import sys

# As in the bundle: these modules are not there, so importing them fails.
for name in (
    "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk", "lxml", "scipy", "rich", "pygments", "pikepdf",
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
print(len(sizes), all(sizes), image.width() > 0 and not image.isNull())
"""


def test_photos_and_charts_need_neither_pillows_font_nor_colour_modules() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "3 True True"
