"""How a feature joins the interface: one UiContext, handed to each feature's install() at start-up.

A feature is one Python module with `install(ui: UiContext) -> None` (and, for its screens,
a folder of QML). In install() it may, and this is the only way it does:

- `ui.expose(name, obj)`: give QML a controller or model under `name` (a context property),
  owned by the session and deleted after the QML engine when the window closes;
- `ui.add_screen(name, qml_file, allowed=...)`: show `qml_file` for routes "<name>" and
  "<name>/<param>" (only while `allowed()` says so, when given: staff screens);
- `ui.add_image_provider(name, provider)`: serve image://<name>/... URLs;
- `ui.own(obj)`: keep an object that QML does not read alive for the session;
- `ui.when_loaded(step)` and `ui.when_closed(step)`: run `step` once the window has loaded
  (`ui.window` is then set: start threads, event filters) and when the session closes (stop
  them), in reverse order.

app.FEATURES lists the features in the order they install. A feature reads the shared
parts (store, state, nav, settings) from the context and never imports another feature.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickImageProvider, QQuickWindow

from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.ui.navigator import Navigator
from kiosk.ui.staff_session import StaffSession
from kiosk.ui.state import KioskState

Step = Callable[[], None]
QML_DIR = Path(__file__).resolve().parent / "qml"  # Main.qml, the Kiosk module and the visitor screens
SCREENS_DIR = QML_DIR / "screens"


@dataclass
class UiContext:
    app: QGuiApplication
    engine: QQmlApplicationEngine
    store: ExhibitStore
    state: KioskState
    nav: Navigator
    content_folder: Path
    settings: Settings
    sync: bool = True  # may features start background network work (no: a screenshot)
    staff_session: StaffSession = field(default_factory=StaffSession)  # opens the screens under staff/
    window: QQuickWindow | None = None  # the main window, once loaded (for when_loaded steps)
    exposed: dict[str, QObject] = field(default_factory=dict)
    owned: list[QObject] = field(default_factory=list)
    providers: dict[str, QQuickImageProvider] = field(default_factory=dict)
    loaded_steps: list[Step] = field(default_factory=list)
    closing_steps: list[Step] = field(default_factory=list)

    def expose(self, name: str, obj: QObject) -> None:
        """Make `obj` available to QML as `name`, owned by the session."""
        if name in self.exposed:
            raise ValueError(f"two features expose {name!r} to QML")
        self.engine.rootContext().setContextProperty(name, obj)
        self.exposed[name] = obj

    def own(self, obj: QObject) -> None:
        """Keep `obj` alive as long as the session; deleted with the features' controllers."""
        self.owned.append(obj)

    def add_screen(self, name: str, qml_file: Path, *, allowed: Callable[[], bool] | None = None) -> None:
        """Show `qml_file` for the routes of screen `name` (only while `allowed()`, when given)."""
        self.nav.add_screen(name, QUrl.fromLocalFile(str(qml_file)), allowed=allowed)

    def add_image_provider(self, name: str, provider: QQuickImageProvider) -> None:
        """Serve image://`name`/... with `provider`; the engine owns it, the session keeps its Python side."""
        self.engine.addImageProvider(name, provider)
        self.providers[name] = provider

    def when_loaded(self, step: Step) -> None:
        self.loaded_steps.append(step)

    def when_closed(self, step: Step) -> None:
        self.closing_steps.append(step)

    def loaded(self, window: QQuickWindow) -> None:
        self.window = window
        for step in self.loaded_steps:
            step()

    def close(self) -> None:
        for step in reversed(self.closing_steps):
            step()
