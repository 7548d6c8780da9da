"""The content model: exhibit kinds, their fields, and the Exhibit record.

Every field is declared once here, with its type, which kinds use it, and the
column headers (English and Chinese) that an import file may use for it.
Import, export, the store and the UI all read these declarations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

LANGS: tuple[str, ...] = ("zh", "en")
DEFAULT_LANG = "zh"

FieldType = Literal["id", "kind", "text", "tags", "date", "datetime", "int", "bool", "url", "classes", "images"]


@dataclass(frozen=True)
class Kind:
    key: str
    zh: str
    en: str
    fields: tuple[str, ...]  # kind-specific fields, in display order


KINDS: dict[str, Kind] = {
    k.key: k
    for k in (
        Kind("patent", "专利", "Patent", ("number", "applicant", "filing_date", "grant_date", "ipc")),
        Kind("trademark", "商标", "Trademark", ("number", "holder", "nice_classes")),
        Kind("gi", "地理标志", "Geographical indication", ("number", "product", "protection_date")),
        Kind("story", "健康知产故事", "Health IP story", ()),
        Kind("guide", "办事指南", "Guide", ()),
        Kind("event", "展位活动", "Event", ("starts_at", "ends_at", "place")),
    )
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    zh: str  # label shown to visitors and used as a Chinese column header
    en: str
    localized: bool = False  # stored once per language in LANGS
    aliases: tuple[str, ...] = ()  # further accepted column headers
    required: bool = False


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", "编号", "ID", aliases=("标识", "key")),
    FieldSpec("kind", "kind", "类型", "Kind", aliases=("类别", "type"), required=True),
    FieldSpec("title", "text", "标题", "Title", localized=True, aliases=("名称", "name")),
    FieldSpec("summary", "text", "摘要", "Summary", localized=True, aliases=("简介", "概要")),
    FieldSpec("body", "text", "正文", "Body", localized=True, aliases=("内容", "详情", "text")),
    FieldSpec("tags", "tags", "标签", "Tags", localized=True, aliases=("关键词",)),
    FieldSpec("region", "text", "地区", "Region", localized=True, aliases=("地域", "市县", "city")),
    FieldSpec(
        "number",
        "text",
        "登记号",
        "Number",
        aliases=("专利号", "注册号", "申请号", "registration number", "patent number"),
    ),
    FieldSpec("applicant", "text", "申请人", "Applicant", localized=True, aliases=("专利权人", "patentee")),
    FieldSpec("filing_date", "date", "申请日", "Filing date", aliases=("申请日期", "filed")),
    FieldSpec("grant_date", "date", "授权日", "Grant date", aliases=("授权日期", "公告日", "granted")),
    FieldSpec("ipc", "text", "IPC分类", "IPC class", aliases=("ipc", "分类号", "国际专利分类")),
    FieldSpec("holder", "text", "注册人", "Holder", localized=True, aliases=("商标注册人", "权利人", "owner")),
    FieldSpec("nice_classes", "classes", "尼斯分类", "Nice classes", aliases=("商品类别", "类别号", "nice class")),
    FieldSpec("product", "text", "产品", "Product", localized=True, aliases=("产品名称", "保护产品")),
    FieldSpec("protection_date", "date", "保护日期", "Protection date", aliases=("批准日期", "protected since")),
    FieldSpec("starts_at", "datetime", "开始时间", "Starts", aliases=("开始", "start", "starts at")),
    FieldSpec("ends_at", "datetime", "结束时间", "Ends", aliases=("结束", "end", "ends at")),
    FieldSpec("place", "text", "地点", "Place", localized=True, aliases=("场地", "venue", "location")),
    FieldSpec("featured", "bool", "推荐", "Featured", aliases=("精选", "首页推荐")),
    FieldSpec("sort_order", "int", "排序", "Sort order", aliases=("顺序", "order")),
    FieldSpec("published", "bool", "发布", "Published", aliases=("是否发布", "visible")),
    FieldSpec("visible_from", "date", "展示开始", "Visible from", aliases=("开始展示", "show from")),
    FieldSpec("visible_until", "date", "展示结束", "Visible until", aliases=("结束展示", "show until")),
    FieldSpec("single_language", "bool", "单语", "Single language", aliases=("仅单语", "one language")),
    FieldSpec("url", "url", "官方链接", "Official URL", aliases=("链接", "网址", "link")),
    FieldSpec("images", "images", "图片", "Images", aliases=("图片文件", "image", "pictures")),
)

FIELD_BY_NAME: dict[str, FieldSpec] = {f.name: f for f in FIELDS}
COMMON_FIELDS = (
    "title", "summary", "body", "tags", "region", "featured", "sort_order", "published",
    "visible_from", "visible_until", "single_language", "url", "images",
)  # fmt: skip
LOCALIZED_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.localized)
LOCALIZED_TEXT_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.localized and f.type == "text")


def fields_for(kind: str) -> tuple[str, ...]:
    """The fields that matter for one kind of exhibit, common ones first."""
    return ("id", "kind", *COMMON_FIELDS, *KINDS[kind].fields)


def column_name(field_name: str, lang: str | None = None) -> str:
    """The canonical column (and database column) name of a field."""
    return f"{field_name}_{lang}" if lang else field_name


def columns() -> list[str]:
    """Every canonical column, in export order."""
    out: list[str] = []
    for spec in FIELDS:
        if spec.localized:
            out.extend(column_name(spec.name, lang) for lang in LANGS)
        else:
            out.append(spec.name)
    return out


@dataclass(frozen=True)
class Filters:
    """What a visitor narrowed a list or search down to; None means any."""

    kind: str | None = None
    tag: str | None = None  # in any language
    region: str | None = None  # in any language


@dataclass(frozen=True)
class ImageRef:
    """One image of an exhibit, as stored: its source name and renditions."""

    sha256: str
    name: str
    width: int = 0
    height: int = 0
    display: str = ""  # path of the display rendition, relative to the content folder
    thumb: str = ""  # path of the thumbnail, relative to the content folder


@dataclass
class Exhibit:
    """One exhibit, as the store holds it and the interface shows it."""

    id: str
    kind: str
    text: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> lang -> value
    tags: dict[str, list[str]] = field(default_factory=dict)  # lang -> tags
    number: str = ""
    ipc: str = ""
    nice_classes: list[int] = field(default_factory=list)
    filing_date: str = ""  # ISO dates, "" when unknown
    grant_date: str = ""
    protection_date: str = ""
    starts_at: str = ""  # ISO "YYYY-MM-DDTHH:MM", local time of the booth
    ends_at: str = ""
    featured: bool = False
    sort_order: int = 0
    published: bool = True
    url: str = ""
    images: list[ImageRef] = field(default_factory=list)
    visible_from: str = ""  # ISO dates: visitors see the exhibit only from this day ...
    visible_until: str = ""  # ... to this day, both included ("" means no limit)
    single_language: bool = False  # staff say on purpose it exists in one language only

    def visible_on(self, day: date) -> bool:
        """Whether visitors see it on `day`: published, and inside its date window when it has one."""
        iso = day.isoformat()  # ISO dates compare as text
        in_window = (not self.visible_from or self.visible_from <= iso) and (
            not self.visible_until or iso <= self.visible_until
        )
        return self.published and in_window

    def t(self, name: str, lang: str) -> str:
        """Localized text in `lang`, falling back to the other languages."""
        values = self.text.get(name, {})
        if values.get(lang):
            return values[lang]
        return next((values[other] for other in LANGS if values.get(other)), "")

    def tags_in(self, lang: str) -> list[str]:
        """Tags in `lang`, or in another language when none are given in it."""
        if self.tags.get(lang):
            return self.tags[lang]
        return next((self.tags[other] for other in LANGS if self.tags.get(other)), [])

    def kind_label(self, lang: str) -> str:
        kind = KINDS[self.kind]
        return kind.zh if lang == "zh" else kind.en
