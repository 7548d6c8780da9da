"""One setting changed in kiosk.toml: only declared keys and valid values, and the rest of the file kept."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.core.base.errors import KioskError
from kiosk.core.base.settings_file import save_setting
from kiosk.core.staff.pin import PIN_SETTING
from tests.core.staff.test_security import SETTINGS_TEXT


def test_save_setting_replaces_one_line_and_keeps_comments(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(SETTINGS_TEXT, encoding="utf-8")
    save_setting(path, PIN_SETTING, "scrypt$new")
    assert path.read_text(encoding="utf-8") == SETTINGS_TEXT.replace('"old"', '"scrypt$new"')
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_save_setting_adds_the_table_when_missing(tmp_path: Path) -> None:
    path = tmp_path / "config" / "kiosk.toml"
    save_setting(path, PIN_SETTING, "h1")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"security": {"staff_pin_hash": "h1"}}
    path.write_text("[ui]\nlanguage = 'en'\n", encoding="utf-8")
    save_setting(path, PIN_SETTING, 'a "quoted" \\ value')
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "ui": {"language": "en"},
        "security": {"staff_pin_hash": 'a "quoted" \\ value'},
    }


@pytest.mark.parametrize(
    "text",
    [
        'security.staff_pin_hash = "old"\nui.language = "en"\n',  # dotted keys
        'security = { staff_pin_hash = "old" }\n[ui]\nlanguage = "en"\n',  # an inline table
        '[security]\nstaff_pin_hash = """\n[not a table]\n"""\n[ui]\nlanguage = "en"\n',  # a multi-line string
    ],
)
def test_save_setting_rewrites_other_layouts_from_their_values(tmp_path: Path, text: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    save_setting(path, PIN_SETTING, "new")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "security": {"staff_pin_hash": "new"},
        "ui": {"language": "en"},
    }


def test_save_setting_refuses_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[ui\nlanguage = ", encoding="utf-8")
    with pytest.raises(KioskError, match="cannot read settings"):
        save_setting(path, PIN_SETTING, "x")
    assert path.read_text(encoding="utf-8") == "[ui\nlanguage = "


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("security.staff_pin", "x", "unknown setting 'security.staff_pin'"),
        ("ui.idle_seconds", "90", "must be int"),
        ("media.jpeg_quality", 0, "between 1 and 95"),
        ("ui.language", "fr", "one of zh, en"),
    ],
)
def test_save_setting_writes_only_declared_settings_with_valid_values(
    tmp_path: Path, key: str, value: object, message: str
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(SETTINGS_TEXT, encoding="utf-8")
    with pytest.raises(KioskError, match=message):
        save_setting(path, key, value)
    assert path.read_text(encoding="utf-8") == SETTINGS_TEXT


def test_save_setting_keeps_comments_and_order_when_it_adds_a_table(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(SETTINGS_TEXT, encoding="utf-8")
    save_setting(path, "sync.url", "http://127.0.0.1:8080/packs")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(SETTINGS_TEXT.rstrip("\n"))
    assert tomllib.loads(text)["sync"] == {"url": "http://127.0.0.1:8080/packs"}
