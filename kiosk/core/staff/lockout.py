"""The PIN pad's lockout: how many wrong PINs in a row, and how long the pad stays shut.

One pad for the whole booth, not one per account: whoever stands at the screen is guessing
PINs, whichever name they pick. Five wrong PINs in a row lock it for 60 s; each further lock
before a right PIN lasts twice as long as the one before (120 s, 240 s, ...), at most an hour.
After a lock has run out the pad again allows five tries. A right PIN clears everything.

Pad is a value: the accounts' database (accounts.py) keeps one row of it, so a lock survives a
restart, and computes the next one with these functions. Time is wall-clock seconds passed in
by the caller. A clock set back while the pad is locked must not keep it shut until the clock
catches up again (possibly for ever): settle() moves the start of the lock to the earlier time,
so a lock never lasts longer than its length from the moment the change was seen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

MAX_TRIES = 5
FIRST_LOCK_SECONDS = 60
MAX_LOCK_SECONDS = 3600


def lock_length(lockouts_before: int) -> int:
    """Seconds of the lock that follows `lockouts_before` earlier locks: 60, 120, 240, ... at most an hour."""
    return min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** min(lockouts_before, 32))


@dataclass(frozen=True)
class Pad:
    """What the booth remembers about wrong PINs."""

    failures: int = 0  # wrong PINs in a row since the last right one or the end of the last lock
    lockouts: int = 0  # locks since the last right PIN: the next one lasts lock_length(lockouts)
    locked_at: float = 0.0  # when the current lock began (wall-clock seconds)
    lock_seconds: int = 0  # how long it lasts; 0: the pad is not locked

    def seconds_left(self, now: float) -> int:
        """Whole seconds until the pad opens again (0: it is open)."""
        if not self.lock_seconds:
            return 0
        if now < self.locked_at:  # the clock went back: never more than the lock's own length
            return self.lock_seconds
        return max(0, math.ceil(self.locked_at + self.lock_seconds - now))

    @property
    def tries_left(self) -> int:
        return max(0, MAX_TRIES - self.failures)

    def settle(self, now: float) -> Pad:
        """This pad as of `now`: a lock that has run out is over, and one whose start is in the future starts now."""
        if not self.lock_seconds:
            return self
        if now < self.locked_at:
            return replace(self, locked_at=now)
        if self.seconds_left(now) == 0:
            return replace(self, failures=0, locked_at=0.0, lock_seconds=0)
        return self

    def after_wrong(self, now: float) -> Pad:
        """One more wrong PIN at `now` (on an open pad): the fifth in a row locks it."""
        failures = self.failures + 1
        if failures < MAX_TRIES:
            return replace(self, failures=failures)
        return Pad(failures=0, lockouts=self.lockouts + 1, locked_at=now, lock_seconds=lock_length(self.lockouts))

    def after_right(self) -> Pad:
        return Pad()
