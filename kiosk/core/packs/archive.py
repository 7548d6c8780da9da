"""The .kpack archive: one uncompressed POSIX tar of a pack folder, manifest.json first.

Reading never calls tarfile's extract: every member is checked here (regular files and
folders only, safe names, no duplicates) and its bytes are read with our own hashing loop,
at the offsets the headers give, so nothing is ever written outside the staging folder.
"""

from __future__ import annotations

import os
import tarfile
from datetime import datetime
from pathlib import Path

from kiosk.core.packs import stream
from kiosk.core.packs.errors import PackError
from kiosk.core.packs.manifest import MANIFEST, MAX_MANIFEST_BYTES, SIGNATURE, FileEntry, Manifest, safe_relative
from kiosk.core.packs.source import SIGNATURE_BYTES, Done, Progress, compare_listing, run_parallel

SUFFIX = ".kpack"
_FILE_TYPES = (tarfile.REGTYPE, tarfile.AREGTYPE)


class _Slice:
    """Reads one member's bytes at its offset; safe to use from several threads at once."""

    def __init__(self, fd: int, offset: int, size: int):
        self.fd, self.offset, self.remaining = fd, offset, size

    def readinto(self, buffer: memoryview, /) -> int:
        want = min(len(buffer), self.remaining)
        if want <= 0:
            return 0
        count = os.preadv(self.fd, [buffer[:want]], self.offset)
        self.offset += count
        self.remaining -= count
        return count


class TarSource:
    """A pack as a .kpack archive."""

    def __init__(self, path: Path):
        self.path = path
        self.name = str(path)
        self._fd = stream.open_regular(path, str(path.parent), path.name)
        self._members: dict[str, tarfile.TarInfo] = {}
        self._folders: set[str] = set()
        self._order: list[str] = []

    def __enter__(self) -> TarSource:
        try:
            self._scan()
        except BaseException:
            os.close(self._fd)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self._fd)

    def _scan(self) -> None:
        """Read every header once (seeking over the data) and refuse anything but files and folders."""
        try:
            with os.fdopen(os.dup(self._fd), "rb") as raw, tarfile.open(fileobj=raw, mode="r:") as tar:
                for member in tar:
                    self._add(member)
        except (tarfile.TarError, EOFError) as exc:
            raise PackError(f"{self.name}: not a readable pack archive (damaged or truncated): {exc}") from None

    def _add(self, member: tarfile.TarInfo) -> None:
        name = member.name.removeprefix("./")
        if name in ("", "."):
            return
        if not safe_relative(name):
            raise PackError(f"{self.name}: archive member {member.name!r} has an unsafe path")
        if member.type == tarfile.DIRTYPE:
            self._folders.add(name)
            return
        if member.type not in _FILE_TYPES:
            raise PackError(f"{self.name}: archive member {name} is {_kind(member)}; packs hold regular files only")
        if name in self._members:
            raise PackError(f"{self.name}: archive member {name} appears twice")
        self._members[name] = member
        self._order.append(name)

    def read_meta(self) -> tuple[bytes, bytes]:
        if self._order[:2] != [MANIFEST, SIGNATURE]:
            raise PackError(f"{self.name}: the archive must start with {MANIFEST} and then {SIGNATURE}")
        return self._small(MANIFEST, MAX_MANIFEST_BYTES), self._small(SIGNATURE, SIGNATURE_BYTES)

    def _small(self, name: str, limit: int) -> bytes:
        member = self._members[name]
        if member.size > limit:
            raise PackError(f"{self.name}: {name} is larger than {limit} bytes")
        return os.pread(self._fd, member.size, member.offset_data)

    def check_listing(self, manifest: Manifest) -> None:
        files = set(self._members) - {MANIFEST, SIGNATURE}
        parents = {"/".join(p.split("/")[:i]) for p in files for i in range(1, p.count("/") + 1)}
        stray = sorted(self._folders - parents)
        if stray:
            raise PackError(f"{self.name}: folder {stray[0]} is not listed in the manifest")
        compare_listing(files, manifest, self.name)

    def each_file(self, manifest: Manifest, staging: Path | None, done: Done, progress: Progress | None = None) -> None:
        def one(entry: FileEntry) -> None:
            member = self._members[entry.path]
            if member.size > entry.size:  # known from the header: refused before a byte is read
                raise PackError(f"{self.name}: {entry.path} is larger than the manifest says ({entry.size} bytes)")
            source = _Slice(self._fd, member.offset_data, member.size)
            dest = staging / entry.path if staging else None
            if dest is None:
                stream.check_digest(stream.hash_stream(source, entry, self.name), entry, self.name)
            else:
                stream.copy_stream(source, dest, entry, self.name)
            done(entry, dest)

        run_parallel(one, manifest.files, progress)


def _kind(member: tarfile.TarInfo) -> str:
    if member.issym():
        return "a symbolic link"
    if member.islnk():
        return "a hard link"
    if member.isdev() or member.isfifo():
        return "a device or pipe"
    return f"of tar type {member.type!r}"


def write_archive(pack_folder: Path, out_file: Path) -> Path:
    """Write pack_folder as one .kpack archive (via a temporary file, renamed when complete)."""
    manifest = Manifest.from_bytes((pack_folder / MANIFEST).read_bytes())
    mtime = int(datetime.fromisoformat(manifest.created).timestamp())
    names = [MANIFEST, SIGNATURE, *(entry.path for entry in manifest.files)]
    temp = out_file.with_name(f".{out_file.name}.part")
    try:
        out_file.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(temp, "w", format=tarfile.USTAR_FORMAT, copybufsize=stream.CHUNK) as tar:
            for name in names:
                _add_file(tar, pack_folder / name, name, mtime)
        stream.fsync_path(temp)
        os.replace(temp, out_file)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise PackError(f"{out_file}: cannot write the archive: {exc.strerror or exc}") from None
    return out_file


def _add_file(tar: tarfile.TarFile, path: Path, name: str, mtime: int) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = path.stat().st_size, 0o644, mtime
    with path.open("rb") as data:
        tar.addfile(info, data)
