"""Every way an answer is written out: terminal, JSON, Markdown exports, saved conversations."""
