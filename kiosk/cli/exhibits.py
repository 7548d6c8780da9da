"""`kiosk exhibits list` and `kiosk exhibits delete`: looking after the exhibits in a library.

A thin layer over kiosk.core.exhibits.library and the store; register() adds the group to
the main `kiosk` group, whose error handling turns a KioskError into one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from kiosk.cli.context import Context, pass_context
from kiosk.core.base.errors import KioskError
from kiosk.core.exhibits.model import KINDS

_CONTENT = click.option(
    "--content", type=click.Path(path_type=Path, file_okay=False), help="Content folder (default: your library)."
)


def register(cli: click.Group) -> None:
    cli.add_command(exhibits)


@click.group()
def exhibits() -> None:
    """The exhibits in your library: list them, delete them."""


@exhibits.command("list")
@click.option("--hidden", is_flag=True, help="Only the hidden (unpublished) exhibits.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@_CONTENT
@pass_context
def list_(ctx: Context, hidden: bool, as_json: bool, content: Path | None) -> None:
    """List the exhibits, published and hidden, in display order."""
    from kiosk.core.exhibits.store import ExhibitStore

    with ExhibitStore.open(content or ctx.paths.library, readonly=True) as store:
        rows = store.summaries(hidden_only=hidden)
    if as_json:
        keys = ("id", "kind", "number", "title_zh", "title_en")
        listed = [{**{k: row[k] or "" for k in keys}, "published": bool(row["published"])} for row in rows]
        click.echo(json.dumps(listed, ensure_ascii=False, indent=2))
        return
    for row in rows:
        title = row["title_zh"] or row["title_en"] or ""
        click.echo(_line(row["id"], row["kind"], bool(row["published"]), title))
    click.echo(f"{len(rows)} exhibit(s)", err=True)


@exhibits.command("delete")
@click.argument("ids", nargs=-1, required=True)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@_CONTENT
@pass_context
def delete(ctx: Context, ids: tuple[str, ...], yes: bool, content: Path | None) -> None:
    """Delete exhibits by id, with their search entries and the images no other exhibit uses."""
    from kiosk.core.exhibits.library import find_all, unknown_message, writable_content
    from kiosk.core.exhibits.store import ExhibitStore

    folder = writable_content(content or ctx.paths.library, ctx.paths)
    busy = ctx.settings["db.busy_timeout_ms"]
    with ExhibitStore.open(folder, busy_timeout_ms=busy) as store:
        found, unknown = find_all(store, ids)
        if unknown:
            raise KioskError(unknown_message(unknown, folder))
        for doomed in found:
            click.echo(_line(doomed.id, doomed.kind, doomed.published, doomed.title))
        if not yes:
            click.confirm(f"Delete {_count(len(found))} from {folder}?", abort=True, err=True)
        deleted = store.delete_many(d.id for d in found)
    for exhibit_id in deleted:
        click.echo(f"Deleted {exhibit_id}")


def _line(exhibit_id: str, kind: str, published: bool, title: str) -> str:
    state = "" if published else "hidden"
    return f"{exhibit_id:<44} {KINDS[kind].en:<24} {state:<6} {title}".rstrip()


def _count(n: int) -> str:
    return "1 exhibit" if n == 1 else f"{n} exhibits"
