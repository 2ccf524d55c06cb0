"""Whether the evidence holds the value a question asks for: a count, an age, a sum, a date, a name, a place.

The answerability model (answerability.py) scores how well a sentence matches the question; it
cannot tell that a sentence on the question's topic lacks the value asked ("How many US troops are
stationed in Erbil?" against "two large Iraqi bases: one in Erbil"). This check reads the sentences
the composer would cite and asks whether one of them holds a value of the asked kind that the
question does not already state: for "how many N" a number that counts N (or any number when N is
not named there), for "how old" an age, for "how much" money a sum, for "when" a date, for "who is
X's <role>" / "who replaced" / "what is the name of" and for "where … held/based/born" a name (a run of
capitalised words) that is not the question's own, in evidence that also speaks of the role or act asked
("health minister", "fired"); for a size, limit, default, percentage, port or status code a number
(asked_number.py, with its figures). Without one, the answer becomes an abstention.

Chosen on eval/dev/unanswerable.jsonl (real documents): abstention .524 -> .738, accuracy .750 ->
.750 (false abstention .071 -> .107: a wrong answer to "How many questions had the Red Pepper
asked?" became an abstention). Its cost on SQuAD 2.0 answerable questions (bench/value_check.py),
each rule narrowed on half A where it abstained on right answers (the comments name them):
half A accuracy .811 -> .808, false abstention .021 -> .028, abstention .046 -> .070; half B,
reported only, .822 -> .822, .022 -> .027, .057 -> .070. On the report sets: eval/reader_questions
abstention .216 -> .568 (false abstention .051 -> .051), eval/questions .353 -> .529 (.044 -> .055),
eval/real .391 -> .478 (.054 -> .062: bash-04, answered wrongly before, now abstained on); accuracy
unchanged on all three.
"""

from __future__ import annotations

import re

from askdoc.answer.answer_type import AnswerType, question_type
from askdoc.answer.asked_number import lacks_figure
from askdoc.answer.composer import Composition, abstention_instead
from askdoc.text.months import MONTHS_PATTERN

