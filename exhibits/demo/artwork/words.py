"""Chinese words that a title line should not be broken inside (a small lexicon for IP and health topics).

Line breaks between any two Chinese characters are allowed in Chinese typesetting, but in a large title a
break inside a word (低|温, 地理|标志 split as 地理标|志) reads badly. Words listed here are kept whole.
"""

from __future__ import annotations

_LIST = """
    知识产权 知识产权日 专利 发明专利 实用新型 外观设计 商标 注册商标 地理标志 专用标志 版权 商业秘密
    申请 注册 授权 许可 转让 质押 融资 维权 援助 侵权 假冒 举报 执法 保护 打击 专项 行动 通报会 咨询 咨询日
    免费 如何 怎么办 使用 辨别 办事 指南 宣传周 启动 仪式 展位 每日 线上 展览 开展 专家 坐诊 试点 学校
    市场监管 干部 微课堂 世界 银川 活动 健康 中国 品牌 故事 管家 药企 校企 上市 国门 走出 病房 医院
    枸杞 多糖 低温 提取 提取物 方法 甘草 润喉 含片 便携式 医用 雾化器 术后 康复 助行器 呼吸道 病毒 抗原
    快检 试剂盒 可消毒 重复使用 口罩 滤层 滩羊 滩羊肉 肉质 质量 追溯 长枣 真空 冷冻 干燥 工艺 改善 睡眠
    中药 中医药 组合物 马铃薯 抗性 淀粉 制备 葡萄籽 原花青素 葡萄酒 药品 医疗器械 防护用品 食品 服务
    中宁 盐池 灵武 贺兰山 东麓 西吉 中卫 硒砂瓜 老药方 双重 鼓起 枣农 钱袋 扫码 可查 放心 羊肉 防疫
    防疫用品 快车道 酒庄 小学生 发明 智能 药盒 贷来 扩产 资金 医药 一颗 一起 一种 宁夏 塞上 检测
"""
WORDS: frozenset[str] = frozenset(_LIST.split())
MAX_WORD = max(len(w) for w in WORDS)


def merge_words(pieces: list[str]) -> list[str]:
    """Join runs of single Chinese characters that spell a listed word (longest match first)."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        for n in range(min(MAX_WORD, len(pieces) - i), 1, -1):
            run = pieces[i : i + n]
            if all(len(p) == 1 for p in run) and "".join(run) in WORDS:
                out.append("".join(run))
                i += n
                break
        else:
            out.append(pieces[i])
            i += 1
    return out
