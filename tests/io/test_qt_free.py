"""The import and export core never loads Qt."""

from __future__ import annotations

import subprocess
import sys


def test_importing_every_io_module_loads_no_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, assetmap.io, assetmap.cli.exchange\n"
        "for m in pkgutil.iter_modules(assetmap.io.__path__):\n"
        "    importlib.import_module('assetmap.io.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'assetmap.ui'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
