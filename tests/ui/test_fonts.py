"""The bundled font loads, is called "Noto Sans SC", and really draws Chinese.

Debian's CJK fonts are not installed on the test machines, so any Chinese glyph
drawn here comes from assets/fonts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QGuiApplication, QImage, QPainter, QRawFont

from kiosk.core.base import paths
from kiosk.core.base.errors import KioskError
from kiosk.ui import fonts

SAMPLES = "知识产权枸杞健康中国"
UNASSIGNED = ("\u0378", "\u0379")  # code points no font has: they draw the "tofu" box


@pytest.fixture
def families(qapp: QGuiApplication) -> list[str]:
    return fonts.install(qapp)


def render(text: str, font: QFont, size: tuple[int, int] = (360, 100)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPoint(8, 76), text)
    painter.end()
    return image


def dark_pixels(image: QImage) -> int:
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if QColor(image.pixel(x, y)).lightness() < 128
    )


def sample_font() -> QFont:
    font = QFont(fonts.FAMILY)
    font.setPixelSize(72)
    return font


def test_bundled_font_has_its_family_and_both_weights(families: list[str]) -> None:
    assert fonts.FAMILY in families
    assert fonts.FAMILY in QFontDatabase.families()
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(fonts.FAMILY))
    assert sorted(p.name for p in fonts.fonts_folder().glob("*.otf")) == [
        "NotoSansSC-Bold.otf",
        "NotoSansSC-Regular.otf",
    ]


def test_application_default_font_is_the_bundled_one(families: list[str], qapp: QGuiApplication) -> None:
    assert QFontInfo(qapp.font()).family() == fonts.FAMILY
    assert QRawFont.fromFont(qapp.font()).familyName() == fonts.FAMILY


@pytest.mark.parametrize("weight", ["Regular", "Bold"])
def test_chinese_characters_have_real_glyphs(families: list[str], weight: str) -> None:
    raw = QRawFont(str(fonts.fonts_folder() / f"NotoSansSC-{weight}.otf"), 48)
    assert raw.isValid()
    assert raw.familyName() == fonts.FAMILY
    glyphs = raw.glyphIndexesForString(SAMPLES)
    assert len(glyphs) == len(SAMPLES) and all(glyphs), glyphs
    assert len(set(glyphs)) == len(SAMPLES)
    for glyph in glyphs:
        assert not raw.pathForGlyph(glyph).isEmpty()
        assert raw.boundingRect(glyph).width() > 10
    assert all(raw.supportsCharacter(ord(ch)) for ch in "āáǎàǖǘǚǜü©®™，。、《》→")


def test_font_matching_picks_the_bundled_font_for_chinese(families: list[str]) -> None:
    raw = QRawFont.fromFont(sample_font(), QFontDatabase.WritingSystem.SimplifiedChinese)
    assert raw.familyName() == fonts.FAMILY
    assert all(raw.glyphIndexesForString("知识产权"))


def test_chinese_renders_as_glyphs_not_boxes(families: list[str]) -> None:
    font = sample_font()
    text = render("知识产权", font)
    tofu = render("".join(UNASSIGNED * 2), font)
    assert dark_pixels(text) > 2000
    assert text != tofu
    # Every unassigned code point draws the same box; real characters draw different shapes.
    assert render(UNASSIGNED[0], font) == render(UNASSIGNED[1], font)
    assert render("知", font) != render("识", font)
    assert render("枸", font) != render("杞", font)


def test_demo_exhibits_and_interface_text_are_covered(families: list[str]) -> None:
    """Fails when the demo exhibits or the QML gain characters: run scripts/make_font.py again."""
    sources = [paths.demo_sources() / "exhibits.json", *Path(fonts.__file__).parent.glob("qml/*.qml")]
    text = "".join(path.read_text(encoding="utf-8") for path in sources if path.is_file())
    raw = QRawFont(str(fonts.fonts_folder() / "NotoSansSC-Regular.otf"), 24)
    missing = sorted({ch for ch in text if ord(ch) > 0x7E and not raw.supportsCharacter(ord(ch))})
    assert not missing, f"characters missing from the bundled font: {''.join(missing)}"


def test_no_font_in_folder_is_a_clear_error(qapp: QGuiApplication, tmp_path: Path) -> None:
    with pytest.raises(KioskError, match="No font could be loaded"):
        fonts.load_bundled_fonts(tmp_path)
    (tmp_path / "broken.otf").write_bytes(b"not a font")
    with pytest.raises(KioskError, match="No font could be loaded"):
        fonts.load_bundled_fonts(tmp_path)
