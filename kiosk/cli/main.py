"""The `kiosk` command: a thin layer over kiosk.core (and kiosk.ui for `run`).

Each command opens what it needs, calls one core function and prints the
outcome. A KioskError becomes one line on stderr and exit status 1.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from kiosk import __version__
from kiosk.cli.context import Context, content_option, pass_context, progress
from kiosk.cli.exhibits import register as register_exhibit_commands
from kiosk.cli.packs import register as register_pack_commands
from kiosk.cli.staff import register as register_staff_commands
from kiosk.cli.staff import set_first_pin
from kiosk.cli.sync import sync as sync_command
from kiosk.cli.window import need_a_screen
from kiosk.cli.window import register as register_window_commands
from kiosk.core.base.errors import InvalidInput, KioskError, Problem
from kiosk.core.base.paths import Paths
from kiosk.core.exhibits.model import KINDS, LANGS

_log = logging.getLogger("kiosk")


class _Group(click.Group):
    """A command group that reports known errors in one line, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except InvalidInput as exc:
            for problem in exc.problems[:50]:
                click.echo(f"  {problem}", err=True)
            if len(exc.problems) > 50:
                click.echo(f"  ... and {len(exc.problems) - 50} more", err=True)
            raise click.ClickException(f"{len(exc.problems)} problem(s) found; nothing was changed.") from exc
        except KioskError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kiosk")
def cli() -> None:
    """Touch-screen exhibition kiosk for intellectual-property publicity booths."""


@cli.command()
@click.option("--windowed", is_flag=True, help="Open in a window instead of full screen (for trying it out).")
@click.option("--lang", type=click.Choice(LANGS), help="Language to start in (default: the ui.language setting).")
@content_option
@pass_context
def run(ctx: Context, windowed: bool, lang: str | None, content: Path | None) -> None:
    """Open the kiosk on the installed content (the demo when nothing else is installed).

    Staff hold the top-right corner for 5 seconds and enter their PIN for staff mode, whose home
    page has "Close the kiosk"."""
    from kiosk.ui.app import run as run_app

    need_a_screen("run")
    if not windowed:
        _make_sure_staff_can_leave(ctx)
    from kiosk.core.packs.state import clean_staging
    from kiosk.service.logs import start_logging
    from kiosk.ui.supervision import log_qt_messages

    logs = start_logging(ctx.paths.data)
    log_qt_messages()
    clean_staging(ctx.paths)  # what an install killed half way left behind, before anything reads packs/
    folder = ctx.content(content)
    mode = "in a window" if windowed else "in kiosk mode"
    _log.info("kiosk %s starts %s on %s (log in %s)", __version__, mode, folder, logs)
    code = run_app(folder, windowed=windowed, lang=lang or ctx.settings["ui.language"], settings=ctx.settings)
    _log.info("kiosk exits with code %d", code)
    sys.exit(code)


def _make_sure_staff_can_leave(ctx: Context) -> None:
    """Kiosk mode never starts with no way out: without an account (or the PIN in kiosk.toml that stands in
    for one), a terminal asks for a PIN; unattended, it stops."""
    from kiosk.core.staff.accounts import StaffAccounts

    with StaffAccounts.open(ctx.paths, readonly=True, settings=ctx.settings) as accounts:
        if accounts.any():
            return
    problem = "No staff PIN is set, so kiosk mode could not be left from the screen."
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise KioskError(f"{problem} Set one with `kiosk pin set` first, or try the kiosk with `kiosk run --windowed`.")
    click.secho(problem, fg="red", bold=True, err=True)
    click.echo("Set the staff PIN now; staff enter it after holding the top-right corner for 5 seconds.", err=True)
    set_first_pin(ctx)


