"""List models of the browse screens: kind tiles, filter chips, cards, the lazy gallery and events.

Each model holds records from kiosk.core.exhibits.catalog / kiosk.core.exhibits.schedule, which carry
every language; a language switch re-emits dataChanged for the text roles and
never rebuilds a model. The gallery model knows only its row numbers and asks a
CardPager for the cards the view shows, so 100,000 rows cost little memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from kiosk.core.exhibits.catalog import Card, CardPager, Facet, Slide, Tile
from kiosk.core.exhibits.model import DEFAULT_LANG
from kiosk.core.exhibits.schedule import ScheduledEvent
from kiosk.ui.listmodel import Index, Role, RoleListModel, role_number
from kiosk.ui.models import image_url

# Cards (gallery, attract loop): the names are ExhibitCard's required properties.
CARD_ROLES = (
    Role("exhibitId", lambda card, lang: card.id),
    Role("kind", lambda card, lang: card.kind),
    Role("kindLabel", lambda card, lang: card.kind_label(lang), text=True),
    Role("title", lambda card, lang: card.title_in(lang), text=True),
    Role("thumb", lambda card, lang: image_url(card.thumb)),
    Role("number", lambda card, lang: card.number_in(lang), text=True),
)


def _of_card(role: Role) -> Role:
    """A card role read from a slide's card."""
    return Role(role.name, lambda slide, lang: role.get(slide.card, lang), role.text)


SLIDE_ROLES = (
    *(_of_card(role) for role in CARD_ROLES),
    # The picture: the display rendition, else the thumbnail; "" for a slide drawn without one.
    Role("image", lambda slide, lang: image_url(slide.picture)),
    Role("titleZh", lambda slide, lang: slide.card.title_in("zh")),
    Role("titleEn", lambda slide, lang: slide.card.title_in("en")),
    Role("kindLabelZh", lambda slide, lang: slide.card.kind_label("zh")),
    Role("kindLabelEn", lambda slide, lang: slide.card.kind_label("en")),
    Role("summary", lambda slide, lang: slide.summary_in(lang), text=True),
)
TILE_ROLES = (
    Role("kind", lambda tile, lang: tile.kind),
    Role("label", lambda tile, lang: tile.label(lang), text=True),
    Role("count", lambda tile, lang: tile.count),
    Role("thumb", lambda tile, lang: image_url(tile.thumb)),
)
FACET_ROLES = (
    Role("key", lambda facet, lang: facet.key),
    Role("label", lambda facet, lang: facet.label(lang), text=True),
    Role("count", lambda facet, lang: facet.count),
)
EVENT_ROLES = (
    Role("exhibitId", lambda event, lang: event.card.id),
    Role("title", lambda event, lang: event.title(lang), text=True),
    Role("place", lambda event, lang: event.place(lang), text=True),
    Role("when", lambda event, lang: event.when[lang], text=True),
    Role("days", lambda event, lang: event.days[lang], text=True),
    Role("hours", lambda event, lang: event.hours),
    Role("section", lambda event, lang: event.section),
    Role("nowOn", lambda event, lang: event.now_on),
    Role("ended", lambda event, lang: event.ended),
    Role("thumb", lambda event, lang: image_url(event.card.thumb)),
)


class FacetModel(RoleListModel):
    """Filter chips (tags or regions) with the one that is selected."""

    def __init__(self, facets: Sequence[Facet] = (), language: str = DEFAULT_LANG):
        selected = Role("selected", lambda facet, lang: facet.key == self._selected)
        super().__init__((*FACET_ROLES, selected), facets, language)
        self._selected = ""

    def selected(self) -> str:
        return self._selected

    def set_selected(self, key: str) -> None:
        if key != self._selected:
            self._selected = key
            self.announce([role_number("selected")])


class GalleryModel(RoleListModel):
    """The cards of a gallery, over its row numbers; cards are fetched a page at a time as the view asks."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[Card]], language: str = DEFAULT_LANG):
        super().__init__(CARD_ROLES, language=language)
        self._fetch = fetch
        self._pager = CardPager(fetch)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._pager)

    def record(self, row: int) -> Card | None:
        return self._pager.card(row)  # None: its exhibit vanished since the gallery was counted

    def set_nums(self, nums: Iterable[int]) -> None:
        self.beginResetModel()
        self._pager = CardPager(self._fetch, nums)
        self.endResetModel()

    def pages_loaded(self) -> int:
        return self._pager.pages_loaded


def tile_model(tiles: Sequence[Tile], language: str) -> RoleListModel:
    return RoleListModel(TILE_ROLES, tiles, language)


def slide_model(slides: Sequence[Slide], language: str) -> RoleListModel:
    return RoleListModel(SLIDE_ROLES, slides, language)


def event_model(events: Sequence[ScheduledEvent], language: str) -> RoleListModel:
    return RoleListModel(EVENT_ROLES, events, language, same=same_event)


def same_event(a: ScheduledEvent, b: ScheduledEvent) -> bool:
    """Rows stay put when an event keeps its place and section: only its flags changed."""
    return a.card.id == b.card.id and a.section == b.section
