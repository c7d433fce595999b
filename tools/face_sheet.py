"""Draw the face sheets for docs/: 20 document portraits, and 10 holder-or-impostor pairs.

python tools/face_sheet.py [out_dir]   (default docs/screenshots)
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np

from docexam.core.faces.render import render
from docexam.core.faces.traveller import holder_identity, portrait_look, traveller
from docexam.core.faces.unseen import hides
from docexam.core.synth.docdata import make_doc_data
from docexam.core.synth.states import STATES

TILE = (210, 270)


def _viz(seed: int) -> dict[str, str]:
    codes = sorted(STATES)
    return make_doc_data(STATES[codes[seed % len(codes)]], "td3", seed, "A").viz()


def _label(img: np.ndarray, text: str) -> np.ndarray:
    """``img`` over its caption, wrapped onto a second line where it is wider than the image."""
    font, scale = cv2.FONT_HERSHEY_SIMPLEX, 0.5
    lines = [""]
    for word in text.split(" "):
        longer = f"{lines[-1]} {word}".strip()
        if cv2.getTextSize(longer, font, scale, 1)[0][0] > img.shape[1] - 12 and lines[-1]:
            lines.append(word)
        else:
            lines[-1] = longer
    bar = np.full((44, img.shape[1], 3), 255, np.uint8)
    for k, line in enumerate(lines[:2]):
        cv2.putText(bar, line, (6, 18 + 20 * k), font, scale, (20, 20, 20), 1, cv2.LINE_AA)
    return np.vstack([img, bar])


def portraits() -> np.ndarray:
    tiles = []
    for seed in range(20):
        v = _viz(seed)
        who = holder_identity(v)
        tiles.append(render(who, portrait_look(v, who), *TILE))
    return np.vstack([np.hstack(tiles[k : k + 5]) for k in range(0, 20, 5)])


def pairs() -> np.ndarray:
    rows = []
    for seed in range(10):
        v = _viz(100 + seed)
        who = holder_identity(v)
        doc = cv2.cvtColor(
            cv2.cvtColor(render(who, portrait_look(v, who), *TILE), cv2.COLOR_BGR2GRAY),
            cv2.COLOR_GRAY2BGR,
        )
        t = traveller(v, seed, difficulty=0.3 + 0.07 * seed)
        live = render(t.identity, t.look, *TILE, salt="live")
        # What either photo hides (every mark, for marks) cannot be compared: the sheet says so,
        # in the words the face item uses, of the photos it shows.
        unseen = hides(who, portrait_look(v, who), TILE) | hides(t.identity, t.look, TILE, "live")
        seen = sorted(t.differs - unseen)
        truth = "holder" if t.is_holder else "impostor: " + ", ".join(seen)
        if unseen:
            truth += " (cannot compare: " + ", ".join(sorted(unseen)) + ")"
        rows.append(_label(np.hstack([doc, live]), f"{seed + 1}. {truth}"))
    return np.vstack([np.hstack(rows[k : k + 2]) for k in range(0, 10, 2)])


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(out / "faces-portraits.png"), portraits())
    cv2.imwrite(str(out / "faces-pairs.png"), pairs())


if __name__ == "__main__":
    main()
