"""List models of the browse screens: kind tiles, filter chips, cards, the lazy gallery and events.

Each model holds records from kiosk.core.exhibits.catalog / kiosk.core.exhibits.schedule, which carry
every language; a language switch re-emits dataChanged for the text roles and
never rebuilds a model. The gallery model knows only its row numbers and asks a
CardPager for the cards the view shows, so 100,000 rows cost little memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Property, QAbstractListModel, QByteArray, QObject, Qt, Signal, Slot

from kiosk.core.exhibits.catalog import Card, CardPager, Facet, Slide, Tile
from kiosk.core.exhibits.model import DEFAULT_LANG, LANGS
from kiosk.core.exhibits.schedule import ScheduledEvent
from kiosk.ui.models import Index, image_url

_USER = Qt.ItemDataRole.UserRole
# Cards (gallery, attract loop): the names are ExhibitCard's required properties.
IdRole, KindRole, KindLabelRole, TitleRole, ThumbRole, NumberRole = range(_USER + 1, _USER + 7)
DisplayImageRole, TitleZhRole, TitleEnRole, KindLabelZhRole, KindLabelEnRole = range(_USER + 7, _USER + 12)
SummaryRole = _USER + 12
# Tiles and chips.
LabelRole, CountRole, KeyRole, SelectedRole = range(_USER + 20, _USER + 24)
# Events.
PlaceRole, WhenRole, DaysRole, HoursRole, SectionRole, NowOnRole, EndedRole = range(_USER + 30, _USER + 37)

Getter = Callable[[Any, str], Any]

CARD_ROLES: dict[int, tuple[bytes, Getter]] = {
    IdRole: (b"exhibitId", lambda card, lang: card.id),
    KindRole: (b"kind", lambda card, lang: card.kind),
    KindLabelRole: (b"kindLabel", lambda card, lang: card.kind_label(lang)),
    TitleRole: (b"title", lambda card, lang: card.title_in(lang)),
    ThumbRole: (b"thumb", lambda card, lang: image_url(card.thumb)),
    NumberRole: (b"number", lambda card, lang: card.number_in(lang)),
}


def _of_card(get: Getter) -> Getter:
    """A card role read from a slide's card."""
    return lambda slide, lang: get(slide.card, lang)


SLIDE_ROLES: dict[int, tuple[bytes, Getter]] = {
    **{role: (name, _of_card(get)) for role, (name, get) in CARD_ROLES.items()},
    # The picture: the display rendition, else the thumbnail; "" for a slide drawn without one.
    DisplayImageRole: (b"display", lambda slide, lang: image_url(slide.picture)),
    TitleZhRole: (b"titleZh", lambda slide, lang: slide.card.title_in("zh")),
    TitleEnRole: (b"titleEn", lambda slide, lang: slide.card.title_in("en")),
    KindLabelZhRole: (b"kindLabelZh", lambda slide, lang: slide.card.kind_label("zh")),
    KindLabelEnRole: (b"kindLabelEn", lambda slide, lang: slide.card.kind_label("en")),
    SummaryRole: (b"summary", lambda slide, lang: slide.summary_in(lang)),
}
TILE_ROLES: dict[int, tuple[bytes, Getter]] = {
    KindRole: (b"kind", lambda tile, lang: tile.kind),
    LabelRole: (b"label", lambda tile, lang: tile.label(lang)),
    CountRole: (b"count", lambda tile, lang: tile.count),
    ThumbRole: (b"thumb", lambda tile, lang: image_url(tile.thumb)),
}
FACET_ROLES: dict[int, tuple[bytes, Getter]] = {
    KeyRole: (b"key", lambda facet, lang: facet.key),
    LabelRole: (b"label", lambda facet, lang: facet.label(lang)),
    CountRole: (b"count", lambda facet, lang: facet.count),
}
EVENT_ROLES: dict[int, tuple[bytes, Getter]] = {
    IdRole: (b"exhibitId", lambda event, lang: event.card.id),
    TitleRole: (b"title", lambda event, lang: event.title(lang)),
    PlaceRole: (b"place", lambda event, lang: event.place(lang)),
    WhenRole: (b"when", lambda event, lang: event.when[lang]),
    DaysRole: (b"days", lambda event, lang: event.days[lang]),
    HoursRole: (b"hours", lambda event, lang: event.hours),
    SectionRole: (b"section", lambda event, lang: event.section),
    NowOnRole: (b"nowOn", lambda event, lang: event.now_on),
    EndedRole: (b"ended", lambda event, lang: event.ended),
    ThumbRole: (b"thumb", lambda event, lang: image_url(event.card.thumb)),
}
# Roles whose value depends on the language: re-announced when it changes.
TEXT_ROLES = [KindLabelRole, TitleRole, NumberRole, LabelRole, PlaceRole, WhenRole, DaysRole, SummaryRole]


