"""Start-up of the Qt interface, step by step.

run() is what `kiosk` calls to open the booth's window; curate() opens the staff
screens on a staff computer (`kiosk curate`); grab() renders the same window offscreen
into a PNG (for screenshots and tests). All go through the same steps:

  1. the Qt application (one per process), with its name;
  2. the bundled fonts, made the default (Chinese never depends on the system);
  3. the content folder's exhibit store, opened read-only;
  4. the visitor's state (in a language the booth offers) and the navigator, and the QML engine;
  5. the features (FEATURES, each a module with install(ui), see context.py), which expose
     their controllers to QML and add their screens: the shell (shell.py: state, navigation,
     pictures, language, idle reset, staff exit), browse, reading, the booth's texts and
     `content` (content.py: the content badge and the watch for a newly installed pack) and
     staff mode's screens; then the staff session, when the start is for staff (curate(), or a
     screenshot of a staff route), before the route is checked: staff routes need one;
  6. kiosk/ui/qml/Main.qml, loaded (any QML error stops the start with a message), and then
     what the features start once the window is there: the idle monitor's event filter and
     the background pack sync (when configured);
then run() shows the window and runs the event loop: in kiosk mode locked down full
screen (lockdown.py), else in a 1280x800 window. grab() instead waits until the window
has drawn a frame with every image settled, grabs it and saves it. While run() runs, a
window that goes away without staff asking ends it with exit code 3 (window_guard.py), so a
supervisor starts the kiosk again rather than leaving a black screen; its first frame sends
READY=1 to the supervisor, and SIGTERM or SIGINT quits as staff closing the kiosk from staff
mode does (supervision.py). curate() instead ends when staff leave staff mode or close the window.

When a new pack becomes active while the kiosk runs, `content` asks for a reload at the
next attract screen (never during a visitor's session); ContentSwap then starts a new
session on the new content, shows its window and only then closes the old one, all in
the same process and event loop.
"""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from shiboken6 import Shiboken

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import APP_NAME, Paths
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import LANGS
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.ui import booth, browse, content, fonts, reading, shell, staff
from kiosk.ui.content import ContentSwap
from kiosk.ui.context import QML_DIR, UiContext
from kiosk.ui.frames import FrameWaiter, images_loading
from kiosk.ui.images import PROVIDER_NAME
from kiosk.ui.lockdown import KioskLock
from kiosk.ui.navigator import START, Navigator
from kiosk.ui.queued import call_from_event_loop, show_sized
from kiosk.ui.staff_session import StaffLogin, shot_login
from kiosk.ui.state import KioskState
from kiosk.ui.supervision import ReadyOnFirstFrame, SignalQuit
from kiosk.ui.window_guard import WindowGuard

QML_MAIN = QML_DIR / "Main.qml"
# The interface's features, in the order they install (each a module with install(ui), see context.py);
# the shell first: the others read its state.
FEATURES = (shell, browse, reading, booth, content, staff)
WINDOWED_SIZE = (1280, 800)
GRAB_TIMEOUT_MS = 15_000


