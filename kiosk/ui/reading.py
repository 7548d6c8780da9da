"""Controllers and models of the reading screens; installed by app.start()."""

from __future__ import annotations

from kiosk.ui.context import UiContext


def install(ui: UiContext) -> None:
    """Create this feature's controllers and expose them to QML."""
