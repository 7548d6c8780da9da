"""`kiosk keygen`, `kiosk pack ...` and `kiosk bench pack`: content packs from the command line.

A thin layer over kiosk.core.packs; register() adds the commands to the main `kiosk` group,
whose error handling turns a PackError into one line and exit status 1.
"""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import click

from kiosk.cli.context import Context, pass_context, progress
from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.packs.errors import PackError

_PATH = click.Path(path_type=Path)
_EXISTING = click.Path(path_type=Path, exists=True)


def register(cli: click.Group) -> None:
    """Add keygen and pack to the main group, and `pack` to its bench group."""
    cli.add_command(keygen)
    cli.add_command(pack)
    bench = cli.commands.get("bench")
    if isinstance(bench, click.Group):
        bench.add_command(bench_pack)


@click.command()
@click.option("--out", type=_PATH, required=True, help="Folder to write kiosk-signing.key and kiosk-signing.pub to.")
def keygen(out: Path) -> None:
    """Make a signing key pair for content packs (keep the .key file secret)."""
    from kiosk.core.packs import keys

    private, public, key_id = keys.generate(out)
    click.echo(f"Private key: {private} (keep it secret; it signs packs)")
    click.echo(f"Public key:  {public}")
    click.echo(f"key_id {key_id}: booths that should install these packs list this in packs.trusted_keys:")
    click.echo(public.read_text(encoding="ascii").strip())


@click.group()
def pack() -> None:
    """Signed content packs: build, sign, verify, install, list, roll back (see docs/packs.md)."""


def _expiry(value: str | None) -> datetime | None:
    """A date means the pack may be shown all that day (UTC); or a full ISO 8601 time with a zone."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        day = None
    if day is not None:
        return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=1)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise click.BadParameter(f"{value!r} is not a date such as 2027-04-30 or a time such as 2027-04-30T18:00Z")
    return moment


@pack.command("build")
@click.argument("src", type=_EXISTING)
@click.option("--out", type=_PATH, required=True, help="Folder to write the pack <id>-<version> into.")
@click.option("--id", "pack_id", required=True, help="Pack id: lower-case letters, digits, '.', '_' or '-'.")
@click.option("--version", type=click.IntRange(1), required=True, help="Version; must grow with every release.")
@click.option("--title-zh", default="", help="Chinese title of the pack.")
@click.option("--title-en", default="", help="English title of the pack.")
@click.option("--expires", help="Last day (UTC) booths may show it, e.g. 2027-04-30; default: never expires.")
@click.option("--key", "key_path", type=_EXISTING, required=True, help="Private key file from `kiosk keygen`.")
@click.option("--images", type=click.Path(path_type=Path, exists=True, file_okay=False), help="Images of SRC.")
@click.option("--archive", is_flag=True, help="Also write the pack as one file, <id>-<version>.kpack.")
@pass_context
def pack_build(ctx: Context, src: Path, out: Path, pack_id: str, version: int, title_zh: str, title_en: str,
               expires: str | None, key_path: Path, images: Path | None, archive: bool) -> None:  # fmt: skip
    """Build a signed pack from a content folder, or from an exhibit file (json, csv, xlsx) with its images."""
    from kiosk.core.packs import build

    settings = ctx.settings
    title = {lang: text for lang, text in (("zh", title_zh), ("en", title_en)) if text}
    options = {"pack_id": pack_id, "version": version, "title": title, "expires": _expiry(expires)}
    with tempfile.TemporaryDirectory(prefix="kiosk-pack-") as temp:
        content = src if src.is_dir() else build.import_source(src, images, settings, Path(temp) / "content")
        folder = build.build_pack(content, out, key_path=key_path, **options)
    click.echo(f"Pack built and signed: {folder}")
    if archive:
        click.echo(f"Archive written: {build.archive(folder, folder.with_name(folder.name + '.kpack'))}")


@pack.command("sign")
@click.argument("pack_folder", metavar="PACK", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--key", "key_path", type=_EXISTING, required=True, help="Private key file from `kiosk keygen`.")
def pack_sign(pack_folder: Path, key_path: Path) -> None:
    """(Re)sign a pack folder, after checking its files still match its manifest."""
    from kiosk.core.packs.build import sign_pack

    click.echo(f"Signed {pack_folder} with key {sign_pack(pack_folder, key_path)}")


@pack.command("verify")
@click.argument("source", metavar="PACK", type=_EXISTING)
@click.option("--trust", "trust", multiple=True, type=_EXISTING, help="Trust this .pub file (instead of settings).")
@pass_context
def pack_verify(ctx: Context, source: Path, trust: tuple[Path, ...]) -> None:
    """Check a pack completely: signature, dates, every file's size and SHA-256."""
    from kiosk.core.packs.verify import verify_pack

    settings = ctx.settings
    if trust:
        settings.set("packs.trusted_keys", [path.read_text(encoding="ascii").strip() for path in trust])
    manifest = verify_pack(source, settings)
    megabytes = manifest.total_bytes / 1e6
    click.echo(f"OK: {manifest.pack_id} version {manifest.version}, {len(manifest.files)} files, "
               f"{megabytes:.1f} MB, signed with key {manifest.key_id}")  # fmt: skip