# "None of the original treaties …" counts the treaties ("How many original treaties …?", SQuAD half A: 1 right answer
# kept, 1 unanswerable question no longer abstained on, "How many … did not protect …?").
_NUMBER = (
    r"(?:\d[\d,.]*[kmb]?\+?|none|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|dozens?|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|several|single|both|twice|double)"
)
_NUMBER_WORD = re.compile(rf"^{_NUMBER}$", re.I)
_DAY = re.compile(
    rf"\b(?:{MONTHS_PATTERN})\.? \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTHS_PATTERN})\b"
)
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")
_STATED_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_ASKS_YEAR = re.compile(r"^(?:when|what year|in what year|which year)\b", re.I)
_HOW_MANY = re.compile(r"\bhow many ((?:[\w'’-]+ ?){1,3})", re.I)
_LOOSE_NUMBERS = frozenset({"one", "several", "both"})  # "a new one", "several of them": a count only beside the noun
_NOT_COUNTED = frozenset({"does", "was", "has", "is", "this", "his", "its"})
# "Two days after …" is a duration, not a count ("How many seats does the Iraqi Parliament have?").
_TIME_UNIT = re.compile(r"^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(y|ies))$", re.I)
_HOW_OLD = re.compile(r"\bhow old\b", re.I)
# An age is also a bare number said of someone that no noun follows ("Robert Morris and I were 29 and 30
# respectively when we started Viaweb", "she was 19."); "were 300 soldiers" counts soldiers. bench/value_check.py: both
# SQuAD halves unchanged (half B accuracy .852, abstention .094), the "how old" questions there giving their age in years.
_AGE = re.compile(
    r"\b\d{1,3}[- ]years?[- ]old\b|\baged? \d{1,3}\b|\bage of \d{1,3}\b|\bborn\b|\b\d{1,3}-year\b"
    r"|\b(?:was|were|is|are|turned|turns) \d{1,3}(?: and \d{1,3})?(?=\s*(?:[,.;:)]|and\b|when\b|respectively\b|at the time\b|$))",
    re.I,
)
_HOW_MUCH_MONEY = re.compile(
    r"\bhow much\b.*\b(pay|paid|cost|costs|spend|spent|budget|price|worth|fund|funding|money|earn|charge)", re.I
)
_MONEY = re.compile(
    r"[$€£¥]\s?\d|%|\bper ?cent\b|\b\d[\d,.]*\s*(dollars|euros|pounds|usd|million|billion|trillion)\b"
    r"|\b(million|billion|trillion)\b",
    re.I,
)
# "When B cells begin to replicate, what do …?": a clause opened by "when", then the real question (half B).
# "When do treaties apply?": a condition, not a date (half A).
_WHEN_CLAUSE = re.compile(r"^when\b.*\b(what|which|who|whom|how|where)\b|^when (do|does)\b", re.I)
# A time a "when" question can be answered by: any figure (a year, "1271", "430 BC", "the 1340s"), a month, an era
# word, or a time told by an event ("Following the Nice Treaty", "at the beginning of each session", "only became
# supportive when Germany started to build …"; half A, the "when" of the question itself not counted as stated: 1 right
# answer kept, no unanswerable question lost).
_TIME = re.compile(
    rf"\d|\b({MONTHS_PATTERN})\b|\b(centur(y|ies)|decades?|era|dynast(y|ies)|reign|war|ago|today|yesterday|tomorrow|"
    r"spring|summer|autumn|fall|winter|morning|evening|night|after|before|following|during|since|until|beginning|end|when)\b",
    re.I,
)
# The words the evidence must also hold for a name in it to answer: the role asked ("health minister": the
# president named in a sentence is not the health minister), the act ("fired", "replaced") or the kind of thing
# named where a name carries it ("at which airport"; not "in what city": "printed in Paris", nor "the name of the
# law": "… Conservation Act", SQuAD half A); not a where-question's verb ("Where did the demonstration
# take place?" is answered by "a demonstration in Porto Alegre", eval/real gvbr-09). Checked on
# eval/dev/unanswerable.jsonl and SQuAD (bench/value_check.py). The roles of a software project (maintainer,
# developer, creator, inventor, designer, owner) were added on that set's fit part (u35, u41: "Who is the maintainer of
# GNU tar?" against a sentence that names no maintainer): eval/dev/unanswerable.jsonl abstention .738 -> .810 (fit
# u35, u41; held u31), false abstention .071 unchanged; SQuAD half A and B (bench/value_check.py) unchanged; reported
# on eval/real abstention .652 -> .696 (httpx-11), accuracy unchanged.
_WHO_ROLE = re.compile(
    r"^who (?:is|was|are|were) (?:the |\w+'s |\w+s' )?(?P<role>(?:\w+ ){0,2}(?:minister|president|commander|leader|head|"
    r"chief|ambassador|director|secretary|spokesman|spokesperson|governor|mayor|speaker|general|chairman|ceo|founder|"
    r"author|editor|maintainer|developer|creator|inventor|designer|owner))\b|"
    r"^who (?P<act>replaced|succeeded|succeeds|replaces|fired|launched|carried out|killed|funded|financed|maintains|"
    r"maintained)\b|"
    r"\bwhat (?:is|was) the name of\b",
    re.I,
)
# "where" only with the verbs of a place that has a name (held, based, born …): "Where are the cells located?" is
# answered by "in the thymus", which no name check can see (bench/value_check.py, half A).
_WHERE = re.compile(
    r"^where (?:is|was|are|were|does|do|did) .*\b(?:held|based|born|live[sd]?|works|worked|meet|met|hit|killed|"
    r"stationed|buried|die[sd]?|headquartered|take place|took place)\b|^where (?:does|do|did) .*\bwork\W*$"
    r"|\b(?:at|in) (?:which|what) (?:(?P<kind>airport|venue|hotel)|city|country|town)\b",
    re.I,
)
# "Who maintains X?" needs a name where the evidence speaks of maintaining (libxml2's README quoted "originally
# developed for the GNOME Project"): bench/value_check.py half A abstention .099 -> .100 (2 unanswerable questions,
# no answerable one lost), half B .085 -> .086, accuracy unchanged on both.
# Words beside a role that do not name it ("the final Prime Minister" is "the last Prime Minister", SQuAD half A).
_NOT_ROLE = frozenset(
    {"the", "a", "an", "called", "named", "known", "as", "current", "new", "former", "now", "final", "last", "first", "next"}
    | {"previous", "late", "then", "incumbent"}
)
_REPLACED = ("replac", "succe", "took over", "successor", "appointed", "named", "new ")
_CONNECTOR = r"(?:\b(?:al|el|bin|ibn|de|van|von|abu)[- ])"
_CAPITALISED_RUN = re.compile(rf"{_CONNECTOR}?\b[A-Z][\w'’-]+(?:\s+{_CONNECTOR}?[A-Z][\w'’-]+)*")
_NOT_NAMES = frozenset(
    " ".join(
        (
            "the a an this that these those it he she they we i in on at of for and but or as by to from with "
            "after before when while "
            "president prime minister minister-designate ministers premier government parliament state department secretary "
            "general commander leader chief mr mrs ms dr sir army forces force embassy ambassador official officials god "
            "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
            "september october november december",
        )
    ).split()
)
_STEM = 5
# Between the quoted sentences of the evidence (whitespace to every pattern here; a hard-wrapped sentence keeps its
# own line breaks).
SENTENCE_BREAK = "\u2029"
_ENDING = re.compile(r"(?<=\w{3})(ing|ed|es|s|er|e)$")


