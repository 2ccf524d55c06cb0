"""Word gaps a PDF draws as pen moves in a TJ array, made visible to pypdf's text extraction.

pypdf turns a TJ offset into a space only when it exceeds about half the font's space width; a
subset font without a space glyph can report a space as wide as an em (debian-faq.pdf's body font:
1000/1000), so its justified word gaps (0.26-0.38 em) read as nothing and the words glue together
("Toviewversionsofall…"). Before pypdf processes a TJ, an offset that moves the pen right by at
least WORD_GAP em is split in two, a move of one more em and a move back by that em: the pen
ends where it did, and the first move is wide enough for any space width pypdf estimates.
"""

from __future__ import annotations

from pypdf.generic import ArrayObject, FloatObject, NumberObject

# Word gap in thousandths of an em. bench/pdf_reading.py, glued words on debian-faq (libtasn1 and
# fhs-3.0 have none at any setting): old reading 2846, 0.10 em 87, 0.15 em 87, 0.20 em 145,
# 0.25 em 441; words broken by a false space 9 at every setting (as before). 0.15 em: the widest
# gap with the fewest glued words, the furthest from kerning moves inside a word. Parse time 0.98x.
WORD_GAP = 150.0
_EM = 1000


def space_word_gaps(operator: bytes, operands: list, _cm: object, _tm: object, word_gap: float = WORD_GAP) -> None:
    """pypdf's visitor_operand_before: split each word-gap offset of a TJ array (in place)."""
    if operator != b"TJ" or not operands or not isinstance(operands[0], ArrayObject):
        return
    spaced = ArrayObject()
    for item in operands[0]:
        if isinstance(item, (int, float)) and not isinstance(item, bool) and -float(item) >= word_gap:
            spaced.extend((FloatObject(float(item) - _EM), NumberObject(_EM)))
        else:
            spaced.append(item)
    operands[0] = spaced
