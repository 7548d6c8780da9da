"""A running kiosk picks up `kiosk import` at its next attract screen, as it does a new pack."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.ui import app, content
from kiosk.ui.content import ContentSwap
from tests.helpers_http import make_content
from tests.ui.qml_helpers import show_at, texts

SHEET = "编号,类型,标题（中文）,Title (English)\ngi-goji,地理标志,{zh},{en}\n"


def import_sheet(tmp_path: Path, zh: str, en: str) -> None:
    """What staff do at a terminal while the kiosk runs: the real command, in its own process."""
    sheet = tmp_path / f"{en}.csv"
    sheet.write_text(SHEET.format(zh=zh, en=en), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kiosk", "import", str(sheet)], capture_output=True, text=True,
                          env=os.environ, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr


def start_on(folder: Path, qtbot: QtBot) -> ContentSwap:
    settings = Settings()
    session = app.start(folder, lang="zh", route="exhibit/gi-goji", settings=settings, sync=False)
    swap = ContentSwap(session, partial(app.start, lang="zh", settings=settings, sync=False), app.images_loading)
    show_at(session, qtbot, (1280, 800))
    return swap


@pytest.fixture
def fast_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content, "ACTIVE_CHECK_MS", 20)


@pytest.fixture
def on_library(tmp_path: Path, qapp: object, qtbot: QtBot, fast_checks: None) -> Iterator[ContentSwap]:
    import_sheet(tmp_path, "中宁枸杞", "Zhongning goji")
    swap = start_on(Paths.default().library, qtbot)
    yield swap
    swap.close()


def test_an_import_into_the_library_on_show_appears_at_the_next_attract_screen(
    on_library: ContentSwap, tmp_path: Path, qtbot: QtBot
) -> None:
    first = on_library.session
    assert texts(first.window, "pageTitle") == ["中宁枸杞"]
    import_sheet(tmp_path, "中宁枸杞（新版）", "Zhongning goji (new edition)")
    qtbot.waitUntil(lambda: first.content.property("updatePending"))
    assert on_library.session is first  # the visitor reading the page keeps it
    assert texts(first.window, "pageTitle") == ["中宁枸杞"]

    first.nav.reset()  # the visitor left: the attract screen
    qtbot.waitUntil(lambda: on_library.session is not first)
    second = on_library.session
    assert second.store.folder == Paths.default().library
    second.nav.go("exhibit/gi-goji")
    qtbot.waitUntil(lambda: texts(second.window, "pageTitle") == ["中宁枸杞（新版）"])
    assert not second.content.property("updatePending")  # once: the new session is up to date


def test_a_first_import_replaces_the_demo(tmp_path: Path, qapp: object, qtbot: QtBot, fast_checks: None) -> None:
    paths = Paths.default()
    make_content(paths.demo, "演示枸杞")
    swap = start_on(paths.demo, qtbot)
    try:
        first = swap.session
        import_sheet(tmp_path, "本馆枸杞", "Our own goji")
        qtbot.waitUntil(lambda: first.content.property("updatePending"))
        first.nav.reset()
        qtbot.waitUntil(lambda: swap.session is not first)
        assert swap.session.store.folder == paths.library
        swap.session.nav.go("exhibit/gi-goji")
        qtbot.waitUntil(lambda: texts(swap.session.window, "pageTitle") == ["本馆枸杞"])
    finally:
        swap.close()


def test_a_folder_given_by_hand_is_not_swapped_for_the_library(
    tmp_path: Path, qapp: object, qtbot: QtBot, fast_checks: None
) -> None:
    folder = make_content(tmp_path / "elsewhere", "别处的枸杞")
    swap = start_on(folder, qtbot)
    try:
        first = swap.session
        import_sheet(tmp_path, "本馆枸杞", "Our own goji")
        with qtbot.waitSignal(first.content._timer.timeout):  # the next look at the content
            pass
        assert not first.content.property("updatePending")
        first.nav.reset()
        assert swap.session is first
    finally:
        swap.close()
