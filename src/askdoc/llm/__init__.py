"""Optional LLM answers: generated from the retrieved passages, citations checked, extractive fallback.

The chat and the CLI call :func:`askdoc.llm.ask.ask_llm`; everything else here is one step of it.
"""
