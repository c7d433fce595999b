"""Fictional faces that read as photographs: who a person is, how one photo of them looks.

An :class:`~docexam.core.faces.traits.Identity` holds the stable traits a facial examiner
compares; a :class:`~docexam.core.faces.traits.Look` the changeable ones. The renderer draws a
face procedurally (height field, skin, hair, eyes, shading with cast shadows and specular
light), so nothing here is or comes from a real person's face.
"""
