"""The staff PIN that leaves kiosk mode: hashing, checking, and storing it in the settings file.

The PIN is never stored, only a salted scrypt hash in the setting `security.staff_pin_hash`:
"scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>". A stored value that is malformed (hand-edited,
truncated) simply never verifies: the kiosk stays locked rather than failing.

`kiosk pin set` writes the hash into kiosk.toml without touching anything else in it: the one
line is replaced (or the [security] table added) so staff's comments survive, and when the file
is laid out some other way it is rewritten from its values. Either way the result is parsed back
and compared before it replaces the file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from kiosk.core.errors import KioskError

PIN_SETTING = "security.staff_pin_hash"
PIN_PATTERN = re.compile(r"[0-9]{4,8}")
SCHEME = "scrypt"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
# Bounds a stored hash may ask for, so a tampered setting cannot make one check take minutes or gigabytes.
_MAX_N, _MAX_R, _MAX_P = 2**17, 16, 4
_MAXMEM = 256 * 1024 * 1024


def is_valid_pin(pin: str) -> bool:
    """True for 4 to 8 ASCII digits."""
    return PIN_PATTERN.fullmatch(pin) is not None


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """The stored form of `pin`, with a fresh random salt unless one is given."""
    if not is_valid_pin(pin):
        raise KioskError("The staff PIN must be 4 to 8 digits.")
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(stored: str, pin: str) -> bool:
    """True when `pin` matches the stored hash; False for a wrong PIN or a malformed hash (never raises)."""
    parsed = _parse_hash(stored)
    if parsed is None or not isinstance(pin, str) or not is_valid_pin(pin):
        return False
    n, r, p, salt, expected = parsed
    try:
        actual = _scrypt(pin, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def pin_is_set(stored: str) -> bool:
    """True when `stored` is a hash some PIN can match: without one, kiosk mode could not be left from the screen."""
    return _parse_hash(stored) is not None


def _parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    """The parameters, salt and hash of a stored PIN hash; None when it is empty or malformed."""
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        n_, r_, p_ = int(n), int(r), int(p)
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(hash_hex)
    except (AttributeError, ValueError):
        return None
    if scheme != SCHEME or not _sane(n_, r_, p_) or not salt or not 16 <= len(expected) <= 64:
        return None
    return n_, r_, p_, salt, expected


def _sane(n: int, r: int, p: int) -> bool:
    return 2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=length)


# -- the settings file ----------------------------------------------------------------------


def save_setting(path: Path, key: str, value: Any) -> None:
    """Set `key` ("table.name") to `value` in the TOML file at `path`, keeping everything else.

    Written to a temporary file beside it and moved into place, so the file is never half written.
    """
    text = _read(path)
    values = _flatten(_parse(text, path))
    wanted = {**values, key: value}
    section, name = key.split(".", 1)
    new_text = _replace_line(text, section, name, value)
    if _values_of(new_text) != wanted:  # laid out some other way (dotted keys, inline tables): rewrite it
        new_text = dump_toml(wanted)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(new_text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise KioskError(f"{path}: cannot read settings: {exc}") from exc


def _parse(text: str, path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KioskError(f"{path}: cannot read settings: {exc}") from exc


def _values_of(text: str) -> dict[str, Any] | None:
    try:
        return _flatten(tomllib.loads(text))
    except tomllib.TOMLDecodeError:
        return None


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _replace_line(text: str, section: str, name: str, value: Any) -> str:
    """`text` with `name = value` in [section]: the existing line replaced, or the line (and table) added."""
    lines = text.splitlines()
    header = re.compile(rf"\s*\[\s*{re.escape(section)}\s*\]\s*(#.*)?")
    starts = [i for i, line in enumerate(lines) if header.fullmatch(line)]
    assignment = f"{name} = {_toml_value(value)}"
    if not starts:
        blank = [""] if lines and lines[-1].strip() else []
        return "\n".join([*lines, *blank, f"[{section}]", assignment]) + "\n"
    start = starts[0]
    end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    own = re.compile(rf"\s*{re.escape(name)}\s*=")
    found = [i for i in range(start + 1, end) if own.match(lines[i])]
    if found:
        lines[found[0]] = assignment
    else:
        lines.insert(start + 1, assignment)
    return "\n".join(lines) + "\n"


def dump_toml(values: dict[str, Any]) -> str:
    """TOML for flat settings {"table.name": value}: one [table] per prefix, in the order given."""
    tables: dict[str, list[str]] = {}
    for key, value in values.items():
        section, _, name = key.rpartition(".")
        tables.setdefault(section, []).append(f"{_toml_key(name)} = {_toml_value(value)}")
    chunks = ["\n".join(lines) for section, lines in tables.items() if not section]
    chunks += ["\n".join([f"[{section}]", *lines]) for section, lines in tables.items() if section]
    return "\n\n".join(chunks) + "\n" if chunks else ""


def _toml_key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else _toml_string(name)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise KioskError(f"cannot write {value!r} to the settings file")


def _toml_string(text: str) -> str:
    escaped = []
    for char in text:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04X}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'
