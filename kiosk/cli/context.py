"""What every command shares: one Context (where things are, the settings) and one progress bar."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings

CONTENT_HELP = "Content folder to use (default: your imported library, else the demo)."


class Context:
    """What every command needs: where things are and the settings."""

    def __init__(self) -> None:
        self.paths = Paths.default()
        self.settings = Settings.load(self.paths.settings_file)

    def content(self, folder: Path | None) -> Path:
        if folder:
            return folder
        from kiosk.core.interchange.demo import ensure_content

        return ensure_content(self.paths, self.settings, on_progress=progress("Building the demo content"))


def progress(label: str) -> Callable[[int, int], None]:
    """A progress callback that draws a bar on stderr once there is something to show."""
    state: dict = {}

    def on_progress(done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = click.progressbar(length=max(total, 1), label=label, file=sys.stderr)
            bar.__enter__()
        bar.update(done - bar.pos)
        if done >= total:
            bar.__exit__(None, None, None)

    return on_progress


pass_context = click.make_pass_decorator(Context, ensure=True)
content_option = click.option("--content", type=click.Path(path_type=Path, file_okay=False), help=CONTENT_HELP)
