"""Real HTTP servers on 127.0.0.1 for the sync tests: nginx, or Python's http.server where nginx is absent.

Both serve a folder of static files and record every request (method, path, status,
Range header, bytes sent) so tests can count what the kiosk asked for. nginx runs as
a child process with a generated configuration in the test's tmp folder (`daemon off`,
one process, its pid, logs and temporary files there); it sends ETag and Last-Modified,
answers conditional requests with 304 and honours Range. http.server sends
Last-Modified and answers If-Modified-Since, but ignores Range: a client must restart.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx", "/sbin/nginx") if os.path.exists(p)), None)
START_TIMEOUT = 10.0
THROTTLE_AFTER = 64 * 1024  # a throttled file comes at full speed up to here, then slowly (see throttle())
_LOG_LINE = re.compile(r'(\S+) (\S+) (\d+) "([^"]*)" (\d+)')


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    status: int
    range: str  # the Range header, "" when none
    sent: int  # body bytes sent (nginx only; -1 from http.server)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(condition, what: str, timeout: float = START_TIMEOUT) -> None:
    """Poll `condition` (a process starting up has no signal to wait on) until it holds or time runs out."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.01)  # allowed: polls a condition; a child process starting up has no signal


class NginxServer:
    """nginx serving `root` on a free port of 127.0.0.1; start(), stop(), kill(), requests()."""

    kind = "nginx"

    def __init__(self, root: Path, work: Path):
        self.root, self.work = root, work
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.throttled = ""
        self._process: subprocess.Popen | None = None
        work.mkdir(parents=True, exist_ok=True)

    def _config(self) -> str:
        w = self.work
        slow = (
            f"location = /{self.throttled} {{ limit_rate_after {THROTTLE_AFTER}; limit_rate 4k; }}"
            if self.throttled
            else ""
        )
        return f"""
daemon off;
master_process off;
worker_processes 1;
pid {w}/nginx.pid;
error_log {w}/error.log warn;
events {{ worker_connections 64; }}
http {{
    log_format kiosk '$request_method $uri $status "$http_range" $body_bytes_sent';
    access_log {w}/access.log kiosk;
    client_body_temp_path {w}/body;
    proxy_temp_path {w}/proxy;
    fastcgi_temp_path {w}/fastcgi;
    uwsgi_temp_path {w}/uwsgi;
    scgi_temp_path {w}/scgi;
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{self.port};
        root {self.root};
        autoindex off;
        etag on;
        location / {{ }}
        {slow}
    }}
}}
"""

    def start(self) -> NginxServer:
        conf = self.work / "nginx.conf"
        conf.write_text(self._config(), encoding="utf-8")
        pid = self.work / "nginx.pid"
        pid.unlink(missing_ok=True)
        cmd = [NGINX, "-p", str(self.work), "-c", str(conf), "-e", str(self.work / "error.log")]
        self._process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # nginx writes its pid file once its socket is listening.
        wait_until(lambda: pid.exists() or self._process.poll() is not None, "nginx to start")
        if self._process.poll() is not None:
            raise RuntimeError(f"nginx did not start: {self._process.stderr.read().decode(errors='replace')}")
        return self

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGQUIT)  # graceful: the log is complete
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process is not None:
            self._process.stderr.close()
        self._process = None

    def kill(self) -> None:
        """Die at once, mid-transfer: what the client has not received yet never comes."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process.stderr.close()
            self._process = None

    def throttle(self, path: str) -> None:
        """Serve `path` quickly up to THROTTLE_AFTER bytes, then at 4 KB/s, so interrupt() cuts it (restarts nginx)."""
        self.stop()
        self.throttled = path
        self.start()

    def interrupt(self) -> None:
        """Called while the throttled file is on its way: nginx dies, the rest never comes."""
        self.kill()

    def restore(self) -> None:
        """Serve everything at full speed again (after interrupt(): nginx starts again, on the same port)."""
        self.stop()
        self.throttled = ""
        self.start()

    def requests(self) -> list[Request]:
        log = self.work / "access.log"
        if not log.exists():
            return []
        found = []
        for line in log.read_text(encoding="utf-8").splitlines():
            match = _LOG_LINE.fullmatch(line.strip())
            if match:
                method, path, status, rng, sent = match.groups()
                found.append(Request(method, path, int(status), "" if rng == "-" else rng, int(sent)))
        return found


class _Handler(SimpleHTTPRequestHandler):
    """Static files, with every request recorded, and a file that breaks off after N bytes when asked."""

    server: _PythonHttpd

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.server.record(self, int(code) if str(code).isdigit() else 0)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet

    def copyfile(self, source, outputfile) -> None:
        limit = self.server.cut_after.get(self.path.lstrip("/"))
        if limit is None:
            super().copyfile(source, outputfile)
            return
        outputfile.write(source.read(limit))
        outputfile.flush()
        self.connection.shutdown(socket.SHUT_RDWR)  # the connection drops mid-file
        self.close_connection = True


class _PythonHttpd(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], root: Path):
        super().__init__(address, partial(_Handler, directory=str(root)))
        self.log: list[Request] = []
        self.cut_after: dict[str, int] = {}
        self._lock = threading.Lock()

    def record(self, handler: _Handler, status: int) -> None:
        path = handler.path.split("?")[0]
        with self._lock:
            self.log.append(Request(handler.command, path, status, handler.headers.get("Range", ""), -1))


class PythonServer:
    """http.server serving `root` on a free port of 127.0.0.1, in a thread; the same interface as NginxServer."""

    kind = "python"

    def __init__(self, root: Path, work: Path):
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._httpd: _PythonHttpd | None = None
        self._thread: threading.Thread | None = None
        self._cut: dict[str, int] = {}
        self._log: list[Request] = []

    def start(self) -> PythonServer:
        self._httpd = _PythonHttpd(("127.0.0.1", self.port), self.root)
        self._httpd.cut_after = self._cut
        self._httpd.log = self._log
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join()
        self._httpd = None

    def throttle(self, path: str) -> None:
        """Break the connection off after THROTTLE_AFTER bytes of `path`, on every request until restore()."""
        self._cut[path] = THROTTLE_AFTER

    def interrupt(self) -> None:
        pass  # the handler breaks the connection by itself

    def restore(self) -> None:
        self._cut.clear()

    def requests(self) -> list[Request]:
        return list(self._log)


def server_kinds() -> list[str]:
    """The servers a test can run against here: nginx when it is installed, and always http.server."""
    return ["nginx", "python"] if NGINX else ["python"]


@contextlib.contextmanager
def serve(kind: str, root: Path, work: Path) -> Iterator[NginxServer | PythonServer]:
    root.mkdir(parents=True, exist_ok=True)
    server = NginxServer(root, work) if kind == "nginx" else PythonServer(root, work)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# -- packs to serve ---------------------------------------------------------------------------

DISPLAY_SIZE = (900, 700)  # a noisy JPEG of about 400 KB: big enough to break off in the middle


def make_content(folder: Path, title: str) -> Path:
    """A content folder with two exhibits, the first with a large display rendition and a thumbnail."""
    import hashlib
    import random

    from PIL import Image

    from kiosk.core.exhibits.model import Exhibit, ImageRef
    from kiosk.core.exhibits.store import ExhibitStore

    rng = random.Random(title)
    display = Image.frombytes("RGB", DISPLAY_SIZE, rng.randbytes(DISPLAY_SIZE[0] * DISPLAY_SIZE[1] * 3))
    media = folder / "media"
    (media / "display").mkdir(parents=True, exist_ok=True)
    (media / "thumb").mkdir(parents=True, exist_ok=True)
    display.save(media / "display" / "goji.jpg", "JPEG", quality=92)
    display.resize((240, 180)).save(media / "thumb" / "goji.jpg", "JPEG", quality=85)
    sha = hashlib.sha256((media / "display" / "goji.jpg").read_bytes()).hexdigest()
    with ExhibitStore.open(folder) as store:
        store.save_media(
            {"sha256": sha, "width": 900, "height": 700, "format": "JPEG", "size_bytes": 1, "original": "",
             "display": "media/display/goji.jpg", "display_width": 900, "display_height": 700,
             "thumb": "media/thumb/goji.jpg", "thumb_width": 240, "thumb_height": 180}
        )  # fmt: skip
        image = ImageRef(sha, "goji.jpg", 900, 700, display="media/display/goji.jpg", thumb="media/thumb/goji.jpg")
        store.save(
            [
                Exhibit(
                    id="gi-goji",
                    kind="gi",
                    text={"title": {"zh": title, "en": "Zhongning goji"}},
                    featured=True,
                    images=[image],
                ),
                Exhibit(id="patent-kit", kind="patent", text={"title": {"zh": "快检试剂盒", "en": "Test kit"}}),
            ]
        )
    return folder


@dataclass(frozen=True)
class Publisher:
    """A signing key and the packs built with it."""

    key: Path
    public: str  # base64, for packs.trusted_keys

    @classmethod
    def create(cls, folder: Path) -> Publisher:
        from kiosk.core.packs import keys

        private, public, _ = keys.generate(folder)
        return cls(private, public.read_text(encoding="ascii").strip())

    def build(self, content: Path, out: Path, version: int, pack_id: str = "ipweek") -> Path:
        from kiosk.core.packs.build import build_pack

        title = {"zh": f"知识产权宣传周 第{version}版", "en": f"IP week, version {version}"}
        return build_pack(content, out, pack_id=pack_id, version=version, title=title, key_path=self.key)


_MTIME = [1_800_000_000]


def publish(pack: Path, www: Path) -> None:
    """Put a pack folder on the server as a publisher would: the files first, the manifest and signature last.

    Each publication gets a later modification time, so nginx's ETag (time and size) always changes.
    """
    _MTIME[0] += 100
    www.mkdir(parents=True, exist_ok=True)
    names = sorted(p.relative_to(pack).as_posix() for p in pack.rglob("*") if p.is_file())
    last = ("manifest.sig", "manifest.json")
    for name in [n for n in names if n not in last] + list(last):
        target = www / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        shutil.copyfile(pack / name, target)
        os.utime(target, (_MTIME[0], _MTIME[0]))
