"""Why a generated answer cannot be shown."""


class LLMError(Exception):
    """The model's answer is unusable (endpoint failed, reply malformed, citation check failed).

    Its message is the one-line note shown beside the extractive fallback; it never holds the API key.
    """
