"""The booth settings staff change on the touch screen: which ones, how each is entered, checked and saved.

Every setting is declared once in kiosk.core.base.settings (type, default, description, check).
This adds only what the staff screen needs: a label in zh and en, the kind of input, what staff
typed turned into a value, the declared check's message said in the staff's language, and the
rules between two settings. Saving goes through base.settings_file, which changes one key of
kiosk.toml durably and keeps the rest of the file, comments included.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kiosk.core.base.errors import KioskError
from kiosk.core.base.settings import SETTINGS, Settings
from kiosk.core.base.settings_file import save_setting

LANGUAGE_NAMES = {"zh": {"zh": "中文", "en": "英文"}, "en": {"zh": "Chinese", "en": "English"}}
_URL_MOST = 2000


@dataclass(frozen=True)
class Editable:
    key: str
    kind: str  # int | bool | text | url | choice | languages
    label_zh: str
    label_en: str
    help_zh: str  # the declared description (English) said for staff who read Chinese


EDITABLE: tuple[Editable, ...] = (
    Editable("ui.idle_seconds", "int", "空闲多久后提示（秒）", "Idle time before the prompt (seconds)",
             "无人触摸这么多秒后，屏幕询问观众是否还在。"),
    Editable("ui.countdown_seconds", "int", "提示倒计时（秒）", "Prompt countdown (seconds)",
             "“还在吗？”倒计时这么多秒后，展位回到首屏。"),
    Editable("staff.idle_seconds", "int", "工作人员模式空闲时间（秒）", "Idle time in staff mode (seconds)",
             "工作人员模式下无人触摸这么多秒后，开始倒计时退出。"),
    Editable("ui.languages", "languages", "观众可选语言", "Languages for visitors",
             "观众可以选择的语言；只有一种时不显示语言切换。"),
    Editable("ui.language", "choice", "开始语言", "Start language", "展位启动和每位新观众看到的语言。"),
    Editable("sync.url", "url", "内容更新网址", "Content update address",
             "发布内容包的网址（其下有 manifest.json）；留空则不联网更新。"),
    Editable("sync.offline", "bool", "强制离线", "Force offline", "不发出任何网络请求；U 盘上的内容包仍会安装。"),
    Editable("booth.id", "text", "展位编号", "Booth id", "用在展位写出和发送的文件名中：小写字母、数字和“-”。"),
    Editable("booth.name", "text", "展位名称（内部）", "Booth name (for staff)", "展位所在的地点，例如 银川市民大厅。"),
    Editable("booth.title_zh", "text", "展位标题（中文）", "Booth title (Chinese)", "首屏和窗口标题上的中文名称。"),
    Editable("booth.title_en", "text", "展位标题（英文）", "Booth title (English)", "首屏和窗口标题上的英文名称。"),
)  # fmt: skip
_BY_KEY = {editable.key: editable for editable in EDITABLE}
_DECLARED = {setting.key: setting for setting in SETTINGS}

# Settings the running kiosk can take without a restart (see applies_live).
_LIVE = frozenset({"ui.idle_seconds", "ui.countdown_seconds", "staff.idle_seconds", "ui.languages",
                   "ui.language", "booth.name", "booth.title_zh", "booth.title_en"})  # fmt: skip

_MESSAGES = {
    "not_editable": ("这项设置不能在这里修改", "This setting cannot be changed here"),
    "not_int": ("请输入一个整数", "Enter a whole number"),
    "not_bool": ("请选择“是”或“否”", "Choose yes or no"),
    "no_language": ("请至少选择一种语言", "Choose at least one language"),
    "not_url": ("请输入以 http:// 或 https:// 开头的网址，或留空（不联网更新）",
                "Enter an address starting with http:// or https://, or leave it empty (no network updates)"),
    "url_too_long": (f"网址最多 {_URL_MOST} 个字符", f"The address must be at most {_URL_MOST} characters"),
    "start_not_offered": ("开始语言必须是观众可选的语言之一：{offered}",
                          "The start language must be one of the languages visitors may choose: {offered}"),
    "start_left_out": ("观众可选语言必须包括开始语言（{start}）：请先修改开始语言",
                       "The languages must include the start language ({start}): change the start language first"),
}  # fmt: skip

# The declared checks' messages (settings.py) in Chinese; any other is shown as it is declared.
_DECLARED_ZH = (
    (r"must be between (-?\d+) and (-?\d+)", "必须在 {0} 到 {1} 之间"),
    (r"must not be empty", "不能为空"),
    (r"must be one line", "只能是一行，不能有换行或控制字符"),
    (r"must be at most (\d+) characters, not (\d+)", "最多 {0} 个字符，现在是 {1} 个"),
    (r"must be 1 to 40 lower-case letters", "只能用 1 到 40 个小写字母、数字或“-”，“-”不能在开头或结尾"),
    (r"must list one or both of", "请选择中文、英文或两者，每种一次"),
    (r"must be one of ([^,]+(?:, [^,]+)*), not", "必须是 {0} 之一"),
)
_TRUE, _FALSE = {"true", "yes", "on", "1", "是", "开"}, {"false", "no", "off", "0", "否", "关"}


@dataclass(frozen=True)
class SettingField:
    key: str
    label: str
    help: str
    kind: str
    value: str  # the current value as the editor shows it
    choices: tuple[tuple[str, str], ...] = ()  # (value as text, what staff see), for choice and languages
    live: bool = True  # see applies_live


def fields(settings: Settings, lang: str) -> list[SettingField]:
    """The editable settings in display order, labelled in `lang` (zh, else en), with their current values."""
    zh = lang == "zh"
    return [
        SettingField(
            key=e.key,
            label=e.label_zh if zh else e.label_en,
            help=e.help_zh if zh else _DECLARED[e.key].description,
            kind=e.kind,
            value=as_text(settings[e.key]),
            choices=_choices(e, settings, lang),
            live=applies_live(e.key),
        )
        for e in EDITABLE
    ]


def as_text(value: Any) -> str:
    """A value as the editor shows it: true/false, zh,en, or the number or text itself."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return str(value)


