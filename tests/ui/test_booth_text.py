"""The booth's title and subtitle come from its settings, in both languages, with no translation change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.ui import app
from tests.ui.qml_helpers import named, one, show_at

OFFICE = {
    "title_zh": "知识产权护航乡村振兴",
    "title_en": "IP for Rural Revival",
    "subtitle_zh": "甘肃的农产品地理标志与乡村品牌",
    "subtitle_en": "Geographical indications and village brands from Gansu",
}


@pytest.fixture
def session(content: Path, qapp: object, qtbot: QtBot) -> Iterator[app.Session]:
    """Home, in Chinese, on a booth whose kiosk.toml (in this test's KIOSK_CONFIG_DIR) names another office."""
    paths = Paths.default()
    paths.config.mkdir(parents=True, exist_ok=True)
    lines = "".join(f'{key} = "{value}"\n' for key, value in OFFICE.items())
    paths.settings_file.write_text(f"[booth]\n{lines}", encoding="utf-8")
    session = app.start(content, lang="zh", route="home", settings=Settings.load(paths.settings_file))
    show_at(session, qtbot, (1280, 800))
    yield session
    session.close()


def names_shown(session: app.Session) -> tuple[str, str]:
    return session.window.title(), QGuiApplication.applicationDisplayName()


def test_home_shows_the_office_subtitle_in_the_visitor_language(session: app.Session, qtbot: QtBot) -> None:
    subtitle = one(session.window, "homeSubtitle")
    assert subtitle.property("text") == OFFICE["subtitle_zh"]
    assert names_shown(session) == (OFFICE["title_zh"], OFFICE["title_zh"])
    session.state.toggleLanguage()
    qtbot.waitUntil(lambda: subtitle.property("text") == OFFICE["subtitle_en"])
    assert names_shown(session) == (OFFICE["title_en"], OFFICE["title_en"])


@pytest.mark.parametrize(("lang", "first", "second"), [("zh", "title_zh", "title_en"), ("en", "title_en", "title_zh")])
def test_attract_shows_the_office_title_in_both_languages(
    session: app.Session, qtbot: QtBot, lang: str, first: str, second: str
) -> None:
    window = session.window
    if session.state.language != lang:
        session.state.toggleLanguage()
    session.nav.reset()
    qtbot.waitUntil(lambda: len(named(window, "boothTitle")) == 1)  # the attract screen has loaded
    assert one(window, "boothTitle").property("text") == OFFICE[first]  # the visitor's language first
    assert one(window, "boothOtherTitle").property("text") == OFFICE[second]
    assert window.title() == OFFICE[first]


def test_defaults_are_the_demo_wording(content: Path, qapp: object, qtbot: QtBot) -> None:
    session = app.start(content, lang="en", route="home")
    try:
        show_at(session, qtbot, (1280, 800))
        assert one(session.window, "homeSubtitle").property("text") == Settings()["booth.subtitle_en"]
        assert names_shown(session) == ("IP and Healthy China", "IP and Healthy China")
    finally:
        session.close()
