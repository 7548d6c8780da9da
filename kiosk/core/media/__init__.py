"""Images: prepared once into display renditions and thumbnails, with Pillow."""
