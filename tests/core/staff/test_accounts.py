"""Staff accounts in staff.db: real SQLite files, an injected clock, cheap hashes unless the cost is the point."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.staff.accounts import StaffAccounts
from kiosk.core.staff.pin import PIN_SETTING, hash_pin

CHEAP = 2**4  # scrypt's N for the accounts these tests make: the lockout, not the hash, is under test
PIN = "246813"


class Clock:
    def __init__(self, now: float = 1_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data", tmp_path / "config")


def open_accounts(paths: Paths, clock: Clock | None = None, settings: Settings | None = None) -> StaffAccounts:
    return StaffAccounts.open(paths, settings=settings or Settings(), clock=clock or Clock())


def test_a_new_pin_is_stored_as_scrypt_n_2_17_r_8_p_1_and_never_as_itself(paths: Paths) -> None:
    with open_accounts(paths) as accounts:
        account = accounts.add("Li Wei", PIN)
        assert accounts.check("li wei", PIN).account == account
    stored = sqlite3.connect(paths.staff_db).execute("SELECT pin_hash FROM accounts").fetchone()[0]
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**17, 8, 1)
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    every_byte = b"".join(f.read_bytes() for f in paths.data.iterdir() if f.name.startswith("staff.db"))
    assert PIN.encode() not in every_byte and PIN.encode("utf-16-le") not in every_byte


@pytest.mark.parametrize(
    ("pin", "says"),
    [("12345", "this one has 5"), ("123456789", "this one has 9"), ("12ab56", "no letters"),
     ("１２３４５６", "no letters"), ("123 456", "no letters"), ("", "none was given")],
)  # fmt: skip
def test_a_pin_of_other_than_6_to_8_digits_is_refused(paths: Paths, pin: str, says: str) -> None:
    with open_accounts(paths) as accounts:
        with pytest.raises(KioskError, match="6 to 8 digits") as refused:
            accounts.add("Li Wei", pin, cost=CHEAP)
        assert says in str(refused.value) and "\n" not in str(refused.value)
        assert accounts.accounts() == []


def test_names_are_trimmed_unique_whatever_their_case_and_one_line(paths: Paths) -> None:
    with open_accounts(paths) as accounts:
        assert accounts.add("  Li Wei ", PIN, cost=CHEAP).name == "Li Wei"
        for taken in ("li wei", "LI WEI", "Li Wei\u3000"):
            with pytest.raises(KioskError, match="already an account named 'Li Wei'"):
                accounts.add(taken, PIN, cost=CHEAP)
        for bad, says in [("", "empty"), ("  ", "empty"), ("a\nb", "one line"), ("a\u200bb", "invisible"),
                          ("x" * 41, "at most 40")]:  # fmt: skip
            with pytest.raises(KioskError, match=says):
                accounts.add(bad, PIN, cost=CHEAP)
        with pytest.raises(KioskError, match="staff, consultant"):
            accounts.add("王芳", PIN, role="admin", cost=CHEAP)
        accounts.add("王芳", PIN, role="consultant", cost=CHEAP)
        listed = accounts.accounts()
    assert [(a.name, a.role) for a in listed] == [("Li Wei", "staff"), ("王芳", "consultant")]
    assert all(a.created.endswith("+00:00") and not a.legacy for a in listed)
    assert not any("scrypt" in repr(a) for a in listed)


def test_five_wrong_pins_lock_the_pad_for_60_s_then_120_s_and_a_right_pin_resets(paths: Paths) -> None:
    clock = Clock()
    with open_accounts(paths, clock) as accounts:
        accounts.add("Li Wei", PIN, cost=CHEAP)
        accounts.add("Zhang Min", "13572468", cost=CHEAP)
        tries = [accounts.check("Li Wei", "000000").tries_left for _ in range(4)]
        assert tries == [4, 3, 2, 1]
        fifth = accounts.check("Zhang Min", "000000")  # one pad for the booth, whichever account is tried
        assert (fifth.result, fifth.seconds_left) == ("locked", 60)
        clock.now += 59
        assert accounts.check("Li Wei", PIN).result == "locked"  # not even the right PIN while locked
        clock.now += 1
        for _ in range(5):
            outcome = accounts.check("Li Wei", "111111")
        assert (outcome.result, outcome.seconds_left) == ("locked", 120)
        clock.now += 120
        assert accounts.check("Li Wei", PIN).ok
        assert accounts.pad().tries_left == 5 and accounts.pad().lockouts == 0
        for _ in range(5):
            outcome = accounts.check("Li Wei", "111111")
        assert outcome.seconds_left == 60


def test_a_lock_survives_a_restart(paths: Paths) -> None:
    clock = Clock()
    with open_accounts(paths, clock) as accounts:
        accounts.add("Li Wei", PIN, cost=CHEAP)
        for _ in range(5):
            accounts.check("Li Wei", "000000")
    clock.now += 30
    with open_accounts(paths, clock) as accounts:  # the kiosk restarted
        assert accounts.check("Li Wei", PIN).seconds_left == 30
    with StaffAccounts.open(paths, readonly=True, settings=Settings()) as reading:
        assert reading.pad(clock.now).seconds_left(clock.now) == 30
    clock.now += 30
    with open_accounts(paths, clock) as accounts:
        assert accounts.check("Li Wei", PIN).ok


def test_a_clock_set_back_does_not_extend_a_lock(paths: Paths) -> None:
    clock = Clock()
    with open_accounts(paths, clock) as accounts:
        accounts.add("Li Wei", PIN, cost=CHEAP)
        for _ in range(5):
            accounts.check("Li Wei", "000000")
        clock.now -= 86_400  # a day back
        assert accounts.check("Li Wei", PIN).seconds_left == 60
        clock.now += 60
        assert accounts.check("Li Wei", PIN).ok


def test_an_unknown_name_costs_a_check_and_counts_as_a_wrong_try(paths: Paths) -> None:
    with open_accounts(paths) as accounts:
        accounts.add("Li Wei", PIN, cost=CHEAP)
        outcome = accounts.check("nobody", PIN)
        assert (outcome.result, outcome.tries_left, outcome.account) == ("unknown", 4, None)


def test_the_last_account_is_never_removed(paths: Paths) -> None:
    with open_accounts(paths) as accounts:
        accounts.add("Li Wei", PIN, cost=CHEAP)
        accounts.add("Zhang Min", PIN, cost=CHEAP)
        assert accounts.remove("zhang min").name == "Zhang Min"
        with pytest.raises(KioskError, match="last account"):
            accounts.remove("Li Wei")
        with pytest.raises(KioskError, match="no account named 'Wang'"):
            accounts.remove("Wang")
        accounts.set_pin("LI WEI", "97531864", cost=CHEAP)
        assert accounts.check("Li Wei", "97531864").ok and accounts.check("Li Wei", PIN).result == "wrong"


def test_the_pin_in_kiosk_toml_stands_in_as_staff_until_an_account_is_added(paths: Paths) -> None:
    settings = Settings({PIN_SETTING: hash_pin("2468", n=CHEAP)})  # an old 4-digit PIN, set before accounts
    with StaffAccounts.open(paths, readonly=True, settings=settings) as reading:
        assert reading.any() and [(a.name, a.legacy) for a in reading.accounts()] == [("staff", True)]
    assert not paths.staff_db.exists()  # reading never creates the database
    with open_accounts(paths, settings=settings) as accounts:
        assert accounts.check("Staff", "2468").ok
        accounts.add("Li Wei", PIN, cost=CHEAP)  # the old PIN is copied in first, and keeps working
        assert [(a.name, a.legacy) for a in accounts.accounts()] == [("staff", False), ("Li Wei", False)]
        assert accounts.check("staff", "2468").ok
    with open_accounts(paths, settings=Settings()) as accounts:  # staff.db alone decides now
        assert accounts.check("staff", "2468").ok


def test_a_setting_no_pin_can_match_is_no_account(paths: Paths) -> None:
    with open_accounts(paths, settings=Settings({PIN_SETTING: "scrypt$16384$8$1$zz$not-hex"})) as accounts:
        assert not accounts.any()
        accounts.set_first_pin(PIN, cost=CHEAP)
        assert [a.name for a in accounts.accounts()] == ["staff"]


def test_a_damaged_staff_db_is_one_line_naming_it_and_nothing_else_is_touched(paths: Paths) -> None:
    with ExhibitStore.open(paths.library) as store:
        store.save([Exhibit(id="gi-goji", kind="gi", text={"title": {"zh": "中宁枸杞", "en": "Zhongning goji"}})])
    before = {f: hashlib.sha256(f.read_bytes()).hexdigest() for f in paths.data.rglob("*") if f.is_file()}
    paths.staff_db.write_bytes(b"this is not a database, it was cut short by a power failure" * 100)
    for readonly in (True, False):
        with pytest.raises(KioskError) as fault:
            StaffAccounts.open(paths, readonly=readonly, settings=Settings())
        message = str(fault.value)
        assert str(paths.staff_db) in message and "staff database" in message and "\n" not in message
    after = {f: hashlib.sha256(f.read_bytes()).hexdigest() for f in paths.data.rglob("*") if f.is_file()}
    assert after == {**before, paths.staff_db: after[paths.staff_db]}


def test_nothing_is_written_inside_a_content_folder(paths: Paths) -> None:
    pack = paths.packs / "demo-week-3"
    pack.mkdir(parents=True)
    (pack / "exhibits.db").write_bytes(b"")
    (paths.library / "media").mkdir(parents=True)
    clock = Clock()
    with open_accounts(paths, clock) as accounts:
        accounts.add("Li Wei", PIN, cost=CHEAP)
        accounts.add("Zhang Min", PIN, cost=CHEAP)
        accounts.check("Li Wei", "000000")
        accounts.remove("Zhang Min")
    written = {f.relative_to(paths.data).as_posix() for f in paths.data.rglob("*") if f.is_file()}
    assert {w for w in written if not w.startswith("staff.db")} == {"packs/demo-week-3/exhibits.db"}
    assert not any(paths.library.rglob("*.db*"))
