"""Why a generated answer cannot be shown."""


class LLMError(Exception):
    """The model's answer is unusable (endpoint failed, reply malformed, citation check failed).

    Its message is the one-line note shown beside the extractive fallback; it never holds the API key.
    """


REASON_CHARS = 200


def one_line(reason: str, limit: int = REASON_CHARS) -> str:
    """``reason`` on one line of at most ``limit`` characters (cut with an ellipsis): how every reason is shown."""
    line = " ".join(reason.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
