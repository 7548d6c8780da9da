"""QR codes for an exhibit's official web page, made offline with segno.

A visitor takes an exhibit home by scanning its code with a phone: the kiosk
itself never opens a browser. Only http(s) addresses get a code, so a code can
never start a phone call, a message or an app. The caption says where the code
leads (at least the host name), in the visitor's language.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import segno


QUIET_ZONE = 4  # modules of white around the code: what the QR standard asks for
DEFAULT_MODULE_PX = 8

# Sites the demo and typical booths link to, named the way Chinese visitors know them.
_SITE_NAMES_ZH = {
    "cnipa.gov.cn": "国家知识产权局官网",
    "sbj.cnipa.gov.cn": "国家知识产权局商标局",
    "12315.cn": "全国12315平台",
    "wipo.int": "世界知识产权组织官网",
    "nmpa.gov.cn": "国家药品监督管理局官网",
    "samr.gov.cn": "国家市场监督管理总局官网",
}


def host(url: str) -> str:
    """The host name of an http(s) address without "www.", or "" when the address is not one."""
    try:
        parts = urlsplit(url.strip())
        name = parts.hostname or ""
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not name:
        return ""
    return name.removeprefix("www.")


def scannable(url: str) -> bool:
    """Whether the exhibit's URL gets a QR code (only http and https addresses do)."""
    return bool(host(url))


def _code(url: str) -> segno.QRCode:
    import segno  # 40 ms of imports (it writes SVG and fetches URLs too): only when a code is made

    if not scannable(url):
        raise ValueError(f"only http(s) addresses get a QR code, not {url!r}")
    # Medium error correction: scans from a glossy screen with a little glare, and stays small.
    return segno.make(url.strip(), error="m", micro=False)


def modules(url: str, border: int = QUIET_ZONE) -> int:
    """Width of the code in modules, quiet zone included."""
    return _code(url).symbol_size(scale=1, border=border)[0]


def png(url: str, module_px: int = DEFAULT_MODULE_PX, border: int = QUIET_ZONE) -> bytes:
    """The code as a black-on-white PNG, `module_px` pixels per module, with a quiet zone of `border` modules."""
    if module_px < 1:
        raise ValueError("a module is at least one pixel")
    out = io.BytesIO()
    _code(url).save(out, kind="png", scale=module_px, border=border, dark="#000000", light="#FFFFFF")
    return out.getvalue()


def png_at_least(url: str, size_px: int, border: int = QUIET_ZONE) -> bytes:
    """The code with the smallest whole module size that makes the code itself (the quiet zone
    not counted) at least `size_px` wide. Whole pixels per module keep its edges sharp: it is
    shown at its own size, never resampled."""
    width = modules(url, border=0)
    return png(url, max(1, -(-size_px // width)), border)


def caption(url: str, lang: str) -> str:
    """What scanning opens: '扫码打开：国家知识产权局官网 cnipa.gov.cn' or 'Scan to open: cnipa.gov.cn'."""
    name = host(url)
    if not name:
        return ""
    if lang == "zh":
        site = _SITE_NAMES_ZH.get(name)
        return f"扫码打开：{site} {name}" if site else f"扫码打开：{name}"
    return f"Scan to open: {name}"
