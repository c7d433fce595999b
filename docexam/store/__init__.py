"""Persistence of trainees, attempts and results (SQLAlchemy; no Qt)."""
