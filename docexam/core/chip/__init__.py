"""The e-passport chip (ICAO Doc 9303 Parts 10-12): LDS files, a fictional PKI, BAC access,
verification as a second-line reader does it, and the frauds only the chip reveals. No Qt.

Details: ``docs/chip.md``.
"""
