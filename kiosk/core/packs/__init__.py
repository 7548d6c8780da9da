"""Signed content packs: build, sign, verify, install atomically, list and roll back.

A pack is a folder (or the same folder as one uncompressed tar archive, NAME.kpack) holding
manifest.json, its detached Ed25519 signature manifest.sig, exhibits.db and media renditions.
See docs/packs.md for the format and how staff publish packs. Nothing here imports Qt.
"""
