"""Child process of `kiosk bench ui`: start the kiosk, print seconds to its first frame.

Run as `python -m kiosk.bench.firstframe CONTENT ROUTE T0`, where T0 is
time.monotonic() in the parent just before it started this process (the
monotonic clock is shared by all processes), so interpreter start-up, imports,
fonts, the database and QML loading are all counted, as a visitor would see.
"""

from __future__ import annotations

import sys
import time


def main(argv: list[str]) -> int:
    content, route, t0 = argv[0], argv[1], float(argv[2])
    from pathlib import Path

    from PySide6.QtCore import QObject, Slot

    from kiosk.ui.app import start

    session = start(Path(content), lang="zh", route=route)

    class FirstFrame(QObject):
        @Slot()
        def _on_frame_swapped(self) -> None:
            print(f"{time.monotonic() - t0:.4f}", flush=True)
            session.app.quit()

    probe = FirstFrame()
    session.window.frameSwapped.connect(probe._on_frame_swapped)
    session.window.resize(1920, 1080)
    session.window.show()
    try:
        return session.app.exec()
    finally:
        session.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
