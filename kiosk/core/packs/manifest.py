"""manifest.json: what a pack holds, parsed strictly.

Anything malformed raises PackError naming the field; a manifest that parses is
safe to act on (every path is a plain relative path, sizes and hashes are sane).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kiosk.core.base.paths import MANIFEST, SIGNATURE
from kiosk.core.packs.errors import PackError

FORMAT = "kiosk-pack"
FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # room for a few hundred thousand files
PACK_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(r"[0-9a-f]{16}")
_FIELDS = {"format", "format_version", "pack_id", "version", "created", "expires", "title", "key_id", "files"}


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    pack_id: str
    version: int
    created: str
    expires: str | None
    title: dict[str, str]
    key_id: str
    files: tuple[FileEntry, ...] = field(default=())

    @property
    def folder_name(self) -> str:
        """Name of the installed folder: packs/<pack_id>-<version>."""
        return f"{self.pack_id}-{self.version}"

    @property
    def total_bytes(self) -> int:
        return sum(entry.size for entry in self.files)

    def expires_at(self) -> datetime | None:
        return parse_time(self.expires, "expires") if self.expires else None

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "pack_id": self.pack_id,
            "version": self.version,
            "created": self.created,
            "expires": self.expires,
            "title": self.title,
            "key_id": self.key_id,
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
        }
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        if len(data) > MAX_MANIFEST_BYTES:
            raise PackError(f"{MANIFEST} is larger than {MAX_MANIFEST_BYTES // 2**20} MB")
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise PackError(f"{MANIFEST} is not valid UTF-8 JSON: {exc}") from None
        if not isinstance(raw, dict):
            raise PackError(f"{MANIFEST} must hold a JSON object")
        return _parse(raw)


def _parse(raw: dict) -> Manifest:
    unknown = sorted(set(raw) - _FIELDS)
    if unknown:
        raise PackError(f"{MANIFEST}: unknown field {unknown[0]!r}")
    if raw.get("format") != FORMAT or raw.get("format_version") != FORMAT_VERSION:
        raise PackError(f"{MANIFEST}: not a kiosk pack of format version {FORMAT_VERSION}")
    pack_id = _get(raw, "pack_id", str)
    if not PACK_ID.fullmatch(pack_id):
        raise PackError(f"{MANIFEST}: pack_id {pack_id!r} must be lower-case letters, digits, '.', '_' or '-'")
    version = _get(raw, "version", int)
    if version < 1:
        raise PackError(f"{MANIFEST}: version must be 1 or more, not {version}")
    created = _get(raw, "created", str)
    parse_time(created, "created")
    expires = raw.get("expires")
    if expires is not None:
        parse_time(_get(raw, "expires", str), "expires")
    key_id = _get(raw, "key_id", str)
    if not _KEY_ID.fullmatch(key_id):
        raise PackError(f"{MANIFEST}: key_id must be 16 lower-case hex digits")
    files = tuple(_entry(item, i) for i, item in enumerate(_get(raw, "files", list)))
    _check_listing([f.path for f in files])
    return Manifest(pack_id, version, created, expires, _title(raw.get("title")), key_id, files)


def _get(raw: dict, key: str, kind: type):
    value = raw.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise PackError(f"{MANIFEST}: {key} must be a {kind.__name__}, not {value!r}"[:200])
    return value


def _title(value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise PackError(f"{MANIFEST}: title must map languages to text")
    return dict(value)


def _entry(item: object, index: int) -> FileEntry:
    if not isinstance(item, dict) or set(item) != {"path", "size", "sha256"}:
        raise PackError(f"{MANIFEST}: files[{index}] must have exactly path, size and sha256")
    path, size, sha = item["path"], item["size"], item["sha256"]
    if not isinstance(path, str) or not safe_relative(path) or path in (MANIFEST, SIGNATURE):
        raise PackError(f"{MANIFEST}: files[{index}] has an unsafe or reserved path {path!r}"[:200])
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise PackError(f"{MANIFEST}: {path}: size must be a whole number of bytes")
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        raise PackError(f"{MANIFEST}: {path}: sha256 must be 64 lower-case hex digits")
    return FileEntry(path, size, sha)


def _check_listing(paths: list[str]) -> None:
    """Sorted, unique, and no file that is also a folder of another (media and media/x)."""
    if paths != sorted(paths):
        raise PackError(f"{MANIFEST}: files must be sorted by path")
    seen: set[str] = set()
    folders: set[str] = set()
    for path in paths:
        parts = path.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
        if path in seen:
            raise PackError(f"{MANIFEST}: {path} is listed twice")
        seen.add(path)
    clash = sorted(seen & folders)
    if clash:
        raise PackError(f"{MANIFEST}: {clash[0]} is listed as a file but other files are inside it")


def safe_relative(path: str) -> bool:
    """A plain relative POSIX path: no absolute path, '..', '.', drive letter, backslash, empty part or NUL."""
    if not path or "\\" in path or "\0" in path or path.startswith("/"):
        return False
    if re.match(r"[A-Za-z]:", path):
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


def parse_time(text: str, name: str) -> datetime:
    """An ISO 8601 time with a time zone, as UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise PackError(f"{MANIFEST}: {name} {text!r} is not an ISO 8601 time such as 2026-11-26T12:00:00Z") from None
    if value.tzinfo is None:
        raise PackError(f"{MANIFEST}: {name} {text!r} has no time zone (end it with Z for UTC)")
    return value.astimezone(UTC)


def format_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
