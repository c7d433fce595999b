"""Errors of the quiz core, readable by a person (they name the file, field or item)."""

from __future__ import annotations

from docexam.core.domain.errors import DocexamError


class QuizError(DocexamError):
    """An exercise file is invalid, or a session was asked something it cannot do."""