@dataclass
class Session:
    """Everything one window needs, kept alive together and closed in order."""

    ui: UiContext  # the features' controllers, screens, image providers and steps (context.py)
    window: QQuickWindow
    lock: KioskLock | None = None  # set by show() in kiosk mode
    leaving: bool = False  # staff asked to quit: the window may close now (window_guard.py)
    closed: bool = False

    app = property(lambda self: self.ui.app)
    store = property(lambda self: self.ui.store)
    state = property(lambda self: self.ui.state)
    nav = property(lambda self: self.ui.nav)
    engine = property(lambda self: self.ui.engine)
    features = property(lambda self: self.ui.exposed)  # by the name QML knows them by
    provider = property(lambda self: self.ui.providers[PROVIDER_NAME])
    idle = property(lambda self: self.ui.exposed["idle"])
    staff = property(lambda self: self.ui.exposed["staffExit"])  # the PIN pad
    staff_session = property(lambda self: self.ui.staff_session)  # who is in staff mode
    content = property(lambda self: self.ui.exposed.get("content"))

    def leave(self) -> None:
        """Staff chose to close the kiosk in staff mode (or SIGTERM): quit. Kiosk mode is released first, since its lock
        refuses to close the window and Qt quits only once every window has closed."""
        self.leaving = True
        if self.lock is not None:
            self.lock.release(self.app)
        self.app.quit()

    def close(self) -> None:
        """Stop what the features started, then tear down QML first (it owns the window), so no binding
        outlives the objects it reads; the controllers go in the reverse order of their installing."""
        if self.closed:
            return
        self.closed = True
        self.ui.close()
        self.window.hide()
        if self.lock is not None:
            self.lock.release(self.app)
            Shiboken.delete(self.lock)
        for obj in (self.engine, *reversed(self.ui.owned), *reversed(self.ui.exposed.values())):
            if Shiboken.isValid(obj):
                Shiboken.delete(obj)
        self.store.close()


def run(content_folder: Path, *, windowed: bool, lang: str, settings: Settings | None = None) -> int:
    """Open the kiosk on the content in `content_folder` (kiosk mode unless `windowed`); return the exit code."""
    session = start(content_folder, lang=lang, settings=settings)
    show(session, windowed=windowed)
    ReadyOnFirstFrame(session.window, f"showing {content_folder}")  # sd_notify READY=1; the window keeps it
    guard = WindowGuard(session.app)  # a window gone unasked ends the kiosk with EXIT_WINDOW_LOST
    # A new pack becomes active: a new session on it at the next attract screen (content.py).
    swap = ContentSwap(session, partial(start, lang=lang, settings=settings), images_loading, guard.watch)
    stop = SignalQuit(partial(_leave_on_screen, swap))  # SIGTERM, SIGINT
    try:
        return session.app.exec()
    finally:
        stop.uninstall()
        guard.stand_down()
        swap.close()


def _leave_on_screen(swap: ContentSwap) -> None:
    swap.session.leave()


def curate(content_folder: Path, *, lang: str, account: str, settings: Settings | None = None) -> int:
    """Staff mode in a 1280x800 window (never kiosk mode), for `account` without a PIN, on staff home;
    it ends, with exit code 0, when staff leave staff mode or close the window."""
    login = StaffLogin(account, "staff", with_pin=False)
    session = start(content_folder, lang=lang, route="staff/home", settings=settings, sync=False, staff=login)
    session.staff_session.ended.connect(session.leave)  # "Leave staff mode" closes the window
    show(session, windowed=True)
    try:
        return session.app.exec()
    finally:
        session.close()


def show(session: Session, *, windowed: bool) -> None:
    """Show the window: in a 1280x800 window, or locked down full screen (kiosk mode)."""
    if windowed:
        show_sized(session.window, *WINDOWED_SIZE)  # by the event loop: see queued.py
        return
    session.lock = KioskLock(session.window, staff_in=session.staff_session.is_active)
    session.lock.engage(session.app)
    call_from_event_loop(session.window, "showFullScreen")


def grab(
    content_folder: Path,
    out_png: Path,
    size: tuple[int, int] = (1920, 1080),
    lang: str = "zh",
    route: str = START,
    settings: Settings | None = None,
    choices: tuple[str, ...] = (),
) -> Path:
    """Render the kiosk window offscreen at `size` and save it as a PNG; return its path.

    `choices` are the visitor's accessibility choices to show: "large-text", "high-contrast", "reduced-motion".
    A staff route is shown in a staff session begun for the shot, without a PIN (staff_session.shot_login).
    """
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings = settings or Settings()
    staff = shot_login(Paths.default(), settings) if route.partition("/")[0] == "staff" else None
    session = start(content_folder, lang=lang, route=route, settings=settings, sync=False, staff=staff)
    toggles = {
        "large-text": "toggleLargeText",
        "high-contrast": "toggleHighContrast",
        "reduced-motion": "toggleReducedMotion",
    }
    for choice in choices:
        getattr(session.state, toggles[choice])()
    session.window.setProperty("still", True)  # the picture the transitions end on, without waiting for them
    try:
        image = FrameWaiter(session.window).grab(size, GRAB_TIMEOUT_MS)
        out_png.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out_png), "PNG"):
            raise KioskError(f"The screenshot could not be written to {out_png}.")
    finally:
        session.close()
    return out_png


