"""The `kiosk` command: a thin layer over kiosk.core (and kiosk.ui for `run` and `shot`)."""