class LanguageListModel(QAbstractListModel):
    """A list of records shown through a table of roles, in the visitor's language."""

    countChanged = Signal()

    def __init__(
        self, roles: dict[int, tuple[bytes, Getter]], language: str = DEFAULT_LANG, parent: QObject | None = None
    ):
        super().__init__(parent)
        if language not in LANGS:
            raise ValueError(f"unknown language {language!r}")
        self._roles = roles
        self._language = language
        self.modelReset.connect(self._on_rows_changed)

    def _record(self, row: int) -> Any:
        raise NotImplementedError

    def rowCount(self, parent: Index | None = None) -> int:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < self.rowCount():
            return None
        entry = self._roles.get(role)
        if entry is None:
            return None
        record = self._record(index.row())
        return entry[1](record, self._language) if record is not None else ""  # its exhibit vanished

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name) for role, (name, _) in self._roles.items()}

    def language(self) -> str:
        return self._language

    @Slot(str)
    def set_language(self, language: str) -> None:
        if language not in LANGS:
            raise ValueError(f"unknown language {language!r}")
        if language != self._language:
            self._language = language
            self._changed([role for role in TEXT_ROLES if role in self._roles])

    def _changed(self, roles: list[int]) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1), roles)

    def _get_count(self) -> int:
        return self.rowCount()

    count = Property(int, _get_count, notify=countChanged)

    @Slot()
    def _on_rows_changed(self) -> None:
        self.countChanged.emit()


class RecordListModel(LanguageListModel):
    """A short list of records held in full: tiles, chips, slides, events."""

    def __init__(self, roles: dict[int, tuple[bytes, Getter]], records: Iterable = (), language: str = DEFAULT_LANG):
        super().__init__(roles, language)
        self._records: list = list(records)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._records)

    def _record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list:
        return list(self._records)

    def set_records(self, records: Iterable, same: Callable[[Any, Any], bool] | None = None) -> None:
        """Replace the records; when `same` says each row is still the same thing, only announce new data."""
        records = list(records)
        keep = same is not None and len(records) == len(self._records)
        if keep and all(same(a, b) for a, b in zip(records, self._records, strict=True)):
            self._records = records
            self._changed(list(self._roles))
            return
        self.beginResetModel()
        self._records = records
        self.endResetModel()


class FacetModel(RecordListModel):
    """Filter chips (tags or regions) with the one that is selected."""

    def __init__(self, facets: Sequence[Facet] = (), language: str = DEFAULT_LANG):
        super().__init__(FACET_ROLES, facets, language)
        self._selected = ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SelectedRole and index.isValid() and 0 <= index.row() < len(self._records):
            return self._records[index.row()].key == self._selected
        return super().data(index, role)

    def roleNames(self) -> dict[int, QByteArray]:
        return {**super().roleNames(), SelectedRole: QByteArray(b"selected")}

    def selected(self) -> str:
        return self._selected

    def set_selected(self, key: str) -> None:
        if key != self._selected:
            self._selected = key
            self._changed([SelectedRole])


class GalleryModel(LanguageListModel):
    """The cards of a gallery, over its row numbers; cards are fetched a page at a time as the view asks."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[Card]], language: str = DEFAULT_LANG):
        super().__init__(CARD_ROLES, language)
        self._fetch = fetch
        self._pager = CardPager(fetch)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._pager)

    def _record(self, row: int) -> Card | None:
        return self._pager.card(row)

    def set_nums(self, nums: Iterable[int]) -> None:
        self.beginResetModel()
        self._pager = CardPager(self._fetch, nums)
        self.endResetModel()

    def pages_loaded(self) -> int:
        return self._pager.pages_loaded


def tile_model(tiles: Sequence[Tile], language: str) -> RecordListModel:
    return RecordListModel(TILE_ROLES, tiles, language)


def slide_model(slides: Sequence[Slide], language: str) -> RecordListModel:
    return RecordListModel(SLIDE_ROLES, slides, language)


def event_model(events: Sequence[ScheduledEvent], language: str) -> RecordListModel:
    return RecordListModel(EVENT_ROLES, events, language)


def same_event(a: ScheduledEvent, b: ScheduledEvent) -> bool:
    """Rows stay put when an event keeps its place and section: only its flags changed."""
    return a.card.id == b.card.id and a.section == b.section
