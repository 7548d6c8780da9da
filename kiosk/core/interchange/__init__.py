"""Exhibits in and out of spreadsheets and JSON: import, export, the demo."""
