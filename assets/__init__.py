"""What the kiosk ships besides code: fonts and interface translations (installed as kiosk.assets)."""
