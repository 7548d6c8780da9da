"""The publish controller (staffPublish): the summary, what blocks, the publish on a worker, its one-line failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.packs import keys
from kiosk.ui.staff.publishing import PublishController
from kiosk.ui.staff.workspace import Workspace
from tests.ui.conftest import make_content


class Session(QObject):
    began = Signal()
    ended = Signal()

    def is_active(self) -> bool:
        return True

    def account_name(self) -> str:
        return "anna"


@pytest.fixture
def booth(tmp_path: Path) -> tuple[Paths, Settings]:
    paths = Paths.default()
    make_content(paths.library)
    settings = Settings()
    private, public, _ = keys.generate(tmp_path / "keys")
    settings.set("publish.key", str(private))
    settings.set("packs.trusted_keys", [public.read_text().strip()])
    return paths, settings


def _publish(controller: PublishController, qtbot: QtBot) -> None:
    controller.publish("")
    qtbot.waitUntil(lambda: not controller.busy, timeout=30_000)


def test_the_summary_blocks_and_then_publishes(booth: tuple[Paths, Settings], qapp: object, qtbot: QtBot) -> None:
    paths, settings = booth
    session = Session()
    workspace = Workspace(paths, session)
    controller = PublishController(workspace, settings)
    try:
        controller.refresh()
        assert controller.nothingChanged
        assert {row["id"] for row in controller.blocking} == {"story-only-zh", "guide-only-en"}
        workspace.draft.edit("story-only-zh", {"single_language": True})
        workspace.draft.edit("guide-only-en", {"single_language": True})
        workspace.draft.edit("gi-goji", {"title_en": "New"})
        workspace.stepped()
        assert controller.blocking == [] and controller.edited >= 1
        with qtbot.waitSignal(workspace.draftChanged, timeout=30_000):
            _publish(controller, qtbot)
        assert controller.error == "" and controller.result.split("|")[1] == "1"
        with ExhibitStore.open(paths.active_pack(), readonly=True) as store:
            assert store.get("gi-goji").t("title", "en") == "New"
        assert controller.nothingChanged
    finally:
        workspace.close()


def test_a_bad_key_is_one_line_and_the_visitors_keep_their_content(
    booth: tuple[Paths, Settings], qapp: object, qtbot: QtBot, tmp_path: Path
) -> None:
    paths, settings = booth
    settings.set("publish.key", str(tmp_path / "missing.key"))
    workspace = Workspace(paths, Session())
    controller = PublishController(workspace, settings)
    try:
        for exhibit_id in ("story-only-zh", "guide-only-en"):
            workspace.draft.edit(exhibit_id, {"single_language": True})
        before = workspace.draft.history()
        _publish(controller, qtbot)
        assert "missing.key" in controller.error and "\n" not in controller.error
        assert paths.active_pack() is None and workspace.draft.history() == before
    finally:
        workspace.close()
