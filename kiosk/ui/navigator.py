"""Where the visitor is: the current screen, its parameter, and the way back.

Routes are strings "<screen>" or "<screen>/<param>": "attract", "home", "gallery/<kind>",
"exhibit/<id>", "search/<query>", "events". Each screen is added by the feature that
shows it (UiContext.add_screen), with its QML file; QML loads `screenSource` and reads
`param`. A feature may close its screens to whoever should not reach them (staff screens
outside a staff session): a route to a closed screen is refused, and Back skips it. Back pops
the history, Home and the idle reset clear it. The history lives here, not in QML, so tests
can drive it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

START = "attract"
log = logging.getLogger(__name__)
_MAX_HISTORY = 50  # a visitor who taps through 50 exhibits still gets Back, without the list growing for ever


def parse_route(route: str, screens: Collection[str]) -> tuple[str, str]:
    """("gallery", "patent") for "gallery/patent"; a screen not in `screens` raises ValueError."""
    screen, _, param = route.partition("/")
    if screen not in screens:
        known = ", ".join(screens) or "none yet"
        raise ValueError(f"unknown screen {screen!r} in route {route!r}; known: {known}")
    return screen, param


class Navigator(QObject):
    """The visitor's place in the kiosk, and the history behind it."""

    routeChanged = Signal()

    def __init__(self, start: str = START, parent: QObject | None = None):
        super().__init__(parent)
        self._screens: dict[str, QUrl] = {}
        self._allowed: dict[str, Callable[[], bool]] = {}
        self._route = (start.partition("/")[0], start.partition("/")[2])  # checked by check_start()
        self._history: list[tuple[str, str]] = []
        self._direction = 0

    def add_screen(self, name: str, source: QUrl, *, allowed: Callable[[], bool] | None = None) -> None:
        """Routes "<name>" and "<name>/<param>" show the QML file at `source`; only while `allowed()` says so,
        when given (staff screens: only in a staff session). A route refused is not opened."""
        if name in self._screens or "/" in name or not name:
            raise ValueError(f"screen name {name!r} is taken or not a name")
        self._screens[name] = source
        if allowed is not None:
            self._allowed[name] = allowed

    def may_open(self, screen: str) -> bool:
        allowed = self._allowed.get(screen)
        return allowed is None or allowed()

    def leave_if_refused(self) -> None:
        """After who may open what changed (a staff session ended): a refused screen gives way to the attract loop."""
        if not self.may_open(self._route[0]):
            self.reset()

    def check_start(self) -> None:
        """Raise ValueError unless a feature added the screen of the route the navigator started on,
        and it may be opened now."""
        parse_route(self._get_route(), self._screens)
        if not self.may_open(self._route[0]):
            raise ValueError(f"the screen {self._route[0]!r} cannot be opened now")

    def _refused(self, target: tuple[str, str]) -> bool:
        if self.may_open(target[0]):
            return False
        log.warning("route %s/%s refused: its screen is not open to the visitor now", *target)
        return True

    def screens(self) -> list[str]:
        return list(self._screens)

    def _get_screen(self) -> str:
        return self._route[0]

    def _get_param(self) -> str:
        return self._route[1]

    def _get_route(self) -> str:
        screen, param = self._route
        return f"{screen}/{param}" if param else screen

    def _get_can_go_back(self) -> bool:
        return bool(self._history)

    def _get_direction(self) -> int:
        return self._direction

    def _get_screen_source(self) -> QUrl:
        return self._screens.get(self._route[0], QUrl())

    screen = Property(str, _get_screen, notify=routeChanged)
    screenSource = Property(QUrl, _get_screen_source, notify=routeChanged)  # the QML file of `screen`
    param = Property(str, _get_param, notify=routeChanged)
    route = Property(str, _get_route, notify=routeChanged)
    canGoBack = Property(bool, _get_can_go_back, notify=routeChanged)
    # Which way the last change went, for the screen transition: 1 forward, -1 back (Back, Home, reset), 0 in place.
    direction = Property(int, _get_direction, notify=routeChanged)

    def _move(self, route: tuple[str, str], direction: int) -> None:
        self._route = route
        self._direction = direction
        self.routeChanged.emit()

    @Slot(str)
    def go(self, route: str) -> None:
        """Open `route`, remembering where the visitor came from (the attract loop is never returned to)."""
        target = parse_route(route, self._screens)
        if target == self._route or self._refused(target):
            return
        if self._route[0] != "attract":
            self._history = [*self._history, self._route][-_MAX_HISTORY:]
        self._move(target, 1)

    @Slot(str)
    def replace(self, route: str) -> None:
        """Show `route` in place of the current screen (a search whose text changed, say)."""
        target = parse_route(route, self._screens)
        if target != self._route and not self._refused(target):
            self._move(target, 0)

    @Slot()
    def back(self) -> None:
        """One step back; from the first screen after the attract loop, back to Home."""
        while self._history and self._refused(self._history[-1]):
            self._history.pop()  # never back into a screen that is closed now
        if self._history:
            self._move(self._history.pop(), -1)
        elif self._route[0] not in ("home", "attract"):
            self._move(("home", ""), -1)

    @Slot()
    def home(self) -> None:
        self._clear_history_and_go(("home", ""))

    @Slot()
    def reset(self) -> None:
        """For the next visitor: back to the attract loop with no history."""
        self._clear_history_and_go(("attract", ""))

    def _clear_history_and_go(self, route: tuple[str, str]) -> None:
        had_history = bool(self._history)
        self._history = []
        if self._route != route:
            self._move(route, -1)
        elif had_history:
            self._direction = 0
            self.routeChanged.emit()  # canGoBack changed
