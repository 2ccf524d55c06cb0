"""`python -m askdoc` runs the same command as the `askdoc` script."""

from askdoc.cli.main import run

run()
