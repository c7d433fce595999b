"""The specimen browser: thumbnails, search and filters over the library."""
