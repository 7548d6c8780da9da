"""Home shows a tile only for the kinds that have exhibits, laid out in even rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from kiosk.core.exhibits.store import ExhibitStore
from kiosk.ui import app
from tests.ui.conftest import exhibit, make_content
from tests.ui.qml_helpers import named, one, show_at

ALL_KINDS = ("patent", "trademark", "gi", "story", "guide", "event")


@pytest.fixture
def home(qapp: object, qtbot: QtBot) -> Iterator:
    sessions: list[app.Session] = []

    def start(folder: Path) -> app.Session:
        sessions.append(app.start(folder, lang="zh", route="home"))
        show_at(sessions[-1], qtbot)
        qtbot.waitUntil(lambda: named(sessions[-1].window, "kindTiles") != [])
        return sessions[-1]

    yield start
    for session in sessions:
        session.close()


def tile_rects(session: app.Session) -> dict[str, QRectF]:
    found = {kind: named(session.window, f"kindTile_{kind}") for kind in ALL_KINDS}
    return {kind: items[0].mapRectToScene(items[0].boundingRect()) for kind, items in found.items() if items}


def rows_of(rects: dict[str, QRectF]) -> list[list[QRectF]]:
    rows: dict[float, list[QRectF]] = {}
    for rect in rects.values():
        rows.setdefault(round(rect.top()), []).append(rect)
    return [sorted(row, key=QRectF.left) for _, row in sorted(rows.items())]


def test_kinds_without_exhibits_have_no_tile_and_four_make_two_even_rows(home, tmp_path: Path) -> None:
    session = home(make_content(tmp_path / "content"))  # a patent, a GI, a story and a guide
    rects = tile_rects(session)
    assert set(rects) == {"patent", "gi", "story", "guide"}  # no trademark, no event: nothing to open
    rows = rows_of(rects)
    assert [len(row) for row in rows] == [2, 2]
    area = one(session.window, "kindTiles")
    span = area.mapRectToScene(area.boundingRect())
    for row in rows:  # each row fills the width, the tiles the same size
        assert row[0].left() == pytest.approx(span.left(), abs=1)
        assert row[-1].right() == pytest.approx(span.right(), abs=2)
        assert row[0].width() == pytest.approx(row[-1].width(), abs=1)


def test_a_shorter_last_row_is_centred(home, tmp_path: Path) -> None:
    folder = make_content(tmp_path / "content")
    with ExhibitStore.open(folder) as store:
        store.save([exhibit("tm-one", "trademark", "商标", "A trademark")])
    rows = rows_of(tile_rects(home(folder)))
    assert [len(row) for row in rows] == [3, 2]
    full, short = rows
    centre = (full[0].left() + full[-1].right()) / 2
    assert (short[0].left() + short[-1].right()) / 2 == pytest.approx(centre, abs=2)
    assert short[0].width() == pytest.approx(full[0].width(), abs=1)
