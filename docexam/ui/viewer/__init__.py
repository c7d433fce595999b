"""Looking at a specimen page: zoom, pan, pages."""
