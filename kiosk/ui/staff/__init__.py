"""Staff mode's screens: the feature that shows the routes under `staff/`.

`staff/<page>/<param>` shows kiosk/ui/qml/staff/StaffScreen.qml, which loads the page:
home, exhibits, edit/<id>, arrange, preview/<id>, publish, history, settings. The
navigator refuses every staff route unless a staff session is open (staff_session.py):
a visitor never reaches one without a PIN. The draft the pages change is `curation`
(workspace.py), open while the session is.
"""

from __future__ import annotations

from kiosk.core.base.paths import Paths
from kiosk.ui.context import QML_DIR, UiContext
from kiosk.ui.staff.editor import EditorController
from kiosk.ui.staff.exhibit_models import StaffExhibits
from kiosk.ui.staff.publishing import PublishController
from kiosk.ui.staff.workspace import Workspace

STAFF_QML = QML_DIR / "staff"


def install(ui: UiContext) -> None:
    """Add the staff screen, open only in a staff session, and the draft it works on."""
    ui.add_screen("staff", STAFF_QML / "StaffScreen.qml", allowed=ui.staff_session.is_active)
    workspace = Workspace(Paths.default(), ui.staff_session)
    ui.expose("curation", workspace)
    ui.when_closed(workspace.close)
    # publishing, previews, history, settings
    ui.expose("staffPublish", PublishController(workspace, ui.settings))
    # The exhibit list, the arrangement and the editor of one exhibit.
    exhibits = StaffExhibits(workspace, ui.state.language)
    editor = EditorController(workspace, ui.state.language)
    for controller in (exhibits, editor):
        ui.state.languageChanged.connect(controller.set_language)
    ui.expose("staffExhibits", exhibits)
    ui.expose("staffEditor", editor)
