"""The shell every screen sits in, installed first: the visitor's state and place, pictures, language,
the idle reset and the way in to staff mode.

For QML: `kiosk` (KioskState), `nav` (Navigator), `idle` (IdleMonitor), `staffExit`
(StaffExit, the PIN pad) and `staffSession` (StaffSession: who is in staff mode; going in
and out is staff_mode.py), and the "media" image provider (the content folder's pictures).
The interface language follows the visitor's. The idle monitor watches the window's input
from the moment it has loaded until the session closes.
"""

from __future__ import annotations

from kiosk.core.base.paths import Paths
from kiosk.ui.context import UiContext
from kiosk.ui.i18n import InterfaceLanguage
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.images import PROVIDER_NAME, MediaImageProvider
from kiosk.ui.staff_mode import StaffMode
from kiosk.ui.staff_pad import BoothAccounts, StaffExit


def install(ui: UiContext) -> None:
    """Expose the shell's objects to QML and start following the visitor's language."""
    ui.expose("kiosk", ui.state)
    ui.expose("nav", ui.nav)
    ui.add_image_provider(PROVIDER_NAME, MediaImageProvider(ui.content_folder))
    language = InterfaceLanguage(ui.engine)
    language.apply(ui.state.language)
    language.follow(ui.state.languageChanged)
    ui.own(language)
    idle = IdleMonitor(ui.state, ui.nav)
    ui.expose("idle", idle)
    staff = StaffExit(BoothAccounts(Paths.default(), ui.settings))
    ui.state.visitorReset.connect(staff.cancel)
    ui.expose("staffExit", staff)
    ui.expose("staffSession", ui.staff_session)
    mode = StaffMode(ui.staff_session, ui.nav, ui.state, idle, ui.settings)
    staff.entered.connect(mode.enter)
    ui.own(mode)
    ui.when_loaded(lambda: idle.install(ui.window))
    ui.when_closed(lambda: idle.uninstall(ui.window))
