"""askdoc: answers questions about a document and shows the passages each answer came from.

Importing it changes nothing in the process; askdoc.runtime says what the command sets up.
"""

__version__ = "0.1.0"
