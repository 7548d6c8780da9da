"""Which motif (and which small round emblem) each exhibit gets.

Known demo exhibits are listed by id; anything else is matched by keywords in its titles, summary and tags,
with one default per kind, so a new exhibit still gets a fitting picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Scene:
    main: str
    emblem: str = ""


SCENES: dict[str, Scene] = {
    # patents: the subject, with the process or the certificate as emblem
    "patent-goji-polysaccharide-extraction": Scene("goji", "flask"),
    "patent-licorice-throat-lozenge": Scene("licorice", "certificate"),
    "patent-portable-nebulizer": Scene("nebulizer", "certificate"),
    "patent-rehab-walking-aid": Scene("walker", "heart"),
    "patent-respiratory-antigen-test-kit": Scene("test_kit", "certificate"),
    "patent-reusable-mask-filter": Scene("certificate", "mask"),
    "patent-tan-sheep-traceability": Scene("sheep", "qr_phone"),
    "patent-jujube-freeze-drying": Scene("jujube", "snowflake"),
    "patent-tcm-sleep-formula": Scene("mortar", "moon"),
    "patent-potato-resistant-starch": Scene("potato", "flask"),
    "patent-grape-seed-extract": Scene("flask", "grapes"),
    # trademarks: the product, with the ® tag
    "trademark-saishang-kangyuan": Scene("goji", "registered"),
    "trademark-ganrun": Scene("bottle", "registered"),
    "trademark-ruihe-medical": Scene("monitor", "registered"),
    "trademark-weian": Scene("registered", "mask"),
    "trademark-yanzhou-shepherd": Scene("sheep", "registered"),
    "trademark-zaoxiang-hong": Scene("jujube", "registered"),
    "trademark-lanshi-winery": Scene("wine", "registered"),
    "trademark-shuxiang-yuan": Scene("potato", "registered"),
    "trademark-xiaoguan-tang": Scene("herb", "registered"),
    "trademark-saishang-health-link": Scene("registered", "heart"),
    # geographical indications: the product, with a place pin
    "gi-zhongning-goji": Scene("goji", "gi_pin"),
    "gi-yanchi-tan-sheep": Scene("sheep", "gi_pin"),
    "gi-lingwu-long-jujube": Scene("jujube", "gi_pin"),
    "gi-helan-mountain-east-wine": Scene("wine", "gi_pin"),
    "gi-xiji-potato": Scene("potato", "gi_pin"),
    "gi-zhongwei-selenium-sand-melon": Scene("melon", "gi_pin"),
    # stories
    "story-goji-patent-and-brand": Scene("goji", "certificate"),
    "story-hospital-device-patent-transfer": Scene("stethoscope", "key"),
    "story-tcm-formula-patent-and-secret": Scene("shield", "herb"),
    "story-counterfeit-mask-case": Scene("gavel", "mask"),
    "story-jujube-gi-farmers-income": Scene("coins", "jujube"),
    "story-diagnostic-kit-licence": Scene("test_kit", "key"),
    "story-tan-sheep-traceability": Scene("qr_phone", "sheep"),
    "story-mask-patent-priority-exam": Scene("mask", "rocket"),
    "story-winery-trademark-abroad": Scene("wine", "globe"),
    "story-licorice-ip-management": Scene("licorice", "shield"),
    "story-pupils-smart-pill-box": Scene("pill_box", "lightbulb"),
    "story-potato-patent-pledge-loan": Scene("potato", "coins"),
    # guides
    "guide-invention-patent-application": Scene("steps", "certificate"),
    "guide-trademark-registration": Scene("steps", "registered"),
    "guide-report-infringement": Scene("megaphone", "shield"),
    "guide-gi-mark-use": Scene("map", "check"),
    "guide-ip-pledge-financing": Scene("coins", "certificate"),
    "guide-free-consultation": Scene("chat", "shield"),
    "guide-spot-fake-medical-supplies": Scene("magnifier", "mask"),
    # events
    "event-launch-ceremony": Scene("stage"),
    "event-daily-consultation": Scene("clock", "chat"),
    "event-online-exhibition-opening": Scene("gallery"),
    "event-pharma-patent-clinic": Scene("stethoscope", "certificate"),
    "event-pilot-school-ip-class": Scene("school", "lightbulb"),
    "event-market-regulation-micro-lecture": Scene("lecture"),
    "event-enforcement-briefing": Scene("podium", "shield"),
    "event-brand-gi-advice-day": Scene("calendar", "registered"),
    "event-world-ip-day-yinchuan": Scene("globe", "lightbulb"),
}

# First match wins; each keyword is looked for in the lower-cased Chinese and English text.
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("goji", ("goji", "wolfberr", "枸杞")),
    ("sheep", ("sheep", "lamb", "mutton", "滩羊", "羊")),
    ("jujube", ("jujube", "红枣", "长枣", "枣")),
    ("wine", ("wine", "winery", "葡萄酒", "酒庄")),
    ("grapes", ("grape", "葡萄")),
    ("potato", ("potato", "马铃薯", "土豆")),
    ("melon", ("melon", "瓜")),
    ("licorice", ("licorice", "liquorice", "甘草")),
    ("grain", ("rice", "wheat", "grain", "大米", "小麦", "粮")),
    ("mask", ("mask", "口罩")),
    ("test_kit", ("test kit", "antigen", "diagnos", "试剂")),
    ("syringe", ("vaccin", "syringe", "inject", "疫苗", "注射")),
    ("nebulizer", ("nebuli", "雾化")),
    ("walker", ("walker", "walking", "rehab", "康复", "助行")),
    ("monitor", ("device", "monitor", "器械", "监护")),
    ("stethoscope", ("hospital", "doctor", "clinic", "医院", "医生", "坐诊")),
    ("mortar", ("formula", "方剂", "药方")),
    ("herb", ("tcm", "herb", "中医", "中药")),
    ("dna", ("gene", "dna", "biotech", "基因", "生物技术")),
    ("capsules", ("drug", "pharma", "medicine", "capsule", "tablet", "药")),
    ("stage", ("ceremony", "launch", "启动", "仪式")),
    ("gallery", ("exhibition", "展览")),
    ("lecture", ("lecture", "training", "course", "课堂", "培训", "讲座")),
    ("school", ("school", "pupil", "student", "学校", "学生")),
    ("globe", ("world", "international", "abroad", "世界", "国际")),
    ("podium", ("briefing", "通报", "发布会")),
    ("magnifier", ("counterfeit", "fake", "enforcement", "假冒", "执法")),
    ("shield", ("infring", "protect", "侵权", "保护", "维权")),
    ("coins", ("pledge", "financ", "loan", "income", "质押", "融资", "贷")),
    ("chat", ("consult", "advice", "咨询")),
    ("steps", ("how to", "apply", "application", "如何", "申请")),
)

DEFAULTS: dict[str, Scene] = {
    "patent": Scene("certificate"),
    "trademark": Scene("registered"),
    "gi": Scene("map"),
    "story": Scene("heart"),
    "guide": Scene("steps"),
    "event": Scene("calendar"),
}

KIND_EMBLEM: dict[str, str] = {"patent": "certificate", "trademark": "registered", "gi": "gi_pin"}


def _text(exhibit: dict[str, Any]) -> str:
    parts = [str(exhibit.get(key, "")) for key in ("title_zh", "title_en", "summary_zh", "summary_en")]
    for key in ("tags_zh", "tags_en", "tags"):
        value = exhibit.get(key, [])
        parts.extend(value if isinstance(value, list) else [str(value)])
    return " ".join(parts).lower()


def scene_for(exhibit: dict[str, Any]) -> Scene:
    """The listed scene for a known id, else the first keyword match, else the kind's default."""
    known = SCENES.get(exhibit["id"])
    if known:
        return known
    kind = exhibit.get("kind", "story")
    text = _text(exhibit)
    for name, words in KEYWORDS:
        if any(word in text for word in words):
            emblem = KIND_EMBLEM.get(kind, "")
            return Scene(name, "" if emblem == name else emblem)
    return DEFAULTS.get(kind, Scene("heart"))
