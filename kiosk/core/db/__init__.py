"""What every SQLite database of the kiosk shares: faults of the environment told apart by their error code."""
