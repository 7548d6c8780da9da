"""Drawing of the demo exhibit images (see README.md)."""
