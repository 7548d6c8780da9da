#!/usr/bin/env python3
"""Use a running kiosk at a brisk visitor's pace while its content is swapped COUNT times.

Opens the kiosk on the demo content (built in a temporary folder, with a copy to swap to),
then every 50 to 150 ms does what a visitor or the booth might: opens a random screen or
exhibit, goes back, resizes the window (with --windowed), or goes to the attract screen and
announces a newly installed pack there, which makes the kiosk open a new session on the
other copy and close the old one (ui/content.py). It fails on any Qt warning, and when the
interface stops answering for 20 s it prints every thread's stack and exits with status 1
(a deadlock between the image thread and the GUI thread would end here).

    xvfb-run -a .venv/bin/python scripts/swap_stress.py 100 [--windowed] [--seed N]

Under xvfb-run Qt draws with OpenGL on its threaded render loop, as on a booth; offscreen
(QT_QPA_PLATFORM=offscreen, as the tests run it) with the basic loop.
The last line is "N swaps, M actions, W Qt warnings"; the exit status is 1 on any warning.
"""

from __future__ import annotations

import argparse
import faulthandler
import random
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange.demo import build_demo
from kiosk.ui import app
from kiosk.ui.content import ContentSwap

HANG_SECONDS = 20
KINDS = ("patent", "trademark", "gi", "story", "guide", "event")
SCREENS = ("home", "events", "search/zhishi", "search/专利", "search/goji", *(f"gallery/{kind}" for kind in KINDS))


class Visitor:
    """Random actions on whichever session is on screen, until `swaps` swaps have happened."""

    def __init__(self, swap: ContentSwap, folders: tuple[Path, Path], swaps: int, windowed: bool, seed: int):
        self.swap, self.folders, self.wanted, self.windowed = swap, folders, swaps, windowed
        self.random = random.Random(seed)
        self.swaps = self.actions = 0
        self.session = swap.session
        with ExhibitStore.open(folders[0], readonly=True) as store:
            self.ids = sorted(exhibit.id for exhibit in store.exhibits())

    def step(self) -> None:
        faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
        if self.swap.session is not self.session:
            self.session, self.swaps = self.swap.session, self.swaps + 1
            print(f"swap {self.swaps} after {self.actions} actions", flush=True)
            if self.swaps >= self.wanted:
                self.session.app.exit(0)
                return
        self.actions += 1
        QTimer.singleShot(self.act(), self.step)

    def act(self) -> int:
        """One action; how many milliseconds until the next."""
        nav, roll = self.session.nav, self.random.random()
        if roll < 0.12:
            nav.go("attract")
            other = self.folders[self.swaps % 2 == 0]
            self.session.content.reloadRequested.emit(str(other))
            return 1500  # stay on the attract screen while the swap happens
        if roll < 0.22 and self.windowed:
            self.session.window.resize(self.random.randint(800, 1920), self.random.randint(600, 1080))
        elif roll < 0.32:
            nav.back()
        elif roll < 0.62:
            nav.go(self.random.choice(SCREENS))
        else:
            nav.go(f"exhibit/{self.random.choice(self.ids)}")
        return self.random.randint(50, 150)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="content swaps to make")
    parser.add_argument("--windowed", action="store_true", help="in a window that is resized too (else kiosk mode)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            warnings.append(text)
            print(f"Qt: {text}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="swap-stress-") as temp:
        root = Path(temp)
        first, _ = build_demo(Paths(root / "data", root / "config"), Settings(), out=root / "a")
        second = Path(shutil.copytree(first, root / "b"))
        qInstallMessageHandler(on_message)
        settings = Settings()
        session = app.start(first, lang="zh", settings=settings, sync=False)
        app.show(session, windowed=args.windowed)
        swap = ContentSwap(session, partial(app.start, lang="zh", settings=settings, sync=False), app.images_loading)
        visitor = Visitor(swap, (first, second), args.count, args.windowed, args.seed)
        QTimer.singleShot(0, visitor.step)
        session.app.exec()
        faulthandler.cancel_dump_traceback_later()
        swap.close()
    print(f"{visitor.swaps} swaps, {visitor.actions} actions, {len(warnings)} Qt warnings")
    return 1 if warnings or visitor.swaps < args.count else 0


if __name__ == "__main__":
    sys.exit(main())
