"""The staff PIN pad behind the hidden corner: `staffExit` for QML. The digits never reach QML.

Holding the top-right corner for `holdMs` opens it. Staff pick their account (when the booth
has more than one) and enter their PIN; the right PIN emits `entered` with the account, and
the shell opens a staff session for it (staff_session.py): staff mode, whose home page has the
way out of the kiosk. The accounts and the lockout are the booth's
own (kiosk.core.staff.accounts, in staff.db): five wrong PINs lock the pad for 60 s, longer
after each further lockout, and a lock holds across a restart.

A check is a deliberately slow scrypt hash (about 0.7 s here): it runs on a worker thread
while the pad says "Checking…", so the screen never freezes, and its outcome comes back to
the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.staff.accounts import Outcome, StaffAccounts

HOLD_MS = 5000
PAD_TIMEOUT_MS = 60_000  # a pad opened and walked away from closes by itself
MAX_DIGITS = 8

log = logging.getLogger(__name__)


class BoothAccounts:
    """The booth's staff accounts as the pad needs them; each call opens staff.db for itself (any thread)."""

    def __init__(self, paths: Paths, settings: Settings):
        self._paths, self._settings = paths, settings

    def state(self) -> tuple[list[str], int, int]:
        """The account names, the seconds the pad stays locked and the tries left, in one read of staff.db."""
        with StaffAccounts.open(self._paths, readonly=True, settings=self._settings) as accounts:
            return [account.name for account in accounts.accounts()], *accounts.lock_state()

    def check(self, name: str, pin: str) -> Outcome:
        with StaffAccounts.open(self._paths, settings=self._settings) as accounts:
            return accounts.check(name, pin)


class _Carrier(QObject):
    checked = Signal(object)  # an Outcome, or a KioskError's message


class StaffExit(QObject):
    """The pad's state for QML: which account, how many digits, and what the pad says."""

    changed = Signal()
    refused = Signal()  # a wrong PIN: the pad shakes
    entered = Signal(str, str)  # the right PIN: the account's name and role

    def __init__(self, accounts: BoothAccounts, parent: QObject | None = None):
        super().__init__(parent)
        self._accounts = accounts
        self._names: list[str] = []
        self._account = ""
        self._digits = ""
        self._open = False
        self._status = "enter"  # enter | checking | wrong | locked | nopin | broken
        self._tries_left = 0
        self._lock_left = 0
        self._problem = ""
        self._hold_ms = HOLD_MS
        self._lock_timer = _timer(self, 1000, self._on_lock_tick, single=False)
        self._pad_timer = _timer(self, PAD_TIMEOUT_MS, self.cancel)
        self._carrier = _Carrier()  # kept: a worker's signal must outlive the worker
        self._carrier.checked.connect(self._on_checked)

    # -- what QML reads ------------------------------------------------------------------

    padOpen = Property(bool, lambda self: self._open, notify=changed)
    digitCount = Property(int, lambda self: len(self._digits), notify=changed)
    status = Property(str, lambda self: self._status, notify=changed)
    triesLeft = Property(int, lambda self: self._tries_left, notify=changed)
    lockSecondsLeft = Property(int, lambda self: self._lock_left, notify=changed)
    accounts = Property(list, lambda self: self._names, notify=changed)  # the names to choose from
    account = Property(str, lambda self: self._account, notify=changed)
    problem = Property(str, lambda self: self._problem, notify=changed)  # why the pad cannot check (broken)
    maxDigits = Property(int, lambda self: MAX_DIGITS, constant=True)
    accepting = Property(bool, lambda self: self._accepting(), notify=changed)  # the keys take digits now

    def _set_hold_ms(self, ms: int) -> None:
        self._hold_ms = ms
        self.changed.emit()

    holdMs = Property(int, lambda self: self._hold_ms, _set_hold_ms, notify=changed)  # tests shorten the hold

    # -- what staff do -------------------------------------------------------------------

    @Slot()
    def openPad(self) -> None:
        """The corner was held long enough: show the pad, as the accounts and the lockout stand now."""
        self._digits, self._open = "", True
        try:
            self._names, self._lock_left, self._tries_left = self._accounts.state()
        except KioskError as exc:
            self._show_problem(str(exc))
        else:
            if self._account not in self._names:
                self._account = self._names[0] if len(self._names) == 1 else ""
            self._status = "nopin" if not self._names else "locked" if self._lock_left else "enter"
            if self._lock_left:
                self._lock_timer.start()
        self._pad_timer.start()
        self.changed.emit()

    @Slot(str)
    def chooseAccount(self, name: str) -> None:
        if name in self._names and self._status != "checking":
            self._account, self._digits = name, ""
            self._pad_timer.start()
            self.changed.emit()

    @Slot()
    def cancel(self) -> None:
        self._digits, self._open = "", False
        self._pad_timer.stop()
        self.changed.emit()

    @Slot(str)
    def press(self, digit: str) -> None:
        if not self._accepting() or not digit.isdigit() or len(self._digits) >= MAX_DIGITS:
            return
        self._digits += digit
        self._status = "enter"
        self._pad_timer.start()
        self.changed.emit()

    @Slot()
    def erase(self) -> None:
        if self._status != "checking":
            self._digits = self._digits[:-1]
            self._pad_timer.start()
            self.changed.emit()

    @Slot()
    def submit(self) -> None:
        """Check the digits on a worker; the outcome comes back in _on_checked."""
        if not self._accepting() or not self._digits:
            return
        entered, self._digits = self._digits, ""
        self._status = "checking"
        self.changed.emit()
        args = (self._accounts.check, self._account, entered, self._carrier)
        threading.Thread(target=_check, args=args, name="kiosk-pin-check", daemon=True).start()

    def _accepting(self) -> bool:
        """Digits are taken once an account is chosen, and not while a check runs or the pad is locked."""
        return self._status in ("enter", "wrong") and bool(self._account)

    # -- outcomes ------------------------------------------------------------------------

    @Slot(object)
    def _on_checked(self, outcome: Outcome | str) -> None:
        if isinstance(outcome, str):
            self._show_problem(outcome)
        elif outcome.ok:
            self._status, self._open = "enter", False
            self._pad_timer.stop()
            self.changed.emit()
            self.entered.emit(outcome.account.name, outcome.account.role)
            return
        elif outcome.result == "locked":
            self._status, self._lock_left = "locked", outcome.seconds_left
            self._lock_timer.start()
        else:
            self._status, self._tries_left = "wrong", outcome.tries_left
        self.changed.emit()
        if self._status != "broken":
            self.refused.emit()

    def _show_problem(self, message: str) -> None:
        log.error("the staff PIN pad cannot check PINs: %s", message)
        self._status, self._problem = "broken", message

    @Slot()
    def _on_lock_tick(self) -> None:
        self._lock_left = max(0, self._lock_left - 1)
        if not self._lock_left:
            self._lock_timer.stop()
            self._status = "enter"
            try:
                self._tries_left = self._accounts.state()[2]
            except KioskError as exc:
                self._show_problem(str(exc))
        self.changed.emit()


def _check(check: Callable[[str, str], Outcome], name: str, pin: str, carrier: _Carrier) -> None:
    try:
        outcome: Outcome | str = check(name, pin)
    except KioskError as exc:
        outcome = str(exc)
    except Exception:
        log.exception("the staff PIN check failed")
        outcome = "the check failed; see the kiosk's log"
    carrier.checked.emit(outcome)


def _timer(parent: QObject, interval_ms: int, slot: Callable[[], None], single: bool = True) -> QTimer:
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.setSingleShot(single)
    timer.timeout.connect(slot)
    return timer
