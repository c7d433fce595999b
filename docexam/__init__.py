"""docexam: an offline trainer for travel-document examiners."""

__version__ = "0.1.0"
