"""What the interface's features receive at start-up to install themselves.

Each feature module (browse.py, reading.py, ...) has `install(ui: UiContext)`,
which creates its controllers and models, sets them as QML context properties
and keeps them in `ui.keep` so they live as long as the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.ui.navigator import Navigator
from kiosk.ui.state import KioskState


@dataclass
class UiContext:
    engine: QQmlApplicationEngine
    store: ExhibitStore
    state: KioskState
    nav: Navigator
    content_folder: Path
    settings: Settings
    keep: list[QObject] = field(default_factory=list)

    def expose(self, name: str, obj: QObject) -> None:
        """Make `obj` available to QML as `name`, owned by the session."""
        self.engine.rootContext().setContextProperty(name, obj)
        self.keep.append(obj)
