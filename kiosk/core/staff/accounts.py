"""Staff accounts: the owner of `staff.db` in the booth's data folder.

Each account has a name (unique whatever its case), a role ("staff", or "consultant"), when it
was made, and a salted scrypt hash of its PIN of 6 to 8 digits (pin.py); the PIN itself is never
stored or logged, and no method hands a hash out. The database also keeps the PIN pad's lockout
(lockout.py), so a lock survives a restart. It is a database the booth must not lose: opened
durable (WAL, synchronous=FULL) through kiosk.core.db.connect, with its own numbered
migrations; a damaged, locked or full file becomes one KioskError naming it. It lives in the
data folder, never in a content pack, so no pack install or rollback touches it.

The PIN set before accounts existed: `kiosk pin set` used to write a hash into the setting
`security.staff_pin_hash` in kiosk.toml. While staff.db holds no account and that setting holds
a valid hash, the hash counts as one account named "staff" (`legacy` in listings), so a booth set
up before keeps working with its old PIN. The setting is only ever read here. The first change
made to the accounts (add, a new PIN, `kiosk pin set`) first copies that hash into staff.db as
the account "staff", in the same transaction: from then on staff.db alone decides, and nobody's
way in disappears because someone else was added. The last account is never removed (remove()),
so the setting can never come back into force by surprise either.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.db.faults import known_faults
from kiosk.core.staff import pin as pins
from kiosk.core.staff.lockout import Pad
from kiosk.core.staff.migrations import SCHEMA
from kiosk.core.staff.names import LEGACY_NAME, check_role, clean_name, name_key

if TYPE_CHECKING:
    import sqlite_utils

KIND = "staff database"
Result = Literal["ok", "wrong", "locked", "unknown"]


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    created: str  # ISO 8601, UTC; "" for the account the old setting stands for
    legacy: bool = False  # the PIN in kiosk.toml, standing in while staff.db has no account


@dataclass(frozen=True)
class Outcome:
    """What a PIN check came to: ok (account), wrong or unknown (tries_left), locked (seconds_left)."""

    result: Result
    account: Account | None = None
    tries_left: int = 0
    seconds_left: int = 0

    @property
    def ok(self) -> bool:
        return self.result == "ok"


class StaffAccounts:
    """Owner of the booth's staff.db; use as a context manager."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection | None, legacy_hash: str, clock: Callable[[], float], readonly: bool
    ):
        self.path = path
        self.conn = conn  # None: opened for reading and there is no staff.db yet
        self.readonly = readonly
        self._legacy_hash = legacy_hash if pins.pin_is_set(legacy_hash) else ""
        self._clock = clock
        self._db: sqlite_utils.Database | None = None

    @classmethod
    def open(
        cls, paths: Paths, *, readonly: bool = False, settings: Settings | None = None,
        clock: Callable[[], float] = time.time, busy_timeout_ms: int = 5000,
    ) -> StaffAccounts:  # fmt: skip
        """Open (for writing: create or upgrade) staff.db; `settings` default to those in kiosk.toml."""
        settings = settings if settings is not None else Settings.load(paths.settings_file)
        legacy = settings[pins.PIN_SETTING]
        path = paths.staff_db
        if readonly and not path.exists():
            return cls(path, None, legacy, clock, readonly)
        with known_faults(path, KIND):
            conn = SCHEMA.open(path, readonly=readonly, busy_timeout_ms=busy_timeout_ms, durable=True)
        return cls(path, conn, legacy, clock, readonly)

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()

    def __enter__(self) -> StaffAccounts:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """Every account, oldest first (the first is the one `kiosk pin set` changes); never a hash."""
        rows = self._rows("SELECT name, role, created_at FROM accounts ORDER BY id")
        if rows:
            return [Account(name, role, created) for name, role, created in rows]
        return [Account(LEGACY_NAME, "staff", "", legacy=True)] if self._legacy_hash else []

    def any(self) -> bool:
        """True when some PIN opens the pad: kiosk mode can be left from the screen."""
        return bool(self.accounts())

    def known(self, name: str) -> str | None:
        """The name of the account `name` as it was written (case aside, they are one), or None."""
        return next((a.name for a in self.accounts() if name_key(a.name) == name_key(name)), None)

    def check_new(self, name: str) -> str:
        """`name` cleaned, when an account could be added under it; else KioskError (before a PIN is asked for)."""
        name = clean_name(name)
        taken = self.known(name)
        if taken is not None:
            raise KioskError(f"There is already an account named {taken!r}; nothing was changed.")
        return name

    def lock_state(self, now: float | None = None) -> tuple[int, int]:
        """(seconds the pad stays locked, tries left before it locks), as of `now` or this store's clock."""
        now = self._now(now)
        pad = self.pad(now)
        return pad.seconds_left(now), pad.tries_left

    def pad(self, now: float | None = None) -> Pad:
        """The pad's lockout state as of `now` (seconds_left(now), tries_left), without changing it."""
        rows = self._rows("SELECT failures, lockouts, locked_at, lock_seconds FROM pad WHERE id = 1")
        return (Pad(*rows[0]) if rows else Pad()).settle(self._now(now))

    def check(self, name: str, pin: str, now: float | None = None) -> Outcome:
        """Check `pin` for the account `name`, counting towards the booth-wide lockout.

        Takes one scrypt check (about 0.65 s here) unless the pad is locked, also for a name no
        account has; a wrong PIN and an unknown name both count as a wrong try."""
        now = self._now(now)
        with self._write():
            pad = self._store_pad(self.pad(now))
        if pad.seconds_left(now):
            return Outcome("locked", seconds_left=pad.seconds_left(now))
        account, stored = self._find(name)
        if stored is None:
            pins.spend_a_check(pin)
            matched = False
        else:
            matched = pins.verify_pin(stored, pin)
        with self._write():
            pad = self.pad(now)  # again: another check may have counted meanwhile
            if pad.seconds_left(now):
                return Outcome("locked", seconds_left=pad.seconds_left(now))
            pad = self._store_pad(pad.after_right() if matched else pad.after_wrong(now))
        if matched:
            return Outcome("ok", account=account, tries_left=pad.tries_left)
        if pad.seconds_left(now):
            return Outcome("locked", seconds_left=pad.seconds_left(now))
        return Outcome("wrong" if account else "unknown", tries_left=pad.tries_left)

    # -- writing ---------------------------------------------------------------

    def add(self, name: str, pin: str, role: str = "staff", *, cost: int = pins.SCRYPT_N) -> Account:
        """A new account; KioskError for a bad name, role or PIN, or a name taken (whatever its case).

        `cost` is scrypt's N: only tests pass a cheaper one."""
        name, role = self.check_new(name), check_role(role)
        self._require_new_pin(pin)
        stored = pins.hash_pin(pin, n=cost)
        with self._write():
            self._adopt_legacy()
            self.check_new(name)  # again, inside the transaction
            created = datetime.now(UTC).replace(microsecond=0).isoformat()
            row = {"name": name, "name_key": name_key(name), "role": role, "pin_hash": stored, "created_at": created}
            self.db["accounts"].insert(row)
        return Account(name, role, created)

    def set_pin(self, name: str, pin: str, *, cost: int = pins.SCRYPT_N) -> Account:
        """Give the account `name` a new PIN."""
        self._require_new_pin(pin)
        stored = pins.hash_pin(pin, n=cost)
        with self._write():
            self._adopt_legacy()
            found = self._find_row(name)
            if found is None:
                raise KioskError(self._unknown(name))
            self.db["accounts"].update(found[0], {"pin_hash": stored})
        return self._find(name)[0]

    def set_first_pin(self, pin: str, *, cost: int = pins.SCRYPT_N) -> Account:
        """`kiosk pin set`: a new PIN for the first account, creating "staff" when there is none."""
        self._require_new_pin(pin)
        with self._write():
            self._adopt_legacy()
            first = self._rows("SELECT name FROM accounts ORDER BY id LIMIT 1")
        if first:
            return self.set_pin(first[0][0], pin, cost=cost)
        return self.add(LEGACY_NAME, pin, cost=cost)

    def remove(self, name: str) -> Account:
        """Remove the account `name`; never the last one (kiosk mode could not be left from the screen)."""
        with self._write():
            self._adopt_legacy()
            found = self._find_row(name)
            if found is None:
                raise KioskError(self._unknown(name))
            if self._rows("SELECT count(*) FROM accounts")[0][0] <= 1:
                raise KioskError(
                    f"{found[1]!r} is the last account, and without one kiosk mode could not be left from the "
                    "screen; add another first, or give it a new PIN with `kiosk staff pin`."
                )
            account = self._find(name)[0]
            self.db.execute("DELETE FROM accounts WHERE id = ?", [found[0]])
        return account

    # -- inside ----------------------------------------------------------------

    def _now(self, now: float | None) -> float:
        return self._clock() if now is None else now

    def _rows(self, sql: str, params: list | None = None) -> list[tuple]:
        if self.conn is None:
            return []
        with known_faults(self.path, KIND):
            return self.conn.execute(sql, params or []).fetchall()

    def _find_row(self, name: str) -> tuple[int, str] | None:
        rows = self._rows("SELECT id, name FROM accounts WHERE name_key = ?", [name_key(name)])
        return rows[0] if rows else None

    def _find(self, name: str) -> tuple[Account | None, str | None]:
        """The account `name` and its hash (the legacy one while staff.db has none); (None, None) if unknown."""
        if not isinstance(name, str):
            return None, None
        rows = self._rows("SELECT name, role, created_at, pin_hash FROM accounts WHERE name_key = ?", [name_key(name)])
        if rows:
            found, role, created, stored = rows[0]
            return Account(found, role, created), stored
        if self._legacy_hash and name_key(name) == LEGACY_NAME and not self._rows("SELECT 1 FROM accounts LIMIT 1"):
            return Account(LEGACY_NAME, "staff", "", legacy=True), self._legacy_hash
        return None, None

    def _unknown(self, name: str) -> str:
        known = ", ".join(repr(a.name) for a in self.accounts()) or "none"
        return f"There is no account named {name!r} (accounts: {known}); nothing was changed."

    @staticmethod
    def _require_new_pin(pin: str) -> None:
        problem = pins.new_pin_problem(pin)
        if problem:
            raise KioskError(f"{problem} Nothing was changed.")

    def _adopt_legacy(self) -> None:
        """Before the first change: the PIN in kiosk.toml becomes the account "staff" in staff.db."""
        if self._legacy_hash and not self._rows("SELECT 1 FROM accounts LIMIT 1"):
            self.db["accounts"].insert({"name": LEGACY_NAME, "name_key": LEGACY_NAME, "role": "staff",
                                        "pin_hash": self._legacy_hash, "created_at": ""})  # fmt: skip

    def _store_pad(self, pad: Pad) -> Pad:
        row = {"id": 1, "failures": pad.failures, "lockouts": pad.lockouts, "locked_at": pad.locked_at,
               "lock_seconds": pad.lock_seconds}  # fmt: skip
        self.db["pad"].upsert(row, pk="id")
        return pad

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction that takes the write lock at once (BEGIN IMMEDIATE), so two checks never interleave."""
        if self.conn is None or self.readonly:
            raise KioskError(f"The {KIND} {self.path} was opened for reading only.")
        with known_faults(self.path, KIND):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.commit()
