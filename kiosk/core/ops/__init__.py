"""Looking after a booth: the doctor's checks."""
