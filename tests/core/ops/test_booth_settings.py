"""The booth settings staff edit on the screen: fields, messages in zh and en, saving into a real kiosk.toml."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk.core.base.errors import KioskError
from kiosk.core.base.settings import SETTINGS, Settings
from kiosk.core.ops.booth_settings import EDITABLE, applies_live, check, fields, save

KIOSK_TOML = """\
# 银川市民大厅的展位 (kept by the office)
[ui]
idle_seconds = 120  # the hall is quiet in the afternoon
languages = ["zh", "en"]

[booth]
# where it stands
name = "银川市民大厅"
title_zh = "知识产权与健康中国"

[sync]
offline = true
"""
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def toml(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(KIOSK_TOML, encoding="utf-8")
    return path


def test_the_editable_settings_are_declared_ones_in_display_order() -> None:
    assert [e.key for e in EDITABLE] == [
        "ui.idle_seconds", "ui.countdown_seconds", "staff.idle_seconds", "ui.languages", "ui.language",
        "sync.url", "sync.offline", "booth.id", "booth.name", "booth.title_zh", "booth.title_en",
    ]  # fmt: skip
    declared = {s.key: s for s in SETTINGS}
    for e in EDITABLE:
        assert e.key in declared
        assert HAN.search(e.label_zh) and HAN.search(e.help_zh) and not HAN.search(e.label_en), e.key
        assert e.kind in ("int", "bool", "text", "url", "choice", "languages")


def test_fields_show_the_values_of_a_real_file_in_the_staffs_language(toml: Path) -> None:
    settings = Settings.load(toml)
    zh = {f.key: f for f in fields(settings, "zh")}
    en = {f.key: f for f in fields(settings, "en")}
    assert zh["ui.idle_seconds"].label == "空闲多久后提示（秒）"
    assert en["ui.idle_seconds"].label == "Idle time before the prompt (seconds)"
    assert (zh["ui.idle_seconds"].value, zh["ui.idle_seconds"].kind) == ("120", "int")
    assert zh["sync.offline"].value == "true" and zh["sync.url"].value == ""
    assert zh["booth.name"].value == "银川市民大厅" and zh["booth.title_en"].value == "IP and Healthy China"
    assert zh["ui.languages"].value == "zh,en" and zh["ui.language"].value == "zh"
    assert zh["ui.languages"].choices == (("zh", "中文"), ("en", "英文"), ("zh,en", "中文和英文"))
    assert en["ui.language"].choices == (("zh", "Chinese"), ("en", "English"))
    declared = {s.key: s.description for s in SETTINGS}
    assert all(f.help == declared[f.key] for f in en.values())
    assert all(HAN.search(f.help) for f in zh.values())
    only_zh = Settings({"ui.languages": ["zh"]})
    assert next(f for f in fields(only_zh, "zh") if f.key == "ui.language").choices == (("zh", "中文"),)


# Each field with what staff might type wrongly, and the message beside it in zh and in en.
BAD = [
    ("ui.idle_seconds", "abc", "请输入一个整数", "Enter a whole number"),
    ("ui.idle_seconds", "1.5", "请输入一个整数", "Enter a whole number"),
    ("ui.idle_seconds", "", "请输入一个整数", "Enter a whole number"),
    ("ui.idle_seconds", "0", "必须在 1 到 3600 之间", "Must be between 1 and 3600, not 0"),
    ("ui.countdown_seconds", "601", "必须在 1 到 600 之间", "Must be between 1 and 600, not 601"),
    ("staff.idle_seconds", "4", "必须在 5 到 3600 之间", "Must be between 5 and 3600, not 4"),
    ("ui.languages", " ", "请至少选择一种语言", "Choose at least one language"),
    ("ui.languages", "fr", "请选择中文、英文或两者，每种一次", "Must list one or both of zh, en"),
    ("ui.languages", "zh,zh", "请选择中文、英文或两者，每种一次", "Must list one or both of zh, en"),
    ("ui.languages", "en", "观众可选语言必须包括开始语言（中文）", "must include the start language (Chinese)"),
    ("ui.language", "fr", "必须是 zh, en 之一", "Must be one of zh, en, not 'fr'"),
    ("sync.url", "ftp://packs.example.cn", "请输入以 http:// 或 https:// 开头的网址", "starting with http://"),
    ("sync.url", "packs.example.cn/ningxia", "请输入以 http:// 或 https:// 开头的网址", "starting with http://"),
    ("sync.url", "http://", "请输入以 http:// 或 https:// 开头的网址", "starting with http://"),
    ("sync.url", "http://packs example.cn", "请输入以 http:// 或 https:// 开头的网址", "starting with http://"),
    ("sync.url", "http://packs.example.cn:port", "请输入以 http:// 或 https:// 开头的网址", "starting with http://"),
    ("sync.url", "https://p.cn/" + "x" * 2000, "网址最多 2000 个字符", "at most 2000 characters"),
    ("sync.offline", "maybe", "请选择“是”或“否”", "Choose yes or no"),
    ("booth.id", "Booth 1", "只能用 1 到 40 个小写字母、数字或“-”", "Must be 1 to 40 lower-case letters"),
    ("booth.id", "-booth", "“-”不能在开头或结尾", "not at either end"),
    ("booth.name", "  ", "不能为空", "Must not be empty"),
    ("booth.name", "一楼\n大厅", "只能是一行", "Must be one line"),
    ("booth.title_zh", "长" * 41, "最多 40 个字符，现在是 41 个", "Must be at most 40 characters, not 41"),
    ("booth.title_en", "x" * 61, "最多 60 个字符，现在是 61 个", "Must be at most 60 characters, not 61"),
    ("security.staff_pin_hash", "x", "这项设置不能在这里修改", "This setting cannot be changed here"),
]


@pytest.mark.parametrize(("key", "text", "zh", "en"), BAD)
def test_each_fields_message_in_zh_and_en(toml: Path, key: str, text: str, zh: str, en: str) -> None:
    current = Settings.load(toml)
    value, message = check(key, text, "zh", current)
    assert value is None and message and zh in message and "must" not in message
    value, message = check(key, text, "en", current)
    assert value is None and message and en in message and not HAN.search(message.replace("银川", ""))


def test_the_start_language_must_be_offered(toml: Path) -> None:
    only_zh = Settings({"ui.languages": ["zh"]})
    assert check("ui.language", "en", "zh", only_zh) == (None, "开始语言必须是观众可选的语言之一：中文")
    assert check("ui.language", "en", "en", only_zh)[1] == (
        "The start language must be one of the languages visitors may choose: Chinese"
    )
    assert check("ui.languages", "en", "en", Settings({"ui.language": "en"})) == (["en"], None)


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("ui.idle_seconds", " 120 ", 120),
        ("ui.idle_seconds", "９０", 90),  # typed on a Chinese keyboard's full-width digits
        ("ui.countdown_seconds", "+15", 15),
        ("ui.languages", "en, zh", ["en", "zh"]),
        ("ui.languages", "zh，en", ["zh", "en"]),
        ("ui.languages", ["zh", "en"], ["zh", "en"]),
        ("ui.language", "EN", "en"),
        ("sync.url", "", ""),
        ("sync.url", " https://packs.example.cn/ningxia/ ", "https://packs.example.cn/ningxia/"),
        ("sync.url", "http://127.0.0.1:8080/packs", "http://127.0.0.1:8080/packs"),
        ("sync.offline", "True", True),
        ("sync.offline", "否", False),
        ("booth.id", "yinchuan-hall-2", "yinchuan-hall-2"),
        ("booth.title_zh", " 宁夏知识产权宣传周 ", "宁夏知识产权宣传周"),
    ],
)
def test_what_staff_type_becomes_the_value(key: str, text: str | list[str], value: object) -> None:
    assert check(key, text, "zh", Settings()) == (value, None)


def test_a_save_changes_one_line_and_keeps_the_comments(toml: Path) -> None:
    value, message = check("ui.idle_seconds", "180", "zh", Settings.load(toml))
    assert message is None
    save(toml, "ui.idle_seconds", value)
    assert toml.read_text(encoding="utf-8") == KIOSK_TOML.replace("idle_seconds = 120", "idle_seconds = 180")
    value, _ = check("booth.title_en", "IP Week in Ningxia", "en", Settings.load(toml))
    save(toml, "booth.title_en", value)
    text = toml.read_text(encoding="utf-8")
    assert "# where it stands" in text and "# the hall is quiet in the afternoon" in text
    loaded = Settings.load(toml)
    assert (loaded["ui.idle_seconds"], loaded["booth.title_en"]) == (180, "IP Week in Ningxia")
    assert sorted(p.name for p in toml.parent.iterdir()) == ["kiosk.toml"]  # no temporary left


def test_a_bad_value_is_never_written(toml: Path) -> None:
    for key, text, *_ in BAD:
        value, message = check(key, text, "zh", Settings.load(toml))
        assert value is None and message
    with pytest.raises(KioskError, match="between 1 and 3600"):
        save(toml, "ui.idle_seconds", 0)
    with pytest.raises(KioskError, match="not one staff change"):
        save(toml, "security.staff_pin_hash", "scrypt$forged")
    with pytest.raises(KioskError, match="starting with http://"):
        save(toml, "sync.url", "ftp://packs.example.cn")
    with pytest.raises(KioskError, match="must include the start language"):
        save(toml, "ui.languages", ["en"])
    with pytest.raises(KioskError, match="must be int"):
        save(toml, "ui.idle_seconds", "90")
    assert toml.read_text(encoding="utf-8") == KIOSK_TOML


def test_a_file_that_cannot_be_written_is_left_as_it_was(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the configuration folder should be\n", encoding="utf-8")
    with pytest.raises(KioskError, match="cannot write settings") as raised:
        save(blocked / "kiosk.toml", "ui.idle_seconds", 30)
    assert "\n" not in str(raised.value)


@pytest.mark.skipif(sys.platform != "linux", reason="the file size limit (RLIMIT_FSIZE) is set the Linux way")
def test_a_full_disk_leaves_the_file_as_it_was(toml: Path) -> None:
    # A real failing write: in a process allowed to write only files smaller than the new kiosk.toml.
    script = f"""
