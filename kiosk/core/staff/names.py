"""Staff accounts' names and roles: what a name may be, and the key that makes names unique."""

from __future__ import annotations

import unicodedata

from kiosk.core.base.errors import KioskError

ROLES = ("staff", "consultant")
NAME_MOST = 40
LEGACY_NAME = "staff"  # the account a PIN in kiosk.toml stands for (accounts.py)
_NOT_IN_A_NAME = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}  # control, format (bidi, zero-width), unassigned


def clean_name(name: object) -> str:
    """`name` as stored (trimmed, NFC); KioskError saying what is wrong with it."""
    if not isinstance(name, str):
        raise KioskError("An account name must be text.")
    cleaned = unicodedata.normalize("NFC", name).strip()
    if not cleaned:
        raise KioskError("An account name must not be empty.")
    if any(unicodedata.category(c) in _NOT_IN_A_NAME for c in cleaned):
        raise KioskError("An account name must be one line, without control or invisible characters.")
    if len(cleaned) > NAME_MOST:
        raise KioskError(f"An account name must be at most {NAME_MOST} characters, not {len(cleaned)}.")
    return cleaned


def name_key(name: str) -> str:
    """What two names must differ in: "Li Wei" and "li wei" are one account."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def check_role(role: object) -> str:
    if role not in ROLES:
        raise KioskError(f"A role must be one of {', '.join(ROLES)}, not {role!r}.")
    return str(role)