@pack.command("install")
@click.argument("source", metavar="PACK|URL")
@click.option("--move", is_flag=True, help="Move a pack folder on the same disk into place instead of copying it.")
@pass_context
def pack_install(ctx: Context, source: str, move: bool) -> None:
    """Verify a pack (folder, .kpack file or URL) and make it the content this booth shows."""
    from kiosk.core.packs.install import install_pack

    paths, settings = ctx.paths, ctx.settings
    if "://" in source:
        _install_url(source, paths, settings)
        return
    result = install_pack(Path(source), paths, settings, on_progress=progress("Installing"), consume=move)
    how = "moved" if result.moved else "copied"
    click.echo(f"Installed {result.folder.name} ({how}, {result.seconds:.1f} s); it is now active.")
    if result.previous:
        click.echo(f"The previous pack {result.previous} is kept: `kiosk pack rollback` returns to it.")


def _install_url(url: str, paths: Paths, settings: Settings) -> None:
    """A published pack (<url>/manifest.json, ...) is fetched and installed by sync, once, now."""
    from kiosk.core.sync.client import SyncClient

    settings.set("sync.url", url)
    settings.set("sync.watch_folders", [])
    report = SyncClient(paths, settings).poll(force=True)
    for line in report.lines[:-1] if report.failed else report.lines:
        click.echo(line)
    if report.failed:
        raise PackError(report.lines[-1] if report.lines else f"{url}: the pack could not be installed")


@pack.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_context
def pack_list(ctx: Context, as_json: bool) -> None:
    """The installed packs: which is active, where each came from and when."""
    from kiosk.core.packs.install import list_packs

    paths = ctx.paths
    items = list_packs(paths)
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    for item in items:
        mark = "*" if item["active"] else " "
        title = item["title"].get("zh") or item["title"].get("en") or ""
        click.echo(f"{mark} {item['pack']:<28} {item['installed'] or '?':<21} {item['source']}  {title}".rstrip())
    click.echo(f"{len(items)} pack(s) installed in {paths.packs}; * marks the active one", err=True)


@pack.command("rollback")
@pass_context
def pack_rollback(ctx: Context) -> None:
    """Return to the installed version before the active one (checked again first)."""
    from kiosk.core.packs.install import rollback

    paths, settings = ctx.paths, ctx.settings
    item = rollback(paths, settings)
    click.echo(f"Rolled back: {item['pack']} is active again.")


@click.command("pack")
@click.option("--size-mb", type=click.IntRange(10), default=1024, show_default=True, help="Size of the test pack.")
@click.option("--rounds", type=click.IntRange(1), default=5, show_default=True, help="Runs of each step.")
@pass_context
def bench_pack(ctx: Context, size_mb: int, rounds: int) -> None:
    """Pack verification and installation speed beside sha256sum and cp + sync, over the same files."""
    from kiosk.bench.packs import run_pack_bench

    paths = ctx.paths
    click.echo(json.dumps(run_pack_bench(paths, size_mb=size_mb, rounds=rounds), indent=2, ensure_ascii=False))
