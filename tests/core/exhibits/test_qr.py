"""QR codes for exhibits' web pages: offline PNGs and the caption under them."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from kiosk.core.exhibits import qr

URL = "https://www.cnipa.gov.cn/"


def decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("L")


def test_png_is_a_black_on_white_square_with_a_quiet_zone() -> None:
    image = decode(qr.png(URL, module_px=8))
    modules = qr.modules(URL)
    assert image.size == (modules * 8, modules * 8)
    histogram = image.histogram()
    assert {v for v, n in enumerate(histogram) if n} == {0, 255}  # only black and white, nothing blurred
    quiet = 4 * 8
    assert image.getpixel((quiet - 1, quiet - 1)) == 255  # inside the quiet zone
    assert image.getpixel((quiet, quiet)) == 0  # the top-left finder pattern's corner
    edges = [image.getpixel((x, 0)) for x in range(image.width)]
    edges += [image.getpixel((0, y)) for y in range(image.height)]
    assert set(edges) == {255}
    assert 0.2 < histogram[0] / (image.width * image.height) < 0.5  # dark modules, but mostly quiet zone and light


def test_png_at_least_uses_whole_modules_and_reaches_the_size() -> None:
    symbol = qr.modules(URL, border=0)
    assert qr.modules(URL) == symbol + 2 * qr.QUIET_ZONE
    image = decode(qr.png_at_least(URL, 240))
    module = -(-240 // symbol)
    assert image.width == image.height == (symbol + 8) * module
    assert symbol * module >= 240  # the code itself, without its quiet zone
    assert decode(qr.png_at_least(URL, symbol * 6)).width == (symbol + 8) * 6
    assert decode(qr.png_at_least(URL, 0)).width == symbol + 8  # never below one pixel a module


@pytest.mark.parametrize(
    "url", ["", "javascript:alert(1)", "tel:12315", "ftp://example.com/x", "www.cnipa.gov.cn", "http://"]
)
def test_only_http_addresses_get_a_code(url: str) -> None:
    assert not qr.scannable(url)
    assert qr.caption(url, "zh") == ""
    with pytest.raises(ValueError):
        qr.png(url)


@pytest.mark.parametrize(
    ("url", "zh", "en"),
    [
        (URL, "扫码打开：国家知识产权局官网 cnipa.gov.cn", "Scan to open: cnipa.gov.cn"),
        ("https://sbj.cnipa.gov.cn/x", "扫码打开：国家知识产权局商标局 sbj.cnipa.gov.cn",
         "Scan to open: sbj.cnipa.gov.cn"),
        ("HTTP://WWW.Example.ORG:8080/a?b=c", "扫码打开：example.org", "Scan to open: example.org"),
    ],
)  # fmt: skip
def test_caption_names_the_site(url: str, zh: str, en: str) -> None:
    assert qr.scannable(url)
    assert qr.caption(url, "zh") == zh
    assert qr.caption(url, "en") == en
