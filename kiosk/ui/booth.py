"""The booth's own title and subtitle (settings booth.*), for QML as `booth`; installed by app.start().

They are settings, not interface strings, so another office's booth names itself in
kiosk.toml without touching the QML or its translation. Each is given in the visitor's
language, and the title also in the other language for screens that show both. The
application's display name (and so the window's title) follows the visitor's language.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import LANGS
from kiosk.ui.context import UiContext
from kiosk.ui.state import KioskState


class BoothText(QObject):
    """The booth's title and subtitle in the visitor's language (and the title in the other one)."""

    textChanged = Signal()

    def __init__(self, settings: Settings, state: KioskState, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._state = state
        state.languageChanged.connect(self._on_language_changed)
        self._name_application()

    def text(self, field: str, language: str) -> str:
        """`field` ("title" or "subtitle") of the booth in `language`."""
        return self._settings[f"booth.{field}_{language}"]

    def _other_language(self) -> str:
        return LANGS[(LANGS.index(self._state.language) + 1) % len(LANGS)]

    def _get_title(self) -> str:
        return self.text("title", self._state.language)

    def _get_other_title(self) -> str:
        return self.text("title", self._other_language())

    def _get_subtitle(self) -> str:
        return self.text("subtitle", self._state.language)

    title = Property(str, _get_title, notify=textChanged)
    otherTitle = Property(str, _get_other_title, notify=textChanged)
    subtitle = Property(str, _get_subtitle, notify=textChanged)

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._name_application()
        self.textChanged.emit()

    def _name_application(self) -> None:
        # The window's title is the same text, so the platform does not append it a second time.
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.setApplicationDisplayName(self._get_title())


def install(ui: UiContext) -> None:
    """Expose the booth's texts to QML as `booth`."""
    ui.expose("booth", BoothText(ui.settings, ui.state))
