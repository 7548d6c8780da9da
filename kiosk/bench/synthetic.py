"""A synthetic catalogue for benchmarks: many bilingual exhibits, made deterministically."""

from __future__ import annotations

import hashlib
import io
import random
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from PIL import Image, ImageDraw

from kiosk.core.exhibits.model import KINDS, Exhibit, ImageRef
from kiosk.core.exhibits.store import ExhibitStore

# (Chinese, English) word pairs about health-related intellectual property.
WORDS = [
    ("知识产权", "intellectual property"), ("枸杞", "goji"), ("中医药", "traditional medicine"),
    ("医疗器械", "medical device"), ("专利", "patent"), ("商标", "trademark"), ("地理标志", "geographical indication"),
    ("健康", "health"), ("保护", "protection"), ("创新", "innovation"), ("疫苗", "vaccine"), ("口罩", "mask"),
    ("检测试剂", "test kit"), ("食品安全", "food safety"), ("滩羊", "Tan sheep"), ("葡萄酒", "wine"),
    ("长枣", "jujube"), ("甘草", "licorice"), ("提取工艺", "extraction process"), ("多糖", "polysaccharide"),
    ("维权", "enforcement"), ("许可", "licence"), ("转让", "transfer"), ("质押融资", "pledge financing"),
    ("品牌", "brand"), ("农产品", "farm produce"), ("中药饮片", "herbal slices"), ("诊断", "diagnosis"),
    ("康复", "rehabilitation"), ("监测", "monitoring"), ("消毒", "disinfection"), ("防护服", "protective suit"),
    ("呼吸机", "ventilator"), ("体温计", "thermometer"), ("营养", "nutrition"), ("饮料", "beverage"),
    ("种植", "cultivation"), ("加工", "processing"), ("包装", "packaging"), ("冷链", "cold chain"),
    ("溯源", "traceability"), ("假冒", "counterfeit"), ("侵权", "infringement"), ("宣传周", "publicity week"),
    ("咨询", "consultation"), ("培训", "training"), ("校园", "campus"), ("企业", "enterprise"),
    ("医院", "hospital"), ("高校", "university"), ("合作社", "cooperative"), ("方法", "method"),
    ("装置", "apparatus"), ("系统", "system"), ("组合物", "composition"), ("制剂", "formulation"),
    ("应用", "application"), ("智能", "smart"), ("便携式", "portable"), ("一次性", "disposable"),
]  # fmt: skip
TAGS = [("中医药", "TCM"), ("医疗器械", "Medical devices"), ("食品安全", "Food safety"), ("枸杞", "Goji"),
        ("地理标志", "Geographical indications"), ("维权", "Enforcement"), ("创新", "Innovation"),
        ("疫情防控", "Epidemic prevention"), ("校园", "Schools"), ("品牌", "Brands")]  # fmt: skip
REGIONS = [("银川市", "Yinchuan"), ("石嘴山市", "Shizuishan"), ("吴忠市", "Wuzhong"), ("固原市", "Guyuan"),
           ("中卫市", "Zhongwei"), ("宁夏全区", "All of Ningxia")]  # fmt: skip
KINDS_ORDER = list(KINDS)  # exhibit i is of kind KINDS_ORDER[i % 6]


def _number(rng: random.Random, kind: str, i: int) -> str:
    if kind == "patent":
        return f"ZL {rng.randint(2005, 2026)} {rng.choice('12')} {i:07d}.{rng.randint(0, 9)}"
    if kind == "trademark":
        return f"第 {10_000_000 + i} 号"
    if kind == "gi":
        return f"GI {rng.randint(2005, 2026)}-{i:06d}"
    return ""


def _sentence(rng: random.Random, words: int) -> tuple[str, str]:
    picks = [rng.choice(WORDS) for _ in range(words)]
    return "".join(p[0] for p in picks) + "。", " ".join(p[1] for p in picks).capitalize() + "."


def make_exhibit(i: int, seed: int = 2027) -> Exhibit:
    rng = random.Random(seed * 1_000_003 + i)  # each exhibit can be remade on its own
    kind = KINDS_ORDER[i % len(KINDS_ORDER)]
    title = _sentence(rng, rng.randint(2, 4))
    sentences = [_sentence(rng, rng.randint(4, 9)) for _ in range(rng.randint(4, 10))]
    tags = rng.sample(TAGS, rng.randint(1, 3))
    region = rng.choice(REGIONS)
    return Exhibit(
        id=f"{kind}-{i:06d}",
        kind=kind,
        text={
            "title": {"zh": title[0].rstrip("。"), "en": title[1].rstrip(".")},
            "summary": {"zh": sentences[0][0], "en": sentences[0][1]},
            "body": {"zh": "".join(s[0] for s in sentences), "en": " ".join(s[1] for s in sentences)},
            "region": {"zh": region[0], "en": region[1]},
        },
        tags={"zh": [t[0] for t in tags], "en": [t[1] for t in tags]},
        number=_number(rng, kind, i),
        featured=rng.random() < 0.01,
        sort_order=rng.randint(0, 100),
    )


def catalogue(count: int, seed: int = 2027, images: Sequence[ImageRef] = ()) -> Iterator[Exhibit]:
    """`count` exhibits; with `images`, each gets one of them in turn."""
    for i in range(count):
        exhibit = make_exhibit(i, seed)
        if images:
            exhibit.images = [images[i % len(images)]]
        yield exhibit


def make_thumbnails(folder: Path, count: int, size: tuple[int, int] = (480, 360)) -> list[dict]:
    """`count` different JPEG thumbnails in folder/media/thumb; their records for the media table."""
    target = folder / "media" / "thumb"
    target.mkdir(parents=True, exist_ok=True)
    records = []
    for i in range(count):
        rng = random.Random(i)
        image = Image.new("RGB", size, tuple(rng.randrange(120, 256) for _ in range(3)))
        draw = ImageDraw.Draw(image)
        for _ in range(8):
            x, y, r = rng.randrange(size[0]), rng.randrange(size[1]), rng.randrange(20, 120)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3)))
        data = io.BytesIO()
        image.save(data, "JPEG", quality=85)
        sha = hashlib.sha256(data.getvalue()).hexdigest()
        (target / f"{sha}.jpg").write_bytes(data.getvalue())
        rel = f"media/thumb/{sha}.jpg"
        records.append({"sha256": sha, "width": size[0], "height": size[1], "format": "JPEG",
                        "size_bytes": len(data.getvalue()), "original": "", "display": rel,
                        "display_width": size[0], "display_height": size[1],
                        "thumb": rel, "thumb_width": size[0], "thumb_height": size[1]})  # fmt: skip
    return records


def build(folder: Path, count: int, *, thumbnails: int = 0, index: bool = True) -> dict[str, float]:
    """A content folder with `count` synthetic exhibits; seconds spent loading and indexing."""
    with ExhibitStore.open(folder) as store:
        records = make_thumbnails(folder, thumbnails)
        store.save([], media=records)
        refs = [ImageRef(r["sha256"], f"{i}.jpg", *_size(r), display=r["display"], thumb=r["thumb"])
                for i, r in enumerate(records)]  # fmt: skip
        start = time.perf_counter()
        store.bulk_add(catalogue(count, images=refs))
        timings = {"load_seconds": round(time.perf_counter() - start, 2)}
        if index:
            start = time.perf_counter()
            store.rebuild_index()
            timings["index_seconds"] = round(time.perf_counter() - start, 2)
    return timings


def _size(record: dict) -> tuple[int, int]:
    return record["width"], record["height"]