def quoted_sentences(text: str, answer: Composition) -> str:
    """The sentences ``answer`` quotes from ``text``, joined by ``SENTENCE_BREAK`` so that a check can tell them apart."""
    return SENTENCE_BREAK.join(text[span.start : span.end] for citation in answer.citations for span in citation.quoted)


def value_checked(text: str, question: str, answer: Composition) -> Composition:
    """``answer``, or an abstention when the sentences it quotes from ``text`` lack the value the question asks for
    (its confidence capped at the abstention threshold, as for the composer's own abstentions)."""
    if answer.abstained:
        return answer
    if not lacks_asked_value(question, quoted_sentences(text, answer)):
        return answer
    return abstention_instead(answer)


def lacks_asked_value(question: str, evidence: str) -> bool:
    """True when ``question`` asks for a value of a kind this module checks and ``evidence`` (the sentences an
    answer would quote) holds none that the question does not already state."""
    question = question.strip()
    if _of_another_time(question, evidence) or lacks_figure(question, evidence):
        return True
    if _HOW_OLD.search(question):
        return not _AGE.search(evidence)
    if _HOW_MUCH_MONEY.search(question):
        return not _new(_MONEY, evidence, question)
    counted = _HOW_MANY.search(question)
    if counted:
        words = counted.group(1).split()
        noun = _counted_noun(words)
        return not _counts(noun, evidence, question) or _lacks_qualifier(words[: words.index(noun)], evidence)
    if question_type(question) is AnswerType.DATE and not _WHEN_CLAUSE.search(question):
        return not _new(_TIME, evidence, _ASKS_YEAR.sub("", question))
    asked = _WHO_ROLE.search(question) or _WHERE.search(question)
    if asked:
        # The role and a name in one quoted sentence: "Prime Minister-designate … Kadhimi" in one and "the health
        # ministry" in another do not name Iraq's health minister (eval/reader_questions r136).
        sentences = evidence.split(SENTENCE_BREAK)
        return not any(_holds_the_asked(asked, one) and _new_names(one, question, evidence) for one in sentences)
    return False


def _of_another_time(question: str, evidence: str) -> bool:
    """Whether ``question`` places what it asks in a year ``evidence`` does not name while ``evidence`` names another
    time (a year or a day): it tells of another time ("How many COVID-19 cases did Iraq have by the end of 2020?"
    against "As of April 14, the country has registered 1,400 COVID-19 cases"). Not for a question asking the
    year itself. bench/value_check.py: SQuAD half A 3 answerable / 47 unanswerable questions abstained on (without
    the other time in the evidence 6 / 57); half B, reported, 0 / 26."""
    years = _STATED_YEAR.findall(question)
    if not years or _ASKS_YEAR.match(question) or all(year in evidence for year in years):
        return False
    return bool(_STATED_YEAR.search(evidence) or _DAY.search(evidence))


def _holds_the_asked(asked: re.Match[str], evidence: str) -> bool:
    """Whether ``evidence`` speaks of the role, act or kind of thing the question names (see ``_WHO_ROLE``)."""
    named = {k: v for k, v in asked.groupdict().items() if v}
    words = [w.lower() for w in re.findall(r"[\w'’]+", evidence)]
    needed = [w for w in (*named.get("role", "").split(), *named.get("kind", "").split()) if w.lower() not in _NOT_ROLE]
    act = named.get("act", "").lower()
    if act.startswith(("replace", "succeed")):
        return any(cue in evidence.lower() for cue in _REPLACED)
    if act:
        needed.append(act.split()[0])
    return all(any(same_word(w, need.lower()) for w in words) for need in needed)


def _new(pattern: re.Pattern[str], evidence: str, question: str) -> bool:
    asked = {m.group().lower() for m in pattern.finditer(question)}
    return any(m.group().lower() not in asked for m in pattern.finditer(evidence))


def _counted_noun(words: list[str]) -> str:
    """The noun a "how many" question counts: the first plural of the words after "how many", else the first word."""
    plurals = [w for w in words if len(w) > 3 and w.lower().endswith("s") and w.lower() not in _NOT_COUNTED]
    return plurals[0] if plurals else words[0]


