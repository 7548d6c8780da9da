"""The staff PIN: hashing and checking it, and `kiosk pin set` setting the first account's."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli.main import cli
from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import Paths
from kiosk.core.staff.accounts import StaffAccounts
from kiosk.core.staff.pin import hash_pin, is_valid_pin, verify_pin


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin("2468")


def test_hash_and_verify_round_trip(stored: str) -> None:
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**17), "8", "1")  # OWASP's current parameters
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert verify_pin(stored, "2468")


def test_wrong_pins_are_refused(stored: str) -> None:
    for pin in ("2469", "24680", "1234", "", "２４６８", "2468 ", None):
        assert not verify_pin(stored, pin)  # type: ignore[arg-type]


def test_every_hash_has_its_own_salt() -> None:
    assert hash_pin("2468", n=2**4) != hash_pin("2468", n=2**4)
    assert hash_pin("2468", salt=b"s" * 16, n=2**4) == hash_pin("2468", salt=b"s" * 16, n=2**4)


def test_a_hash_made_before_with_n_2_14_still_verifies() -> None:
    """What `kiosk pin set` wrote into kiosk.toml before accounts: made here the way it was made then."""
    salt = bytes(range(16))
    digest = hashlib.scrypt(b"2468", salt=salt, n=2**14, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=32)
    old = f"scrypt$16384$8$1${salt.hex()}${digest.hex()}"
    assert verify_pin(old, "2468") and not verify_pin(old, "2469")
    assert hash_pin("2468", salt=salt, n=2**14) == old


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "scrypt",
        "bcrypt$16384$8$1$00$00",
        "scrypt$16384$8$1$zz$00",
        "scrypt$16384$8$1$$",
        "scrypt$x$8$1$00ff$00ff",
        "scrypt$1000$8$1$00112233$" + "00" * 32,  # n not a power of two
        "scrypt$1073741824$8$1$00112233$" + "00" * 32,  # would need gigabytes
        "scrypt$16384$8$1$00112233$00",  # a one-byte hash
        "scrypt$16384$8$1$00112233$" + "00" * 32 + "$extra",
        None,
        12345,
    ],
)
def test_malformed_stored_hash_is_false_without_an_exception(bad: object) -> None:
    assert verify_pin(bad, "2468") is False  # type: ignore[arg-type]


def test_a_tampered_hash_does_not_verify(stored: str) -> None:
    head, digest = stored.rsplit("$", 1)
    flipped = f"{int(digest[0], 16) ^ 1:x}" + digest[1:]
    assert not verify_pin(f"{head}${flipped}", "2468")


def test_pin_rules() -> None:
    assert all(is_valid_pin(pin) for pin in ("0000", "1234", "12345678"))
    assert not any(is_valid_pin(pin) for pin in ("123", "123456789", "12a4", "１２３４", "1234\n", " 1234"))
    with pytest.raises(KioskError, match="4 to 8 digits"):
        hash_pin("12")


SETTINGS_TEXT = """\
# Booth 3, Yinchuan exhibition centre
[media]
jpeg_quality = 80  # smaller files on this old machine
display_max = [1600, 1600]

[ui]
language = "en"
idle_seconds = 120

[security]
# set with kiosk pin set
staff_pin_hash = "old"
"""


def test_kiosk_pin_set_writes_the_first_account_and_leaves_kiosk_toml_as_it_was(kiosk_dirs: Path) -> None:
    settings_file = Paths.default().settings_file
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(SETTINGS_TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["pin", "set"], input="135790\n135790\n")
    assert result.exit_code == 0, result.output
    assert "135790" not in result.output and "Staff PIN set for the account 'staff'" in result.output
    assert settings_file.read_text(encoding="utf-8") == SETTINGS_TEXT  # the old setting is only ever read
    with StaffAccounts.open(Paths.default(), clock=lambda: 0.0) as accounts:
        assert [a.name for a in accounts.accounts()] == ["staff"]
        assert accounts.check("staff", "135790").ok


@pytest.mark.parametrize(
    ("typed", "message"),
    [("12\n", "6 to 8 digits"), ("12ab34\n", "6 to 8 digits"), ("123456\n654321\n", "differ"), ("", "No PIN")],
)
def test_kiosk_pin_set_refuses_bad_pins_and_changes_nothing(kiosk_dirs: Path, typed: str, message: str) -> None:
    result = CliRunner().invoke(cli, ["pin", "set"], input=typed)
    assert result.exit_code == 1
    assert message in result.output
    assert not Paths.default().settings_file.exists()
    with StaffAccounts.open(Paths.default(), readonly=True) as accounts:
        assert not accounts.any()
