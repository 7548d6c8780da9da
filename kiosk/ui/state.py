"""The visitor's choices: language, larger text, high contrast, reduced motion.

Each is one tap away on every screen and all go back to their defaults when
the kiosk resets for the next visitor. The languages offered are the booth's
(setting ui.languages): with one, there is nothing to choose, and a language
not offered is refused. QML reads them through the `kiosk`
context property; Theme.qml turns them into sizes, colours and durations.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.exhibits.model import LANGS

LARGE_TEXT_SCALE = 1.35  # the issue asks for at least 1.3x


class KioskState(QObject):
    """Visitor preferences and the idle timing, shared by every screen."""

    languageChanged = Signal(str)
    accessibilityChanged = Signal()
    visitorReset = Signal()

    def __init__(
        self, language: str, idle_seconds: int, countdown_seconds: int = 15,
        languages: Sequence[str] = LANGS, parent: QObject | None = None,
    ):  # fmt: skip
        super().__init__(parent)
        if language not in LANGS:
            raise ValueError(f"unknown language {language!r}")
        self._languages = [lang for lang in languages if lang in LANGS] or list(LANGS)
        language = language if language in self._languages else self._languages[0]  # ui.language not offered
        self._default_language = language
        self._language = language
        self._large_text = False
        self._high_contrast = False
        self._reduced_motion = False
        self._idle_seconds = idle_seconds
        self._countdown_seconds = countdown_seconds

    # -- language ----------------------------------------------------------------

    def _get_language(self) -> str:
        return self._language

    def _set_language(self, language: str) -> None:
        if language not in self._languages:
            raise ValueError(f"language {language!r} is not offered here ({', '.join(self._languages)})")
        if language != self._language:
            self._language = language
            self.languageChanged.emit(language)

    language = Property(str, _get_language, _set_language, notify=languageChanged)
    languages = Property(list, lambda self: list(self._languages), constant=True)  # those the visitor may choose

    @Slot()
    def toggleLanguage(self) -> None:
        offered = self._languages
        self._set_language(offered[(offered.index(self._language) + 1) % len(offered)])

    # -- accessibility -------------------------------------------------------------

    def _get_large_text(self) -> bool:
        return self._large_text

    def _get_text_scale(self) -> float:
        return LARGE_TEXT_SCALE if self._large_text else 1.0

    def _get_high_contrast(self) -> bool:
        return self._high_contrast

    def _get_reduced_motion(self) -> bool:
        return self._reduced_motion

    largeText = Property(bool, _get_large_text, notify=accessibilityChanged)
    textScale = Property(float, _get_text_scale, notify=accessibilityChanged)
    highContrast = Property(bool, _get_high_contrast, notify=accessibilityChanged)
    reducedMotion = Property(bool, _get_reduced_motion, notify=accessibilityChanged)

    @Slot()
    def toggleLargeText(self) -> None:
        self._large_text = not self._large_text
        self.accessibilityChanged.emit()

    @Slot()
    def toggleHighContrast(self) -> None:
        self._high_contrast = not self._high_contrast
        self.accessibilityChanged.emit()

    @Slot()
    def toggleReducedMotion(self) -> None:
        self._reduced_motion = not self._reduced_motion
        self.accessibilityChanged.emit()

    # -- idle reset ------------------------------------------------------------------

    def _get_idle_seconds(self) -> int:
        return self._idle_seconds

    def _get_countdown_seconds(self) -> int:
        return self._countdown_seconds

    idleSeconds = Property(int, _get_idle_seconds, constant=True)
    countdownSeconds = Property(int, _get_countdown_seconds, constant=True)

    @Slot()
    def resetForNextVisitor(self) -> None:
        """Language and accessibility back to their defaults; screens clear their own state on visitorReset."""
        changed = self._large_text or self._high_contrast or self._reduced_motion
        self._large_text = self._high_contrast = self._reduced_motion = False
        if changed:
            self.accessibilityChanged.emit()
        self._set_language(self._default_language)
        self.visitorReset.emit()
