"""Start-up of the Qt interface, step by step.

run() is what `kiosk` calls to open the booth's window; grab() renders the same
window offscreen into a PNG (for screenshots and tests). Both go through the
same steps:

  1. the Qt application (one per process), with its name;
  2. the bundled fonts, made the default (Chinese never depends on the system);
  3. the content folder's exhibit store, opened read-only;
  4. the visitor's state and the navigator;
  5. the QML engine, with the "media" image provider and the context properties;
  6. kiosk/ui/qml/Main.qml, loaded (any QML error stops the start with a message);
  7. the shell: the idle monitor (an application-wide event filter) and the staff exit;
  8. `content` (content.py): the content badge, the background pack sync (when configured)
     and the watch for a newly installed pack;
then run() shows the window and runs the event loop: in kiosk mode locked down full
screen (lockdown.py), else in a 1280x800 window. grab() instead waits until the window
has drawn a frame with every image settled, grabs it and saves it. While run() runs, a
window that goes away without staff asking ends it with exit code 3 (window_guard.py), so a
supervisor starts the kiosk again rather than leaving a black screen; its first frame sends
READY=1 to the supervisor, and SIGTERM or SIGINT quits as staff leaving does (supervision.py).

When a new pack becomes active while the kiosk runs, `content` asks for a reload at the
next attract screen (never during a visitor's session); ContentSwap then starts a new
session on the new content, shows its window and only then closes the old one, all in
the same process and event loop.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from shiboken6 import Shiboken

from kiosk.core.base.errors import KioskError
from kiosk.core.base.paths import APP_NAME, Paths
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import LANGS
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.ui import booth, browse, fonts, reading
from kiosk.ui.content import ContentStatus, ContentSwap
from kiosk.ui.context import UiContext
from kiosk.ui.i18n import InterfaceLanguage
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.images import PROVIDER_NAME, MediaImageProvider
from kiosk.ui.lockdown import KioskLock, StaffExit
from kiosk.ui.navigator import START, Navigator
from kiosk.ui.state import KioskState
from kiosk.ui.supervision import ReadyOnFirstFrame, SignalQuit
from kiosk.ui.window_guard import WindowGuard

QML_DIR = Path(__file__).resolve().parent / "qml"
QML_MAIN = QML_DIR / "Main.qml"
WINDOWED_SIZE = (1280, 800)
GRAB_TIMEOUT_MS = 15_000
SETTLING = frozenset({"exhibitThumb", "screenLoader", "idleOverlay"})


@dataclass
class Session:
    """Everything one window needs, kept alive together and closed in order."""

    app: QGuiApplication
    store: ExhibitStore
    state: KioskState
    nav: Navigator
    engine: QQmlApplicationEngine
    provider: MediaImageProvider  # owned by the engine; kept here so its Python side lives as long
    language: InterfaceLanguage
    window: QQuickWindow
    features: list[QObject]  # the features' controllers (see context.py), deleted after the engine
    idle: IdleMonitor
    staff: StaffExit
    lock: KioskLock | None = None  # set by show() in kiosk mode
    content: ContentStatus | None = None  # also in features; kept here to stop its sync thread first
    leaving: bool = False  # staff asked to quit: the window may close now (window_guard.py)

    def leave(self) -> None:
        """Staff entered the PIN: quit. Kiosk mode is released first, since its lock refuses to close the window
        and Qt quits only once every window has closed."""
        self.leaving = True
        if self.lock is not None:
            self.lock.release(self.app)
        self.app.quit()

    def close(self) -> None:
        """Tear down QML first (it owns the window), so no binding outlives the objects it reads."""
        if self.content is not None and Shiboken.isValid(self.content):
            self.content.shutdown()
        self.window.hide()
        self.idle.uninstall(self.app)  # the application outlives the session (tests start many)
        if self.lock is not None:
            self.lock.release(self.app)
        shell = (self.idle, self.staff, *([self.lock] if self.lock else []))
        for obj in (self.engine, self.language, *self.features, *shell, self.nav, self.state):
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


def show(session: Session, *, windowed: bool) -> None:
    """Show the window: in a 1280x800 window, or locked down full screen (kiosk mode)."""
    if windowed:
        session.window.resize(*WINDOWED_SIZE)
        session.window.show()
        return
    session.lock = KioskLock(session.window)
    session.lock.engage(session.app)
    session.window.showFullScreen()


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
    """
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    session = start(content_folder, lang=lang, route=route, settings=settings, sync=False)
    toggles = {
        "large-text": "toggleLargeText",
        "high-contrast": "toggleHighContrast",
        "reduced-motion": "toggleReducedMotion",
    }
    for choice in choices:
        getattr(session.state, toggles[choice])()
    try:
        session.window.resize(*size)
        image = FrameWaiter(session.window).grab(GRAB_TIMEOUT_MS)
        out_png.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out_png), "PNG"):
            raise KioskError(f"The screenshot could not be written to {out_png}.")
    finally:
        session.close()
    return out_png


