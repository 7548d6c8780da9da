"""The Qt Quick interface of the kiosk: start-up, QML engine, list models and image provider.

Only this package imports Qt; it presents what kiosk.core computes.
"""
