"""Class mode in the desktop app: a workstation joins a session, an instructor watches it."""
