"""A running kiosk picks up a new pack at its next attract screen: never during a visitor's session."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

import pytest
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.packs.install import install_pack
from kiosk.ui import app, content
from kiosk.ui.content import ContentSwap
from tests.helpers_http import Publisher, make_content
from tests.ui.qml_helpers import show_at, texts

TITLE = "中宁枸杞 第{}版"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("pickup")
    publisher = Publisher.create(root / "keys")
    packs = {
        v: publisher.build(make_content(root / f"content-{v}", TITLE.format(v)), root / "packs", v) for v in (1, 2)
    }
    return {"publisher": publisher, **packs}


@pytest.fixture
def kiosk(built: dict, qapp: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[ContentSwap]:
    """The kiosk on pack version 1, showing an exhibit, as `kiosk run` would run it (in a window)."""
    monkeypatch.setattr(content, "ACTIVE_CHECK_MS", 20)
    settings = Settings({"packs.trusted_keys": [built["publisher"].public]})
    paths = Paths.default()
    install_pack(built[1], paths, settings)
    session = app.start(paths.active_pack(), lang="zh", route="exhibit/gi-goji", settings=settings, sync=False)
    swap = ContentSwap(session, partial(app.start, lang="zh", settings=settings, sync=False), app.images_loading)
    show_at(session, qtbot, (1280, 800))
    yield swap
    swap.close()


def activate_version_2(built: dict) -> None:
    """What the sync thread, or staff at a terminal, does: install and switch to the new pack."""
    install_pack(built[2], Paths.default(), Settings({"packs.trusted_keys": [built["publisher"].public]}))


def test_a_new_pack_waits_for_the_attract_screen_then_shows(kiosk: ContentSwap, built: dict, qtbot: QtBot) -> None:
    first = kiosk.session
    assert texts(first.window, "pageTitle") == [TITLE.format(1)]

    activate_version_2(built)
    qtbot.waitUntil(lambda: first.content.property("updatePending"))
    first.nav.go("home")  # the visitor goes on browsing: nothing changes under them
    first.nav.go("exhibit/gi-goji")
    qtbot.waitUntil(lambda: texts(first.window, "pageTitle") == [TITLE.format(1)])
    assert kiosk.session is first and first.store.folder.name == "ipweek-1"

    first.nav.reset()  # the visitor left: the attract screen
    qtbot.waitUntil(lambda: kiosk.session is not first)

    second = kiosk.session
    assert second.store.folder == Paths.default().packs / "ipweek-2"
    assert second.nav.screen == "attract" and not second.content.property("updatePending")
    qtbot.waitUntil(
        lambda: second.window.isVisible() and (second.window.width(), second.window.height()) == (1280, 800)
    )
    qtbot.waitUntil(lambda: TITLE.format(2) in texts(second.window, "attractTitle"))
    qtbot.waitUntil(lambda: not Shiboken.isValid(first.engine))  # the old session closes once the new one drew
    second.nav.go("exhibit/gi-goji")
    qtbot.waitUntil(lambda: texts(second.window, "pageTitle") == [TITLE.format(2)])


def test_a_visitor_who_touches_before_the_swap_keeps_the_old_content(
    kiosk: ContentSwap, built: dict, qtbot: QtBot
) -> None:
    first = kiosk.session
    activate_version_2(built)
    qtbot.waitUntil(lambda: first.content.property("updatePending"))

    with qtbot.waitSignal(first.content.reloadRequested):
        first.nav.reset()
    first.nav.go("home")  # a touch, before the swap had its turn
    qtbot.waitUntil(lambda: not first.content._requested)  # the swap stood down

    assert kiosk.session is first and first.nav.screen == "home"
    first.nav.reset()
    qtbot.waitUntil(lambda: kiosk.session is not first)
    assert kiosk.session.store.folder.name == "ipweek-2"


def test_without_a_new_pack_the_attract_screen_changes_nothing(kiosk: ContentSwap) -> None:
    first = kiosk.session
    asked: list[str] = []
    first.content.reloadRequested.connect(asked.append)
    first.content._on_check_active()  # what the timer does

    first.nav.reset()

    assert asked == [] and kiosk.session is first and not first.content.property("updatePending")
