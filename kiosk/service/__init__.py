"""Running as a service: what the kiosk tells its supervisor (sd_notify), without Qt."""
