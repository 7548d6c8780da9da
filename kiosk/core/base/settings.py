"""Every setting of the kiosk, declared once with its type, default and description.

Settings are read from `kiosk.toml` in the configuration folder (see paths.py);
anything not set there takes its default. Unknown keys and wrong types are
reported with the file and key, never silently ignored.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.base.errors import KioskError


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    # What is wrong with a value of the right type, or None when it is acceptable.
    check: Callable[[Any], str | None] | None = None


def one_line(most: int) -> Callable[[Any], str | None]:
    """A check for text shown on screen: not blank, one line of printable characters, at most `most` long."""

    def check(value: str) -> str | None:
        if not value.strip():
            return "must not be empty"
        if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value):  # line breaks, tabs, escapes
            return "must be one line, without control characters"
        if len(value) > most:
            return f"must be at most {most} characters, not {len(value)}"
        return None

    return check


def between(low: int, high: int) -> Callable[[Any], str | None]:
    """A check for a number in [low, high]."""
    return lambda value: None if low <= value <= high else f"must be between {low} and {high}, not {value!r}"


def one_of(*choices: str) -> Callable[[Any], str | None]:
    return lambda value: None if value in choices else f"must be one of {', '.join(choices)}, not {value!r}"


def size_pair(value: list) -> str | None:
    """[width, height] in pixels."""
    if len(value) == 2 and all(type(v) is int and 16 <= v <= 20_000 for v in value):
        return None
    return f"must be [width, height] in pixels (16 to 20000 each), not {value!r}"


def strings(value: list) -> str | None:
    bad = [item for item in value if not isinstance(item, str) or not item.strip()]
    return f"must be a list of non-empty strings; {bad[0]!r} is not one" if bad else None


def booth_id(value: str) -> str | None:
    """A booth id goes into file names and object keys: lower-case letters, digits and '-'."""
    if re.fullmatch(r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?", value):
        return None
    return f"must be 1 to 40 lower-case letters, digits or '-' (not at either end), not {value!r}"


def languages(value: list) -> str | None:
    """Languages offered to visitors: a non-empty list of the content's languages, each once."""
    known = ("zh", "en")
    if value and all(item in known for item in value) and len(set(value)) == len(value):
        return None
    return f"must list one or both of {', '.join(known)}, each once, not {value!r}"


