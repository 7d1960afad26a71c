"""Errors a user can fix: bad paths, encodings, options."""


class KgError(Exception):
    """An error with a message meant for the user (the CLI prints it and exits 2)."""
