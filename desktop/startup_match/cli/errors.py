"""Errors the command line reports as one line, never as a traceback."""


class CliError(Exception):
    """A problem the user can fix; printed as `startup-match: error: <message>`."""
