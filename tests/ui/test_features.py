"""A feature joins the interface through its install(ui) alone: a new screen needs no change elsewhere."""

from __future__ import annotations

import re
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Property, QObject, Signal, Slot
from pytestqt.qtbot import QtBot

from kiosk.ui import app
from kiosk.ui.context import QML_DIR, UiContext
from tests.ui.qml_helpers import one, show_at

GREETING_QML = """
import QtQuick
import Kiosk

Item {
    Text {
        objectName: "greetingText"
        text: greeter.greeting + " " + nav.param
        color: Theme.text
        font.pixelSize: Theme.fontPx(40)
    }
}
"""


class Greeter(QObject):
    """A stand-in for a new feature's controller; it stops with the session."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.started = self.stopped = False

    greeting = Property(str, lambda self: "你好", notify=changed)

    @Slot()
    def start(self) -> None:
        self.started = True

    @Slot()
    def stop(self) -> None:
        self.stopped = True


def greeting_feature(folder: Path, greeter: Greeter) -> types.ModuleType:
    """A feature as a new module would be: a QML folder and install(ui)."""
    folder.mkdir()
    (folder / "GreetingScreen.qml").write_text(GREETING_QML, encoding="utf-8")
    feature = types.ModuleType("greeting")

    def install(ui: UiContext) -> None:
        ui.expose("greeter", greeter)
        ui.add_screen("greeting", folder / "GreetingScreen.qml")
        ui.when_loaded(greeter.start)
        ui.when_closed(greeter.stop)

    feature.install = install  # type: ignore[attr-defined]
    return feature


def test_a_new_feature_shows_its_screen_with_nothing_else_changed(
    content: Path, tmp_path: Path, qapp: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    greeter = Greeter()
    monkeypatch.setattr(app, "FEATURES", (*app.FEATURES, greeting_feature(tmp_path / "greeting", greeter)))
    session = app.start(content, lang="zh", route="greeting/访客", sync=False)
    try:
        show_at(session, qtbot)
        qtbot.waitUntil(lambda: one(session.window, "greetingText").property("text") == "你好 访客")
        assert greeter.started and not greeter.stopped
        assert one(session.window, "topBar").isVisible()  # the shell is around the new screen as any other
        session.nav.go("home")  # and the visitor screens are still there
        qtbot.waitUntil(lambda: session.window.findChild(QObject, "homeScreen") is not None)
    finally:
        session.close()
    assert greeter.stopped


def test_a_route_to_a_screen_no_feature_added_does_not_start(content: Path, qapp: object) -> None:
    with pytest.raises(app.KioskError, match="Unknown screen 'greeting'"):
        app.start(content, lang="zh", route="greeting/x", sync=False)


def test_the_kiosk_module_reads_no_feature_s_context_property(content: Path, qapp: object) -> None:
    """Its components are reusable: what they show is passed in, never read from a global."""
    session = app.start(content, lang="zh", route="home", sync=False)
    try:
        exposed = list(session.features)
    finally:
        session.close()
    assert {"kiosk", "nav", "idle", "staffExit", "browse", "reading", "content"} <= set(exposed)
    reads = {
        qml.name: globals_read(qml.read_text(encoding="utf-8"), exposed) for qml in (QML_DIR / "Kiosk").glob("*.qml")
    }
    assert {name: found for name, found in reads.items() if found} == {}
    assert globals_read(GREETING_QML, exposed) == ["nav"]  # the check sees a global where there is one
    assert globals_read("Connections { target: idle }", exposed) == ["idle"]  # also one read bare


def globals_read(qml: str, names: list[str]) -> list[str]:
    """Which of `names` the QML code reads as an object (not counting comments, strings and its own ids)."""
    code = re.sub(r'//[^\n]*|"(?:[^"\\\n]|\\.)*"', "", qml)
    ids = set(re.findall(r"\bid:\s*(\w+)", code))
    # A name read as an object: `name.x`, or on its own (`target: name`), but not as a property (`name: ...`).
    return sorted(name for name in names if name not in ids and re.search(rf"(?<![\w.]){name}\b(?!\s*:)", code))
