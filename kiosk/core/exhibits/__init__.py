"""Exhibits: the model, the store that owns exhibits.db, search, and what visitors see of them."""
