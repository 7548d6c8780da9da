"""Benchmarks that time what users run, beside the bare floor it competes with."""
