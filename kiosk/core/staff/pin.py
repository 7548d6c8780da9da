"""Staff PINs: hashing and checking them.

A PIN is never stored, only a salted scrypt hash: "scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>".
New hashes use OWASP's current parameters (N=2**17, r=8, p=1: about 0.65 s and 128 MiB for
one check on a booth), which is why the interface checks a PIN off its GUI thread. Hashes
written before (N=2**14, `kiosk pin set` into the setting `security.staff_pin_hash`) keep
verifying: the parameters travel with each hash. A stored value that is malformed
(hand-edited, truncated) simply never verifies: the kiosk stays locked rather than failing.

Two rules for the digits: a new PIN (a staff account's, kiosk/core/staff/accounts.py) has 6 to
8 digits; verify_pin and hash_pin still take 4 to 8, the rule of the setting, so a booth whose
old 4-digit PIN is in kiosk.toml is not locked out by an upgrade.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from kiosk.core.base.errors import KioskError

PIN_SETTING = "security.staff_pin_hash"
PIN_PATTERN = re.compile(r"[0-9]{4,8}")  # what a stored hash may have been made from (the setting's rule)
NEW_PIN_PATTERN = re.compile(r"[0-9]{6,8}")  # what a new PIN must be
NEW_PIN_RULE = "6 to 8 digits (0-9)"
SCHEME = "scrypt"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
LEGACY_N = 2**14  # what `kiosk pin set` used before; such hashes still verify
SALT_BYTES = 16
HASH_BYTES = 32
# Bounds a stored hash may ask for, so a tampered value cannot make one check take minutes or gigabytes.
_MAX_N, _MAX_R, _MAX_P = 2**17, 16, 4
# What a check runs against when there is no hash to compare with (an unknown account): the same cost.
_DUMMY = f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${'00' * SALT_BYTES}${'00' * HASH_BYTES}"


def is_valid_pin(pin: str) -> bool:
    """True for 4 to 8 ASCII digits: what a PIN hash may have been made from."""
    return isinstance(pin, str) and PIN_PATTERN.fullmatch(pin) is not None


def new_pin_problem(pin: object) -> str | None:
    """Why `pin` cannot be a new PIN (one line), or None when it can."""
    if isinstance(pin, str) and NEW_PIN_PATTERN.fullmatch(pin):
        return None
    if not isinstance(pin, str) or not pin:
        return f"A PIN must be {NEW_PIN_RULE}; none was given."
    if not pin.isascii() or not pin.isdigit():
        return f"A PIN must be {NEW_PIN_RULE}, and nothing else (no letters, spaces or other characters)."
    return f"A PIN must be {NEW_PIN_RULE}; this one has {len(pin)}."


def hash_pin(pin: str, salt: bytes | None = None, *, n: int = SCRYPT_N) -> str:
    """The stored form of `pin`, with a fresh random salt unless one is given.

    `n` is scrypt's cost; only tests pass a cheaper one, and only as this argument."""
    if not is_valid_pin(pin):
        raise KioskError("The staff PIN must be 4 to 8 digits.")
    if not _sane(n, SCRYPT_R, SCRYPT_P):
        raise ValueError(f"scrypt cost {n} is not a power of two up to {_MAX_N}")
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, n, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"{SCHEME}${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(stored: str, pin: str) -> bool:
    """True when `pin` matches the stored hash; False for a wrong PIN or a malformed hash (never raises)."""
    parsed = _parse_hash(stored)
    if parsed is None or not is_valid_pin(pin):
        return False
    n, r, p, salt, expected = parsed
    try:
        actual = _scrypt(pin, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def spend_a_check(pin: str) -> None:
    """Take as long as checking a PIN does, matching nothing: an unknown account costs what a known one does."""
    verify_pin(_DUMMY, pin if is_valid_pin(pin) else "000000")


def pin_is_set(stored: str) -> bool:
    """True when `stored` is a hash some PIN can match: without one, kiosk mode could not be left from the screen."""
    return _parse_hash(stored) is not None


def hash_cost(stored: str) -> tuple[int, int, int] | None:
    """scrypt's (n, r, p) in a stored hash; None when it is malformed."""
    parsed = _parse_hash(stored)
    return parsed[:3] if parsed else None


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
    # OpenSSL refuses unless maxmem covers scrypt's 128*r*N bytes and its working blocks: twice that is ample.
    maxmem = 2 * 128 * r * (n + p)
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=length)
