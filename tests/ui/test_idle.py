"""Idle reset: the "Still there?" countdown, "More time", and the reset for the next visitor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core.base.settings import Settings
from kiosk.ui import app
from tests.ui.qml_helpers import centre, show_at, tap
from tests.ui.test_shell import find


def open_session(content: Path, qtbot: QtBot, idle: int, countdown: int, route: str = "home") -> app.Session:
    settings = Settings({"ui.idle_seconds": idle, "ui.countdown_seconds": countdown})
    session = app.start(content, lang="zh", route=route, settings=settings)
    show_at(session, qtbot)
    return session


@pytest.fixture
def quick(content: Path, qapp: object, qtbot: QtBot) -> Iterator[app.Session]:
    """Idle after 1 s, then a 1 s countdown: the real timers, short."""
    session = open_session(content, qtbot, idle=1, countdown=1)
    yield session
    session.close()


@pytest.fixture
def patient(content: Path, qapp: object, qtbot: QtBot) -> Iterator[app.Session]:
    """The default 90 s: tests start the countdown themselves rather than wait for it."""
    session = open_session(content, qtbot, idle=90, countdown=15)
    yield session
    session.close()


def test_countdown_runs_out_and_resets_for_the_next_visitor(quick: app.Session, qtbot: QtBot) -> None:
    state, nav, idle = quick.state, quick.nav, quick.idle
    overlay = find(quick.window, "idleOverlay")
    nav.go("gallery/patent")
    state.toggleLanguage()
    state.toggleLargeText()
    state.toggleHighContrast()
    state.toggleReducedMotion()
    qtbot.waitUntil(lambda: idle.countingDown and overlay.isVisible(), timeout=3000)
    assert find(quick.window, "idleSecondsLeft").property("text") == "1"
    assert find(quick.window, "idleTitle").property("text") == "Still there?"  # in English, the visitor's choice
    with qtbot.waitSignals([state.visitorReset, idle.visitorTimedOut], timeout=3000):
        pass
    assert (nav.route, nav.canGoBack) == ("attract", False)
    assert (state.language, state.largeText, state.highContrast, state.reducedMotion) == ("zh", False, False, False)
    assert not idle.countingDown
    qtbot.waitUntil(lambda: not overlay.isVisible())


def test_more_time_dismisses_the_countdown(patient: app.Session, qtbot: QtBot) -> None:
    idle, nav = patient.idle, patient.nav
    nav.go("events")
    idle._on_idle()  # what the idle timer does after 90 s
    overlay = find(patient.window, "idleOverlay")
    qtbot.waitUntil(overlay.isVisible)
    assert find(patient.window, "idleSecondsLeft").property("text") == "15"
    tap(patient.window, find(patient.window, "moreTimeButton"))
    assert not idle.countingDown
    assert nav.route == "events"
    qtbot.waitUntil(lambda: not overlay.isVisible())
    assert idle._idle.isActive()  # idling again from the start


def test_a_touch_anywhere_stops_the_countdown_and_does_nothing_else(patient: app.Session, qtbot: QtBot) -> None:
    window, idle, nav = patient.window, patient.idle, patient.nav
    nav.go("gallery/gi")
    idle._on_idle()
    tap(window, find(window, "homeButton"))  # under the overlay: this touch only says "still here"
    assert not idle.countingDown
    assert nav.route == "gallery/gi"
    device = QTest.createTouchDevice()
    idle._on_idle()
    point = centre(find(window, "homeButton"))
    QTest.touchEvent(window, device).press(0, point, window).commit()
    QTest.touchEvent(window, device).release(0, point, window).commit()
    assert not idle.countingDown
    assert nav.route == "gallery/gi"
    tap(window, find(window, "homeButton"))  # and after that, touches work again
    assert nav.route == "home"


def test_every_touch_and_key_restarts_the_idle_time(patient: app.Session, qtbot: QtBot) -> None:
    window, timer = patient.window, patient.idle._idle
    assert timer.isActive() and timer.interval() == 90_000

    def restarted_by(action) -> bool:
        timer.stop()
        action()
        return timer.isActive() and timer.remainingTime() > 89_000

    modifiers = Qt.KeyboardModifier.NoModifier
    assert restarted_by(lambda: QTest.mouseClick(window, Qt.MouseButton.LeftButton, modifiers, QPoint(900, 700)))
    assert restarted_by(lambda: QTest.keyClick(window, Qt.Key.Key_A))
    device = QTest.createTouchDevice()
    assert restarted_by(lambda: QTest.touchEvent(window, device).press(0, QPoint(900, 700), window).commit())
    QTest.touchEvent(window, device).release(0, QPoint(900, 700), window).commit()
    assert not restarted_by(lambda: QTest.mouseMove(window, QPoint(100, 700)))  # a pointer passing by is nobody


def test_nothing_counts_down_on_the_attract_loop(content: Path, qapp: object, qtbot: QtBot) -> None:
    session = open_session(content, qtbot, idle=1, countdown=1, route="attract")
    try:
        idle = session.idle
        assert not idle._idle.isActive()
        QTest.keyClick(session.window, Qt.Key.Key_A)
        assert not idle._idle.isActive()
        session.nav.go("home")
        assert idle._idle.isActive()
        idle._on_idle()
        session.nav.reset()  # reset some other way during the countdown: the overlay goes too
        assert not idle.countingDown and not idle._tick.isActive() and not idle._idle.isActive()
    finally:
        session.close()
