"""The bundle core is Qt-free: neither its imports nor importing it bring in PySide6 or assetmap.ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import assetmap.bundles
from tests.bundles.conftest import REPO

PACKAGE = Path(assetmap.bundles.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "assetmap.ui")


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_bundle_module_imports_qt_or_the_ui() -> None:
    modules = sorted(PACKAGE.glob("*.py"))
    assert len(modules) >= 5
    for module in modules:
        bad = {n for n in _imported(module) if n.startswith(FORBIDDEN)}
        assert not bad, f"{module.name} imports {bad}"


def test_importing_the_bundle_core_and_command_loads_no_qt() -> None:
    code = (
        "import sys, assetmap.bundles.export, assetmap.bundles.planning, assetmap.bundles.resolution, "
        "assetmap.cli.bundles\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'assetmap.ui'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