def _lacks_qualifier(before_noun: list[str], evidence: str) -> bool:
    """Whether a name that qualifies the counted noun ("How many *American* soldiers …") is missing from ``evidence``:
    its number then counts others ("Iraqi soldiers"). bench/value_check.py: on SQuAD half A it abstains on 3
    unanswerable questions and no answerable one; half B, reported, 0 and 1 (a right answer); eval/questions.jsonl
    abstention .647 -> .706 (q41), eval/dev and eval/real unchanged."""
    names = [w for w in before_noun if w[:1].isupper() and w.lower() not in _NOT_NAMES]
    held = [w.lower() for w in re.findall(r"[\w'’-]+", evidence)]
    return any(not any(same_word(name.lower(), w) for w in held) for name in names)


def _counts(noun: str, evidence: str, question: str) -> bool:
    """Whether ``evidence`` holds a number, not a date and not the question's, that counts ``noun``: where the noun
    is named, a number beside it; where it is not (a reader's "soldiers" for the text's "troops"), any number.

    Any number where the noun is not named: requiring one that counts nothing else named cost half A right
    answers ("eight General Education categories" for "how many … classes"; half A false abstention .032 -> .026
    when dropped), and a year counts only right before the noun ("2000 kilometers", half B)."""
    asked = {w.lower() for w in re.findall(r"[\w,.]+", question)}
    words = re.findall(r"\d[\d,.]*[a-zA-Z]?\+?|[^\W\d_][\w'’]*|[.;:!?]", _DAY.sub(" ", evidence))
    noun_at = [i for i, w in enumerate(words) if same_word(w.lower(), noun.lower())]
    for i, word in enumerate(words):
        if not _NUMBER_WORD.match(word) or word.lower() in asked:
            continue
        if _TIME_UNIT.match(" ".join(words[i + 1 : i + 2])) and not _TIME_UNIT.match(noun):
            continue
        beside = any(-6 <= j - i <= 4 for j in noun_at)
        if _YEAR.match(word) and not any(1 <= j - i <= 3 for j in noun_at):
            continue
        if beside or (not noun_at and word.lower() not in _LOOSE_NUMBERS):
            return True
    return False


def _new_names(evidence: str, question: str, quoted: str) -> bool:
    """Whether ``evidence`` names someone or somewhere the question does not (``new_name_spans``; a word opening its
    sentence as ``quoted`` allows)."""
    return bool(new_name_spans(evidence, question, quoted=quoted))


def new_name_spans(evidence: str, question: str, initial: bool = False, quoted: str = "") -> list[tuple[int, int]]:
    """Where ``evidence`` names someone or somewhere the question does not: the runs of capitalised words (not a
    title, a month or a day) none of which is a name the question gives ("Iraq" in "Iraqi", matched on its first
    letters; "bridge" in "the name of the bridge" is no name, so "John W. Weeks Bridge" is a new one). A single
    word opening a sentence counts only with ``initial`` ("Sweden rationed gasoline", but "Captive portals …"), or
    when ``quoted`` (all the sentences an answer quotes) writes it capitalised within a sentence too ("… a geographer
    named Isiah Bowman. Bowman was the director …"; SQuAD half A: 1 right answer kept, no unanswerable question
    lost; eval/ unchanged)."""
    spans = []
    named = [w.lower() for w in re.findall(r"(?<!^)\b[A-Z][\w'’]*", question.strip()) if w.lower() not in _NOT_NAMES]
    for match in _CAPITALISED_RUN.finditer(evidence):
        if any(c.isdigit() for c in match.group()):
            continue  # a code ("COVID-19", "F-16") names no one (eval/reader_questions r136)
        kept = [w for w in re.finditer(r"[^\s-]+", match.group()) if w.group()[0].isupper()]
        kept = [w for w in kept if w.group().lower() not in _NOT_NAMES]
        words = [w.group() for w in kept]
        if not kept:
            continue
        start = match.start() + kept[0].start()
        if not initial and len(words) == 1 and _opens_sentence(evidence, start) and not _named_within(words[0], quoted):
            continue
        if any(same_word(w.lower(), a) for w in words for a in named):
            continue
        spans.append((start, match.start() + kept[-1].end()))
    return spans


def _opens_sentence(text: str, at: int) -> bool:
    return at == 0 or bool(re.search(r"[.!?:\"“\u2029]\s*$", text[:at]))


def _named_within(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` capitalised somewhere other than at a sentence's opening."""
    return any(not _opens_sentence(text, m.start()) for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def same_word(a: str, b: str) -> bool:
    """The same word up to its ending: "Iraq" and "Iraqi", "troops" and "troop", "killed" and "killing"."""
    if len(a) < 4 or len(b) < 4:
        return a == b
    return a[:_STEM] == b[:_STEM] or a.startswith(b) or b.startswith(a) or _ENDING.sub("", a) == _ENDING.sub("", b)
