"""The browse screens' content: kind tiles, facets, cards a page at a time, the attract loop, events."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.core.exhibits import catalog
from kiosk.core.exhibits.catalog import ALL, Card, CardPager, Facet
from kiosk.core.exhibits.model import Exhibit, ImageRef
from kiosk.core.exhibits.schedule import PAST, TODAY, UPCOMING, days_text, event_cards, schedule, time_range, whats_on
from kiosk.core.exhibits.store import ExhibitStore


def exhibit(id_: str, kind: str, zh: str, en: str, **more) -> Exhibit:
    text = {"title": {"zh": zh, "en": en}, "body": {"zh": "正文" * 50, "en": "Body " * 50}}
    text.update(more.pop("text", {}))
    return Exhibit(id=id_, kind=kind, text=text, **more)


def picture(name: str) -> ImageRef:
    return ImageRef(f"sha-{name}", f"{name}.jpg", 1920, 1080, f"media/display/{name}.jpg", f"media/thumb/{name}.jpg")


def media(image: ImageRef) -> dict:
    return {"sha256": image.sha256, "width": 1920, "height": 1080, "display": image.display, "thumb": image.thumb}


GOJI, CHILI = ({"zh": ["枸杞", "创新"], "en": ["Goji", "Innovation"]}, {"zh": ["创新"], "en": ["Innovation"]})
YINCHUAN, GUYUAN = {"zh": "银川市", "en": "Yinchuan"}, {"zh": "固原市", "en": "Guyuan"}


def event(id_: str, zh: str, en: str, starts: str, ends: str = "", **more) -> Exhibit:
    place = {"zh": f"{zh}会场", "en": f"{en} hall"}
    return exhibit(id_, "event", zh, en, starts_at=starts, ends_at=ends, text={"place": place}, **more)


WEEK = [
    event("ev-launch", "启动仪式", "Launch ceremony", "2027-04-20T09:30", "2027-04-20T10:30"),
    event("ev-daily", "每日咨询", "Daily consultation", "2027-04-20T09:00", "2027-04-26T17:30"),
    event("ev-online", "线上展览", "Online exhibition", "2027-04-20T15:00", "2027-04-20T15:40"),
    event("ev-clinic", "专利坐诊", "Patent clinic", "2027-04-21T14:30", "2027-04-21T17:00"),
    event("ev-class", "学校课堂", "School class", "2027-04-22T10:00", "2027-04-22T10:40"),
    event("ev-lecture", "微课堂", "Micro lecture", "2027-04-22T15:00", "2027-04-22T15:45"),
    event("ev-ipday", "世界知识产权日", "World IP Day", "2027-04-26T09:30", "2027-04-26T11:30"),
    event("ev-undated", "待定活动", "To be announced", ""),
]

CATALOGUE = [
    exhibit("pat-goji", "patent", "枸杞提取", "Goji extraction", number="ZL 1", tags=GOJI,
            text={"region": YINCHUAN}, images=[picture("goji")], sort_order=2),
    exhibit("pat-chili", "patent", "辣椒", "Chili", tags=CHILI, text={"region": GUYUAN}, sort_order=1),
    exhibit("pat-star", "patent", "明星专利", "Star patent", tags=CHILI, text={"region": YINCHUAN},
            featured=True, sort_order=9, images=[picture("star")]),
    exhibit("pat-hidden", "patent", "隐藏", "Hidden", tags=GOJI, published=False, images=[picture("hidden")]),
    exhibit("tm-only-zh", "trademark", "商标", "", tags={"zh": ["品牌", "枸杞"], "en": ["Brands"]},
            images=[picture("tm")], sort_order=1),
    exhibit("gi-a", "gi", "地标", "GI", tags=GOJI, text={"region": YINCHUAN}),
    *WEEK,
]  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    with ExhibitStore.open(tmp_path_factory.mktemp("catalog")) as opened:
        images = {image.sha256: image for item in CATALOGUE for image in item.images}
        opened.save(CATALOGUE, media=[media(image) for image in images.values()])
        yield opened


# -- tiles, cards, featured -------------------------------------------------------------


def test_tiles_count_published_exhibits_per_kind_in_a_fixed_order(store: ExhibitStore) -> None:
    tiles = catalog.kind_tiles(store)
    assert [tile.kind for tile in tiles] == ["patent", "trademark", "gi", "event"]  # no story, no guide: no tile
    assert [tile.count for tile in tiles] == [3, 1, 1, 8]
    assert [tile.label("zh") for tile in tiles[:3]] == ["专利", "商标", "地理标志"]
    assert tiles[2].label("en") == "Geographical indication"
    assert tiles[0].thumb == "media/thumb/star.jpg"  # the first of its kind, in display order, with a picture
    assert tiles[1].thumb == "media/thumb/tm.jpg"
    assert tiles[2].thumb == tiles[3].thumb == ""


def test_the_gallery_of_every_kind_has_a_name() -> None:
    assert catalog.kind_label(ALL, "zh") == "全部展品"
    assert catalog.kind_label(ALL, "en") == "All exhibits"


def test_cards_are_light_and_keep_the_order_asked_for(store: ExhibitStore) -> None:
    nums = catalog.gallery_nums(store, "patent")
    shown = catalog.cards(store, [*reversed(nums), 99_999])  # a number that matches nothing is skipped
    assert [card.id for card in shown] == ["pat-goji", "pat-chili", "pat-star"]
    goji = shown[0]
    assert (goji.title_in("zh"), goji.title_in("en"), goji.number) == ("枸杞提取", "Goji extraction", "ZL 1")
    assert (goji.thumb, goji.display) == ("media/thumb/goji.jpg", "media/display/goji.jpg")
    assert goji.tags == {"zh": ("枸杞", "创新"), "en": ("Goji", "Innovation")}
    assert not hasattr(goji, "body") and goji.kind_label("en") == "Patent"


def test_a_title_missing_in_one_language_falls_back(store: ExhibitStore) -> None:
    (card,) = catalog.cards(store, catalog.gallery_nums(store, "trademark"))
    assert card.title_in("en") == "商标"


def test_cards_are_read_in_chunks(store: ExhibitStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog, "CHUNK", 2)
    nums = catalog.gallery_nums(store, ALL)
    assert [card.num for card in catalog.cards(store, nums)] == nums


def test_galleries_are_in_display_order_and_filter_by_tag_and_region(store: ExhibitStore) -> None:
    ids = lambda nums: [card.id for card in catalog.cards(store, nums)]  # noqa: E731
    assert ids(catalog.gallery_nums(store, "patent")) == ["pat-star", "pat-chili", "pat-goji"]
    assert ids(catalog.gallery_nums(store, "patent", tag="枸杞")) == ["pat-goji"]
    assert ids(catalog.gallery_nums(store, "patent", region="银川市")) == ["pat-star", "pat-goji"]
    assert ids(catalog.gallery_nums(store, "patent", tag="创新", region="固原市")) == ["pat-chili"]
    assert len(catalog.gallery_nums(store, ALL)) == 13


def test_the_attract_loop_shows_the_featured_exhibits(store: ExhibitStore) -> None:
    slides = catalog.featured(store)
    assert [slide.card.id for slide in slides] == ["pat-star"]  # not every exhibit with a picture
    assert slides[0].picture == "media/display/star.jpg"


def slides_of(tmp_path, exhibits: list[Exhibit]) -> list[catalog.Slide]:
    with ExhibitStore.open(tmp_path / "slides") as opened:
        opened.save(exhibits, media=[media(image) for item in exhibits for image in item.images])
        return catalog.featured(opened)


def test_a_featured_exhibit_without_a_picture_gets_a_slide_with_its_summary(tmp_path) -> None:
    summary = {"summary": {"zh": "没有图片的推荐展品", "en": "A featured exhibit with no picture"}}
    slides = slides_of(tmp_path, [
        exhibit("plain", "guide", "指南", "Guide", featured=True, sort_order=1, text=summary),
        exhibit("pictured", "patent", "专利", "Patent", featured=True, sort_order=2, images=[picture("p")]),
        exhibit("not-featured", "patent", "其他", "Other", images=[picture("o")]),
    ])  # fmt: skip
    assert [slide.card.id for slide in slides] == ["plain", "pictured"]
    plain = slides[0]
    assert plain.picture == ""
    assert plain.summary_in("zh") == "没有图片的推荐展品"
    assert plain.summary_in("en") == "A featured exhibit with no picture"


def test_with_nothing_featured_exhibits_with_a_picture_stand_in(tmp_path) -> None:
    slides = slides_of(tmp_path, [
        exhibit("plain", "guide", "指南", "Guide", sort_order=1),
        exhibit("pictured", "patent", "专利", "Patent", sort_order=2, images=[picture("p")]),
    ])  # fmt: skip
    assert [slide.card.id for slide in slides] == ["pictured"]


def test_with_no_pictures_and_nothing_featured_the_loop_is_not_empty(tmp_path) -> None:
    slides = slides_of(tmp_path, [exhibit(f"plain-{n}", "guide", "指南", "Guide", sort_order=n) for n in range(30)])
    assert [slide.card.id for slide in slides] == [f"plain-{n}" for n in range(catalog.FEATURED_MAX)]
    assert all(slide.picture == "" for slide in slides)


def test_an_english_card_shows_its_number_with_latin_brackets() -> None:
    card = Card(1, "tm", "trademark", {"zh": "商标"}, number="第 45678123 号（示例 Example）")
    assert card.number_in("zh") == "第 45678123 号（示例 Example）"
    assert card.number_in("en") == "第 45678123 号 (示例 Example)"


# -- facets ---------------------------------------------------------------------------


def test_facets_are_most_common_first_with_counts_in_both_languages(store: ExhibitStore) -> None:
    facets = catalog.facets_by_kind(store)["patent"]
    assert [(f.key, f.count) for f in facets.tags] == [("创新", 3), ("枸杞", 1)]  # the hidden one is not counted
    assert [f.label("en") for f in facets.tags] == ["Innovation", "Goji"]
    assert facets.regions == [
        Facet("银川市", {"zh": "银川市", "en": "Yinchuan"}, 2),
        Facet("固原市", {"zh": "固原市", "en": "Guyuan"}, 1),
    ]


def test_facet_counts_match_what_the_filter_finds(store: ExhibitStore) -> None:
    for kind, facets in catalog.facets_by_kind(store).items():
        for facet in facets.tags:
            assert len(catalog.gallery_nums(store, kind, tag=facet.key)) == facet.count, (kind, facet)
        for facet in facets.regions:
            assert len(catalog.gallery_nums(store, kind, region=facet.key)) == facet.count, (kind, facet)


def test_facets_of_every_kind_add_up(store: ExhibitStore) -> None:
    every = catalog.facets_by_kind(store)[ALL]
    assert {f.key: f.count for f in every.tags} == {"创新": 4, "枸杞": 3, "品牌": 1}
    assert every.tags[0].label("en") == "Innovation"
    assert catalog.facets_by_kind(store)["story"] == catalog.Facets([], [])


def test_tags_that_do_not_pair_up_are_shown_in_the_first_language(store: ExhibitStore) -> None:
    facets = catalog.facets_by_kind(store)["trademark"]
    assert [(f.key, f.label("en"), f.count) for f in facets.tags] == [("品牌", "品牌", 1), ("枸杞", "枸杞", 1)]


# -- paging ------------------------------------------------------------------------


def synthetic_card(num: int) -> Card:
    return Card(num, f"ex-{num}", "patent", {"zh": f"展品{num}", "en": f"Exhibit {num}"})


class Fetcher:
    def __init__(self, missing: set[int] = frozenset()):
        self.calls: list[list[int]] = []
        self.missing = missing

    def __call__(self, nums):
        self.calls.append(list(nums))
        return [synthetic_card(num) for num in reversed(nums) if num not in self.missing]  # any order


def test_pager_fetches_one_page_at_a_time_on_demand() -> None:
    fetch = Fetcher()
    pager = CardPager(fetch, range(1000, 1000 + 250))
    assert len(pager) == 250 and fetch.calls == []
    assert pager.card(0).num == 1000
    assert pager.card(99).num == 1099
    assert len(fetch.calls) == 1 and fetch.calls[0] == list(range(1000, 1100))
    assert pager.card(249).num == 1249  # the last, short page
    assert [len(call) for call in fetch.calls] == [100, 50]


def test_pager_keeps_only_recent_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog, "MAX_PAGES", 3)
    fetch = Fetcher()
    pager = CardPager(fetch, range(100_000))
    for row in (0, 100, 200, 0, 300):  # page 0 was used again, so page 1 is the one dropped
        pager.card(row)
    assert pager.pages_loaded == 3
    pager.card(5)
    assert len(fetch.calls) == 4
    pager.card(150)
    assert len(fetch.calls) == 5


def test_pager_gives_none_for_an_exhibit_that_vanished() -> None:
    pager = CardPager(Fetcher(missing={3}), range(10))
    assert pager.card(3) is None
    assert pager.card(4).num == 4


def test_pager_over_a_real_store(store: ExhibitStore) -> None:
    nums = catalog.gallery_nums(store, ALL)
    pager = CardPager(lambda chunk: catalog.cards(store, chunk), nums)
    assert [pager.card(row).num for row in range(len(pager))] == nums


# -- events -----------------------------------------------------------------------


def test_time_ranges_in_both_languages() -> None:
    start, end = datetime(2027, 4, 20, 9, 30), datetime(2027, 4, 20, 10, 30)
    assert time_range(start, end, "zh") == "4月20日 09:30–10:30"
    assert time_range(start, end, "en") == "20 Apr, 09:30–10:30"
    week_end = datetime(2027, 4, 26, 17, 30)
    assert time_range(datetime(2027, 4, 20, 9), week_end, "zh") == "4月20日–4月26日 09:00–17:30"
    assert time_range(datetime(2027, 4, 20, 9), week_end, "en") == "20–26 Apr, 09:00–17:30"
    assert time_range(datetime(2027, 4, 30, 9), datetime(2027, 5, 2, 17), "en") == "30 Apr–2 May, 09:00–17:00"
    assert time_range(start, None, "zh") == "4月20日 09:30"
    assert time_range(start, None, "en") == "20 Apr, 09:30"
    assert days_text(start, end, "zh", this_year=2026) == "2027年4月20日"
    assert days_text(start, end, "en", this_year=2026) == "20 Apr 2027"
    assert days_text(start, end, "en", this_year=2027) == "20 Apr"


@pytest.fixture(scope="module")
def week(store: ExhibitStore) -> list[Card]:
    return catalog.cards(store, catalog.gallery_nums(store, "event"))


def sections(events) -> list[tuple[str, str]]:
    return [(event.section, event.card.id) for event in events]


def test_before_the_week_everything_is_coming_up_by_start(week: list[Card]) -> None:
    events = schedule(week, datetime(2027, 4, 1, 12, 0))
    assert sections(events) == [
        (UPCOMING, "ev-daily"), (UPCOMING, "ev-launch"), (UPCOMING, "ev-online"), (UPCOMING, "ev-clinic"),
        (UPCOMING, "ev-class"), (UPCOMING, "ev-lecture"), (UPCOMING, "ev-ipday"),
    ]  # fmt: skip
    assert not any(event.now_on for event in events)  # and the undated one is left out
    line = whats_on(events)
    assert line.status == "next"
    assert line.line("zh") == "下一场：每日咨询，4月20日–4月26日 09:00–17:30"
    assert line.line("en") == "Next: Daily consultation, 20–26 Apr, 09:00–17:30"


def test_during_the_opening_day_what_runs_now_is_flagged(week: list[Card]) -> None:
    events = schedule(week, datetime(2027, 4, 20, 10, 0))
    assert sections(events)[:4] == [
        (TODAY, "ev-daily"),
        (TODAY, "ev-launch"),
        (TODAY, "ev-online"),
        (UPCOMING, "ev-clinic"),
    ]
    assert [event.now_on for event in events[:3]] == [True, True, False]
    assert events[0].when["zh"] == "4月20日–4月26日 09:00–17:30" and events[0].hours == "09:00–17:30"
    assert events[1].place("en") == "Launch ceremony hall" and events[1].title("zh") == "启动仪式"
    line = whats_on(events)
    assert line.line("zh") == "今天：每日咨询（进行中） · 启动仪式（进行中） · 15:00 线上展览"
    assert line.line("en") == "Today: Daily consultation (now on) · Launch ceremony (now on) · 15:00 Online exhibition"


def test_later_in_the_week_past_events_come_last_most_recent_first(week: list[Card]) -> None:
    events = schedule(week, datetime(2027, 4, 22, 15, 10))
    assert sections(events) == [
        (TODAY, "ev-daily"), (TODAY, "ev-class"), (TODAY, "ev-lecture"), (UPCOMING, "ev-ipday"),
        (PAST, "ev-clinic"), (PAST, "ev-online"), (PAST, "ev-launch"),
    ]  # fmt: skip
    assert [(event.now_on, event.ended) for event in events[:3]] == [(True, False), (False, True), (True, False)]
    assert whats_on(events).line("en") == "Today: Daily consultation (now on) · Micro lecture (now on)"


def test_after_todays_events_the_next_one_is_shown(week: list[Card]) -> None:
    events = schedule(week, datetime(2027, 4, 21, 18, 0))
    assert [event.ended for event in events if event.section == TODAY] == [True, True]
    assert whats_on(events).line("zh") == "下一场：学校课堂，4月22日 10:00–10:40"


def test_after_the_week_everything_is_past(week: list[Card]) -> None:
    events = schedule(week, datetime(2027, 5, 1, 9, 0))
    assert [section for section, _ in sections(events)] == [PAST] * 7
    assert [event.card.id for event in events][:3] == ["ev-daily", "ev-ipday", "ev-lecture"]
    line = whats_on(events)
    assert line.status == "ended" and line.line("en").startswith("Looking back: ")
    assert whats_on([]).status == "none" and whats_on([]).line("zh") == ""


def test_today_shows_at_most_three_and_counts_the_rest() -> None:
    many = [
        Card(i, f"e{i}", "event", {"zh": f"活动{i}", "en": f"Event {i}"}, starts_at=f"2027-04-20T1{i}:00")
        for i in range(5)
    ]
    line = whats_on(schedule(many, datetime(2027, 4, 20, 8, 0)))
    assert line.line("en") == "Today: 10:00 Event 0 · 11:00 Event 1 · 12:00 Event 2 · 2 more"
    assert line.line("zh").endswith("12:00 活动2 · 另有 2 项")


def test_an_event_with_no_end_runs_for_an_hour() -> None:
    card = Card(1, "e", "event", {"zh": "活动", "en": "Event"}, starts_at="2027-04-20T10:00", ends_at="bad")
    assert schedule([card], datetime(2027, 4, 20, 10, 59))[0].now_on
    assert schedule([card], datetime(2027, 4, 20, 11, 0))[0].ended
    assert schedule([card], datetime(2027, 4, 20, 11, 0))[0].when["en"] == "20 Apr, 10:00"


def test_event_cards_are_the_published_events_with_a_start(store: ExhibitStore) -> None:
    assert {card.id for card in event_cards(store)} == {item.id for item in WEEK} - {"ev-undated"}
