"""Exit codes shared by every command."""

EXIT_OK = 0
EXIT_FINDINGS = 1  # the input was read, and something in it is wrong (MRZ findings)
EXIT_INVALID = 2  # the input could not be used: the message says why
