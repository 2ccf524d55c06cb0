"""Text analysis shared by the stages: sentences, tokens, terms, normalisation."""
