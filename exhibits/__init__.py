"""The demo exhibits the kiosk ships with (installed as kiosk.exhibits): exhibits/demo."""
