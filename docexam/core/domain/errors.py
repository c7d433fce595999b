"""Typed errors whose messages a person can read: they name the file and the field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


class DocexamError(Exception):
    """Base of every error the CLI and UI show to a person instead of a traceback."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, located for a person (``str()``) and for code (the fields).

    ``file`` is relative to the pack root ("pack.json", "specimens/a/specimen.json"), or the pack
    or archive itself for a problem with the whole of it; ``path`` is the JSON path in that file
    ("pages[0].features[2].region"), empty for the whole file; ``code`` is a stable word a program
    may test ("schema", "missing-file", "region-outside-page", ...). The ids say which specimen,
    page and feature the problem is about when that is known, so an editor can select it.
    """

    file: str
    path: str
    code: str
    message: str
    specimen_id: str | None = None
    page_id: str | None = None
    feature_id: str | None = None
    # Advice, not an error: the pack would import, but something in it would mislead a trainee.
    warning: bool = False

    def __str__(self) -> str:
        return ": ".join(part for part in (self.file, self.path, self.message) if part)

    @classmethod
    def unlocated(cls, message: str) -> Problem:
        """A problem known only by its message, which names the file itself if there is one."""
        return cls("", "", "error", message)


class PackError(DocexamError):
    """A specimen pack is unreadable, unsafe or invalid.

    ``problems`` holds every problem found, so a person can fix them all at once.
    """

    def __init__(self, message: str, problems: Sequence[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems: list[Problem] = (
            list(problems) if problems is not None else [Problem.unlocated(message)]
        )

    @classmethod
    def at(cls, file: str | Path, code: str, message: str, path: str = "") -> PackError:
        """The error of one problem in ``file`` (at ``path`` inside it)."""
        problem = Problem(str(file), path, code, message)
        return cls(str(problem), [problem])


class LibraryError(DocexamError):
    """The user's specimen library cannot do what was asked (e.g. an unknown pack id)."""


class AlreadyInLibrary(LibraryError):
    """The pack imported is already in the library (same id): which versions, to ask whether
    to replace it."""

    def __init__(self, pack_id: str, in_library: str, imported: str) -> None:
        super().__init__(
            f"pack {pack_id!r} is already in the library (version {in_library}; this file "
            f"holds version {imported}); use --replace to update it"
        )
        self.pack_id, self.in_library, self.imported = pack_id, in_library, imported