def colour(value: str) -> str | None:
    from PIL import ImageColor  # only when a colour is set

    try:
        ImageColor.getrgb(value)
    except ValueError:
        return f"must be a colour such as '#FFFFFF', not {value!r}"
    return None


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "media.display_max",
        list,
        [1920, 1920],
        "Size (width, height) the display rendition of an image fits in; larger than the screen leaves room to "
        "zoom. A JPEG decoded at a reduced scale is kept as decoded when that is at most 25% larger.",
        size_pair,
    ),
    Setting("media.thumb_max", list, [480, 360], "Largest size (width, height) of an image thumbnail.", size_pair),
    Setting("media.jpeg_quality", int, 85, "JPEG quality (1-95) of display renditions and thumbnails.", between(1, 95)),
    Setting(
        "media.max_pixels",
        int,
        80_000_000,
        "Images with more pixels than this are refused as decompression bombs.",
        between(1, 10**10),
    ),
    Setting(
        "media.max_file_mb", int, 60, "Image files larger than this many megabytes are refused.", between(1, 10**5)
    ),
    Setting("media.background", str, "#FFFFFF", "Colour behind transparent parts of images.", colour),
    Setting("media.workers", int, 0, "Processes used to prepare images; 0 means one per processor.", between(0, 256)),
    Setting("search.limit", int, 50, "Most results a search returns.", between(1, 1000)),
    Setting(
        "ui.language",
        str,
        "zh",
        "Language the kiosk starts in and returns to for each new visitor (zh or en).",
        one_of("zh", "en"),
    ),
    Setting("ui.idle_seconds", int, 90, "Seconds without a touch before the kiosk offers to reset.", between(1, 3600)),
    Setting(
        "ui.countdown_seconds",
        int,
        15,
        "Seconds the 'Still there?' countdown runs before the kiosk resets.",
        between(1, 600),
    ),
    Setting(
        "ui.languages",
        list,
        ["zh", "en"],
        "Languages visitors may choose (zh, en); with one, the language switch is not shown.",
        languages,
    ),
    Setting(
        "staff.idle_seconds",
        int,
        60,
        "Seconds without a touch in staff mode before the countdown to leave it starts (the countdown is "
        "ui.countdown_seconds, as for visitors).",
        between(5, 3600),
    ),
    Setting(
        "ui.attract_seconds", int, 8, "Seconds each featured exhibit stays on the attract screen.", between(1, 600)
    ),
    Setting(
        "booth.title_zh",
        str,
        "知识产权与健康中国",
        "The booth's name in Chinese, on the attract screen and as the window's title.",
        one_line(40),
    ),
    Setting(
        "booth.title_en",
        str,
        "IP and Healthy China",
        "The booth's name in English, on the attract screen and as the window's title.",
        one_line(60),
    ),
    Setting("booth.id", str, "booth-1", "The booth's id, in the names of the files it writes and sends.", booth_id),
    Setting(
        "booth.name",
        str,
        "Booth 1",
        "The booth's name for staff and the office (where it stands), e.g. 银川市民大厅.",
        one_line(60),
    ),
    Setting(
        "booth.subtitle_zh",
        str,
        "宁夏的专利、商标、地理标志与健康知识产权故事",
        "One line in Chinese under Home's heading saying what the booth shows.",
        one_line(60),
    ),
    Setting(
        "booth.subtitle_en",
        str,
        "Patents, trademarks, geographical indications and health IP stories from Ningxia",
        "One line in English under Home's heading saying what the booth shows.",
        one_line(120),
    ),
    Setting(
        "security.staff_pin_hash", str, "", "Hash of the staff PIN that leaves kiosk mode; set with `kiosk pin set`."
    ),
    Setting(
        "db.busy_timeout_ms",
        int,
        5000,
        "How long to wait for a database another process is writing.",
        between(0, 600_000),
    ),
    Setting("sync.url", str, "", "Base URL of a published pack (<url>/manifest.json); empty: no network sync."),
    Setting(
        "sync.interval_seconds",
        int,
        900,
        "Seconds between two checks of sync.url (longer after failures).",
        between(1, 7 * 86_400),
    ),
    Setting("sync.offline", bool, False, "Force offline: never make a network request (watched folders still work)."),
    Setting(
        "sync.timeout_seconds",
        int,
        20,
        "Seconds a sync request may wait for the server before it fails.",
        between(1, 3600),
    ),
    Setting(
        "sync.watch_folders",
        list,
        [],
        "Folders to look in for kiosk-packs/ on removable media, e.g. ['/media'].",
        strings,
    ),
    Setting(
        "packs.trusted_keys",
        list,
        [],
        "Base64 Ed25519 public keys whose packs this booth installs; see kiosk keygen.",
        strings,
    ),
    Setting(
        "publish.key",
        str,
        "",
        "Private key file (from `kiosk keygen`) that signs the packs staff publish from this machine.",
    ),
    Setting(
        "publish.pack_id",
        str,
        "booth-content",
        "Pack id of what staff publish here when the booth shows no installed pack (else that pack's id).",
        lambda value: (
            None
            if re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,63}", value)
            else f"must be lower-case letters, digits, '.', '_' or '-' (at most 64), not {value!r}"
        ),
    ),
    Setting(
        "publish.target",
        str,
        "",
        "Where a published pack is also written for other booths: a folder (served by a web server, or "
        "on removable media); empty: only this booth.",
    ),
    Setting(
        "packs.max_file_mb",
        int,
        2048,
        "Files in a content pack larger than this many megabytes are refused.",
        between(1, 10**6),
    ),
    Setting(
        "packs.decode_all_images",
        bool,
        False,
        "Decode every display image completely when installing a pack (about 5x slower); thumbnails always are.",
    ),
)

_BY_KEY = {s.key: s for s in SETTINGS}


class Settings:
    """Resolved settings: values from the file over the declared defaults."""

    def __init__(self, values: dict[str, Any] | None = None):
        self._values = {s.key: s.default for s in SETTINGS}
        for key, value in (values or {}).items():
            self.set(key, value)

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def set(self, key: str, value: Any, source: str = "settings") -> None:
        spec = _BY_KEY.get(key)
        if spec is None:
            raise KioskError(f"{source}: unknown setting {key!r}")
        if not isinstance(value, spec.type) or (spec.type is int and isinstance(value, bool)):
            raise KioskError(f"{source}: setting {key!r} must be {spec.type.__name__}, not {value!r}")
        problem = spec.check(value) if spec.check else None
        if problem:
            raise KioskError(f"{source}: setting {key!r} {problem}")
        self._values[key] = value

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Settings from a TOML file; defaults where the file is absent."""
        settings = cls()
        if not path.exists():
            return settings
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise KioskError(f"{path}: cannot read settings: {exc}") from exc
        for key, value in flatten(data).items():
            settings.set(key, value, source=str(path))
        return settings


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"table": {"name": value}} as {"table.name": value}."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat
