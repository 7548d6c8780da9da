"""Controllers and models of the browse screens (attract, home, galleries, events); installed by app.start().

QML reaches them through `browse` (BrowseController): the screens read its models
and properties and call its slots; every text comes from kiosk.core.exhibits.catalog and
kiosk.core.exhibits.schedule, in the visitor's language.
"""

from __future__ import annotations

import logging
import threading
from array import array
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.core.exhibits import catalog, schedule
from kiosk.core.exhibits.catalog import ALL, Facets
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.ui.catalog_models import (
    FacetModel,
    GalleryModel,
    event_model,
    slide_model,
    tile_model,
)
from kiosk.ui.context import SCREENS_DIR, UiContext
from kiosk.ui.navigator import Navigator
from kiosk.ui.state import KioskState

CLOCK_MS = 30_000  # how often "now on" and "today" are brought up to date
FACETS_IN_BACKGROUND = 5_000  # from this many exhibits on, chips are counted on a worker thread
FACETS_DELAY_MS = 1_500  # ... which starts this long after start-up

log = logging.getLogger(__name__)


class _FacetsReady(QObject):
    """Carries the worker's result to the GUI thread (a queued signal)."""

    done = Signal(object)


def _count_facets(folder: Path, carrier: _FacetsReady) -> None:
    try:
        with ExhibitStore.open(folder, readonly=True) as store:  # its own connection, for its own thread
            nums = array("q", catalog.gallery_nums(store, ALL))
            carrier.done.emit((catalog.facets_by_kind(store, nums), nums))
    except Exception:
        log.exception("the gallery filters could not be counted")