def _choices(editable: Editable, settings: Settings, lang: str) -> tuple[tuple[str, str], ...]:
    names = LANGUAGE_NAMES["zh" if lang == "zh" else "en"]
    if editable.kind == "choice":
        return tuple((code, names[code]) for code in settings["ui.languages"])
    if editable.kind == "languages":
        both = f"{names['zh']}和{names['en']}" if lang == "zh" else f"{names['zh']} and {names['en']}"
        return ("zh", names["zh"]), ("en", names["en"]), ("zh,en", both)
    return ()


def check(key: str, text: str | Sequence[str], lang: str, current: Settings) -> tuple[Any, str | None]:
    """What staff entered for `key` as its value, or why it cannot be: (value, None) or (None, message in `lang`)."""
    editable = _BY_KEY.get(key)
    if editable is None:
        return None, _say("not_editable", lang)
    value, unparsed = _parse(editable.kind, text)
    if unparsed:
        return None, _say(unparsed, lang)
    problem = _declared_problem(key, value, lang) or _across(key, value, lang, current)
    return (None, problem) if problem else (value, None)


def _parse(kind: str, text: str | Sequence[str]) -> tuple[Any, str | None]:
    """The value, or the name of the message saying why there is none."""
    if kind == "languages":
        items = re.split(r"[\s,，、;；/+]+", text.strip()) if isinstance(text, str) else list(text)
        codes = [item.strip().lower() for item in items if item.strip()]
        return (codes, None) if codes else (None, "no_language")
    plain = (text if isinstance(text, str) else ",".join(text)).strip()
    if kind == "int":  # \d takes the full-width digits a Chinese keyboard types: int() reads them
        return (int(plain), None) if re.fullmatch(r"[+-]?\d+", plain) else (None, "not_int")
    if kind == "bool":
        word = plain.lower()
        return (word in _TRUE, None) if word in _TRUE | _FALSE else (None, "not_bool")
    if kind == "url":
        return plain, _url_problem(plain)
    return (plain.lower() if kind == "choice" else plain), None


def _url_problem(url: str) -> str | None:
    """Empty (no network sync), or an http(s) address of a host, as the sync client fetches."""
    if not url:
        return None
    if len(url) > _URL_MOST:
        return "url_too_long"
    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # a port that is not a number, a broken IPv6 address
        ok = False
    printable = all(not unicodedata.category(c).startswith(("C", "Z")) for c in url)
    return None if ok and printable else "not_url"


def _declared_problem(key: str, value: Any, lang: str) -> str | None:
    """The declared check's message for `value`, in `lang`; None when it passes."""
    try:
        Settings().set(key, value)
    except KioskError as exc:
        problem = str(exc).split(f"setting {key!r} ", 1)[-1]
        return _in_chinese(problem) if lang == "zh" else problem[:1].upper() + problem[1:]
    return None


def _in_chinese(problem: str) -> str:
    for pattern, zh in _DECLARED_ZH:
        found = re.match(pattern, problem)
        if found:
            return zh.format(*found.groups())
    return problem  # a check added later without a translation: still said, in English


def _across(key: str, value: Any, lang: str, current: Settings) -> str | None:
    """The start language must be one visitors may choose, whichever of the two changes."""
    names = LANGUAGE_NAMES["zh" if lang == "zh" else "en"]
    if key == "ui.language" and value not in current["ui.languages"]:
        offered = ("、" if lang == "zh" else ", ").join(names[code] for code in current["ui.languages"])
        return _say("start_not_offered", lang, offered=offered)
    if key == "ui.languages" and current["ui.language"] not in value:
        return _say("start_left_out", lang, start=names[current["ui.language"]])
    return None


def _say(name: str, lang: str, **values: str) -> str:
    zh, en = _MESSAGES[name]
    return (zh if lang == "zh" else en).format(**values)


def save(path: Path, key: str, value: Any) -> None:
    """Write a checked value into kiosk.toml at `path`, keeping the rest of the file.

    Raises KioskError for a key staff may not edit here, a value `check` refuses against the file's
    other settings, or a file that cannot be written (a full disk, a read-only folder): the file is
    then as it was.
    """
    if key not in _BY_KEY:
        raise KioskError(f"{path}: the setting {key} is not one staff change on the booth's screen")
    _, problem = check(key, value if isinstance(value, list) else as_text(value), "en", Settings.load(path))
    if problem:  # a screen that skipped check() still cannot write what it would refuse
        raise KioskError(f"{path}: {key}: {problem}")
    save_setting(path, key, value)  # the declared type and check again, then one durable replace


def applies_live(key: str) -> bool:
    """Whether the running kiosk can take a saved value without a restart (once it is set on its Settings).

    Yes for the idle times, the countdown, the languages, the start language and the booth's names:
    they change only what the interface shows and when, so the staff screen can hand them to the
    running interface (today the visitor's state, the idle monitor and the booth's text take them
    from the Settings when a session starts: the screen sets them there too). No for:
    - sync.url and sync.offline: the sync client (kiosk/core/sync/client.py) does read both from
      that Settings at every poll, but the sync thread is started only when sync was configured at
      start-up (kiosk/ui/content.py), the next poll may be sync.interval_seconds away (the wait was
      worked out from the old values), and the content badge's offlineForced never changes while
      the kiosk runs;
    - booth.id: it names the files the booth writes and sends; a restart keeps one run's files
      under one name.
    """
    return key in _LIVE
