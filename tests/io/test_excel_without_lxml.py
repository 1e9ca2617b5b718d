"""Excel files are written and read without lxml, which the desktop bundle leaves out (openpyxl and pandas
only use it when it is there)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
sys.modules["lxml"] = None  # as in the bundle: any import of lxml fails
from pathlib import Path
from assetmap.cli import main
from assetmap.register import Register

work = Path(sys.argv[1])
with Register.open(work / "from.assetmap") as register:
    register.add_assets([
        {"name": "Wythenshawe Library", "category": "institutions", "lon": -2.2637, "lat": 53.3806},
        {"name": "Levenshulme Allotments", "category": "physical_spaces", "lon": -2.1904, "lat": 53.4439},
    ])
status = main(["export", str(work / "assets.xlsx"), "--register", str(work / "from.assetmap")])
status = status or main(["import", str(work / "assets.xlsx"), "--register", str(work / "to.assetmap")])
with Register.open(work / "to.assetmap") as register:
    print(sorted(a.name for a in register.assets()))
print("lxml" in sys.modules and sys.modules["lxml"] is not None)
sys.exit(status)
"""


def test_an_excel_export_is_imported_again_without_lxml(tmp_path: Path) -> None:
    env = {**os.environ, "ASSETMAP_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[-2] == "['Levenshulme Allotments', 'Wythenshawe Library']"
    assert lines[-1] == "False"
