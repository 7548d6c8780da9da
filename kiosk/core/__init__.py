"""Qt-free behaviour of the kiosk: content, search, media, settings.

Nothing in this package may import PySide6; tests/test_architecture.py checks it.
"""
