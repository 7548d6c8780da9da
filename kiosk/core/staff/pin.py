"""The staff PIN that leaves kiosk mode: hashing and checking it.

The PIN is never stored, only a salted scrypt hash in the setting `security.staff_pin_hash`:
"scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>". A stored value that is malformed (hand-edited,
truncated) simply never verifies: the kiosk stays locked rather than failing.

`kiosk pin set` writes the hash into kiosk.toml with settings_file.save_setting, which keeps
everything else staff wrote there.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from kiosk.core.base.errors import KioskError

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
