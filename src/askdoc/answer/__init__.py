"""Answering a question: engine, follow-ups, retrieval, the composer."""
