"""The one error a pack operation raises: what is wrong, and where, in one line."""

from __future__ import annotations

from kiosk.core.base.errors import KioskError


class PackError(KioskError):
    """A pack was refused, or could not be built, installed or rolled back."""
