"""Typed errors whose messages a person can read: they name the file and the field."""

from __future__ import annotations


class DocexamError(Exception):
    """Base of every error the CLI and UI show to a person instead of a traceback."""


class PackError(DocexamError):
    """A specimen pack is unreadable, unsafe or invalid.

    ``problems`` holds one readable line per problem found, so a person can fix them all at once.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems: list[str] = problems if problems is not None else [message]


class LibraryError(DocexamError):
    """The user's specimen library cannot do what was asked (e.g. an unknown pack id)."""
