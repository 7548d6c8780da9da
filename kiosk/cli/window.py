"""The commands that open the interface's window outside kiosk mode: `kiosk curate` (staff mode on a
staff computer) and `kiosk shot` (one screen rendered offscreen to a PNG). `kiosk run` is in main.py.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from kiosk import __version__
from kiosk.cli.context import Context, content_option, pass_context
from kiosk.core.base.errors import KioskError
from kiosk.core.exhibits.model import LANGS

_log = logging.getLogger("kiosk")


def register(cli: click.Group) -> None:
    cli.add_command(curate)
    cli.add_command(shot)


@click.command()
@click.option("--lang", type=click.Choice(LANGS), help="Language to start in (default: the ui.language setting).")
@content_option
@pass_context
def curate(ctx: Context, lang: str | None, content: Path | None) -> None:
    """Open staff mode in a window on this computer, without a PIN: the exhibits, arranging, publishing.

    You are in as your login name. It ends when you leave staff mode or close the window.
    It refuses to run on a booth in kiosk mode, which the environment variable KIOSK_BOOTH=1
    says (the booth's service sets it); there, staff mode opens with the PIN."""
    import getpass

    if os.environ.get("KIOSK_BOOTH") == "1":
        raise KioskError(
            "This machine is a booth in kiosk mode (KIOSK_BOOTH=1): open staff mode on its screen by holding the "
            "top-right corner and entering your PIN."
        )
    need_a_screen("curate")
    from kiosk.service.logs import start_logging
    from kiosk.ui.app import curate as curate_app
    from kiosk.ui.supervision import log_qt_messages

    logs = start_logging(ctx.paths.data)
    log_qt_messages()
    folder = ctx.content(content)
    account = getpass.getuser()
    _log.info("kiosk %s curates as %s on %s (log in %s)", __version__, account, folder, logs)
    code = curate_app(folder, lang=lang or ctx.settings["ui.language"], account=account, settings=ctx.settings)
    sys.exit(code)


def need_a_screen(command: str) -> None:
    """Refuse, in one line, to open a window where there is no screen."""
    from kiosk.core.ops.doctor import check_display

    if check_display().status != "ok":
        raise KioskError(
            "No screen found (DISPLAY and WAYLAND_DISPLAY are not set): run the kiosk on the desktop of the "
            f"{'booth' if command == 'run' else 'computer'}, or try it with `xvfb-run kiosk {command}`."
        )


def _size(value: str) -> tuple[int, int]:
    width, sep, height = value.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or not (200 <= int(width) <= 8000 >= int(height) >= 200):
        raise click.BadParameter(f"{value!r} is not a size such as 1920x1080")
    return int(width), int(height)


@click.command()
@click.argument("route")
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--lang", type=click.Choice(LANGS), default="zh", show_default=True)
@click.option("--size", "size_text", default="1920x1080", show_default=True, help="Window size, WIDTHxHEIGHT.")
@click.option(
    "--choice",
    "choices",
    multiple=True,
    type=click.Choice(["large-text", "high-contrast", "reduced-motion"]),
    help="A visitor's accessibility choice to show (repeatable).",
)
@content_option
@pass_context
def shot(
    ctx: Context, route: str, out: Path, lang: str, size_text: str, choices: tuple[str, ...], content: Path | None
) -> None:
    """Render one screen offscreen to a PNG: attract, home, gallery/<kind>, exhibit/<id>, search/<query>, events,
    or a staff page, staff/<page> (shown in a staff session begun for the shot, as the account "staff" or the
    booth's first)."""
    size = _size(size_text)  # a route naming no screen is refused by the interface, which knows its screens
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from kiosk.ui.app import grab

    grab(ctx.content(content), out, size=size, lang=lang, route=route, settings=ctx.settings, choices=choices)
    click.echo(f"{route} ({lang}, {size[0]}x{size[1]}) written to {out}")