import resource, signal
from pathlib import Path
from kiosk.core.base.errors import KioskError
from kiosk.core.ops.booth_settings import save
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, ({len(KIOSK_TOML.encode()) // 2}, resource.RLIM_INFINITY))
try:
    save(Path({str(toml)!r}), "booth.title_en", "IP Week in Ningxia")
except KioskError as exc:
    print(exc)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert "cannot write settings" in done.stdout and done.stdout.count("\n") == 1
    assert toml.read_text(encoding="utf-8") == KIOSK_TOML
    assert sorted(p.name for p in toml.parent.iterdir()) == ["kiosk.toml"]
    assert tomllib.loads(toml.read_text(encoding="utf-8"))["ui"]["idle_seconds"] == 120


def test_which_settings_apply_without_a_restart() -> None:
    live = {e.key for e in EDITABLE if applies_live(e.key)}
    assert live == {"ui.idle_seconds", "ui.countdown_seconds", "staff.idle_seconds", "ui.languages", "ui.language",
                    "booth.name", "booth.title_zh", "booth.title_en"}  # fmt: skip
    assert not applies_live("sync.url") and not applies_live("sync.offline") and not applies_live("booth.id")
    assert not applies_live("media.workers")
    assert all(f.live == applies_live(f.key) for f in fields(Settings(), "en"))
