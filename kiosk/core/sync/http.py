"""HTTP for pack sync: conditional GETs and resumable, size-capped, hashed downloads.

Only the standard library (urllib). Every request has a timeout. A failure says
whether the server was reached (it answered, even with an error) or not (no
network, refused, timed out before answering): that is what "online" means.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kiosk import __version__
from kiosk.core.base.errors import KioskError

CHUNK = 64 * 1024
USER_AGENT = f"ip-kiosk/{__version__} (pack sync)"
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")

Progress = Callable[[int], None]  # bytes of the file written so far
Learn = Callable[[str], None]  # told the validator of the response now writing the file


class SyncFailure(KioskError):
    """A sync step failed; `reached` tells whether the server answered at all."""

    def __init__(self, message: str, *, reached: bool):
        super().__init__(message)
        self.reached = reached


@dataclass(frozen=True)
class Fetched:
    """A small document (the manifest, its signature): 200 with a body, or 304 without."""

    status: int
    body: bytes
    etag: str
    last_modified: str


def _open(url: str, headers: dict[str, str], timeout: float) -> http.client.HTTPResponse:
    """The response to a GET; HTTP errors come back as responses too (urllib raises them)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
    try:
        return urllib.request.urlopen(request, timeout=timeout)  # only http(s): see check_url
    except urllib.error.HTTPError as exc:
        return exc  # type: ignore[return-value]  # an HTTPError is a response with a status and a body
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        raise SyncFailure(f"{url}: cannot reach the server ({reason})", reached=False) from exc


def check_url(url: str) -> str:
    """The base URL without a trailing slash; only http and https are fetched."""
    if not re.match(r"^https?://[^/\s]+", url):
        raise KioskError(f"sync.url {url!r} must start with http:// or https://")
    return url.rstrip("/")


def fetch_small(url: str, *, timeout: float, limit: int, etag: str = "", last_modified: str = "") -> Fetched:
    """GET a document of at most `limit` bytes, conditionally when validators are given."""
    headers = {"If-None-Match": etag} if etag else {}
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    with _open(url, headers, timeout) as response:
        status = response.status
        if status == 304:
            return Fetched(304, b"", etag, last_modified)
        if status != 200:
            raise SyncFailure(f"{url}: the server answered {status} {response.reason}", reached=True)
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise SyncFailure(f"{url}: {declared} bytes is more than the {limit} allowed", reached=True)
        body = _read(response, url, limit)
        return Fetched(200, body, response.headers.get("ETag", ""), response.headers.get("Last-Modified", ""))


def _read(response: BinaryIO, url: str, limit: int) -> bytes:
    try:
        body = response.read(limit + 1)
    except (OSError, http.client.HTTPException) as exc:
        raise SyncFailure(f"{url}: the download broke off ({exc})", reached=True) from exc
    if len(body) > limit:
        raise SyncFailure(f"{url}: more than the {limit} bytes allowed", reached=True)
    return body


def validator(headers: http.client.HTTPMessage) -> str:
    """What If-Range may name to resume this file: a strong ETag, else its Last-Modified date."""
    etag = headers.get("ETag", "")
    if etag and not etag.startswith("W/"):
        return etag
    return headers.get("Last-Modified", "")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Download:
    """One file of a pack to bring to `part`: its URL, declared size and SHA-256."""

    url: str
    part: Path
    size: int
    sha256: str
    timeout: float
    if_range: str = ""  # validator of the response that wrote what `part` holds


def download(job: Download, on_progress: Progress | None = None, on_validator: Learn | None = None) -> None:
    """Complete `job.part`, resuming what it holds; `on_validator` learns what to resume it with next time.

    A resume the server refuses (416) or one whose result does not hash right is restarted from zero at once.
    A broken connection keeps the bytes received for the next attempt; more bytes than declared or a wrong
    hash from a whole download remove the file and fail.
    """
    resumed = _held(job.part, job.size) > 0
    try:
        return _download_once(job, on_progress, on_validator)
    except _Restart:
        pass
    except SyncFailure:
        if not resumed or job.part.exists():
            raise  # a whole download went wrong, or a broken resume whose bytes are kept
    job.part.unlink(missing_ok=True)
    return _download_once(job, on_progress, on_validator)


class _Restart(Exception):
    """The bytes held cannot be resumed: start the file again from zero."""


def _held(part: Path, size: int) -> int:
    try:
        held = part.stat().st_size
    except FileNotFoundError:
        return 0
    if held >= size:  # complete yet not accepted, or too long: nothing to resume
        part.unlink()
        return 0
    return held


def _download_once(job: Download, on_progress: Progress | None, on_validator: Learn | None) -> None:
    held = _held(job.part, job.size)
    headers = {"Range": f"bytes={held}-"} if held else {}
    if held and job.if_range:
        headers["If-Range"] = job.if_range  # a file changed on the server comes back whole (200), not spliced
    with _open(job.url, headers, job.timeout) as response:
        start = _start_of(response, held, job)
        if on_validator is not None:
            on_validator(validator(response.headers))
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and start + int(declared) > job.size:
            job.part.unlink(missing_ok=True)
            raise SyncFailure(
                f"{job.url}: the server sends {declared} bytes; the manifest says {job.size}", reached=True
            )
        written, digest = _stream(response, job, start, on_progress)
    if written < job.size:
        raise SyncFailure(f"{job.url}: the download broke off after {written} of {job.size} bytes", reached=True)
    if digest != job.sha256:
        job.part.unlink()
        raise SyncFailure(f"{job.url}: the file does not match the SHA-256 in the manifest", reached=True)


def _start_of(response: http.client.HTTPResponse, held: int, job: Download) -> int:
    """Where the response's bytes go in the file: 0 for a whole file, `held` for the rest of it."""
    if response.status == 200:
        return 0
    if response.status == 206 and held:
        match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", "").strip())
        if match and int(match.group(1)) == held:
            return held
        raise _Restart()
    if response.status == 416 and held:
        raise _Restart()
    raise SyncFailure(f"{job.url}: the server answered {response.status} {response.reason}", reached=True)


def _stream(response: BinaryIO, job: Download, start: int, on_progress: Progress | None) -> tuple[int, str]:
    """Write the response after the first `start` bytes of the part; return the bytes held and their hash."""
    digest = hashlib.sha256()
    job.part.parent.mkdir(parents=True, exist_ok=True)
    with job.part.open("r+b" if start else "wb") as out:
        while out.tell() < start and (chunk := out.read(min(1 << 20, start - out.tell()))):
            digest.update(chunk)  # the bytes already held, hashed again: the whole file is checked
        out.seek(start)
        out.truncate()
        written = start
        while chunk := _next_chunk(response):
            if written + len(chunk) > job.size:
                out.close()
                job.part.unlink()
                raise SyncFailure(f"{job.url}: more bytes than the {job.size} the manifest declares", reached=True)
            out.write(chunk)
            digest.update(chunk)
            written += len(chunk)
            if on_progress is not None:
                on_progress(written)
        out.flush()
        os.fsync(out.fileno())
    return written, digest.hexdigest()


def _next_chunk(response: BinaryIO) -> bytes:
    """The next bytes of the body; none when it ended or broke off (what arrived is kept, the caller counts it)."""
    try:
        return response.read(CHUNK)
    except (OSError, http.client.HTTPException):
        return b""
