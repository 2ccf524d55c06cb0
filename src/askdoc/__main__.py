"""`python -m askdoc` runs the same command as the `askdoc` script."""

from askdoc.cli.entry import run

run()
