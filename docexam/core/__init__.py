"""The Qt-free heart of docexam: packs, MRZ, light simulation, generation, exercises."""
