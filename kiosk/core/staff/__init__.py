"""Staff: the PIN that leaves kiosk mode."""
