"""Fetching newer packs: from an HTTP server or object store, and from removable media."""
