"""Foundations every part of the core uses: errors, paths, settings, durable writes."""
