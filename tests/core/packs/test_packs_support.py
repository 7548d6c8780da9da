"""What the pack tests share: a small real content folder, real keys, real signed packs.

No tests here; the `kit` fixture (tests/core/conftest.py) is made with make_kit() once per module.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import tarfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.base.paths import Paths
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.packs import keys
from kiosk.core.packs.build import build_pack
from kiosk.core.packs.manifest import MANIFEST, SIGNATURE, FileEntry, Manifest
from tests.core.helpers import make_image, write_json

EXHIBITS = [
    {"id": "gi-goji", "kind": "gi", "title_zh": "中宁枸杞", "title_en": "Zhongning goji", "images": "goji.jpg"},
    {"id": "patent-mask", "kind": "patent", "title_zh": "防护口罩", "title_en": "Protective mask",
     "images": "mask.png; goji.jpg"},
    {"id": "guide-apply", "kind": "guide", "title_zh": "如何申请专利", "title_en": "How to apply for a patent"},
]  # fmt: skip


@dataclass(frozen=True)
class Kit:
    root: Path
    content: Path
    private: Path  # the key booths trust
    public: str
    stranger: Path  # a key booths do not trust

    def settings(self, **values: object) -> Settings:
        return Settings({"packs.trusted_keys": [self.public], **values})

    def build(self, out: Path, version: int, *, pack_id: str = "ipweek", **options: object) -> Path:
        options.setdefault("key_path", self.private)
        return build_pack(self.content, out, pack_id=pack_id, version=version, **options)  # type: ignore[arg-type]


def make_kit(root: Path) -> Kit:
    images = root / "images"
    make_image(images / "goji.jpg", (900, 600), "#c0392b")
    make_image(images / "mask.png", (400, 300), "#2980b9")
    source = write_json(root / "exhibits.json", EXHIBITS)
    content = root / "content"
    from kiosk.core.interchange.importer import import_file

    with ExhibitStore.open(content) as store:
        import_file(source, store, Settings({"media.workers": 1}), images_dir=images)
    private, public, _ = keys.generate(root / "trusted")
    stranger, _, _ = keys.generate(root / "stranger")
    return Kit(root, content, private, public.read_text(encoding="ascii").strip(), stranger)


def booth(tmp_path: Path) -> Paths:
    """A booth's data and config folders inside this test's tmp_path."""
    return Paths(tmp_path / "data", tmp_path / "config")


def snapshot(paths: Paths) -> tuple[str, list[str]]:
    """active.json and every name in the packs folder: equal before and after means nothing changed."""
    active = paths.packs / "active.json"
    text = active.read_text(encoding="utf-8") if active.exists() else ""
    names = sorted(str(p.relative_to(paths.packs)) for p in paths.packs.rglob("*")) if paths.packs.exists() else []
    return text, names


def copy_pack(pack: Path, dest: Path) -> Path:
    shutil.copytree(pack, dest)
    for path in dest.rglob("*"):
        if path.is_file():
            path.chmod(0o644)
    return dest


def flip_byte(path: Path, offset: int = -10) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def resign(pack: Path, private: Path, **changes: object) -> Manifest:
    """Hash the files as they now are, and sign that: a pack the publisher really signed, whatever it holds."""
    old = Manifest.from_bytes((pack / MANIFEST).read_bytes())
    files = []
    for path in sorted(p for p in pack.rglob("*") if p.is_file() and p.name not in (MANIFEST, SIGNATURE)):
        rel = path.relative_to(pack).as_posix()
        files.append(FileEntry(rel, path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest()))
    fields = {**old.__dict__, "files": tuple(sorted(files, key=lambda f: f.path)), **changes}
    manifest = Manifest(**fields)
    key = keys.load_private(private)
    (pack / MANIFEST).write_bytes(manifest.to_bytes())
    (pack / SIGNATURE).write_bytes(keys.sign(key, manifest.to_bytes()))
    return manifest


def add_member(tar: tarfile.TarFile, name: str, data: bytes = b"", **fields: object) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    for key, value in fields.items():
        setattr(info, key, value)
    tar.addfile(info, io.BytesIO(data) if data else None)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text)
