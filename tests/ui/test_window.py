"""The real QML window, offscreen, over a small real content folder: the shell, every screen, images."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.base.errors import KioskError
from kiosk.core.exhibits.model import ImageRef
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.ui import app, shell
from kiosk.ui.images import MediaImageProvider, resolve_inside
from tests.ui.conftest import THUMB_PATH, exhibit
from tests.ui.qml_helpers import items, show_at

QML_DIR = Path(app.QML_MAIN).parent


def named(window: QQuickWindow, name: str) -> list[QQuickItem]:
    return [item for item in items(window.contentItem()) if item.objectName() == name]


def use_thumb_copy(content: Path, relative: str) -> None:
    """Give the goji exhibit a copy of its thumbnail under another name."""
    shutil.copy(content / THUMB_PATH, content / relative)
    with ExhibitStore.open(content) as store:
        sha = store.get("gi-goji").images[0].sha256
        store.db["media"].update(sha, {"thumb": relative})
        ref = ImageRef(sha, "goji.jpg", thumb=relative)
        store.save([exhibit("gi-goji", "gi", "中宁枸杞", "Zhongning goji", images=[ref])])


@pytest.fixture
def session(content: Path, qapp: object, qtbot: QtBot) -> Iterator[app.Session]:
    session = app.start(content, lang="zh", route="gallery/all")
    show_at(session, qtbot)
    yield session
    session.close()


def test_window_has_the_shell_and_the_screen(session: app.Session) -> None:
    window = session.window
    assert window.objectName() == "mainWindow"
    assert window.title() == "知识产权与健康中国"
    (bar,) = named(window, "topBar")
    (loader,) = named(window, "screenLoader")
    assert bar.isVisible() and loader.property("item") is not None
    assert loader.y() == bar.height() > 0
    shell = {"idleOverlay", "staffCorner", "pinPad", "edgeSwipe"}
    assert shell <= {item.objectName() for item in items(window.contentItem())}


def test_language_button_switches_the_visitor_language(session: app.Session, qtbot: QtBot) -> None:
    window = session.window
    (button,) = named(window, "languageButton")
    centre = button.mapToScene(QPointF(button.width() / 2, button.height() / 2)).toPoint()
    with qtbot.waitSignal(session.state.languageChanged):
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert session.state.language == "en"
    qtbot.waitUntil(lambda: window.title() == "IP and Healthy China")


@pytest.mark.parametrize(
    "route",
    [
        "attract",
        "home",
        "gallery/all",
        "gallery/patent",
        "exhibit/gi-goji",
        "exhibit/story-only-zh",
        "search/",
        "events",
    ],
)
def test_every_screen_loads_without_a_warning(content: Path, qapp: object, qtbot: QtBot, route: str) -> None:
    session = app.start(content, lang="zh", route=route)
    try:
        with qtbot.waitSignal(session.window.frameSwapped):
            session.window.show()
        (loader,) = named(session.window, "screenLoader")
        assert loader.property("item").objectName() == f"{route.split('/')[0]}Screen"
    finally:
        session.close()


def test_thumbnail_loads_into_the_grid(session: app.Session, qtbot: QtBot) -> None:
    window = session.window
    url = f"image://media/{THUMB_PATH}"
    qtbot.waitUntil(lambda: [item.property("source").toString() for item in named(window, "exhibitThumb")] != [])
    (thumb,) = [item for item in named(window, "exhibitThumb") if item.property("source").toString() == url]
    qtbot.waitUntil(lambda: thumb.property("implicitWidth") > 0)  # the real picture, not the placeholder
    assert not thumb.property("loading")
    assert thumb.property("progress") == 1.0


def test_provider_serves_the_thumbnail(session: app.Session) -> None:
    image = session.provider.requestImage(THUMB_PATH, QSize(), QSize())
    assert (image.width(), image.height()) == (480, 360)
    assert image.pixelColor(5, 350).green() > 100  # the green band at the bottom
    smaller = session.provider.requestImage(THUMB_PATH, QSize(), QSize(240, 240))
    assert (smaller.width(), smaller.height()) == (240, 180)


class RecordingProvider(MediaImageProvider):
    """Notes the thread of every request."""

    threads: ClassVar[list[int]] = []

    def requestImage(self, image_id: str, size: QSize, requested_size: QSize) -> QImage:
        RecordingProvider.threads.append(threading.get_ident())
        return super().requestImage(image_id, size, requested_size)


def test_images_are_decoded_off_the_gui_thread(
    content: Path, qapp: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_thumb_copy(content, "media/thumb/threads.jpg")  # a URL no earlier test has put in Qt's image cache
    monkeypatch.setattr(shell, "MediaImageProvider", RecordingProvider)
    monkeypatch.setattr(RecordingProvider, "threads", [])
    session = app.start(content, lang="zh", route="gallery/all")
    try:
        session.window.show()
        qtbot.waitUntil(lambda: len(RecordingProvider.threads) == 1)
    finally:
        session.close()
    assert threading.main_thread().ident not in RecordingProvider.threads


@pytest.mark.parametrize(
    "image_id",
    ["../etc/passwd", "/etc/passwd", "media/../../etc/passwd", "%2e%2e/etc/passwd", "media\\..\\x", "", "C:/x.jpg"],
)
def test_provider_refuses_paths_outside_the_folder(content: Path, qapp: object, image_id: str) -> None:
    image = MediaImageProvider(content).requestImage(image_id, QSize(), QSize())
    assert_placeholder(image)
    assert resolve_inside(content, image_id) is None


@pytest.mark.qt_log_ignore("JPEG")  # Qt's JPEG reader reports the broken file itself
def test_provider_gives_a_placeholder_for_missing_and_broken_files(content: Path, qapp: object) -> None:
    provider = MediaImageProvider(content)
    assert_placeholder(provider.requestImage("media/thumb/missing.jpg", QSize(), QSize()))
    (content / "media" / "thumb" / "broken.jpg").write_bytes(b"\xff\xd8 this is not a JPEG")
    assert_placeholder(provider.requestImage("media/thumb/broken.jpg", QSize(), QSize()))
    assert_placeholder(provider.requestImage("media/thumb", QSize(), QSize()))  # a folder


def assert_placeholder(image: QImage) -> None:
    assert not image.isNull()
    assert image.width() * image.height() <= 12
    assert all(image.pixelColor(x, y).alpha() == 0 for x in range(image.width()) for y in range(image.height()))


def test_file_names_with_spaces_and_chinese_reach_the_provider(content: Path, qapp: object, qtbot: QtBot) -> None:
    use_thumb_copy(content, "media/thumb/中宁 枸杞#1.jpg")
    session = app.start(content, lang="zh", route="gallery/all")
    try:
        session.window.show()
        qtbot.waitUntil(
            lambda: any(item.property("implicitWidth") > 0 for item in named(session.window, "exhibitThumb"))
        )
    finally:
        session.close()


def test_run_opens_the_window_and_returns_the_exit_code(content: Path, qapp: QApplication) -> None:
    QTimer.singleShot(0, qapp.quit)  # leave the event loop as soon as it starts
    assert app.run(content, windowed=True, lang="en") == 0


def test_missing_content_is_a_clear_error(tmp_path: Path, qapp: object) -> None:
    with pytest.raises(KioskError, match="no exhibit database"):
        app.start(tmp_path / "nowhere", lang="zh")
    with pytest.raises(KioskError, match="Unknown language"):
        app.start(tmp_path, lang="fr")


def test_grab_writes_a_colourful_png(content: Path, tmp_path: Path, qapp: object) -> None:
    out = app.grab(content, tmp_path / "shots" / "kiosk.png", route="gallery/all")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    colours = {image.pixel(x, y) for y in range(0, 1080, 3) for x in range(0, 1920, 3)}
    assert len(colours) > 200
    assert image.pixelColor(QPoint(960, 8)) == QColor("#FFFFFF")  # the top bar


def test_application_makes_the_virtual_keyboard_the_input_method(tmp_path: Path) -> None:
    """QT_IM_MODULE is read when the application is created: a fresh process shows it is set in time."""
    script = (
        "import os\n"
        "from kiosk.ui import app\n"
        "os.environ.pop('QT_IM_MODULE', None)\n"
        "qt = app.application()\n"
        "print(os.environ['QT_IM_MODULE'], qt.applicationName())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["qtvirtualkeyboard", "kiosk"]
    assert "warning" not in done.stderr.lower()


def test_every_qml_text_is_plain_text() -> None:
    for path in QML_DIR.rglob("*.qml"):
        source = path.read_text(encoding="utf-8")
        blocks = len(re.findall(r"^\s*Text\s*\{", source, flags=re.MULTILINE))
        plain = source.count("textFormat: Text.PlainText")
        assert blocks == plain, f"{path.name}: {blocks} Text items, {plain} set to plain text"
