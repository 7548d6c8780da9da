"""The sd_notify protocol: one datagram to the Unix socket named in NOTIFY_SOCKET.

systemd (a `Type=notify` unit) waits for READY=1 before it counts the kiosk as started, and
`kiosk bench start` listens the same way to time a real start. Outside a supervisor the
variable is unset and nothing is sent. A name starting with "@" is an abstract socket.
"""

from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger(__name__)


def notify(message: str) -> bool:
    """Send `message` ("READY=1", "WATCHDOG=1", "STATUS=...", lines joined by newlines); True if it was sent."""
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message.encode("utf-8"))
    except OSError as exc:  # a supervisor gone away must never stop the kiosk
        log.warning("could not notify the service manager at %s: %s", address.lstrip("\0"), exc)
        return False
    return True