class BrowseController(QObject):
    """State of the browse screens: the gallery's kind and filters, and the models they show."""

    kindChanged = Signal()
    filtersChanged = Signal()
    countChanged = Signal()
    whatsOnChanged = Signal()
    galleryIndexChanged = Signal()

    def __init__(self, store: ExhibitStore, state: KioskState, nav: Navigator, folder: Path, attract_seconds: int):
        super().__init__()
        self._store, self._state, self._nav = store, state, nav
        lang = state.language
        self._tiles = tile_model(catalog.kind_tiles(store), lang)
        self._slides = slide_model(catalog.featured(store), lang)
        self._gallery = GalleryModel(partial(catalog.cards, store), lang)
        self._tags, self._regions = FacetModel(language=lang), FacetModel(language=lang)
        self._events = event_model([], lang)
        self._event_cards = schedule.event_cards(store)
        self._whats_on = schedule.WhatsOn("none")
        self._all_count = store.count()
        self._attract_seconds = attract_seconds
        self._kind = ""
        self._nums_cache: dict[str, array] = {}  # unfiltered galleries, by kind: sorting 100,000 rows takes a while
        self._facets: dict[str, Facets] | None = None
        self._gallery_index = 0
        self._clock: Callable[[], datetime] = datetime.now
        self._timer = QTimer(self)
        self._timer.setInterval(CLOCK_MS)
        self._timer.timeout.connect(self._on_clock)
        self._timer.start()
        self._refresh_events()
        self._start_facets(folder)
        state.languageChanged.connect(self._on_language_changed)
        state.visitorReset.connect(self._on_visitor_reset)

    # -- loading -------------------------------------------------------------------

    def _start_facets(self, folder: Path) -> None:
        """Count the chips of every gallery; a big catalogue's on a worker, which also sorts the whole of it."""
        if self._all_count < FACETS_IN_BACKGROUND:
            self._on_facets_ready((catalog.facets_by_kind(self._store), None))
            return
        self._carrier = _FacetsReady()  # kept here: the worker's signal must outlive the worker
        self._carrier.done.connect(self._on_facets_ready)
        self._facets_folder = folder
        # Not before the first frame: the worker holds the interpreter for a second and start-up would wait.
        QTimer.singleShot(FACETS_DELAY_MS, self._on_start_facets)

    @Slot()
    def _on_start_facets(self) -> None:
        threading.Thread(target=_count_facets, args=(self._facets_folder, self._carrier), daemon=True).start()

    @Slot(object)
    def _on_facets_ready(self, result: tuple[dict[str, Facets], array | None]) -> None:
        self._facets, every = result
        if every is not None:
            self._nums_cache.setdefault(ALL, every)  # the gallery of everything then opens at once
        self._show_facets()

    def _show_facets(self) -> None:
        found = (self._facets or {}).get(self._kind, Facets([], []))
        self._tags.set_records(found.tags)
        self._regions.set_records(found.regions)

    def _reload_gallery(self) -> None:
        tag, region = self._tags.selected(), self._regions.selected()
        if tag or region:
            nums = catalog.gallery_nums(self._store, self._kind, tag, region)
        else:
            if self._kind not in self._nums_cache:
                self._nums_cache[self._kind] = array("q", catalog.gallery_nums(self._store, self._kind))
            nums = self._nums_cache[self._kind]
        self._gallery.set_nums(nums)
        self._set_gallery_index(0)
        self.countChanged.emit()

    def _refresh_events(self) -> None:
        events = schedule.schedule(self._event_cards, self._clock())
        self._events.set_records(events)
        whats_on = schedule.whats_on(events)
        if whats_on != self._whats_on:
            self._whats_on = whats_on
            self.whatsOnChanged.emit()

    def set_now(self, now: datetime | None) -> None:
        """Show the events as at `now` (None: the real time); for tests and rehearsals before the week."""
        self._clock = (lambda: now) if now is not None else datetime.now
        self._refresh_events()

    # -- slots for QML ----------------------------------------------------------------

    @Slot(str)
    def openGallery(self, kind: str) -> None:
        """Open a kind's gallery; the gallery screen then loads it (see loadKind)."""
        self._nav.go(f"gallery/{kind or ALL}")

    @Slot(str)
    def openExhibit(self, exhibit_id: str) -> None:
        if exhibit_id:
            self._nav.go(f"exhibit/{exhibit_id}")

    @Slot(str)
    def loadKind(self, kind: str) -> None:
        """Show the gallery of `kind` (an unknown one shows every kind); the same kind keeps its filters."""
        kind = kind if kind in catalog.KIND_ORDER else ALL
        if kind == self._kind:
            return
        self._kind = kind
        self._tags.set_selected("")
        self._regions.set_selected("")
        self._show_facets()
        self._reload_gallery()
        self.kindChanged.emit()
        self.filtersChanged.emit()

    @Slot(str)
    def selectTag(self, key: str) -> None:
        """Narrow to one tag; the selected one again, or "", shows every tag."""
        self._select(self._tags, "" if key == self._tags.selected() else key)

    @Slot(str)
    def selectRegion(self, key: str) -> None:
        self._select(self._regions, "" if key == self._regions.selected() else key)

    @Slot()
    def clearFilters(self) -> None:
        if self._tags.selected() or self._regions.selected():
            self._tags.set_selected("")
            self._regions.set_selected("")
            self._after_filters()

    def _select(self, chips: FacetModel, key: str) -> None:
        if key != chips.selected():
            chips.set_selected(key)
            self._after_filters()

    def _after_filters(self) -> None:
        if self._kind:
            self._reload_gallery()
        self.filtersChanged.emit()

    # -- signals from elsewhere ---------------------------------------------------------

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        for model in (self._tiles, self._slides, self._gallery, self._tags, self._regions, self._events):
            model.set_language(language)
        self.kindChanged.emit()  # the kind's name
        self.whatsOnChanged.emit()

    @Slot()
    def _on_visitor_reset(self) -> None:
        self.clearFilters()
        self._set_gallery_index(0)

    @Slot()
    def _on_clock(self) -> None:
        self._refresh_events()

    # -- properties ----------------------------------------------------------------------

    def _set_gallery_index(self, index: int) -> None:
        if index != self._gallery_index:
            self._gallery_index = index
            self.galleryIndexChanged.emit()

    def _lang(self) -> str:
        return self._state.language

    tiles = Property(QObject, lambda self: self._tiles, constant=True)
    featured = Property(QObject, lambda self: self._slides, constant=True)
    gallery = Property(QObject, lambda self: self._gallery, constant=True)
    tags = Property(QObject, lambda self: self._tags, constant=True)
    regions = Property(QObject, lambda self: self._regions, constant=True)
    events = Property(QObject, lambda self: self._events, constant=True)
    attractSeconds = Property(int, lambda self: self._attract_seconds, constant=True)
    allCount = Property(int, lambda self: self._all_count, constant=True)
    kind = Property(str, lambda self: self._kind, notify=kindChanged)
    kindLabel = Property(str, lambda self: catalog.kind_label(self._kind or ALL, self._lang()), notify=kindChanged)
    selectedTag = Property(str, lambda self: self._tags.selected(), notify=filtersChanged)
    selectedRegion = Property(str, lambda self: self._regions.selected(), notify=filtersChanged)
    filtered = Property(bool, lambda self: bool(self.selectedTag or self.selectedRegion), notify=filtersChanged)
    count = Property(int, lambda self: self._gallery.rowCount(), notify=countChanged)
    total = Property(int, lambda self: len(self._nums_cache.get(self._kind, ())), notify=countChanged)
    whatsOnStatus = Property(str, lambda self: self._whats_on.status, notify=whatsOnChanged)
    whatsOnLabel = Property(str, lambda self: self._whats_on.label.get(self._lang(), ""), notify=whatsOnChanged)
    whatsOnText = Property(str, lambda self: self._whats_on.text.get(self._lang(), ""), notify=whatsOnChanged)
    galleryIndex = Property(int, lambda self: self._gallery_index, _set_gallery_index, notify=galleryIndexChanged)


def install(ui: UiContext) -> None:
    """Create this feature's controllers and expose them to QML."""
    controller = BrowseController(ui.store, ui.state, ui.nav, ui.content_folder, ui.settings["ui.attract_seconds"])
    ui.expose("browse", controller)
    for screen in ("attract", "home", "gallery", "events"):
        ui.add_screen(screen, SCREENS_DIR / f"{screen.capitalize()}Screen.qml")
