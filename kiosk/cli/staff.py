"""`kiosk staff add|list|remove|pin`: the booth's staff accounts (kiosk.core.staff.accounts).

A PIN is asked for twice with the typing hidden at a terminal. Without a terminal (a script, an
installer) it is read from stdin instead: one line, or two that must be the same. register()
adds the group to the main `kiosk` group, whose error handling turns a KioskError into one line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kiosk.cli.context import Context, pass_context
from kiosk.core.base.errors import KioskError
from kiosk.core.staff.names import ROLES
from kiosk.core.staff.pin import NEW_PIN_RULE, new_pin_problem


def register(cli: click.Group) -> None:
    cli.add_command(staff)


@click.group()
def staff() -> None:
    """Staff accounts: each opens the kiosk's staff PIN pad with its own PIN."""


@staff.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), default="staff", show_default=True, help="What the account is for.")
@pass_context
def add(ctx: Context, name: str, role: str) -> None:
    """Add an account; asks for its PIN (6 to 8 digits) twice."""
    from kiosk.core.staff.accounts import StaffAccounts

    with StaffAccounts.open(ctx.paths, settings=ctx.settings) as accounts:
        accounts.check_new(name)
        account = accounts.add(name, read_new_pin(f"PIN for {name.strip()}"), role)
    click.echo(f"Account {account.name!r} ({account.role}) added to {accounts.path}.")


@staff.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_context
def list_(ctx: Context, as_json: bool) -> None:
    """List the accounts, oldest first (never their PINs)."""
    from kiosk.core.staff.accounts import StaffAccounts

    with StaffAccounts.open(ctx.paths, readonly=True, settings=ctx.settings) as accounts:
        found = accounts.accounts()
    if as_json:
        rows = [{"name": a.name, "role": a.role, "created": a.created, "legacy": a.legacy} for a in found]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for account in found:
        created = account.created or "(the PIN in kiosk.toml, set before accounts existed)"
        click.echo(f"{account.name:<40} {account.role:<10} {created}")
    click.echo(f"{len(found)} account(s)", err=True)


@staff.command("remove")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_context
def remove(ctx: Context, name: str, yes: bool) -> None:
    """Remove an account; the last one is never removed, since kiosk mode could not be left without it."""
    from kiosk.core.staff.accounts import StaffAccounts

    with StaffAccounts.open(ctx.paths, settings=ctx.settings) as accounts:
        if not yes:
            click.confirm(f"Remove the account {name!r}?", abort=True, err=True)
        account = accounts.remove(name)
    click.echo(f"Account {account.name!r} removed.")


@staff.command("pin")
@click.argument("name")
@pass_context
def pin(ctx: Context, name: str) -> None:
    """Give an account a new PIN (6 to 8 digits); asks for it twice."""
    from kiosk.core.staff.accounts import StaffAccounts

    with StaffAccounts.open(ctx.paths, settings=ctx.settings) as accounts:
        known = accounts.known(name)
        if known is None:
            raise KioskError(f"There is no account named {name!r}; nothing was changed.")
        account = accounts.set_pin(name, read_new_pin(f"New PIN for {known}"))
    click.echo(f"New PIN set for {account.name!r}.")


def set_first_pin(ctx: Context) -> None:
    """`kiosk pin set`: a new PIN for the first account ("staff", made if there is none)."""
    from kiosk.core.staff.accounts import StaffAccounts

    with StaffAccounts.open(ctx.paths, settings=ctx.settings) as accounts:
        account = accounts.set_first_pin(read_new_pin("New staff PIN"))
    click.echo(f"Staff PIN set for the account {account.name!r} in {accounts.path}.", err=True)


def read_new_pin(prompt: str) -> str:
    """A new PIN: typed twice, hidden, at a terminal; else one line of stdin (or two the same)."""
    if sys.stdin.isatty():
        first = click.prompt(f"{prompt}, {NEW_PIN_RULE}", hide_input=True, err=True)
        _refuse_bad(first)
        if click.prompt("Repeat the PIN", hide_input=True, err=True) != first:
            raise KioskError("The two PINs differ; nothing was changed.")
        return first
    first, second = sys.stdin.readline(), sys.stdin.readline()
    if not first:
        raise KioskError(f"No PIN was given: type it at a terminal, or give it on stdin ({NEW_PIN_RULE}).")
    first = first.rstrip("\r\n")
    _refuse_bad(first)
    if second and second.rstrip("\r\n") != first:
        raise KioskError("The two PINs differ; nothing was changed.")
    return first


def _refuse_bad(pin: str) -> None:
    problem = new_pin_problem(pin)
    if problem:
        raise KioskError(f"{problem} Nothing was changed.")


@staff.command("history")
@click.option("--exhibit", "exhibit_id", default="", help="Only this exhibit's changes.")
@click.option("--since", default="", help="Only changes from this date (YYYY-MM-DD) on.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of lines.")
@pass_context
def history(ctx: Context, exhibit_id: str, since: str, as_json: bool) -> None:
    """The draft's history, latest first: which account changed which field when, before and after."""
    from kiosk.core.curation.draft import Draft

    with Draft.open(ctx.paths, account="") as draft:
        changes = draft.history(exhibit_id or None, since=since)
    if as_json:
        rows = [
            {"at": c.at, "account": c.account, "action": c.action, "exhibit": c.exhibit_id, "field": c.field,
             "before": c.before, "after": c.after, "undone": c.undone}
            for c in changes
        ]  # fmt: skip
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for c in changes:
        what = f"{c.exhibit_id}.{c.field}: {_short(c.before)} -> {_short(c.after)}" if c.field else c.label
        click.echo(f"{c.at}  {c.account or '-':<16} {c.action:<8} {what}{' (undone)' if c.undone else ''}")


@staff.command("publish")
@click.option("--usb", type=click.Path(path_type=Path, file_okay=False), help="Also write the pack to this folder.")
@pass_context
def publish_(ctx: Context, usb: Path | None) -> None:
    """Publish the draft: build, sign and install it here (and write it to --usb)."""
    from kiosk.core.curation import review
    from kiosk.core.curation.draft import Draft
    from kiosk.core.curation.publish import PublishRefused, publish

    with Draft.open(ctx.paths, account="cli") as draft:
        found = review.summary(draft.journal)
        click.echo(
            f"Added {len(found.added)}, changed {len(found.changed)}, hidden {len(found.hidden)}, "
            f"shown {len(found.shown)}, deleted {len(found.deleted)}; {found.images_added} new image(s)."
        )
        try:
            done = publish(draft, ctx.settings, removable=usb)
        except PublishRefused as refused:
            for exhibit_id, reasons in sorted(refused.blocking.items()):
                click.echo(f"{exhibit_id}: {'; '.join(reasons)}", err=True)
            raise
    click.echo(f"Published {done.pack} (version {done.version}) in {done.seconds:.1f} s.")
    for where in done.written:
        click.echo(f"Written to {where}")


def _short(value: str | None, width: int = 40) -> str:
    text = "(none)" if value is None else value
    return text if len(text) <= width else text[: width - 1] + "…"
