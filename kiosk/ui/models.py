"""Exhibits as QML sees them: the image URLs of their files and the list model of whole exhibits.

The model holds kiosk.core.exhibits.model.Exhibit records and only translates them into
roles (kiosk/ui/listmodel.py); every text is computed by the core (language fallback included).
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from PySide6.QtCore import QObject

from kiosk.core.exhibits.model import DEFAULT_LANG, Exhibit
from kiosk.core.exhibits.present import shown_number
from kiosk.ui.listmodel import Role, RoleListModel

IMAGE_PROVIDER = "media"


def image_url(relative_path: str) -> str:
    """The image-provider URL of a file in the content folder, or "" for none."""
    if not relative_path:
        return ""
    return f"image://{IMAGE_PROVIDER}/{quote(relative_path, safe='/')}"


def thumb_url(exhibit: Exhibit) -> str:
    """URL of the exhibit's first thumbnail, or "" when it has none."""
    return next((image_url(image.thumb) for image in exhibit.images if image.thumb), "")


EXHIBIT_ROLES = (
    Role("display", lambda ex, lang: ex.t("title", lang), text=True),
    Role("exhibitId", lambda ex, lang: ex.id),
    Role("kind", lambda ex, lang: ex.kind),
    Role("kindLabel", lambda ex, lang: ex.kind_label(lang), text=True),
    Role("title", lambda ex, lang: ex.t("title", lang), text=True),
    Role("summary", lambda ex, lang: ex.t("summary", lang), text=True),
    Role("thumb", lambda ex, lang: thumb_url(ex)),
    Role("number", lambda ex, lang: shown_number(ex.number, lang), text=True),
    Role("tags", lambda ex, lang: list(ex.tags_in(lang)), text=True),
)


class ExhibitListModel(RoleListModel):
    """A flat list of whole exhibits (search results, related exhibits), in the visitor's language."""

    def __init__(self, exhibits: Sequence[Exhibit] = (), language: str = DEFAULT_LANG, parent: QObject | None = None):
        super().__init__(EXHIBIT_ROLES, exhibits, language, parent=parent)

    def exhibit(self, row: int) -> Exhibit:
        return self.record(row)

    def set_exhibits(self, exhibits: Sequence[Exhibit]) -> None:
        """Replace the whole list (after a search or a new content pack)."""
        self.set_records(exhibits)
