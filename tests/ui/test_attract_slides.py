"""The attract loop shows what staff featured: every picture whole, a poster for one without a picture."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.core.exhibits.model import Exhibit, ImageRef
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.ui import app
from tests.ui.qml_helpers import items, named, one, show_at

PLAIN_SUMMARY = {"zh": "展位每天都有知识产权顾问免费解答。", "en": "IP consultants answer questions every day."}


def picture(folder: Path, name: str, size: tuple[int, int], draw_it) -> tuple[ImageRef, dict]:
    """A display rendition and a thumbnail of a drawn picture, with the media record the store keeps."""
    image = Image.new("RGB", size, (245, 240, 230))
    draw_it(ImageDraw.Draw(image), size)
    paths = {}
    for rendition, scale in (("display", 1), ("thumb", 4)):
        relative = f"media/{rendition}/{name}.jpg"
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        image.resize((size[0] // scale, size[1] // scale)).save(folder / relative, "JPEG", quality=90)
        paths[rendition] = relative
    sha = hashlib.sha256(name.encode()).hexdigest()
    record = {"sha256": sha, "width": size[0], "height": size[1], "display": paths["display"],
              "display_width": size[0], "display_height": size[1], "thumb": paths["thumb"]}  # fmt: skip
    return ImageRef(sha, f"{name}.jpg", *size, display=paths["display"], thumb=paths["thumb"]), record


def portrait_poster(draw: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    """A portrait photo with a caption band at its top and bottom edges: what a crop would cut."""
    width, height = size
    draw.rectangle((0, 0, width, height // 10), fill=(180, 20, 30))
    draw.rectangle((0, height - height // 10, width, height), fill=(20, 60, 160))
    draw.ellipse((width // 4, height // 3, 3 * width // 4, 2 * height // 3), fill=(40, 140, 70))


def round_logo(draw: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    draw.ellipse((0, 0, size[0] - 1, size[1] - 1), fill=(106, 27, 154))


def make_content(folder: Path) -> Path:
    """Four exhibits: three featured (a portrait photo, a round logo, one with no picture), one not."""
    portrait, portrait_media = picture(folder, "portrait", (720, 1200), portrait_poster)
    logo, logo_media = picture(folder, "logo", (900, 900), round_logo)
    wide, wide_media = picture(folder, "wide", (1600, 900), round_logo)

    def exhibit(id_: str, kind: str, zh: str, en: str, **fields: object) -> Exhibit:
        text = {"title": {"zh": zh, "en": en}, **fields.pop("text", {})}  # type: ignore[dict-item]
        return Exhibit(id=id_, kind=kind, text=text, **fields)  # type: ignore[arg-type]

    with ExhibitStore.open(folder) as store:
        store.save(
            [
                exhibit("portrait", "story", "竖幅海报", "A portrait poster", featured=True, sort_order=1,
                        images=[portrait]),
                exhibit("logo", "trademark", "圆形商标", "A round logo", featured=True, sort_order=2, images=[logo]),
                exhibit("plain", "guide", "免费咨询", "Free consultation", featured=True, sort_order=3,
                        text={"summary": PLAIN_SUMMARY}),
                exhibit("not-featured", "patent", "未推荐", "Not featured", sort_order=0, images=[wide]),
            ],
            media=[portrait_media, logo_media, wide_media],
        )  # fmt: skip
    return folder


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_content(tmp_path_factory.mktemp("attract") / "content")


@pytest.fixture
def session(content: Path, qapp: object, qtbot: QtBot) -> Iterator[app.Session]:
    session = app.start(content, lang="zh", route="attract")
    show_at(session, qtbot)
    yield session
    session.close()


def shown_slide(session: app.Session, index: int, qtbot: QtBot) -> QQuickItem:
    one(session.window, "attractScreen").setProperty("current", index)  # what the slide timer does
    qtbot.waitUntil(lambda: [s.property("index") for s in named(session.window, "attractSlide")][-1:] == [index])
    return next(s for s in named(session.window, "attractSlide") if s.property("index") == index)


def scene_rect(item: QQuickItem, rect: QRectF | None = None) -> QRectF:
    return item.mapRectToScene(rect if rect is not None else QRectF(0, 0, item.width(), item.height()))


def painted_rect(image: QQuickItem) -> QRectF:
    """Where an Image item paints its picture, on screen (an Image centres what it fits)."""
    width, height = image.property("paintedWidth"), image.property("paintedHeight")
    return scene_rect(image, QRectF((image.width() - width) / 2, (image.height() - height) / 2, width, height))


def test_the_loop_shows_the_featured_exhibits_only(session: app.Session) -> None:
    browsing = session.features["browse"]
    assert [slide.card.id for slide in browsing.featured.records()] == ["portrait", "logo", "plain"]


@pytest.mark.parametrize(("index", "aspect"), [(0, 720 / 1200), (1, 1.0)], ids=["portrait-photo", "round-logo"])
def test_a_picture_is_shown_whole_never_cropped(session: app.Session, qtbot: QtBot, index: int, aspect: float) -> None:
    slide = shown_slide(session, index, qtbot)
    area = next(i for i in items(slide) if i.objectName() == "attractPictureArea")
    (sharp,) = [i for i in items(area) if i.objectName() == "exhibitThumb" and not i.property("backdrop")]
    qtbot.waitUntil(lambda: sharp.property("implicitWidth") > 0 and sharp.property("paintedHeight") > 0)
    painted, frame = painted_rect(sharp), scene_rect(area)
    assert frame.contains(painted), (painted, frame)  # all of it inside the print: no edge is cut off
    assert painted.width() / painted.height() == pytest.approx(aspect, rel=0.02)  # its own shape
    assert painted.height() >= frame.height() * 0.9  # as large as the print allows


def test_a_featured_exhibit_without_a_picture_gets_a_poster(session: app.Session, qtbot: QtBot) -> None:
    slide = shown_slide(session, 2, qtbot)
    poster = next(i for i in items(slide) if i.objectName() == "attractPoster")
    assert poster.isVisible() and poster.width() > 600
    words = {i.objectName(): i.property("text") for i in items(poster) if i.objectName().startswith("poster")}
    assert words == {"posterTitle": "免费咨询", "posterSummary": PLAIN_SUMMARY["zh"]}
    session.state.toggleLanguage()
    qtbot.waitUntil(lambda: next(i for i in items(poster) if i.objectName() == "posterSummary").property("text")
                    == PLAIN_SUMMARY["en"])  # fmt: skip
