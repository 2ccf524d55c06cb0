"""Whether an answer's evidence tells of the act the question asks about; an abstention when it does not.

"How many Iraqi COVID-19 patients have recovered?" is answered by no sentence of the bundled article:
the nearest one counts cases and deaths, and a reader who gets it quoted is misled. What the quoted
sentences lack is the question's own act (asked_act.py): "recovered", in those words or others.
An answer abstains when the act is in none of its quoted sentences (by stem), nowhere in the whole
document (a question whose act the document tells of elsewhere is left to the sentence choice), and
no word of the quoted sentences is close to it by word vectors (the bundled MiniLM encoding each word
alone, near_terms.py: "joined" and "entered"). It is checked for the question shapes where SQuAD 2.0
shows it costs almost no right answer: "how many" questions, and yes/no questions answered without a
verdict (a verdict is verdict.py's to give). Elsewhere readers and SQuAD's writers name the act in
other words as often as the document lacks it (the figures are with ``NEAR_ACT``). Any fact answer also
abstains when it tells of the act asked as done only as a plan ("What was agreed at the June meeting?"
against "Pompeo has proposed a large meeting in June to agree upon …").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from askdoc.answer.asked_act import asked_act, question_shape, stem
from askdoc.answer.composer import Composition, abstention_instead
from askdoc.answer.conversation import own_question
from askdoc.answer.near_terms import WordVectors
from askdoc.index.document_index import DocumentIndex
from askdoc.text.irregular_verbs import PAST_FORMS
from askdoc.text.terms import analyze

EncodeMany = Callable[[Sequence[str]], np.ndarray]
Near = Callable[[str, list[str]], float]

# Per question shape (asked_act.question_shape), the word-vector cosine at which a quoted word says the asked
# act in other words; a shape not named here is not checked. Chosen by bench/value_check.py --sweep (answerable /
# unanswerable questions of SQuAD 2.0 half A the check abstains on, by threshold .3 … .6):
# - "how many": .45, the highest with at most one answerable question of half A abstained on (.4: 0 / 1,
#   .45: 1 / 3, .5: 2 / 3); half B, reported: 0 / 3.
# - "yesno": SQuAD has none; chosen on eval/dev/verdicts.jsonl and eval/dev/unanswerable2.jsonl (answers without a
#   verdict): at .4 two answerable (neither quoting the deciding sentence) and four unanswerable abstained on, at
#   .45 three and four.
# - the others are left out: on half A they abstain on as many answerable questions as unanswerable ones at every
#   threshold (at .45 "what" 12 / 11, "who" 7 / 7, "when" 10 / 2, "how" 5 / 5, "which" 4 / 3, "where" 3 / 2), and
#   on eval/dev/unanswerable2.jsonl "ruled"/"dictatorship" (.59, unanswerable) lies above "joined"/"entered" (.58)
#   and "belong"/"members" (.51), both answerable.
NEAR_ACT = {"how many": 0.45, "yesno": 0.4}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DONE = re.compile(r"\b(?:was|were|has been|have been|had been)\s+\w+ed\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Words that put an act in the future.
_PLANS = frozenset(
    {"proposed", "proposes", "propose", "plans", "planned", "planning", "plan", "expected", "will", "scheduled", "intends",
     "intended", "upcoming", "pending"}
)
_VERDICT = re.compile(r"^(yes|no)\b", re.I)
_PAST_OF = {verb: [past for past, base in PAST_FORMS.items() if base == verb] for verb in set(PAST_FORMS.values())}


def act_checked(index: DocumentIndex, question: str, answer: Composition, encode: EncodeMany | None) -> Composition:
    """``answer``, or an abstention when its quoted sentences lack the act ``question`` asks about (a follow-up's
    own question: the last of its resolved query)."""
    if answer.abstained:
        return answer
    question = own_question(question)
    evidence = evidence_of(index, answer)
    near = nearness(encode)
    if lacks_act(question, evidence, lambda word: in_document(index, word), near) or only_planned(question, evidence):
        return abstention_instead(answer)
    return answer


def yesno_checked(index: DocumentIndex, question: str, answer: Composition, encode: EncodeMany | None) -> Composition:
    """``answer`` (a yes/no question's), or an abstention when it states no verdict and its quoted sentences lack
    the question's act."""
    if _VERDICT.match(answer.text):
        return answer
    return act_checked(index, question, answer, encode)


def lacks_act(question: str, evidence: str, in_document: Callable[[str], bool], near: Near) -> bool:
    """Whether ``question`` names an act that ``evidence`` does not tell of: not by stem, not in the document
    (``in_document``), and no evidence word within its shape's ``NEAR_ACT`` of it (``near``: the best cosine)."""
    threshold = NEAR_ACT.get(question_shape(question))
    if threshold is None:
        return False
    closest = unmatched_act(question, evidence, in_document, near)
    return closest is not None and closest < threshold


def only_planned(question: str, evidence: str) -> bool:
    """Whether the act ``question`` asks about as done ("What *was agreed* at the June meeting?") is told in
    ``evidence`` only as a plan: every sentence naming it has a word of plan before it ("has proposed a large
    meeting in June to agree upon …"). bench/value_check.py: SQuAD half A 1 answerable / 0 unanswerable question
    abstained on, half B 0 / 2; eval/reader_questions.jsonl r129."""
    if not _DONE.search(question):
        return False
    verb = asked_act(question)
    if verb is None:
        return False
    told = []
    for sentence in _SENTENCE_END.split(evidence):
        words = [w.lower() for w in _WORD.findall(sentence)]
        at = next((i for i, w in enumerate(words) if stem(w) == stem(verb)), None)
        if at is not None:
            told.append(any(w in _PLANS for w in words[:at]))
    return bool(told) and all(told)


def unmatched_act(question: str, evidence: str, in_document: Callable[[str], bool], near: Near) -> float | None:
    """The best cosine of the asked act to a plain word of ``evidence`` when the act is neither in ``evidence`` by
    stem nor in the document; None when the question names no act or one of those holds it."""
    verb = asked_act(question)
    if verb is None:
        return None
    words = _WORD.findall(evidence)
    if stem(verb) in {stem(w) for w in words} or in_document(verb):
        return None
    return near(verb, [w for w in words if w[:1].islower() and stem(w) is not None])


def evidence_of(index: DocumentIndex, answer: Composition) -> str:
    """The sentences ``answer`` quotes."""
    return " ".join(index.text[span.start : span.end] for citation in answer.citations for span in citation.quoted)


def in_document(index: DocumentIndex, word: str) -> bool:
    """Whether the document uses the word: its stem, the stem as written ("told"), or an irregular past of it."""
    verb = PAST_FORMS.get(word.lower(), word.lower())
    forms = {stem(word), *analyze(word), *(s for past in _PAST_OF.get(verb, ()) for s in analyze(past))}
    return any(s in index.lexical.vocabulary for s in forms if s)


def nearness(encode: EncodeMany | None) -> Near:
    """The best word-vector cosine between a word and a list of words (0 without an encoder)."""
    if encode is None:
        return lambda _word, _words: 0.0
    vectors = _word_vectors(encode)

    def best(word: str, words: list[str]) -> float:
        if not words:
            return 0.0
        vectors.prime([word, *words])
        return max(vectors.similarity(word, w) for w in words)

    return best


@lru_cache(maxsize=2)
def _word_vectors(encode: EncodeMany) -> WordVectors:
    """One word-vector cache per encoder, kept across questions."""
    return WordVectors(encode)

