"""Settings: declared once, read from kiosk.toml, wrong input named clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.base.errors import KioskError
from kiosk.core.base.settings import SETTINGS, Settings


def test_every_setting_has_type_default_and_description() -> None:
    for setting in SETTINGS:
        assert isinstance(setting.default, setting.type), setting.key
        assert setting.description.endswith("."), setting.key


def test_file_values_override_defaults(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[media]\njpeg_quality = 70\n[ui]\nlanguage = "en"\n', encoding="utf-8")
    settings = Settings.load(path)
    assert settings["media.jpeg_quality"] == 70
    assert settings["ui.language"] == "en"
    assert settings["search.limit"] == 50


def test_missing_file_means_defaults(tmp_path: Path) -> None:
    assert Settings.load(tmp_path / "absent.toml")["ui.idle_seconds"] == 90


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[media]\njpeg_quality = 'high'\n", "must be int"),
        ("[media]\nunknown_thing = 1\n", "unknown setting 'media.unknown_thing'"),
        ("[media\n", "cannot read settings"),
        ("[ui]\nidle_seconds = true\n", "must be int"),
    ],
)
def test_bad_settings_file_names_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KioskError, match=message) as caught:
        Settings.load(path)
    assert str(path) in str(caught.value)


def test_every_default_passes_its_own_check() -> None:
    for setting in SETTINGS:
        assert setting.check is None or setting.check(setting.default) is None, setting.key


def test_booth_title_and_subtitle_come_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[booth]\ntitle_zh = "知识产权护航乡村振兴"\ntitle_en = "IP for Rural Revival"\n', encoding="utf-8")
    settings = Settings.load(path)
    assert (settings["booth.title_zh"], settings["booth.title_en"]) == ("知识产权护航乡村振兴", "IP for Rural Revival")
    assert settings["booth.subtitle_zh"] == Settings()["booth.subtitle_zh"]  # not set: the demo's wording


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('title_zh = ""', "'booth.title_zh' must not be empty"),
        ('title_en = "   "', "'booth.title_en' must not be empty"),
        ('subtitle_en = "two\\nlines"', "'booth.subtitle_en' must be one line"),
        ('subtitle_zh = "tab\\there"', "'booth.subtitle_zh' must be one line"),
        (f'title_zh = "{"长" * 41}"', "'booth.title_zh' must be at most 40 characters, not 41"),
        ("title_en = 3", "'booth.title_en' must be str"),
    ],
)
def test_bad_booth_text_names_file_and_key(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f"[booth]\n{line}\n", encoding="utf-8")
    with pytest.raises(KioskError, match=message) as caught:
        Settings.load(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[media]\njpeg_quality = 0", "'media.jpeg_quality' must be between 1 and 95, not 0"),
        ("[media]\ndisplay_max = [0, 1080]", "'media.display_max' must be [width, height]"),
        ("[media]\nthumb_max = [480, 360, 1]", "'media.thumb_max' must be [width, height]"),
        ("[media]\nbackground = 'pale'", "'media.background' must be a colour"),
        ("[ui]\nlanguage = 'fr'", "'ui.language' must be one of zh, en, not 'fr'"),
        ("[ui]\nidle_seconds = 0", "'ui.idle_seconds' must be between 1 and 3600"),
        ("[sync]\nwatch_folders = ['/media', 3]", "'sync.watch_folders' must be a list of non-empty strings; 3"),
        ("[packs]\ntrusted_keys = ['']", "'packs.trusted_keys' must be a list of non-empty strings"),
    ],
)
def test_values_are_checked_where_settings_are_declared(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(KioskError) as raised:
        Settings.load(path)
    assert str(path) in str(raised.value) and message in str(raised.value)
