"""Authoring: instructors turn scans into annotated specimen packs and exercise sets."""