@cli.command("import")
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--images", type=click.Path(path_type=Path, exists=True, file_okay=False), help="Folder of images.")
@click.option("--skip-invalid", is_flag=True, help="Import the valid rows and write a report of the others.")
@click.option("--report", type=click.Path(path_type=Path, dir_okay=False), help="Where to write that report.")
@click.option("--content", type=click.Path(path_type=Path, file_okay=False), help="Content folder to import into.")
@click.option("--lang", type=click.Choice(LANGS), help="Language of the messages (default: the headers' language).")
@pass_context
def import_(
    ctx: Context, file: Path, images: Path | None, skip_invalid: bool, report: Path | None, content: Path | None,
    lang: str | None,
) -> None:  # fmt: skip
    """Import exhibits from a CSV, XLSX or JSON file (see docs/import.md)."""
    from kiosk.core.exhibits.library import refuse_pack
    from kiosk.core.exhibits.store import ExhibitStore
    from kiosk.core.interchange.importer import ImportRefused, import_file
    from kiosk.core.interchange.messages import say

    folder = content or ctx.paths.library
    refuse_pack(folder, ctx.paths)
    try:
        with ExhibitStore.open(folder, busy_timeout_ms=ctx.settings["db.busy_timeout_ms"]) as store:
            result = import_file(
                file, store, ctx.settings, images_dir=images, skip_invalid=skip_invalid, report_path=report,
                on_progress=progress("Preparing images"), lang=lang,
            )  # fmt: skip
    except ImportRefused as refused:
        _echo_problems(refused.problems, refused.lang)
        _echo_problems(refused.warnings, refused.lang, warning=True)
        raise click.ClickException(say("refused", refused.lang, count=len(refused.problems))) from refused
    _echo_problems(result.warnings, result.lang, warning=True)
    summary = {"added": result.imported, "updated": result.updated, "skipped": result.skipped, "folder": folder}
    click.echo(say("summary", result.lang, **summary))
    if result.report:
        click.echo(say("report_written", result.lang, path=result.report))


def _echo_problems(problems: list[Problem], lang: str, *, warning: bool = False, most: int = 50) -> None:
    """Problems (or warnings) of an import, one a line on stderr, in the staff's language."""
    from kiosk.core.interchange.messages import describe, say

    for problem in problems[:most]:
        line = describe(problem, lang)
        click.echo(f"  {say('warning', lang, text=line) if warning else line}", err=True)
    if len(problems) > most:
        click.echo(f"  {say('more', lang, count=len(problems) - most)}", err=True)


@cli.command()
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), help="Default: from OUT's extension.")
@click.option("--images", type=click.Path(path_type=Path, file_okay=False), help="Also copy the images here.")
@click.option("--lang", type=click.Choice(LANGS), help="Headers in this language (default: the column names).")
@content_option
@pass_context
def export(
    ctx: Context, out: Path, fmt: str | None, images: Path | None, lang: str | None, content: Path | None
) -> None:
    """Export every exhibit to a CSV, XLSX or JSON file that `kiosk import` reads back."""
    from kiosk.core.exhibits.store import ExhibitStore
    from kiosk.core.interchange.exporter import export as export_exhibits

    with ExhibitStore.open(ctx.content(content), readonly=True) as store:
        count = export_exhibits(store, out, fmt=fmt, images_dir=images, lang=lang)
    click.echo(f"{count} exhibits written to {out}")


@cli.command()
@click.argument("query")
@click.option("--kind", type=click.Choice(sorted(KINDS)), help="Only this kind of exhibit.")
@click.option("--tag", help="Only exhibits with this tag (in any language).")
@click.option("--region", help="Only exhibits from this region (in any language).")
@click.option("--lang", type=click.Choice(LANGS), default="zh", show_default=True, help="Language of the output.")
@click.option("--limit", type=click.IntRange(1, 1000), help="Most results (default: the search.limit setting).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@content_option
@pass_context
def search(ctx: Context, query: str, kind, tag, region, lang: str, limit, as_json: bool, content: Path | None) -> None:
    """Search the exhibits: Chinese, pinyin, pinyin initials, English or a registration number."""
    from kiosk.core.exhibits.model import Filters
    from kiosk.core.exhibits.search import search as run_search
    from kiosk.core.exhibits.store import ExhibitStore

    with ExhibitStore.open(ctx.content(content), readonly=True) as store:
        found = run_search(store, query, Filters(kind, tag, region), limit=limit or ctx.settings["search.limit"])
    rows = [{"id": e.id, "kind": e.kind, "title": e.t("title", lang), "number": e.number} for e in found]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(f"{row['id']:<44} {KINDS[row['kind']].en:<24} {row['title']}  {row['number']}".rstrip())
    click.echo(f"{len(rows)} result(s)", err=True)


@cli.group()
def demo() -> None:
    """The demo content that ships with the kiosk."""


@demo.command("build")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), help="Content folder to build into.")
@pass_context
def demo_build(ctx: Context, out: Path | None) -> None:
    """Build the demo database and image renditions from exhibits/demo."""
    from kiosk.core.interchange.demo import build_demo

    folder, count = build_demo(ctx.paths, ctx.settings, out=out, on_progress=progress("Preparing images"))
    click.echo(f"Demo content built: {count} exhibits in {folder}")


