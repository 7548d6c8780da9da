"""Controllers of the reading screens (the exhibit page and search); installed by app.start().

`reading` (ReadingController) presents the exhibit named by the route
exhibit/<id>; `searcher` (SearchController) runs the visitor's search as they
type. Both follow kiosk.language; what they show is computed in kiosk.core
(present, qr, suggest, search).
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.core.exhibits import present, qr, suggest
from kiosk.core.exhibits.model import Exhibit
from kiosk.core.exhibits.search import search, typed_query
from kiosk.core.exhibits.store import ExhibitStore
from kiosk.ui.context import SCREENS_DIR, UiContext
from kiosk.ui.models import ExhibitListModel, image_url
from kiosk.ui.navigator import Navigator
from kiosk.ui.reading_models import (
    QR_PROVIDER,
    BlockListModel,
    FieldListModel,
    QrBook,
    QrImageProvider,
    SuggestionListModel,
    prepare_keyboard,
    qr_url,
)
from kiosk.ui.state import KioskState

DEBOUNCE_MS = 150  # a visitor typing faster than this waits for one search, not one per key


class ReadingController(QObject):
    """The exhibit page: texts, fields, body, images, QR code and related exhibits of one exhibit."""

    pageChanged = Signal()

    def __init__(self, store: ExhibitStore, state: KioskState, nav: Navigator):
        super().__init__()
        self._store, self._state, self._nav = store, state, nav
        self._book = QrBook()
        # The engine owns the provider once it is added; this reference keeps its Python side alive.
        self.qr_provider = QrImageProvider(self._book)
        self._exhibit: Exhibit | None = None
        self._requested = ""
        self._fields = FieldListModel(parent=self)
        self._blocks = BlockListModel(parent=self)
        self._related = ExhibitListModel(language=state.language, parent=self)
        state.languageChanged.connect(self._on_language_changed)
        nav.routeChanged.connect(self._on_route_changed)
        self._on_route_changed()

    @Slot(str)
    def load(self, exhibit_id: str) -> None:
        """Show the published exhibit `exhibit_id` (an unknown or hidden one shows as not found)."""
        self._requested = exhibit_id
        self._exhibit = self._store.get_visible(exhibit_id) if exhibit_id else None  # None: hidden, or not today
        if self._exhibit is not None and qr.scannable(self._exhibit.url):
            self._book.put(self._exhibit.id, self._exhibit.url)
        self._related.set_exhibits(present.related(self._store, self._exhibit) if self._exhibit else [])
        self._present()

    def _present(self) -> None:
        lang = self._state.language
        ex = self._exhibit
        self._fields.set_records(present.fields(ex, lang) if ex else [])
        self._blocks.set_records(present.body_blocks(ex.t("body", lang)) if ex else [])
        self.pageChanged.emit()

    @Slot()
    def _on_route_changed(self) -> None:
        if self._nav.screen == "exhibit" and self._nav.param != self._requested:
            self.load(self._nav.param)

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self._related.set_language(language)
        self._present()

    def _text(self, name: str) -> str:
        return self._exhibit.t(name, self._state.language) if self._exhibit else ""

    def _get_exhibit_id(self) -> str:
        return self._exhibit.id if self._exhibit else ""

    def _get_found(self) -> bool:
        return self._exhibit is not None

    def _get_kind(self) -> str:
        return self._exhibit.kind if self._exhibit else ""

    def _get_kind_label(self) -> str:
        return present.kind_label(self._exhibit.kind, self._state.language) if self._exhibit else ""

    def _get_title(self) -> str:
        return self._text("title")

    def _get_summary(self) -> str:
        return self._text("summary")

    def _get_images(self) -> list[str]:
        return [image_url(path) for path in present.display_images(self._exhibit)] if self._exhibit else []

    def _get_image_aspect(self) -> float:
        return present.image_aspect(self._exhibit) if self._exhibit else 16 / 9

    def _has_qr(self) -> bool:
        return self._exhibit is not None and qr.scannable(self._exhibit.url)

    def _get_qr_source(self) -> str:
        return qr_url(self._exhibit.id) if self._exhibit and self._has_qr() else ""

    def _get_qr_caption(self) -> str:
        return qr.caption(self._exhibit.url, self._state.language) if self._exhibit and self._has_qr() else ""

    def _get_fields(self) -> FieldListModel:
        return self._fields

    def _get_blocks(self) -> BlockListModel:
        return self._blocks

    def _get_related(self) -> ExhibitListModel:
        return self._related

    exhibitId = Property(str, _get_exhibit_id, notify=pageChanged)
    found = Property(bool, _get_found, notify=pageChanged)
    kind = Property(str, _get_kind, notify=pageChanged)
    kindLabel = Property(str, _get_kind_label, notify=pageChanged)
    title = Property(str, _get_title, notify=pageChanged)
    summary = Property(str, _get_summary, notify=pageChanged)
    images = Property(list, _get_images, notify=pageChanged)
    imageAspect = Property(float, _get_image_aspect, notify=pageChanged)
    hasQr = Property(bool, _has_qr, notify=pageChanged)
    qrSource = Property(str, _get_qr_source, notify=pageChanged)
    qrCaption = Property(str, _get_qr_caption, notify=pageChanged)
    fields = Property(QObject, _get_fields, constant=True)
    blocks = Property(QObject, _get_blocks, constant=True)
    related = Property(QObject, _get_related, constant=True)


class SearchController(QObject):
    """The search screen: the query, its results as the visitor types, and suggestions.

    `status` is "idle" (nothing typed: starter suggestions), "typing" (waiting for the
    debounce), "results" or "empty" (nothing found: suggestions to go on with); "" until
    the search screen is first opened, so a kiosk nobody searches on never searches.
    """

    queryChanged = Signal()
    resultsChanged = Signal()

    def __init__(self, store: ExhibitStore, state: KioskState, nav: Navigator, limit: int):
        super().__init__()
        self._store, self._state, self._nav, self._limit = store, state, nav, limit
        self._query = ""
        self._status = ""
        self._sample: list[Exhibit] | None = None
        self._results = ExhibitListModel(language=state.language, parent=self)
        self._suggestions = SuggestionListModel(parent=self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timeout)
        state.languageChanged.connect(self._on_language_changed)
        state.visitorReset.connect(self._on_visitor_reset)
        nav.routeChanged.connect(self._on_route_changed)
        self._on_route_changed()

    def _get_query(self) -> str:
        return self._query

    def _set_query(self, query: str) -> None:
        """What the visitor typed: searched once they pause for DEBOUNCE_MS."""
        if query == self._query:
            return
        self._query = query
        self._status = "typing"
        self.queryChanged.emit()
        self.resultsChanged.emit()
        self._timer.start()

    query = Property(str, _get_query, _set_query, notify=queryChanged)

    @Slot(str, str, int, result=str)
    def compose(self, committed: str, preedit: str, cursor: int) -> str:
        """What the visitor means while pinyin is composed (see core.search.typed_query)."""
        return typed_query(committed, preedit, cursor)

    @Slot()
    def clear(self) -> None:
        self.run("")

    @Slot(str)
    def run(self, query: str) -> None:
        """Search for `query` now, without waiting (a tapped suggestion, a route)."""
        self._timer.stop()
        changed = query != self._query
        self._query = query
        if changed:
            self.queryChanged.emit()
        self._run()

    @Slot(str)
    def open(self, route: str) -> None:
        """Follow a suggestion: run its search here, or open its screen."""
        if route.startswith("search/"):
            self.run(route.removeprefix("search/"))
        else:
            self._nav.go(route)

    def _run(self) -> None:
        text = self._query.strip()
        found = search(self._store, text, limit=self._limit) if text else []
        self._results.set_exhibits(found)
        self._status = "results" if found else ("empty" if text else "idle")
        self._update_suggestions()
        if self._nav.screen == "search" and self._nav.param != self._query:
            self._nav.replace(f"search/{self._query}")
        self.resultsChanged.emit()

    def _update_suggestions(self) -> None:
        lang = self._state.language
        if self._sample is None:
            self._sample = suggest.sample(self._store)
        if self._status == "idle":
            items = suggest.starters(self._store, lang, self._sample)
        elif self._status == "empty":
            items = suggest.suggest(self._store, self._query, lang, self._sample)
        else:
            items = []
        self._suggestions.set_records(items)

    @Slot()
    def _on_timeout(self) -> None:
        self._run()

    @Slot()
    def _on_route_changed(self) -> None:
        if self._nav.screen == "search" and (self._nav.param != self._query or not self._status):
            self.run(self._nav.param)

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self._results.set_language(language)
        if self._status:
            self._update_suggestions()
            self.resultsChanged.emit()

    @Slot()
    def _on_visitor_reset(self) -> None:
        """Forget the last visitor's search (the idle reset has usually left the search screen already)."""
        self._timer.stop()
        if self._query:
            self._query = ""
            self.queryChanged.emit()
        if self._nav.screen == "search":
            self._run()
            return
        self._status = ""
        self._results.set_exhibits([])
        self._suggestions.set_records([])
        self.resultsChanged.emit()

    def _get_status(self) -> str:
        return self._status

    def _get_result_count(self) -> int:
        return self._results.rowCount()

    def _get_groups(self) -> list[str]:
        return list(dict.fromkeys(item.group for item in self._suggestions.records()))

    def _get_results(self) -> ExhibitListModel:
        return self._results

    def _get_suggestions(self) -> SuggestionListModel:
        return self._suggestions

    status = Property(str, _get_status, notify=resultsChanged)
    resultCount = Property(int, _get_result_count, notify=resultsChanged)
    groups = Property(list, _get_groups, notify=resultsChanged)  # the suggestion groups shown, in order
    results = Property(QObject, _get_results, constant=True)
    suggestions = Property(QObject, _get_suggestions, constant=True)


def install(ui: UiContext) -> None:
    """Create the reading controllers, register the "qr" image provider and expose them to QML."""
    prepare_keyboard(ui.engine)
    reading = ReadingController(ui.store, ui.state, ui.nav)
    ui.add_image_provider(QR_PROVIDER, reading.qr_provider)
    ui.expose("reading", reading)
    ui.expose("searcher", SearchController(ui.store, ui.state, ui.nav, ui.settings["search.limit"]))
    ui.add_screen("exhibit", SCREENS_DIR / "ExhibitScreen.qml")
    ui.add_screen("search", SCREENS_DIR / "SearchScreen.qml")
