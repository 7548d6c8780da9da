"""The week's events at the booth: "today first", with their time ranges and a one-line "what's on".

Times are the booth's local time, as stored ("YYYY-MM-DDTHH:MM"). An event over
several days with daily hours (09:00-17:30 from the 20th to the 26th) is on
during those hours of each of its days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from kiosk.core.exhibits.catalog import Card, card_rows, pick
from kiosk.core.exhibits.model import LANGS
from kiosk.core.exhibits.store import ExhibitStore

TODAY, UPCOMING, PAST = "today", "upcoming", "past"  # sections of the events list, in order
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_UNTIMED_LENGTH = timedelta(hours=1)  # how long an event with no end counts as running


def day_text(day: date, lang: str, *, year: bool = False) -> str:
    """A day for visitors: "4月20日" / "20 Apr", with the year when asked: "2026年4月20日" / "20 Apr 2026"."""
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日" if year else f"{day.month}月{day.day}日"
    return f"{day.day} {MONTHS_EN[day.month - 1]}" + (f" {day.year}" if year else "")


def hours_text(start: datetime, end: datetime | None) -> str:
    """Opening hours: "09:30–10:30", or "09:30" when there is no end."""
    return f"{start:%H:%M}" + (f"–{end:%H:%M}" if end and end > start else "")


def days_text(start: datetime, end: datetime | None, lang: str, *, this_year: int | None = None) -> str:
    """The day or days of an event: "4月20日" / "20 Apr"; "4月20日–4月26日" / "20–26 Apr".

    The year shows when it is not `this_year`.
    """
    year = this_year is not None and start.year != this_year
    if end is None or end.date() <= start.date():
        return day_text(start.date(), lang, year=year)
    if lang == "zh":
        return f"{day_text(start.date(), lang, year=year)}–{day_text(end.date(), lang)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{day_text(end.date(), lang, year=year)}"
    return f"{day_text(start.date(), lang)}–{day_text(end.date(), lang, year=year)}"


def time_range(start: datetime, end: datetime | None, lang: str, *, this_year: int | None = None) -> str:
    """When an event is on: "4月20日 09:30–10:30" / "20 Apr, 09:30–10:30"; over several days
    "4月20日–4月26日 09:00–17:30" / "20–26 Apr, 09:00–17:30"."""
    days, hours = days_text(start, end, lang, this_year=this_year), hours_text(start, end)
    return f"{days} {hours}" if lang == "zh" else f"{days}, {hours}"


def _parse(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class DayHours:
    """One day's part of an event: an event over several days runs its hours on each of them."""

    start: datetime
    end: datetime

    @classmethod
    def on(cls, day: date, start: datetime, end: datetime | None) -> DayHours:
        if end is None:
            return cls(start, start + _UNTIMED_LENGTH)
        if end.date() == start.date() or end.time() <= start.time():
            return cls(start, end)  # one day, or one stretch through the night
        return cls(datetime.combine(day, start.time()), datetime.combine(day, end.time()))


@dataclass(frozen=True)
class ScheduledEvent:
    card: Card
    section: str  # TODAY, UPCOMING or PAST
    when: dict[str, str]  # time range per language: days and hours
    days: dict[str, str]
    hours: str
    now_on: bool = False  # running at the moment the schedule was made
    ended: bool = False  # today's, and over

    def title(self, lang: str) -> str:
        return self.card.title_in(lang)

    def place(self, lang: str) -> str:
        return pick(self.card.place, lang)


def schedule(events: Iterable[Card], now: datetime) -> list[ScheduledEvent]:
    """Events "today first": today's by start (running ones flagged), then upcoming by start,
    then past ones, most recent first. Events without a valid start are left out."""
    keyed: list[tuple[tuple, ScheduledEvent]] = []
    for card in events:
        start, end = _parse(card.starts_at), _parse(card.ends_at)
        if start is None:
            continue
        end = end if end and end > start else None
        last_day = (end or start).date()
        texts = (
            {lang: time_range(start, end, lang, this_year=now.year) for lang in LANGS},
            {lang: days_text(start, end, lang, this_year=now.year) for lang in LANGS},
            hours_text(start, end),
        )
        if start.date() <= now.date() <= last_day:
            today = DayHours.on(now.date(), start, end)
            item = ScheduledEvent(card, TODAY, *texts, now_on=today.start <= now < today.end, ended=now >= today.end)
            keyed.append(((0, today.start.timestamp(), card.id), item))
        elif start.date() > now.date():
            keyed.append(((1, start.timestamp(), card.id), ScheduledEvent(card, UPCOMING, *texts)))
        else:
            keyed.append(((2, -(end or start).timestamp(), card.id), ScheduledEvent(card, PAST, *texts)))
    return [item for _, item in sorted(keyed, key=lambda pair: pair[0])]


def event_cards(store: ExhibitStore) -> list[Card]:
    """The published events that have a start: only those can be scheduled."""
    return [Card.from_row(row) for row in card_rows(store, store.scheduled_event_nums())]


@dataclass(frozen=True)
class WhatsOn:
    """The one-line "what's on" of the attract and home screens."""

    status: str  # "today", "next", "ended" (every event is over) or "none" (there are no events)
    label: dict[str, str] = field(default_factory=dict)
    text: dict[str, str] = field(default_factory=dict)

    def line(self, lang: str) -> str:
        if not self.text:
            return ""
        return f"{self.label[lang]}：{self.text[lang]}" if lang == "zh" else f"{self.label[lang]}: {self.text[lang]}"


_SHOWN_TODAY = 3


def whats_on(events: Sequence[ScheduledEvent]) -> WhatsOn:
    """Today's events still to come (running ones first say so), else the next one, else a look back."""
    left = [event for event in events if event.section == TODAY and not event.ended]
    if left:
        return WhatsOn("today", {"zh": "今天", "en": "Today"}, {lang: _today_text(left, lang) for lang in LANGS})
    upcoming = next((event for event in events if event.section == UPCOMING), None)
    if upcoming:
        text = {
            "zh": f"{upcoming.title('zh')}，{upcoming.when['zh']}",
            "en": f"{upcoming.title('en')}, {upcoming.when['en']}",
        }
        return WhatsOn("next", {"zh": "下一场", "en": "Next"}, text)
    if events:
        text = {"zh": "活动已全部结束，看看本周的精彩回顾", "en": "All events have ended: see how the week went"}
        return WhatsOn("ended", {"zh": "活动回顾", "en": "Looking back"}, text)
    return WhatsOn("none")


def _today_text(left: Sequence[ScheduledEvent], lang: str) -> str:
    def one(event: ScheduledEvent) -> str:
        if event.now_on:
            return f"{event.title(lang)}（进行中）" if lang == "zh" else f"{event.title(lang)} (now on)"
        start = _parse(event.card.starts_at)
        return f"{start:%H:%M} {event.title(lang)}" if start else event.title(lang)

    shown = sorted(left, key=lambda event: not event.now_on)[:_SHOWN_TODAY]  # stable: by start within each
    more = len(left) - len(shown)
    text = " · ".join(one(event) for event in shown)
    if more:
        text += f" · 另有 {more} 项" if lang == "zh" else f" · {more} more"
    return text
