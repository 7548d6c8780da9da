"""The layers stay apart: kiosk.core never imports Qt, the UI or the command line."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import kiosk

CORE = Path(kiosk.__file__).parent / "core"
FORBIDDEN = ("PySide6", "shiboken6", "kiosk.ui", "kiosk.cli.main")


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


def test_importing_all_of_core_and_service_loads_no_qt() -> None:
    """Every module of every subpackage, imported in a fresh interpreter."""
    code = (
        "import json, pkgutil, importlib, sys, kiosk.core, kiosk.service\n"
        "names = [m.name for p in (kiosk.core, kiosk.service)"
        " for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(json.dumps([names, [n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))]]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    names, qt = json.loads(out)
    assert qt == []
    assert {"kiosk.core.packs.install", "kiosk.core.sync.client", "kiosk.service.notify"} <= set(names)


# What the kiosk may read from its environment: where its folders are, and what Qt and the desktop say.
DOCUMENTED_VARIABLES = {
    "KIOSK_DATA_DIR", "KIOSK_CONFIG_DIR", "KIOSK_BOOTH",
    "QT_QPA_PLATFORM", "QT_QUICK_BACKEND", "QT_IM_MODULE", "DISPLAY",
    "WAYLAND_DISPLAY", "NOTIFY_SOCKET",
}  # fmt: skip


def environment_reads(tree: ast.AST) -> Iterator[str]:
    """The variable names read with os.environ.get/setdefault/[...] or os.getenv; non-literal names as `<NAME>`."""
    for node in ast.walk(tree):
        key = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            owner = node.func.value
            on_environ = isinstance(owner, ast.Attribute) and owner.attr == "environ" and node.func.attr in (
                "get", "setdefault", "pop")  # fmt: skip
            if on_environ or node.func.attr == "getenv":
                key = node.args[0]
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "environ":
            key = node.slice
        if key is not None:
            yield key.value if isinstance(key, ast.Constant) else f"<{ast.unparse(key)}>"


def test_shipped_code_has_no_behaviour_switched_by_an_environment_variable() -> None:
    """Tests reach the kiosk's inner steps another way (audit hooks, arguments), never a hidden variable."""
    read = {
        name
        for path in Path(kiosk.__file__).parent.rglob("*.py")
        for name in environment_reads(ast.parse(path.read_text(encoding="utf-8")))
    }
    assert read - DOCUMENTED_VARIABLES == set()
    assert "KIOSK_DATA_DIR" in read  # the check does find what it looks for
