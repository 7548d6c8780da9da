"""The content badge on Home: online or offline, the content's version and date, updating.

The online case runs the kiosk's real background sync thread against a real server on
127.0.0.1 and waits for its report to reach the badge.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.packs.install import install_pack
from kiosk.core.sync.status import describe_content
from kiosk.ui import app, content
from tests.helpers_http import Publisher, make_content, publish, serve, server_kinds
from tests.ui.qml_helpers import one, show_at


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Publisher, Path]:
    root = tmp_path_factory.mktemp("badge")
    publisher = Publisher.create(root / "keys")
    return publisher, publisher.build(make_content(root / "content", "中宁枸杞"), root / "packs", 3)


@pytest.fixture
def sessions(qapp: object) -> Iterator[list[app.Session]]:
    opened: list[app.Session] = []
    yield opened
    for session in opened:
        session.close()


def open_home(folder: Path, settings: Settings, sessions: list, qtbot: QtBot, *, sync: bool = False) -> app.Session:
    session = app.start(folder, lang="en", route="home", settings=settings, sync=sync)
    sessions.append(session)
    show_at(session, qtbot)
    return session


def texts(window: QQuickWindow) -> tuple[str, str]:
    return one(window, "contentBadgeStatus").property("text"), one(window, "contentBadgeVersion").property("text")


def install(pack: Path, publisher: Publisher) -> tuple[Paths, Settings]:
    paths = Paths.default()
    settings = Settings({"packs.trusted_keys": [publisher.public]})
    install_pack(pack, paths, settings)
    return paths, settings


def test_with_no_network_configured_the_badge_says_offline_and_names_the_content(
    content: Path, sessions: list, qtbot: QtBot
) -> None:
    session = open_home(content, Settings(), sessions, qtbot)
    window = session.window

    status, version = texts(window)
    assert status == "Offline"
    assert version == "Local content " + describe_content(content, Paths.default()).date
    dot = one(window, "contentBadgeDot")
    assert dot.property("color").alpha() == 0  # offline: a ring, not a dot
    badge = one(window, "contentBadge")
    corner = badge.mapToScene(badge.boundingRect().bottomRight())
    assert corner.y() <= window.height() and badge.height() >= 25  # on screen, and legible


def test_the_badge_goes_online_when_the_background_sync_reaches_the_server(
    built: tuple[Publisher, Path], sessions: list, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    publisher, pack = built
    paths, _ = install(pack, publisher)
    monkeypatch.setattr(content, "FIRST_SYNC_DELAY", 0.0)
    with serve(server_kinds()[0], tmp_path / "www", tmp_path / "server") as server:
        publish(pack, server.root)
        settings = Settings({"sync.url": server.url, "packs.trusted_keys": [publisher.public]})
        session = open_home(paths.active_pack(), settings, sessions, qtbot, sync=True)
        assert texts(session.window)[0] == "Offline"  # nothing known before the first answer

        qtbot.waitUntil(lambda: texts(session.window)[0] == "Online", timeout=10_000)

        assert [r.path for r in server.requests()][:1] == ["/manifest.json"]
    day = describe_content(paths.active_pack(), paths).date
    assert texts(session.window)[1] == f"Content v3 · {day}"


def test_forced_offline_shows_offline_and_starts_no_sync(
    built: tuple[Publisher, Path], sessions: list, qtbot: QtBot
) -> None:
    publisher, pack = built
    paths, _ = install(pack, publisher)
    (paths.packs / "sync-state.json").write_text(json.dumps({"url": "http://127.0.0.1:9", "online": True}))
    settings = Settings({"sync.url": "http://127.0.0.1:9", "sync.offline": True})

    session = open_home(paths.active_pack(), settings, sessions, qtbot, sync=True)

    assert texts(session.window)[0] == "Offline"
    assert session.content.property("offlineForced") is True
    assert session.content._thread is None  # no thread, so not a single request


def test_the_badge_says_updating_while_a_pack_downloads(content: Path, sessions: list, qtbot: QtBot) -> None:
    session = open_home(content, Settings(), sessions, qtbot)

    with qtbot.waitSignal(session.content.changed):
        session.content._carrier.phase.emit("downloading")  # as the sync thread does
    assert texts(session.window)[0] == "Updating…"
    with qtbot.waitSignal(session.content.changed):
        session.content._carrier.phase.emit("")
    assert texts(session.window)[0] == "Offline"
