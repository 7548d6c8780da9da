"""The Chinese interface translation is complete and the shipped .qm is built from it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import kiosk
from kiosk.core.base.paths import assets

TS = assets() / "translations" / "kiosk_zh.ts"
QML = sorted((Path(kiosk.__file__).parent / "ui" / "qml").rglob("*.qml"))
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def tool(name: str) -> str:
    path = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_every_string_is_translated() -> None:
    untranslated = [
        source
        for (_, source), translation in messages(TS).items()
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not translation.text
    ]
    assert untranslated == []


def test_every_qml_string_is_in_the_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    cmd = [tool("pyside6-lupdate"), *map(str, QML), "-ts", str(fresh)]
    subprocess.run(cmd, check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS))


def test_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "kiosk_zh.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == TS.with_suffix(".qm").read_bytes()
