"""An answer's text in the chat's words: where the closest passages are shown depends on the surface.

The JSON and the CLI keep the contract's text (answer/contract.py ABSTENTION_TEXT: "listed
below"); the chat lists them in its sources panel, hidden on a narrow terminal until ctrl+b.
"""

from __future__ import annotations

from askdoc.types import Answer

CLI_WHERE = "The closest passages are listed below."
CHAT_WHERE = "The closest passages are in the sources panel."
HIDDEN_HINT = " (ctrl+b shows it)"


def chat_text(answer: Answer, sources_hidden: bool) -> str:
    """The answer's text, its pointer to the closest passages saying where the chat shows them."""
    if not answer.abstained or CLI_WHERE not in answer.text:
        return answer.text
    return answer.text.replace(CLI_WHERE, CHAT_WHERE.removesuffix(".") + (HIDDEN_HINT if sources_hidden else "") + ".")
