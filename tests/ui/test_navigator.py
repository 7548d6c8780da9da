"""Navigator (where the visitor is) and KioskState (the visitor's choices), without a window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from kiosk.ui.navigator import Navigator, parse_route
from kiosk.ui.state import LARGE_TEXT_SCALE, KioskState

SCREENS = ("attract", "home", "gallery", "exhibit", "search", "events")


def navigator(start: str = "attract") -> Navigator:
    """A navigator with the visitor screens, as the features add them."""
    nav = Navigator(start)
    for screen in SCREENS:
        nav.add_screen(screen, QUrl(f"file:///screens/{screen}.qml"))
    nav.check_start()
    return nav


def where(nav: Navigator) -> tuple[str, str, str, bool, int]:
    return nav.screen, nav.param, nav.route, nav.canGoBack, nav.direction


def test_routes_parse_into_screen_and_parameter() -> None:
    assert parse_route("gallery/patent", SCREENS) == ("gallery", "patent")
    assert parse_route("search/", SCREENS) == ("search", "")
    assert parse_route("search/zhi shi/x", SCREENS) == ("search", "zhi shi/x")
    assert parse_route("exhibit/gi-goji", SCREENS) == ("exhibit", "gi-goji")
    with pytest.raises(ValueError, match="unknown screen 'settings'"):
        parse_route("settings", SCREENS)


def test_go_back_and_home(qapp: object, qtbot: QtBot) -> None:
    nav = navigator()
    assert where(nav) == ("attract", "", "attract", False, 0)
    with qtbot.waitSignal(nav.routeChanged):
        nav.go("home")
    assert where(nav) == ("home", "", "home", False, 1)  # the attract loop is never gone back to
    nav.go("gallery/gi")
    nav.go("exhibit/gi-goji")
    assert where(nav) == ("exhibit", "gi-goji", "exhibit/gi-goji", True, 1)
    nav.back()
    assert where(nav) == ("gallery", "gi", "gallery/gi", True, -1)
    nav.back()
    assert where(nav) == ("home", "", "home", False, -1)
    with qtbot.assertNotEmitted(nav.routeChanged):
        nav.back()  # nothing before Home
        nav.go("home")  # already there


def test_back_without_history_goes_home(qapp: object) -> None:
    nav = navigator("exhibit/gi-goji")
    nav.back()
    assert where(nav) == ("home", "", "home", False, -1)


def test_replace_changes_the_screen_in_place(qapp: object) -> None:
    nav = navigator("home")
    nav.go("search/")
    nav.replace("search/goji")
    assert where(nav) == ("search", "goji", "search/goji", True, 0)
    nav.back()
    assert nav.route == "home"


def test_home_and_reset_clear_the_history(qapp: object, qtbot: QtBot) -> None:
    nav = navigator("home")
    nav.go("gallery/patent")
    nav.go("home")
    assert nav.canGoBack
    with qtbot.waitSignal(nav.routeChanged):  # same screen, but Back is no longer possible
        nav.home()
    assert where(nav) == ("home", "", "home", False, 0)
    nav.go("events")
    nav.reset()
    assert where(nav) == ("attract", "", "attract", False, -1)


def test_history_is_bounded(qapp: object) -> None:
    nav = navigator("home")
    for i in range(120):
        nav.go(f"exhibit/e{i}")
    steps = 0
    while nav.screen != "home":
        nav.back()
        steps += 1
    assert steps == 51  # 50 remembered screens, then Home


def test_unknown_routes_are_refused(qapp: object) -> None:
    nav = navigator("home")
    with pytest.raises(ValueError):
        nav.go("nowhere/at-all")
    assert nav.route == "home"


def test_each_screen_shows_the_file_its_feature_added(qapp: object, qtbot: QtBot) -> None:
    nav = navigator("home")
    assert nav.screenSource == QUrl("file:///screens/home.qml")
    with qtbot.waitSignal(nav.routeChanged):
        nav.go("exhibit/gi-goji")
    assert nav.screenSource == QUrl("file:///screens/exhibit.qml")
    with pytest.raises(ValueError, match="taken"):
        nav.add_screen("home", QUrl("file:///elsewhere.qml"))  # one feature owns a screen


def test_a_start_on_a_screen_no_feature_shows_is_refused(qapp: object) -> None:
    nav = Navigator("staff/exhibits")
    nav.add_screen("home", QUrl("file:///screens/home.qml"))
    with pytest.raises(ValueError, match=r"unknown screen 'staff'.*known: home"):
        nav.check_start()


def test_a_closed_screen_is_refused_and_back_skips_it(qapp: object, qtbot: QtBot) -> None:
    session = {"open": False}
    nav = navigator("home")
    nav.add_screen("staff", QUrl("file:///staff/StaffScreen.qml"), allowed=lambda: session["open"])
    with qtbot.assertNotEmitted(nav.routeChanged):
        nav.go("staff/exhibits")  # a visitor: nothing happens
        nav.replace("staff/exhibits")
    assert nav.route == "home"
    session["open"] = True  # staff entered their PIN
    nav.go("staff/exhibits")
    nav.go("exhibit/gi-goji")  # a preview, say
    assert nav.route == "exhibit/gi-goji"
    session["open"] = False  # the staff session ended
    nav.back()
    assert nav.route == "home"  # never back into the closed screen
    session["open"] = True
    nav.go("staff/exhibits")
    session["open"] = False
    with qtbot.waitSignal(nav.routeChanged):
        nav.leave_if_refused()
    assert nav.route == "attract"


def test_a_start_on_a_closed_screen_is_refused(qapp: object) -> None:
    nav = Navigator("staff")
    nav.add_screen("staff", QUrl("file:///staff/StaffScreen.qml"), allowed=lambda: False)
    with pytest.raises(ValueError, match="cannot be opened now"):
        nav.check_start()


def test_state_toggles_and_scale(qapp: object, qtbot: QtBot) -> None:
    state = KioskState("zh", 90, 15)
    assert (state.language, state.textScale, state.idleSeconds, state.countdownSeconds) == ("zh", 1.0, 90, 15)
    with qtbot.waitSignal(state.languageChanged) as changed:
        state.toggleLanguage()
    assert changed.args == ["en"] and state.language == "en"
    with qtbot.waitSignal(state.accessibilityChanged):
        state.toggleLargeText()
    assert state.largeText and state.textScale == LARGE_TEXT_SCALE >= 1.3
    state.toggleHighContrast()
    state.toggleReducedMotion()
    assert state.highContrast and state.reducedMotion
    state.toggleHighContrast()
    assert not state.highContrast


def test_reset_for_next_visitor_restores_defaults(qapp: object, qtbot: QtBot) -> None:
    state = KioskState("en", 90)
    state.toggleLanguage()
    state.toggleLargeText()
    state.toggleReducedMotion()
    with qtbot.waitSignals([state.accessibilityChanged, state.languageChanged, state.visitorReset]):
        state.resetForNextVisitor()
    assert (state.language, state.largeText, state.highContrast, state.reducedMotion) == ("en", False, False, False)
    with qtbot.waitSignal(state.visitorReset), qtbot.assertNotEmitted(state.languageChanged):
        state.resetForNextVisitor()  # screens still clear their own state


def test_unknown_language_is_refused(qapp: object) -> None:
    with pytest.raises(ValueError):
        KioskState("fr", 90)
    state = KioskState("zh", 90)
    with pytest.raises(ValueError):
        state.language = "fr"