def start(
    content_folder: Path, *, lang: str, route: str = START, settings: Settings | None = None, sync: bool = True
) -> Session:
    """Steps 1 to 8: everything up to a loaded, not yet shown, main window (`sync`: start the pack sync)."""
    if lang not in LANGS:
        raise KioskError(f"Unknown language {lang!r}; choose one of {', '.join(LANGS)}.")
    app = application()  # 1
    fonts.install(app)  # 2
    store = ExhibitStore.open(content_folder, readonly=True)  # 3
    try:
        settings = settings or Settings()
        state = KioskState(lang, settings["ui.idle_seconds"], settings["ui.countdown_seconds"])  # 4
        nav = Navigator(route)
        engine = QQmlApplicationEngine()  # 5
        engine.addImportPath(str(QML_DIR))
        provider = MediaImageProvider(content_folder)
        engine.addImageProvider(PROVIDER_NAME, provider)
        context = engine.rootContext()
        context.setContextProperty("kiosk", state)
        context.setContextProperty("nav", nav)
        ui = UiContext(engine, store, state, nav, content_folder, settings)
        for feature in (browse, reading, booth):  # booth names the application too
            feature.install(ui)
        content = ContentStatus(Paths.default(), settings, content_folder, nav)  # 8
        ui.expose("content", content)
        idle, staff = shell(ui, app)
        language = InterfaceLanguage(engine)
        language.apply(lang)
        language.follow(state.languageChanged)
        window = load_main(engine)  # 6
    except BaseException:
        store.close()
        raise
    idle.install(app)  # 7
    if sync:
        content.start_sync()  # 8, once nothing else can fail
    session = Session(app, store, state, nav, engine, provider, language, window, ui.keep, idle, staff, content=content)
    staff.exitConfirmed.connect(session.leave)
    return session


def shell(ui: UiContext, app: QGuiApplication) -> tuple[IdleMonitor, StaffExit]:
    """The idle monitor (`idle`) and the staff exit (`staffExit`), exposed to QML and wired up."""
    idle = IdleMonitor(ui.state, ui.nav)
    staff = StaffExit(ui.settings["security.staff_pin_hash"])
    ui.state.visitorReset.connect(staff.cancel)
    for name, obj in (("idle", idle), ("staffExit", staff)):
        ui.engine.rootContext().setContextProperty(name, obj)
    return idle, staff


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


class FrameWaiter(QObject):
    """Waits, without sleeping, for a frame drawn after every image has settled."""

    def __init__(self, window: QQuickWindow):
        super().__init__()
        self._window = window
        self._loop = QEventLoop()
        self._settled = False

    def grab(self, timeout_ms: int) -> QImage:
        """Show the window, wait for a settled frame and return its image."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(self._on_timeout)
        self._window.frameSwapped.connect(self._on_frame_swapped)
        self._window.show()
        self._window.update()
        timer.start(timeout_ms)
        self._loop.exec()
        timer.stop()
        self._window.frameSwapped.disconnect(self._on_frame_swapped)
        if not self._settled:
            raise KioskError(f"The kiosk window did not finish drawing within {timeout_ms / 1000:.0f} s.")
        return self._window.grabWindow()

    @Slot()
    def _on_frame_swapped(self) -> None:
        if images_loading(self._window):
            self._window.update()  # draw again once more images have arrived
            return
        self._settled = True
        self._loop.quit()

    @Slot()
    def _on_timeout(self) -> None:
        self._loop.quit()


def images_loading(window: QQuickWindow) -> int:
    """How many images (and shell transitions) in the window are still loading."""
    return sum(1 for item in thumb_items(window.contentItem()) if item.property("loading"))


def thumb_items(item: QQuickItem) -> Iterator[QQuickItem]:
    """Items below `item` that may still be settling, each with a `loading` property: the exhibit
    thumbnails (Image items named "exhibitThumb"), the screen sliding in and the idle overlay fading in."""
    for child in item.childItems():
        if child.objectName() in SETTLING:
            yield child
        yield from thumb_items(child)
