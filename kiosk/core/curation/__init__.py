"""Staff's drafts of the exhibits, their history, and publishing them as packs."""
