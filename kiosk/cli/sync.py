"""`kiosk sync`: fetch newer content packs from sync.url and the watched folders, once or until Ctrl-C."""

from __future__ import annotations

import threading
from datetime import datetime

import click

from kiosk.cli.context import Context, pass_context
from kiosk.core.base.errors import KioskError


@click.command("sync")
@click.option("--once", is_flag=True, help="Check once, say what happened and stop (status 1 if it failed).")
@pass_context
def sync(ctx: Context, once: bool) -> None:
    """Install newer content packs from sync.url (any static HTTP server) or removable media (sync.watch_folders).

    Without --once it keeps checking, every sync.interval_seconds (longer after failures), until Ctrl-C.
    """
    from kiosk.core.sync.client import SyncClient

    paths, settings = ctx.paths, ctx.settings
    client = SyncClient(paths, settings)
    if not client.configured:
        raise KioskError(f"Nothing to sync from: set sync.url or sync.watch_folders in {paths.settings_file}.")
    if once:
        report = client.poll(force=True)
        _print(report.lines or ["nothing to do"])
        if report.failed:
            raise click.ClickException("The sync failed; it is tried again by the next check.")
        return
    stop = threading.Event()  # waits end at once on Ctrl-C, without a sleep to sit out
    try:
        while True:
            _print(client.poll().lines)
            stop.wait(client.seconds_until_due())
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


def _print(lines: list[str]) -> None:
    stamp = datetime.now().strftime("%H:%M:%S")
    for line in lines:
        click.echo(f"{stamp} {line}")
