"""Exhibition kiosk for intellectual-property publicity booths."""

__version__ = "0.1.0"