def start(
    content_folder: Path, *, lang: str, route: str = START, settings: Settings | None = None, sync: bool = True,
    staff: StaffLogin | None = None,
) -> Session:  # fmt: skip
    """Steps 1 to 6: everything up to a loaded, not yet shown, main window (`sync`: start the pack sync;
    `staff`: begin a staff session for them, as `kiosk curate` and a screenshot of a staff route do)."""
    if lang not in LANGS:
        raise KioskError(f"Unknown language {lang!r}; choose one of {', '.join(LANGS)}.")
    app = application()  # 1
    fonts.install(app)  # 2
    store = ExhibitStore.open(content_folder, readonly=True)  # 3
    try:
        settings = settings or Settings()
        timing = settings["ui.idle_seconds"], settings["ui.countdown_seconds"]
        state = KioskState(lang, *timing, languages=settings["ui.languages"])  # 4
        engine = QQmlApplicationEngine()
        engine.addImportPath(str(QML_DIR))
        ui = UiContext(app, engine, store, state, Navigator(route), content_folder, settings, sync)
        for feature in FEATURES:  # 5
            feature.install(ui)
        if staff is not None:
            ui.staff_session.begin(staff.account, staff.role, with_pin=staff.with_pin)
        check_route(ui.nav)
        window = load_main(engine)  # 6
    except BaseException:
        store.close()
        raise
    ui.loaded(window)  # the idle monitor's event filter, the pack sync: once nothing else can fail
    session = Session(ui, window)
    ui.staff_session.quitRequested.connect(session.leave)
    # What the start made (modules, QML bindings, the session) lives as long as the window: the collector
    # need not go through it again and again, nor once more at exit (some 100 ms). A swap unfreezes it.
    gc.freeze()
    return session


def check_route(nav: Navigator) -> None:
    """The route asked for names a screen some feature shows, else KioskError."""
    try:
        nav.check_start()
    except ValueError as exc:
        raise KioskError(str(exc)[0].upper() + str(exc)[1:] + ".") from None


def application() -> QGuiApplication:
    """The process's Qt application, created on first use."""
    app = QGuiApplication.instance()
    if app is None:
        # The Qt Virtual Keyboard is the input method (search types with it); read when the app is created.
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
        app = QGuiApplication(sys.argv[:1])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("the kiosk needs a QGuiApplication, not a QCoreApplication")
    app.setApplicationName(APP_NAME)
    return app


def load_main(engine: QQmlApplicationEngine) -> QQuickWindow:
    """Load Main.qml; raise KioskError naming the QML errors if it does not load."""
    errors: list[str] = []
    collector = _WarningCollector(errors)
    engine.warnings.connect(collector._on_warnings)
    engine.load(QUrl.fromLocalFile(str(QML_MAIN)))
    engine.warnings.disconnect(collector._on_warnings)
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        detail = "; ".join(errors) or "no window was created"
        raise KioskError(f"The kiosk interface {QML_MAIN} could not be loaded: {detail}")
    return roots[0]


class _WarningCollector(QObject):
    def __init__(self, errors: list[str]):
        super().__init__()
        self._errors = errors

    @Slot(list)
    def _on_warnings(self, warnings: list) -> None:
        self._errors.extend(w.toString() for w in warnings)
