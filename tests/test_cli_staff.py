"""`kiosk staff` and `kiosk pin set` as an installer's script runs them: real processes, the PIN on stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kiosk.core.base.paths import Paths

PIN = "246813"


def kiosk(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], input=stdin, capture_output=True, text=True, env=os.environ, timeout=120
    )


def listed() -> list[dict]:
    result = kiosk("staff", "list", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_pin_set_makes_the_first_account_and_staff_add_the_next(tmp_path: object) -> None:
    assert listed() == []
    result = kiosk("pin", "set", stdin=f"{PIN}\n{PIN}\n")
    assert result.returncode == 0, result.stderr
    assert "account 'staff'" in result.stderr and PIN not in result.stdout + result.stderr
    assert [(a["name"], a["role"], a["legacy"]) for a in listed()] == [("staff", "staff", False)]
    added = kiosk("staff", "add", "王芳", "--role", "consultant", stdin="13572468\n")
    assert added.returncode == 0, added.stderr
    assert [(a["name"], a["role"]) for a in listed()] == [("staff", "staff"), ("王芳", "consultant")]
    again = kiosk("pin", "set", stdin="97531864\n")  # the first account's PIN again, no new account
    assert again.returncode == 0 and len(listed()) == 2
    table = kiosk("staff", "list")
    assert table.stdout.splitlines()[1].split()[:2] == ["王芳", "consultant"] and "2 account(s)" in table.stderr
    assert not Paths.default().settings_file.exists()  # kiosk.toml is no longer where PINs go


def test_refusals_are_one_line_and_change_nothing() -> None:
    for args, stdin, says in [
        (("staff", "add", "Li Wei"), "12345\n", "6 to 8 digits (0-9); this one has 5"),
        (("staff", "add", "Li Wei"), "123456789\n", "this one has 9"),
        (("staff", "add", "Li Wei"), "12ab56\n", "no letters"),
        (("staff", "add", "Li Wei"), f"{PIN}\n{PIN[::-1]}\n", "The two PINs differ"),
        (("staff", "add", "Li Wei"), "", "No PIN was given"),
        (("staff", "add", "Li Wei", "--role", "admin"), f"{PIN}\n", "Invalid value for '--role'"),
    ]:
        result = kiosk(*args, stdin=stdin)
        assert result.returncode != 0 and says in result.stderr, (args, result.stderr)
        errors = [line for line in result.stderr.splitlines() if line.strip()]
        assert "Traceback" not in result.stderr and errors[-1].startswith("Error:") and says in errors[-1]
        assert len(errors) == 1 or errors[0].startswith("Usage:")  # click's own usage line for a bad option
    assert listed() == []


def test_remove_refuses_the_last_account_and_pin_changes_one() -> None:
    assert kiosk("staff", "add", "Li Wei", stdin=f"{PIN}\n").returncode == 0
    assert kiosk("staff", "add", "li wei", stdin=f"{PIN}\n").stderr.strip() == (
        "Error: There is already an account named 'Li Wei'; nothing was changed."
    )
    last = kiosk("staff", "remove", "Li Wei", "--yes")
    assert last.returncode == 1 and "is the last account" in last.stderr
    assert kiosk("staff", "pin", "LI WEI", stdin="13572468\n").stdout.strip() == "New PIN set for 'Li Wei'."
    assert kiosk("staff", "add", "Zhang Min", stdin=f"{PIN}\n").returncode == 0
    assert kiosk("staff", "remove", "zhang min", "--yes").stdout.strip() == "Account 'Zhang Min' removed."
    assert [a["name"] for a in listed()] == ["Li Wei"]
    assert "Staff PIN: set (1 account(s)" in kiosk("doctor").stdout


def test_a_damaged_staff_db_is_one_line_everywhere() -> None:
    paths = Paths.default()
    paths.data.mkdir(parents=True)
    paths.staff_db.write_bytes(b"not a database" * 200)
    for args in (("staff", "list"), ("staff", "remove", "x", "--yes"), ("pin", "set")):
        result = kiosk(*args, stdin=f"{PIN}\n")
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines() == [
            f"Error: The staff database {paths.staff_db} is damaged or is not a staff database."
        ]
    doctor = kiosk("doctor")
    assert f"[FAIL] Staff PIN: The staff database {paths.staff_db} is damaged" in doctor.stdout


def test_history_and_publish_from_the_command_line(tmp_path: Path) -> None:
    from kiosk.core.curation.draft import Draft
    from kiosk.core.packs import keys
    from tests.ui.conftest import make_content

    paths = Paths.default()
    make_content(paths.library)
    private, public, _ = keys.generate(tmp_path / "keys")
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(
        f'[publish]\nkey = "{private}"\n[packs]\ntrusted_keys = ["{public.read_text().strip()}"]\n', encoding="utf-8"
    )
    with Draft.open(paths, account="anna") as draft:
        draft.edit("gi-goji", {"title_en": "New"})
        for exhibit_id in ("story-only-zh", "guide-only-en"):
            draft.edit(exhibit_id, {"single_language": True})
    shown = json.loads(kiosk("staff", "history", "--exhibit", "gi-goji", "--json").stdout)
    assert (shown[0]["account"], shown[0]["field"], shown[0]["after"]) == ("anna", "title_en", '"New"')
    assert "gi-goji.title_en" in kiosk("staff", "history").stdout
    done = kiosk("staff", "publish")
    assert done.returncode == 0, done.stderr
    assert "changed 3" in done.stdout and "Published" in done.stdout and paths.active_pack() is not None
