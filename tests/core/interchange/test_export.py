"""Exporting exhibits, and export -> import -> export giving the same exhibits and files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from kiosk.core.base.errors import KioskError
from kiosk.core.base.settings import Settings
from kiosk.core.exhibits.model import Exhibit, columns
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.core.interchange.exporter import export
from kiosk.core.interchange.importer import import_file
from tests.core.helpers import image_names, make_image, read_csv, read_xlsx, write_csv, write_json, write_xlsx

SETTINGS = Settings({"media.workers": 1})
FORMATS = ["csv", "xlsx", "json"]
ODD_TEXT = "bell\x07, tab\t, _x0041_ literal, =1+1, \r lone return, \ufeff BOM, 𠮷 and 👩‍⚕️"
SAMPLE = [
    {"id": "patent-1", "kind": "patent", "title_zh": "枸杞多糖提取方法", "title_en": "Goji polysaccharides",
     "body_zh": "第一段。\n\n第二段：\n- 一\n- 二", "tags_zh": ["健康", "知识产权、中药"],
     "tags_en": ["health", "Smith, John"],
     "number": "ZL 2019 1 0123456.7", "applicant_zh": "宁夏研究院", "filing_date": "2019-03-05",
     "grant_date": "2021-04-26", "ipc": "A61K 36/815", "images": ["goji.jpg", "sub/lab.png"]},
    {"id": "trademark-1", "kind": "trademark", "title_zh": "贺兰山", "number": "12345678", "holder_en": "Helan Co.",
     "nice_classes": [5, 35], "published": False, "featured": True, "sort_order": -3, "tags_en": ["a; b"]},
    {"id": "gi-1", "kind": "gi", "title_en": "Ningxia goji", "product_zh": "枸杞", "protection_date": "2001-03-15",
     "region_zh": "中宁县", "images": ["goji.jpg"]},
    {"id": "story-1", "kind": "story", "title_zh": "  抗疫故事  ", "summary_en": ODD_TEXT, "body_en": ODD_TEXT},
    {"id": "guide-1", "kind": "guide", "title_zh": "如何申请", "url": "https://www.cnipa.gov.cn/guide?a=1&b=2"},
    {"id": "event-1", "kind": "event", "title_en": "Launch", "starts_at": "2025-04-20T09:30",
     "ends_at": "2025-04-20T11:00", "place_zh": "银川", "images": ["odd; name, 1.png"]},
]  # fmt: skip


def all_exhibits(store: ExhibitStore) -> list[Exhibit]:
    return sorted(store.exhibits(published_only=False), key=lambda e: e.id)


def file_content(path: Path) -> object:
    """Bytes of CSV and JSON; the cells of XLSX (a zip carries the time it was written)."""
    return read_xlsx(path) if path.suffix == ".xlsx" else path.read_bytes()


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[ExhibitStore]:
    photos = tmp_path / "photos"
    make_image(photos / "goji.jpg", (640, 480))
    make_image(photos / "sub" / "lab.png", (200, 300), "#a33")
    make_image(photos / "odd; name, 1.png", (50, 50), "#33a")
    with ExhibitStore.open(tmp_path / "sample") as store:
        import_file(write_json(tmp_path / "sample.json", SAMPLE), store, SETTINGS, images_dir=photos)
        yield store


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_with_images(tmp_path: Path, sample: ExhibitStore, fmt: str) -> None:
    first, first_images = tmp_path / "one" / f"exhibits.{fmt}", tmp_path / "one" / "images"
    assert export(sample, first, images_dir=first_images) == len(SAMPLE)
    assert sorted(str(p.relative_to(first_images)) for p in first_images.rglob("*.*")) == [
        "goji.jpg",
        "odd; name, 1.png",
        "sub/lab.png",
    ]
    with ExhibitStore.open(tmp_path / "fresh") as fresh:
        result = import_file(first, fresh, SETTINGS, images_dir=first_images)
        assert (result.imported, result.updated, result.problems) == (len(SAMPLE), 0, [])
        second = tmp_path / "two" / f"exhibits.{fmt}"
        export(fresh, second, fmt, images_dir=tmp_path / "two" / "images")
        assert all_exhibits(fresh) == all_exhibits(sample)
    assert file_content(second) == file_content(first)
    for image in first_images.rglob("*.*"):
        assert (tmp_path / "two" / "images" / image.relative_to(first_images)).read_bytes() == image.read_bytes()


def test_exported_exhibits_keep_every_field(sample: ExhibitStore) -> None:
    patent, story = sample.get("patent-1"), sample.get("story-1")
    assert patent.tags == {"zh": ["健康", "知识产权、中药"], "en": ["health", "Smith, John"]}
    assert image_names(patent.images) == ["goji.jpg", "sub/lab.png"]
    assert story.text["title"]["zh"] == "  抗疫故事  " and story.text["body"]["en"] == ODD_TEXT


def test_csv_layout_and_hidden_exhibits(tmp_path: Path, sample: ExhibitStore) -> None:
    path = tmp_path / "out.csv"
    export(sample, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    header, *rows = read_csv(path)
    assert header == columns()
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert set(by_id) == {e["id"] for e in SAMPLE}
    mark, patent, event = by_id["trademark-1"], by_id["patent-1"], by_id["event-1"]
    assert (mark["published"], mark["featured"], mark["sort_order"], mark["nice_classes"]) == (
        "no",
        "yes",
        "-3",
        "5; 35",
    )
    assert mark["tags_en"] == '["a; b"]' and patent["tags_zh"] == '["健康", "知识产权、中药"]'
    assert patent["images"] == "goji.jpg; sub/lab.png" and event["images"] == '["odd; name, 1.png"]'
    assert event["starts_at"] == "2025-04-20T09:30"
    assert not (tmp_path / "images").exists()


def test_json_layout(tmp_path: Path, sample: ExhibitStore) -> None:
    path = tmp_path / "out.json"
    export(sample, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], len(data["exhibits"])) == ("kiosk-exhibits", 1, len(SAMPLE))
    mark = next(e for e in data["exhibits"] if e["id"] == "trademark-1")
    assert list(mark) == columns()
    assert (mark["nice_classes"], mark["published"], mark["sort_order"], mark["tags_en"]) == (
        [5, 35],
        False,
        -3,
        ["a; b"],
    )


def test_xlsx_keeps_text_as_text_and_escapes_control_characters(tmp_path: Path, sample: ExhibitStore) -> None:
    path = tmp_path / "out.xlsx"
    export(sample, path)
    book = openpyxl.load_workbook(path)
    sheet = book["exhibits"]
    body = columns().index("body_en") + 1
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "story-1")
    assert row[body - 1].data_type == "s"
    assert row[body - 1].value.startswith("bell_x0007_, tab\t, _x005F_x0041_ literal, =1+1, _x000D_ lone return")
    assert isinstance(next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "trademark-1")[29].value, int)
    book.close()


def test_xlsx_refuses_a_cell_excel_cannot_hold(tmp_path: Path) -> None:
    with ExhibitStore.open(tmp_path / "c") as store:
        store.save([Exhibit("long-1", "story", text={"title": {"en": "Long"}, "body": {"zh": "长" * 32768}})])
        path = tmp_path / "out.xlsx"
        path.write_bytes(b"old")
        with pytest.raises(KioskError, match=r"Exhibit 'long-1', field body_zh: 32768 characters .* CSV or JSON"):
            export(store, path)
        assert path.read_bytes() == b"old" and list(tmp_path.glob(".out.xlsx*")) == []
        export(store, tmp_path / "out.csv")


def test_one_name_for_two_images_gets_the_hash_added(tmp_path: Path) -> None:
    make_image(tmp_path / "a" / "photo.jpg", colour="#111")
    make_image(tmp_path / "b" / "photo.jpg", colour="#eee")
    with ExhibitStore.open(tmp_path / "c") as store:
        for folder in "ab":
            rows = [["id", "kind", "title_en", "images"], [folder, "story", folder, "photo.jpg"]]
            import_file(write_csv(tmp_path / f"{folder}.csv", rows), store, SETTINGS, images_dir=tmp_path / folder)
        export(store, tmp_path / "out.csv", images_dir=tmp_path / "out")
        renamed = f"photo-{store.get('b').images[0].sha256[:8]}.jpg"
    assert [row[-1] for row in read_csv(tmp_path / "out.csv")[1:]] == ["photo.jpg", renamed]
    assert (tmp_path / "out" / renamed).read_bytes() == (tmp_path / "b" / "photo.jpg").read_bytes()


def test_unknown_format(tmp_path: Path, sample: ExhibitStore) -> None:
    with pytest.raises(KioskError, match="unknown format 'txt'"):
        export(sample, tmp_path / "out.txt")


# -- the Big List of Naughty Strings ------------------------------------------------------


def naughty_lines(corpora: Path) -> list[str]:
    text = (corpora / "naughty-strings" / "blns.txt").read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line and not line.startswith("#")]  # not splitlines: keeps U+2028


def naughty_file(tmp_path: Path, lines: list[str], fmt: str) -> Path:
    """Each line as title_zh and body_zh of one exhibit and as title_en and body_en of another."""
    header = ["id", "kind", "title_zh", "title_en", "body_zh", "body_en"]
    rows = [[f"zh-{i}", "story", line, f"Line {i}", line, ""] for i, line in enumerate(lines)]
    rows += [[f"en-{i}", "story", f"第{i}行", line, "", line] for i, line in enumerate(lines)]
    if fmt == "json":
        return write_json(tmp_path / "naughty.json", [dict(zip(header, row, strict=True)) for row in rows])
    if fmt == "xlsx":
        return write_xlsx(tmp_path / "naughty.xlsx", [header, *rows])
    return write_csv(tmp_path / "naughty.csv", [header, *rows])


@pytest.mark.parametrize("fmt", FORMATS)
def test_naughty_strings_round_trip(tmp_path: Path, corpora: Path, fmt: str) -> None:
    lines = naughty_lines(corpora)
    with ExhibitStore.open(tmp_path / "one") as store:
        assert import_file(naughty_file(tmp_path, lines, fmt), store, SETTINGS).imported == 2 * len(lines)
        for i, line in enumerate(lines):
            zh, en = store.get(f"zh-{i}"), store.get(f"en-{i}")
            assert (zh.text["title"]["zh"], zh.text["body"]["zh"]) == (line, line)
            assert (en.text["title"]["en"], en.text["body"]["en"]) == (line, line)
        exported = tmp_path / f"exported.{fmt}"
        export(store, exported)
        with ExhibitStore.open(tmp_path / "two") as fresh:
            import_file(exported, fresh, SETTINGS)
            assert all_exhibits(fresh) == all_exhibits(store)
            export(fresh, tmp_path / f"again.{fmt}")
    assert file_content(tmp_path / f"again.{fmt}") == file_content(exported)


# -- headers in the staff's language -------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_headers_in_a_language_round_trip(tmp_path: Path, sample: ExhibitStore, fmt: str, lang: str) -> None:
    first = tmp_path / f"one.{fmt}"
    export(sample, first, lang=lang)
    with ExhibitStore.open(tmp_path / "fresh") as fresh:
        result = import_file(first, fresh, SETTINGS, images_dir=tmp_path / "photos")
        assert (result.imported, result.problems, result.lang) == (len(SAMPLE), [], lang)
        assert all_exhibits(fresh) == all_exhibits(sample)
        export(fresh, tmp_path / f"two.{fmt}", lang=lang)
    assert file_content(tmp_path / f"two.{fmt}") == file_content(first)


def test_chinese_headers_kinds_and_yes_no(tmp_path: Path, sample: ExhibitStore) -> None:
    export(sample, tmp_path / "中文.csv", lang="zh")
    header, *rows = read_csv(tmp_path / "中文.csv")
    assert header[:6] == ["编号", "类型", "标题（中文）", "标题（英文）", "摘要（中文）", "摘要（英文）"]
    assert "IPC分类" in header and "开始时间" in header and "图片" in header
    mark = dict(zip(header, next(row for row in rows if row[0] == "trademark-1"), strict=True))
    assert (mark["类型"], mark["推荐"], mark["发布"], mark["尼斯分类"]) == ("商标", "是", "否", "5; 35")
    export(sample, tmp_path / "english.csv", lang="en")
    assert read_csv(tmp_path / "english.csv")[0][:4] == ["ID", "Kind", "Title (Chinese)", "Title (English)"]


def test_a_refused_cell_is_named_by_its_header(tmp_path: Path) -> None:
    with ExhibitStore.open(tmp_path / "c") as store:
        store.save([Exhibit("long-1", "story", text={"title": {"en": "Long"}, "body": {"zh": "长" * 32768}})])
        with pytest.raises(KioskError, match=r"Exhibit 'long-1', field 正文（中文）: 32768 characters"):
            export(store, tmp_path / "out.xlsx", lang="zh")
