"""The one error type of the MRZ engine."""

from __future__ import annotations

from docexam.core.domain.errors import DocexamError


class MrzError(DocexamError):
    """MRZ text that cannot be read at all, or document data that cannot be encoded.

    Problems *inside* a readable MRZ are never raised: ``check_mrz`` reports them as findings,
    because a trainee has to see every one of them, not just the first.
    """