@cli.group()
def pin() -> None:
    """The staff PIN that leaves kiosk mode (the first staff account's; see `kiosk staff`)."""


@pin.command("set")
@pass_context
def pin_set(ctx: Context) -> None:
    """Set the first staff account's PIN (6 to 8 digits), making the account "staff" if there is none."""
    set_first_pin(ctx)
    click.echo("Restart the kiosk for it to take effect.")


@cli.command()
@pass_context
def doctor(ctx: Context) -> None:
    """Check this machine and the installed content, and say what to fix."""
    from kiosk.core.ops.doctor import run_checks

    failed = 0
    for check in run_checks(ctx.paths):
        mark = {"ok": "ok  ", "warn": "warn", "fail": "FAIL"}[check.status]
        click.echo(f"[{mark}] {check.name}: {check.detail}")
        if check.fix and check.status != "ok":
            click.echo(f"       fix: {check.fix}")
        failed += check.status == "fail"
    if failed:
        raise click.ClickException(f"{failed} check(s) failed.")


@cli.group()
def bench() -> None:
    """Benchmarks that print their figures as JSON."""


@bench.command("core")
@click.option("--count", type=click.IntRange(100), default=100_000, show_default=True, help="Synthetic exhibits.")
@click.option("--queries", type=click.IntRange(5), default=200, show_default=True, help="Searches per query type.")
@click.option("--photos", type=click.IntRange(0), default=60, show_default=True, help="4000x3000 JPEGs to prepare.")
def bench_core(count: int, queries: int, photos: int) -> None:
    """Catalogue load, index build, search latency and photo throughput."""
    from kiosk.bench.core import run_core_bench

    click.echo(json.dumps(run_core_bench(count=count, queries=queries, photos=photos), indent=2, ensure_ascii=False))


@bench.command("ui")
@click.option("--count", type=click.IntRange(100), default=100_000, show_default=True, help="Synthetic exhibits.")
@pass_context
def bench_ui(ctx: Context, count: int) -> None:
    """Start-up, frame times while flicking, decoding thread and memory, offscreen."""
    from kiosk.bench.core import machine
    from kiosk.bench.ui import run_ui_bench
    from kiosk.core.interchange.demo import build_demo

    demo, _ = build_demo(ctx.paths, ctx.settings, out=ctx.paths.data / "bench-demo")
    figures = {"machine": machine(), **run_ui_bench(demo, count=count)}
    click.echo(json.dumps(figures, indent=2, ensure_ascii=False))


@bench.command("start")
@click.option("--rounds", type=click.IntRange(1), default=7, show_default=True, help="Measured rounds.")
@pass_context
def bench_start(ctx: Context, rounds: int) -> None:
    """Times `kiosk run` and `kiosk shot home` as whole processes beside a bare Qt Quick window; prints JSON."""
    from kiosk.bench.core import machine
    from kiosk.bench.start import run_start_bench
    from kiosk.core.interchange.demo import build_demo

    data = ctx.paths.data / "bench-start"
    if not (data / "demo" / "exhibits.db").is_file():
        build_demo(Paths(data, ctx.paths.config), ctx.settings)
    figures = {"machine": machine(), **run_start_bench(data, data / "demo", rounds=rounds)}
    click.echo(json.dumps(figures, indent=2, ensure_ascii=False))


cli.add_command(sync_command)


register_pack_commands(cli)
register_exhibit_commands(cli)
register_staff_commands(cli)
register_window_commands(cli)


def main() -> None:
    cli(prog_name="kiosk")
