"""The SQLite databases' schemas and their migrations."""
