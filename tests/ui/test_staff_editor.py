"""The staff exhibit list and editor on a real draft: fields checked by import rules, undo, visitors unaffected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.base.paths import Paths
from kiosk.ui import app
from tests.ui.conftest import make_content
from tests.ui.qml_helpers import named, show_at


@pytest.fixture
def staff(qapp: object, qtbot: QtBot) -> Iterator[app.Session]:
    library = make_content(Paths.default().library)  # what the booth shows, and the draft starts from
    session = app.start(library, lang="en", route="home")
    try:
        session.ui.staff_session.begin("anna")
        show_at(session, qtbot, (1280, 800))
        qtbot.waitUntil(lambda: session.features["curation"].property("ready"))
        yield session
    finally:
        session.close()


def rows(session: app.Session) -> dict:
    model = session.features["staffEditor"].fields
    return {r.name: r for r in model.records()}


def test_the_list_shows_every_exhibit_and_filters_by_flag(staff: app.Session, qtbot: QtBot) -> None:
    staff.nav.go("staff/exhibits")
    exhibits = staff.features["staffExhibits"]
    qtbot.waitUntil(lambda: len(named(staff.window, "staffExhibitRow")) == 4)
    exhibits.setFlag("missing")
    assert {r.id for r in exhibits.model.records()} == {"story-only-zh", "guide-only-en"}
    exhibits.setFlag("missing")
    exhibits.setQuery("枸杞")
    assert next(r.id for r in exhibits.model.records()) == "gi-goji"


def test_staff_search_finds_a_hidden_exhibit(staff: app.Session, qtbot: QtBot) -> None:
    staff.nav.go("staff/exhibits")
    exhibits = staff.features["staffExhibits"]
    staff.features["curation"].draft.edit("gi-goji", {"published": False})
    staff.features["curation"].stepped()
    exhibits.setQuery("枸杞")
    assert [r.id for r in exhibits.model.records()][:1] == ["gi-goji"]  # hidden from visitors, not from staff


def test_editing_a_title_a_bad_date_and_undo(staff: app.Session, qtbot: QtBot) -> None:
    staff.nav.go("staff/edit/patent-ip")
    editor = staff.features["staffEditor"]
    qtbot.waitUntil(
        lambda: editor.property("exhibitId") == "patent-ip" and bool(named(staff.window, "staffField_title_en"))
    )
    assert editor.editText("title", "en", "A better IP device") == ""
    assert rows(staff)["title"].en == "A better IP device"
    message = editor.editText("visible_from", "", "2025-13-45")
    assert "2025-13-45" in message
    qtbot.waitUntil(lambda: any(m.property("text") == message for m in named(staff.window, "staffFieldMessage")))
    curation = staff.features["curation"]
    assert curation.property("canUndo")
    curation.undo()
    assert rows(staff)["title"].en == "IP protection device"
    assert staff.store.get("patent-ip").t("title", "en") == "IP protection device"  # visitors see the installed content


def test_an_empty_translation_is_marked(staff: app.Session, qtbot: QtBot) -> None:
    staff.nav.go("staff/edit/story-only-zh")
    qtbot.waitUntil(lambda: bool(named(staff.window, "staffMissingMark")))
    assert rows(staff)["title"].missing == ("en",)


def test_zh_screenshot(staff: app.Session, qtbot: QtBot, tmp_path: Path) -> None:
    staff.window.setProperty("still", True)  # the picture the transitions end on
    staff.state.setProperty("language", "zh")
    staff.nav.go("staff/edit/gi-goji")
    qtbot.waitUntil(lambda: bool(named(staff.window, "staffField_title_zh")))
    with qtbot.waitSignal(staff.window.frameSwapped):
        staff.window.update()
    image = staff.window.grabWindow()
    out = Path("/tmp/staff_edit_zh.png")
    image.save(str(out))
    assert out.stat().st_size > 0
