"""Finding what a command names on its command line, with a message that lists the choices."""

from __future__ import annotations

from pathlib import Path

from docexam.core.domain.errors import DocexamError
from docexam.core.domain.model import Pack, Specimen
from docexam.core.pack.io import read_pack


def pack_specimen(pack_path: str | Path, specimen_id: str) -> tuple[Pack, Specimen]:
    """The pack read from ``pack_path`` and its specimen ``specimen_id``; DocexamError naming
    the specimens it does have otherwise."""
    pack = read_pack(Path(pack_path))
    try:
        return pack, pack.specimen(specimen_id)
    except KeyError:
        known = ", ".join(s.id for s in pack.specimens) or "none"
        raise DocexamError(
            f"pack {pack.id!r} has no specimen {specimen_id!r} (specimens: {known})"
        ) from None
