"""Changing one setting in kiosk.toml, keeping everything else staff wrote there.

tomlkit edits the document in place, so comments, blank lines, the order of tables and other
layouts (dotted keys, inline tables) survive. Only declared settings with valid values are
written: the same checks as reading (settings.py). The result is read back and compared before
it replaces the file, durably (durable.py).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from kiosk.core.base.durable import write_atomically
from kiosk.core.base.errors import KioskError
from kiosk.core.base.settings import Settings, flatten


def save_setting(path: Path, key: str, value: Any) -> None:
    """Set `key` ("table.name") to `value` in the TOML file at `path` (created if missing), keeping the rest."""
    Settings().set(key, value, source=str(path))  # a declared key, the right type, a valid value
    text = _read(path)
    try:
        document = tomlkit.parse(text)
        before = flatten(tomllib.loads(text))
    except (TOMLKitError, tomllib.TOMLDecodeError) as exc:
        raise KioskError(f"{path}: cannot read settings: {exc}") from exc
    section, name = key.split(".", 1)
    if section not in document:
        document.add(section, tomlkit.table())
    document[section][name] = value
    new_text = tomlkit.dumps(document)
    if flatten(tomllib.loads(new_text)) != {**before, key: value}:
        raise KioskError(f"{path}: the setting {key} could not be written without changing others; nothing was changed")
    try:
        write_atomically(path, new_text.encode("utf-8"))
    except OSError as exc:  # a full disk, a read-only folder: the old file is as it was
        raise KioskError(f"{path}: cannot write settings: {exc.strerror or exc}") from exc


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise KioskError(f"{path}: cannot read settings: {exc}") from exc
