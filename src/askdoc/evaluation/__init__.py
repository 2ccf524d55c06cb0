"""Evaluation files, metrics and the CI gate."""
