"""What import and export say to staff, in Chinese and English.

Staff who head their columns in Chinese read the problems in Chinese. The
templates live here, not in Qt translations, because the command line and the
reports are written by the Qt-free core. Parameters are filled in with
str.format; the English texts quote values with !r, the Chinese with “”.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.core.base.errors import Problem
from kiosk.core.exhibits.model import KINDS
from kiosk.core.exhibits.textindex import has_cjk

MESSAGES: dict[str, dict[str, str]] = {
    # cells
    "not_single": {"en": "expected a single value, not a list", "zh": "这里只能填一个值，不能是列表"},
    "surrogate": {
        "en": "contains an invalid character (a lone UTF-16 surrogate)",
        "zh": "含有无效字符（单独的 UTF-16 代理项）",
    },
    "not_nice_class": {
        "en": "{value!r} is not a Nice class (a number from 1 to 45)",
        "zh": "“{value}”不是尼斯分类（应为 1 到 45 的数字）",
    },
    "not_bool": {
        "en": "{value!r} is not yes or no (use yes/no, true/false, 1/0 or 是/否)",
        "zh": "“{value}”不是“是”或“否”（请填 是/否、yes/no、true/false 或 1/0）",
    },
    "not_int": {"en": "{value!r} is not a whole number", "zh": "“{value}”不是整数"},
    "bad_id": {
        "en": "{value!r} is not a valid id: use lower-case letters, digits, '.', '_' and '-', "
        "starting with a letter or digit, at most 80",
        "zh": "“{value}”不是有效的编号：只能用小写字母、数字和 . _ -，以字母或数字开头，最多 80 个字符",
    },
    "unknown_kind": {"en": "unknown kind {value!r}; use one of {known}", "zh": "未知的类型“{value}”；请填写：{known}"},
    "not_date": {
        "en": "{value!r} is not a date (use 2025-04-26, 2025/4/26, 2025.4.26 or 2025年4月26日)",
        "zh": "“{value}”不是日期（请写成 2025-04-26、2025/4/26、2025.4.26 或 2025年4月26日）",
    },
    "no_such_day": {"en": "{value!r} is not a date: there is no such day", "zh": "“{value}”不是有效日期：没有这一天"},
    "needs_time": {
        "en": "{value!r} needs a time of day too (use 2025-04-26 09:30)",
        "zh": "“{value}”还需要写上时刻（例如 2025-04-26 09:30）",
    },
    "not_datetime": {
        "en": "{value!r} is not a date and time (use 2025-04-26 09:30)",
        "zh": "“{value}”不是日期和时间（例如 2025-04-26 09:30）",
    },
    "no_such_time": {"en": "{value!r} has no such time of day", "zh": "“{value}”中的时刻不存在"},
    "not_url": {
        "en": "{value!r} is not a web address (it must start with http:// or https://)",
        "zh": "“{value}”不是网址（应以 http:// 或 https:// 开头）",
    },
    "image_outside": {
        "en": "image {name!r}: give a file name inside the images folder, not a path out of it",
        "zh": "图片“{name}”：请填写图片文件夹里的文件名，不能指向文件夹之外",
    },
    "image_missing": {"en": "image {name!r} is not in {folder}", "zh": "图片“{name}”不在 {folder} 中"},
    "image_unusable": {"en": "image {name!r} cannot be used: {reason}", "zh": "图片“{name}”无法使用：{reason}"},
    # rows
    "kind_missing": {
        "en": "the kind is missing (patent, trademark, gi, story, guide or event)",
        "zh": "缺少类型（专利、商标、地理标志、健康知产故事、办事指南或展位活动）",
    },
    "no_title": {"en": "has no title (give {zh} or {en})", "zh": "没有标题（请填写“{zh}”或“{en}”）"},
    "event_needs_start": {"en": "an event needs a start time ({column})", "zh": "展位活动需要开始时间（“{column}”）"},
    "ends_before_start": {
        "en": "ends ({end}) before it starts ({start})",
        "zh": "结束时间（{end}）早于开始时间（{start}）",
    },
    "until_before_from": {
        "en": "stops being shown ({until}) before it starts being shown ({start})",
        "zh": "展示结束日期（{until}）早于展示开始日期（{start}）",
    },
    "not_for_kind": {
        "en": "{column} does not apply to a {kind}; it is used for: {users}",
        "zh": "“{column}”不适用于{kind}，只用于：{users}",
    },
    "tags_unpaired": {
        "en": "{zh} Chinese tags but {en} English ones; give them in pairs",
        "zh": "中文标签有 {zh} 个，英文标签却有 {en} 个；请一一对应",
    },
    "id_repeated": {"en": "id {id!r} is used by row {row} too", "zh": "编号“{id}”在第 {row} 行也用了"},
    # headers and files
    "unknown_column": {"en": "unknown column {header!r}{where}", "zh": "未知的列“{header}”{where}"},
    "repeated_column": {
        "en": "{header!r}{where} repeats {first!r}{first_where}: both mean {label}",
        "zh": "“{header}”{where}与“{first}”{first_where}重复：两者都是“{label}”",
    },
    "column_letter": {"en": " (column {letter})", "zh": "（第 {letter} 列）"},
    "value_without_header": {
        "en": "a value in column {letter}, which has no header",
        "zh": "第 {letter} 列没有列名，却填了内容",
    },
    "not_text": {
        "en": "is neither UTF-8 nor GB18030 (GBK) text; save it as CSV UTF-8 (or as .xlsx) and try again",
        "zh": "既不是 UTF-8 也不是 GB18030（GBK）文本；请另存为“CSV UTF-8”（或 .xlsx）后再试",
    },
    "not_workbook": {
        "en": "cannot be read as an Excel workbook ({detail})",
        "zh": "无法作为 Excel 工作簿读取（{detail}）",
    },
    "no_header": {"en": "has no header row", "zh": "没有列名所在的标题行"},
    "not_json": {
        "en": "is not valid JSON: {detail} (line {line}, column {col})",
        "zh": "不是有效的 JSON：{detail}（第 {line} 行第 {col} 列）",
    },
    "not_object": {"en": "is not an object with fields", "zh": "不是带字段的对象"},
    "json_shape": {
        "en": 'should be a list of exhibits or {{"format": "{format}", "exhibits": [...]}}',
        "zh": '应为展品列表，或 {{"format": "{format}", "exhibits": [...]}}',
    },
    "json_version": {
        "en": "has version {version!r}; this kiosk reads version {supported}",
        "zh": "的版本是 {version}；本展台只能读取版本 {supported}",
    },
    # look-alikes (warnings, not problems)
    "lookalike": {
        "en": "has no id, so it makes a new exhibit {new}, but it looks like the existing exhibit {old} "
        "({reason}). If it is the same exhibit, put {old} in the {id_column} column of row {row} and import "
        "again{then}.",
        "zh": "没有编号，因此成为新展品 {new}，但它很像已有的展品 {old}（{reason}）。"
        "如果是同一件展品，请在第 {row} 行的“{id_column}”列填入 {old} 后重新导入{then}。",
    },
    "lookalike_then": {
        "en": ", then delete the copy: kiosk exhibits delete {new}",
        "zh": "，再删除多出的一件：kiosk exhibits delete {new}",
    },
    "same_number": {"en": "the same number {value!r}", "zh": "登记号相同：{value}"},
    "same_title": {"en": "the same title {value!r}", "zh": "标题相同：“{value}”"},
    "similar_title": {"en": "a similar title {value!r}", "zh": "标题相近：“{value}”"},
    # the command's own lines
    "summary": {
        "en": "{added} added, {updated} updated, {skipped} skipped, in {folder}",
        "zh": "新增 {added} 件，更新 {updated} 件，跳过 {skipped} 行，导入到 {folder}",
    },
    "report_written": {"en": "Rows not imported are listed in {path}", "zh": "未导入的行列在 {path}"},
    "refused": {
        "en": "{count} problem(s) found; nothing was changed.",
        "zh": "发现 {count} 个问题，没有做任何更改。",
    },
    "more": {"en": "... and {count} more", "zh": "……另有 {count} 个"},
    "warning": {"en": "warning: {text}", "zh": "注意：{text}"},
    "report_columns": {"en": "file|row|column|problem", "zh": "文件|行|列|问题"},
    "where_row": {"en": ", row {row}", "zh": "，第 {row} 行"},
    "where_column": {"en": ", column {column!r}", "zh": "，“{column}”列"},
    "where_end": {"en": ": ", "zh": "："},
}


def say(key: str, lang: str, **params: object) -> str:
    """The message `key` in `lang` (English when the language is not known), filled in."""
    templates = MESSAGES[key]
    template = templates.get(lang, templates["en"])
    return template.format(**params)


def filled(params: dict[str, object], lang: str) -> dict[str, object]:
    """Parameters that depend on the language (functions of it) given for `lang`."""
    return {name: value(lang) if callable(value) else value for name, value in params.items()}


def detect_lang(headers: Iterable[str], fallback: str = "en") -> str:
    """Chinese when at least half the headers are written in Chinese; `fallback` when there are none."""
    written = [header for header in headers if header.strip()]
    if not written:
        return fallback
    chinese = sum(1 for header in written if has_cjk(header))
    return "zh" if 2 * chinese >= len(written) else "en"


def kind_name(key: str, lang: str) -> str:
    """A kind as staff write it: 专利 in Chinese, patent in English."""
    return KINDS[key].zh if lang == "zh" else key


def known_kinds(lang: str) -> str:
    if lang == "zh":
        return "、".join(kind.zh for kind in KINDS.values())
    return ", ".join(f"{kind.key} ({kind.zh})" for kind in KINDS.values())


def describe(problem: Problem, lang: str) -> str:
    """One problem as a line: file, row, column as the file wrote it, and what is wrong."""
    where = problem.file
    if problem.row is not None:
        where += say("where_row", lang, row=problem.row)
    if problem.column:
        where += say("where_column", lang, column=problem.column)
    return where + say("where_end", lang) + problem.message


def report_columns(lang: str) -> list[str]:
    return say("report_columns", lang).split("|")
