"""The one exception type whose message is meant for the user."""


class AskdocError(Exception):
    """A problem the user can fix: the CLI prints its message as one sentence and exits 2."""
