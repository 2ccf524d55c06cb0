"""Near terms with the real model's word vectors: a question word the sentence denies in other words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from askdoc.answer.engine import Engine
from askdoc.answer.near_terms import WordVectors
from askdoc.answer.verdict import decide
from askdoc.embedding.embedder import Encoder

pytestmark = pytest.mark.slow  # the model loads


@pytest.fixture(scope="module")
def vectors(encoder: Encoder) -> WordVectors:
    return WordVectors(encoder.encode)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # gnu-maintain: "protected" said as "cover", denied: no (undecided without the vectors).
        ("Are ideas protected by copyright?", "Copyright does not cover ideas.", "no"),
        # bash(1) on -D: "run" said as "executed", denied.
        ("Are commands run when bash is given -D?", "This implies the -n option; no commands will be executed.", "no"),
        # Opposites are near too ("pessimistic"/"optimistic" .59): never a yes from a near word; an
        # opposite text/antonyms.py does not list ("gloomy") leaves the sentence without a verdict.
        ("Was Wilde Yearnings gloomy after Obama's declaration?",
         "A Kenyan blogger, Wilde Yearnings, was quite optimistic after US President Barack Obama officially declared "
         "June being a gay pride month and decriminalizing of homosexuality all over the world earlier this month.",
         "undecided"),
        ("Was Wilde Yearnings pessimistic after Obama's declaration?",
         "A Kenyan blogger, Wilde Yearnings, was quite optimistic after US President Barack Obama officially declared "
         "June being a gay pride month.", "no"),
        # An opposite ("leave" for "staying") with another word of the question missing ("in favour"):
        # the sentence is about something else than the question's predicate.
        ("Is the author in favour of US troops staying in Iraq?",
         "Some Iraqi military units have promised to not attack US troops while the US exhibits sincere efforts to "
         "leave Iraq.", "undecided"),
        # … but a missing word said in other words ("mean" as "indicates") leaves the opposite its no.
        ("Does an exit status of zero mean failure?", "An exit status of zero indicates success.", "no"),
        # A negation of words far from the question's ("stop supporting Windows" against "don't consider it
        # obligatory"): no verdict.
        ("Will GNU stop supporting Windows in its next release?",
         "Supporting other platforms is optional—we do it when that seems like a good idea, but we don’t consider it "
         "obligatory.", "undecided"),
    ],
)
def test_near_terms_decide_only_a_denial(vectors: WordVectors, question: str, sentence: str, expected: str) -> None:
    assert decide(question, sentence, vectors=vectors) == expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # gnu-maintain: "cleaned up" said as "deleted" (.56): yes.
        ("Are stale uploads cleaned up automatically?",
         "Spurious and stale uploaded files are deleted automatically after 24 hours.", "yes"),
        # Requests: "single" and "one" (.53) are near but say different things: no verdict.
        ("Is Requests the single most downloaded Python package?",
         "Requests is one of the most downloaded Python packages today.", "undecided"),
        # The bundled article: "coronavirus" said as "COVID" (.65), a name, in a question on a mention.
        ("Does the article mention the coronavirus?",
         "As of April 14, the country has registered 1,400 COVID-19 cases and 78 deaths.", "yes"),
        # An opposite is never a paraphrase, even where a neighbour holds the question's word.
        ("Does an exit status of zero mean failure?", "An exit status of zero indicates success.", "no"),
    ],
)
def test_near_terms_decide_a_paraphrase(vectors: WordVectors, question: str, sentence: str, expected: str) -> None:
    assert decide(question, sentence, vectors=vectors) == expected


def test_without_vectors_a_paraphrased_denial_is_not_decided() -> None:
    assert decide("Are ideas protected by copyright?", "Copyright does not cover ideas.") == "undecided"


def test_a_paraphrased_denial_is_answered_no_by_the_engine_on_a_real_page(real_engine: Callable[[str], Engine]) -> None:
    engine = real_engine("globalvoices-brazil-digital-crimes-bill.html")
    answer = engine.ask("Is the mainstream press covering the story well?")
    assert answer.kind == "yesno"
    assert answer.text.startswith("No. Another interesting fact is that mainstream media has not been covering")


def test_no_yes_from_a_neighbour_and_a_paraphrase_together(vectors: WordVectors) -> None:
    # ls(1): "default" and "color" are in the sentence before, which says colour is disabled by default;
    # "use" is only paraphrased ("emits"). Pieced together they made a wrong "Yes".
    before = "Using color to distinguish file types is disabled both by default and with --color=never."
    sentence = "With --color=auto, ls emits color codes only when standard output is connected to a terminal."
    assert decide("Does ls use colour by default?", sentence, (before,), "ls", vectors) == "undecided"


def test_a_word_with_a_negative_prefix_is_no_paraphrase_of_its_base(vectors: WordVectors) -> None:
    # "incompatible" and "compatible" are near (.75), but one denies the other (readers_held5 ls-02).
    sentence = "It is a portable, cross-compilable, installable, packageable fork of NaCl, with a compatible API."
    assert decide("Is libsodium's API incompatible with NaCl?", sentence, vectors=vectors) == "undecided"


def test_a_neighbour_naming_the_first_part_of_a_hyphened_name_alone_completes_nothing(vectors: WordVectors) -> None:
    # "man uses the obsolete catgets system" tells of man, not man-db (readers_held5 mf-04).
    before = "man uses the obsolete catgets system for translations of the messages emitted by its programs."
    sentence = "man-db uses gettext, which is more correct and robust."
    assert decide("Does man-db use catgets for its translations?", sentence, (before,), vectors=vectors) == "undecided"
    assert decide("Does man-db use gettext?", sentence, (before,), vectors=vectors) == "yes"
