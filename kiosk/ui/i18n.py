"""Interface language: installs the translation of the QML strings (qsTr).

Interface strings are written in English in the QML sources; a translation for
another language is `assets/translations/kiosk_<lang>.qm`. When the visitor
switches language, the matching translation (if there is one) replaces the
previous one and the QML engine re-evaluates every qsTr binding.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, SignalInstance, Slot
from PySide6.QtQml import QQmlEngine

from kiosk.core.base import paths

SOURCE_LANGUAGE = "en"

log = logging.getLogger(__name__)


def translations_folder() -> Path:
    return paths.assets() / "translations"


class InterfaceLanguage(QObject):
    """Keeps the installed translation in step with the visitor's language."""

    def __init__(self, engine: QQmlEngine, folder: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._engine = engine
        self._folder = folder or translations_folder()
        self._translator: QTranslator | None = None

    def apply(self, language: str) -> bool:
        """Install the translation for `language`; True if one was found (or none is needed)."""
        self._remove()
        found = language == SOURCE_LANGUAGE
        if not found:
            translator = QTranslator(self)
            found = translator.load(f"kiosk_{language}", str(self._folder))
            if found:
                QCoreApplication.installTranslator(translator)
                self._translator = translator
            else:
                log.info("no interface translation for %r in %s", language, self._folder)
        self._engine.retranslate()
        return found

    def follow(self, language_changed: SignalInstance) -> None:
        """Apply each language that `language_changed` (a signal carrying a str) announces."""
        language_changed.connect(self._on_language_changed)

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self.apply(language)

    def _remove(self) -> None:
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
