"""The `askdoc` command."""
