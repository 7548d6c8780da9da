"""What pack sync remembers between polls and restarts: data/packs/sync-state.json.

The server's validators (ETag, Last-Modified) for conditional requests, the
failures in a row and when to try again (backoff with jitter), whether the last
request reached the server, and each partly downloaded file's validator (to
resume it with If-Range). Written atomically; a damaged file is
read as a fresh start, since all of it can be learnt again from the server.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from kiosk.core.base.durable import write_atomically

STATE_FILE = "sync-state.json"
BACKOFF_CAP_SECONDS = 6 * 3600
JITTER = 0.2  # a wait is drawn from ±20% around its nominal length, so a fleet of booths spreads out


@dataclass
class SyncState:
    url: str = ""  # the sync.url the validators below belong to
    etag: str = ""
    last_modified: str = ""
    handled: str = ""  # SHA-256 of the last manifest dealt with (installed, or no newer than what is active)
    failures: int = 0  # failed polls of the URL in a row
    next_attempt: float = 0.0  # time.time() before which the URL is not asked again
    online: bool = False  # the last request reached the server
    last_contact: float = 0.0  # when the server last answered
    last_error: str = ""
    validators: dict[str, str] = field(default_factory=dict)  # file path -> ETag or Last-Modified, to resume
    refused: dict[str, str] = field(default_factory=dict)  # a watched pack (path|size|mtime) -> why it was refused

    @classmethod
    def load(cls, packs_dir: Path) -> SyncState:
        try:
            data = json.loads((packs_dir / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        state = cls()
        for key, value in data.items():
            if key in known and _same_kind(getattr(state, key), value):
                setattr(state, key, value)
        return state

    def save(self, packs_dir: Path) -> None:
        write_atomically(packs_dir / STATE_FILE, json.dumps(asdict(self), ensure_ascii=False, indent=1).encode())

    def reset_for(self, url: str) -> None:
        """A different sync.url: what was learnt about the old one no longer applies."""
        if url != self.url:
            self.url, self.etag, self.last_modified, self.handled = url, "", "", ""
            self.failures, self.next_attempt = 0, 0.0

    def succeeded(self, now: float, interval: float) -> None:
        self.failures, self.last_error = 0, ""
        self.next_attempt = now + interval

    def failed(self, now: float, interval: float, error: str, rand: float) -> float:
        """Count a failure and schedule the next try; return the wait in seconds."""
        self.failures += 1
        self.last_error = error
        wait = backoff(interval, self.failures, rand)
        self.next_attempt = now + wait
        return wait


def backoff(interval: float, failures: int, rand: float) -> float:
    """interval x 2^failures, at most the cap, with jitter (`rand` is uniform in [0, 1))."""
    nominal = min(BACKOFF_CAP_SECONDS, interval * 2 ** min(failures, 32))
    return nominal * (1 - JITTER + 2 * JITTER * rand)


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))
