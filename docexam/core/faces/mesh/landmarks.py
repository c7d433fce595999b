"""Fixed vertices of MakeHuman's base mesh (its own numbering) that mark a face's landmarks;
every morph target moves them with the form round them."""

from __future__ import annotations

# name -> MakeHuman base-mesh vertex; "_r"/"_l" are the sitter's right and left (the
# viewer's left and right).
VERTICES: dict[str, int] = {
    "crown": 881,
    "pupil_r": 14670,
    "pupil_l": 14598,
    "eye_out_r": 86,
    "eye_in_r": 104,
    "eye_in_l": 6888,
    "eye_out_l": 6870,
    "nose_tip": 297,
    "ala_r": 288,
    "ala_l": 7057,
    "subnasale": 605,
    "stomion": 537,
    "mouth_r": 402,
    "mouth_l": 7162,
    "chin": 732,
    "chin_r": 5165,
    "chin_l": 11778,
    "gonion_r": 1000,
    "gonion_l": 7694,
    "ear_top_r": 5395,
    "ear_top_l": 11994,
    "ear_out_r": 5439,
    "ear_out_l": 12038,
    "lobe_r": 748,
    "lobe_l": 7467,
}

# The sitter's right nostril's inner surface (the left one is its mirror image): the vertices
# from which most rays meet the nose again, so seen from the front it is the opening.
NOSTRIL_R: tuple[int, ...] = (320, 325, 329, *range(345, 353), 366, *range(381, 399))
