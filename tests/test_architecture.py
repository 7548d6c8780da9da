"""The layers stay apart: kiosk.core never imports Qt, the UI or the command line."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import kiosk

CORE = Path(kiosk.__file__).parent / "core"
FORBIDDEN = ("PySide6", "shiboken6", "kiosk.ui", "kiosk.cli")


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_modules_import_nothing_from_qt_or_upper_layers() -> None:
    offenders = {
        f"{path.name}: {name}"
        for path in CORE.rglob("*.py")
        for name in imported_modules(path)
        if name.startswith(FORBIDDEN)
    }
    assert offenders == set()


def test_importing_all_of_core_loads_no_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, kiosk.core as core\n"
        "for m in pkgutil.iter_modules(core.__path__): importlib.import_module('kiosk.core.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
