"""A fact answer abstains when its quoted sentences name no thing of the kind asked or tell of the opposite act.

The two checks after the expected-value and asked-act ones (expected_value.py, act_check.py): a
"which/what <type noun>" question whose quote names no such thing (asked_thing.py), and a question
whose quote tells of the act opposite to the one asked (opposite_act.py). Figures: bench/value_check.py
on SQuAD 2.0 and eval/dev/unanswerable*.jsonl (the modules' comments).
"""

from __future__ import annotations

from askdoc.answer.act_check import EncodeMany, nearness
from askdoc.answer.asked_thing import lacks_asked_thing
from askdoc.answer.composer import Composition, abstention_instead
from askdoc.answer.conversation import own_question
from askdoc.answer.expected_value import quoted_sentences
from askdoc.answer.opposite_act import tells_the_opposite
from askdoc.index.document_index import DocumentIndex

# The asked-thing check overrides only an answer the model is unsure of: on SQuAD 2.0 half A (bench/value_check.py)
# every unanswerable question it abstains on scored below .47 and the one right answer it abstained on .55; on
# eval/dev/unanswerable*.jsonl every answer it abstains on scored below .35.
UNSURE = 0.5


def asked_checked(index: DocumentIndex, question: str, answer: Composition, encode: EncodeMany | None) -> Composition:
    """``answer``, or an abstention when its quoted sentences lack the kind of thing or tell of the opposite of the
    act that ``question`` (a follow-up's own question) asks about."""
    if answer.abstained:
        return answer
    question = own_question(question)
    evidence = quoted_sentences(index.text, answer)
    if tells_the_opposite(question, evidence):
        return abstention_instead(answer)
    if answer.confidence < UNSURE and lacks_asked_thing(question, evidence, nearness(encode)):
        return abstention_instead(answer)
    return answer
