"""One parser per document format; each turns a file's content into a Document (see blocks.py)."""

FORMAT_OF_EXTENSION = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
}
SUPPORTED = "plain text (.txt), Markdown (.md), HTML (.html, .htm) and PDF (.pdf)"
