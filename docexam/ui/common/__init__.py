"""Pieces every screen of the interface shares."""
