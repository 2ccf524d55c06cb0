"""Fit the answerability model on SQuAD 2.0 half A and report it on half B, which the fit never sees.

    .venv/bin/python bench/fit_answerability.py [--work-dir DIR] [--write] [--budget B] [--squad-only] [--without F ...]

Articles sorted by title: even ones are half A (fitting), odd ones half B (reporting). Each
article is indexed by the real pipeline (squad_corpus) and every question retrieved as askdoc
does (hybrid, k=5); the candidates are the sentences of the top passages with
askdoc.answer.answerability's features, labelled by whether they hold a gold answer. Besides
SQuAD's answerable and (adversarial) unanswerable questions, every answerable one is asked again
of its article with each sentence holding a gold answer deleted (answer_deleted.py): the
reader's kind of unanswerable question, on topic but without the value. Fitted on half A (all
three kinds; --squad-only leaves the deleted ones out, --without leaves features out): the
sentence logistic regression (scikit-learn, standardised features, C=1), the Platt calibration
of the best candidate's probability into P(the answer is right) (the two unanswerable kinds
sharing the weight of SQuAD's own), the companion ratio (best half-A accuracy over a grid) and
the abstention threshold (the highest whose false abstention on half-A answerable questions
stays within ``BUDGET``). Reported per half: accuracy and false abstention on answerable
questions, abstention on each unanswerable kind, ECE. --write stores the model in
src/askdoc/data/answerability.npz.

Last run (the stored model; 2,917 questions in A, 3,161 in B; 16 features, values_missing and the
"not already in the question" answer type added): Platt a=.785 b=.049; companion ratio .5 (half A
accuracy + quoted precision .824 + .757, best of the grid); budget .02 → threshold .118. Half B:
accuracy .828 (.836 if never abstaining), abstention on unanswerable .057, false abstention .022,
ECE .026, quoted precision .783. The whole curve on half B (budget on A → accuracy / abstention /
false abstention): .02 → .828/.057/.022, .05 → .809/.121/.055, .075 → .799/.159/.075,
.10 → .787/.191/.093, .15 → .754/.257/.135, .20 → .713/.341/.194.

Why .02: at .05 the article's reader questions (eval/questions.jsonl) lose more than they gain (false
abstention .055 → .132, accuracy .824 → .758; abstention recall .353 → .471), and eval/real's false
abstention doubles (.078 → .155); SQuAD 2.0's unanswerable questions are written against their own
paragraph's words, so on real documents a higher threshold turns away answerable questions first.
Tried and left out (half B, budget .02 → .05 → .10 abstention): the share of question terms the
whole document never uses (.061/.119/.192; fires on a third of answerable SQuAD questions, half A
weight positive, and eval/real abstention fell .391 → .217), the question terms the whole passage
holds (accuracy .836 → .813), a typed value in the neighbour window (no change), a question-level
second logistic regression in place of Platt (with those 20 features: ECE .021, abstention .216 at .10; not worth a second
model), gradient boosting instead of the linear model (same top-1 .791 on B), and ranking the
candidates by weights fitted as a softmax over each question's candidates (half B top sentence .786 →
.818, quoted precision .783 → .823, but the companion ratio then chosen is .9 and accuracy .828 → .823,
abstention .057 → .050; on eval/questions.jsonl accuracy .824 → .780 and on eval/real abstention recall
.391 → .261: the gain on SQuAD does not carry to whole real documents).
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
from sklearn.linear_model import LogisticRegression

from answer_deleted import deletion, without_answers
from askdoc.answer.answerability import FEATURES, Candidate, Model, calibrated, candidates, score
from askdoc.answer.composer import choose_sentences
from askdoc.answer.retrieval import retrieve
from askdoc.evaluation.calibration import expected_calibration_error
from askdoc.index.document_index import DocumentIndex
from askdoc.text.normalize import contains
from askdoc.types import Passage
from squad_corpus import DEFAULT_DATA, ROOT, Encoders, index_article, load_articles, open_encoders

K = 5
BUDGET = 0.02
BUDGETS = (0.02, 0.05, 0.075, 0.10, 0.15, 0.20)
RATIOS = (1.01, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.0)
KINDS = ("answerable", "adversarial", "deleted")
MODEL = ROOT / "src" / "askdoc" / "data" / "answerability.npz"


@dataclass
class Retrieved:
    """One question and the passages askdoc retrieves for it (cached: retrieval does not depend on the features)."""

    half: str
    title: str
    question: str
    answers: tuple[str, ...]
    vector: np.ndarray
    passages: tuple[Passage, ...]


@dataclass
class Asked:
    """One question's candidates, their labels and the text they come from; ``kind`` is "answerable",
    "adversarial" (SQuAD 2.0's own unanswerable) or "deleted" (its answer sentences deleted, answer_deleted.py)."""

    half: str
    kind: str
    found: list[Candidate]
    labels: np.ndarray
    text: str

    @property
    def answerable(self) -> bool:
        return self.kind == "answerable"


def retrievals(work_dir: Path) -> list[Retrieved]:
    """Every question of the half with the passages retrieved for it over its whole article, as askdoc does."""
    cache = work_dir / "answerability-retrievals.pkl"
    if cache.is_file():
        return [Retrieved(*row) for row in pickle.loads(cache.read_bytes())]
    encoders = open_encoders()
    found = []
    for number, article in enumerate(sorted(load_articles(DEFAULT_DATA), key=lambda a: a.title)):
        index = index_article(article, work_dir, encoders).index
        vectors = encoders.questions.encode([q.text for q in article.questions])
        for question, vector in zip(article.questions, vectors, strict=True):
            passages = retrieve(index, question.text, vector, K).passages
            found.append(Retrieved("AB"[number % 2], article.title, question.text, question.answers, vector, passages))
        print(f"{'AB'[number % 2]} {article.title}: {len(article.questions)} questions", flush=True)
    cache.write_bytes(pickle.dumps([tuple(vars(r).values()) for r in found]))
    return found


class ChunkVectors:
    """Chunk texts embedded by the index encoder, remembered in the work directory across runs."""

    def __init__(self, path: Path, encoders: Encoders):
        self.path = path
        self.encoders = encoders
        self.known: dict[str, np.ndarray] = pickle.loads(path.read_bytes()) if path.is_file() else {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.known]
        for start in range(0, len(missing), 64):
            # The ONNX encoder gives the index encoder's vectors (cosine 1.000 on these chunks), several times faster.
            batch = missing[start : start + 64]
            self.known.update(zip(batch, self.encoders.questions.encode(batch), strict=True))
            print(f"embedded {start + len(batch)} of {len(missing)} shortened chunks", flush=True)
        return np.stack([self.known[t] for t in texts])

    def save(self) -> None:
        self.path.write_bytes(pickle.dumps(self.known))


def deleted_retrievals(work_dir: Path, indexes: dict[str, DocumentIndex], encode: ChunkVectors) -> list[Retrieved]:
    """Every answerable question asked of its article without the answer sentences, retrieved as askdoc does."""
    cache = work_dir / "answerability-deleted.pkl"
    if cache.is_file():
        return [Retrieved(*row) for row in pickle.loads(cache.read_bytes())]
    asked = [r for r in retrievals(work_dir) if r.answers]
    cuts = [deletion(indexes[r.title], r.answers) for r in asked]
    encode([text for cut in cuts if cut is not None for text in cut.texts_to_embed()])
    found = []
    for r in asked:
        deleted = without_answers(indexes[r.title], r.answers, encode)
        if deleted is not None:
            passages = retrieve(deleted, r.question, r.vector, K).passages
            found.append(Retrieved(r.half, r.title, r.question, r.answers, r.vector, passages))
    cache.write_bytes(pickle.dumps([tuple(vars(r).values()) for r in found]))
    encode.save()
    return found


def labelled(index: DocumentIndex, r: Retrieved, kind: str) -> Asked:
    found = candidates(index, r.question, r.vector, r.passages)
    labels = np.array([any(contains(index.text[c.span.start : c.span.end], a) for a in r.answers) for c in found], dtype=bool)
    return Asked(r.half, kind, found, labels, index.text)


def collect(work_dir: Path, with_deleted: bool = True) -> list[Asked]:
    """The candidates of every question (in ``retrievals`` order), and, ``with_deleted``, of every answerable one
    asked of its article without the answer, with the features of today's answerability module, labelled."""
    encoders = open_encoders()
    articles = {a.title: a for a in load_articles(DEFAULT_DATA)}
    indexes = {title: index_article(article, work_dir, encoders).index for title, article in articles.items()}
    asked = [labelled(indexes[r.title], r, "answerable" if r.answers else "adversarial") for r in retrievals(work_dir)]
    if not with_deleted:
        return asked
    encode = ChunkVectors(work_dir / "answerability-chunk-vectors.pkl", encoders)
    for r in deleted_retrievals(work_dir, indexes, encode):
        deleted = without_answers(indexes[r.title], r.answers, encode)
        asked.append(labelled(deleted, r, "deleted"))
    return asked


def outcome(asked: Asked, model: Model) -> tuple[float, bool, bool, float]:
    """(confidence, answered right if not abstaining, top candidate right, share of quoted sentences that hold
    the answer) under ``model``."""
    ranked = score(asked.found, model)
    if not ranked:
        return 0.0, False, False, 0.0
    confidence = calibrated(ranked[0].probability, model)
    label = {c.span: bool(lab) for c, lab in zip(asked.found, asked.labels, strict=True)}
    chosen = choose_sentences(asked.text, ranked, model.companion_ratio)
    quoted_right = sum(label[c.span] for c in chosen) / len(chosen)
    return confidence, any(label[c.span] for c in chosen), label[ranked[0].span], quoted_right


def report(asked: list[Asked], model: Model, half: str) -> dict[str, float]:
    """Half ``half`` under ``model``: accuracy and false abstention on answerable questions, abstention on
    each kind of unanswerable, ECE over all of them (the two unanswerable kinds sharing the weight of SQuAD's own
    unanswerable questions, as in the calibration) and over SQuAD's own mix (answerable and adversarial)."""
    rows = [(a.kind, *outcome(a, model)) for a in asked if a.half == half]
    answerable = [r for r in rows if r[0] == "answerable"]
    abstain = lambda r: r[1] < model.threshold  # noqa: E731

    def calibration(kinds: tuple[str, ...]) -> float:
        chosen = [r for r in rows if r[0] in kinds]
        share = sum(r[0] == "adversarial" for r in chosen) / sum(r[0] != "answerable" for r in chosen)
        weight = np.array([1.0 if r[0] == "answerable" else share for r in chosen])
        right = np.array([r[0] == "answerable" and r[2] for r in chosen], dtype=float)
        return expected_calibration_error(np.array([r[1] for r in chosen]), right, weight=weight)

    return {
        "answerable": len(answerable),
        "accuracy": np.mean([not abstain(r) and r[2] for r in answerable]),
        "accuracy_if_never_abstaining": np.mean([r[2] for r in answerable]),
        "top_sentence": np.mean([r[3] for r in answerable]),
        "false_abstention": np.mean([abstain(r) for r in answerable]),
        "abstention_adversarial": np.mean([abstain(r) for r in rows if r[0] == "adversarial"]),
        "abstention_deleted": np.mean([abstain(r) for r in rows if r[0] == "deleted"]),
        "ece": calibration(("answerable", "adversarial", "deleted")),
        "ece_squad": calibration(("answerable", "adversarial")),
        "quoted_precision": np.mean([r[4] for r in answerable if not abstain(r)]),
    }


def fit(asked: list[Asked], budget: float, kinds: tuple[str, ...] = KINDS, left_out: tuple[str, ...] = ()) -> Model:
    """The model fitted on the questions of half A of ``kinds``; the features ``left_out`` get weight 0."""
    a = [q for q in asked if q.half == "A" and q.found and q.kind in kinds]
    x = np.concatenate([np.stack([c.features for c in q.found]) for q in a])
    y = np.concatenate([q.labels for q in a])
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    used = np.array([name not in left_out for name in FEATURES])
    sentence = LogisticRegression(C=1.0, max_iter=5000).fit(((x - mean) / scale)[:, used], y)
    weights = np.zeros(len(FEATURES))
    weights[used] = sentence.coef_[0]
    base = Model(mean, scale, weights, float(sentence.intercept_[0]), 1.0, 0.0, 0.0, 1.01)
    tops = [score(q.found, base)[0] for q in a]
    logits = np.array([[math.log(max(t.probability, 1e-6) / max(1 - t.probability, 1e-6))] for t in tops])
    top_right = np.array(
        [q.answerable and bool(q.labels[[c.span for c in q.found].index(t.span)]) for q, t in zip(a, tops, strict=True)]
    )
    # The answer-deleted questions teach the sentence model; the calibration keeps SQuAD's own share of
    # unanswerable questions (the two kinds share the adversarial ones' weight), not a doubled one.
    unanswerable = sum(q.kind != "answerable" for q in a)
    adversarial = sum(q.kind == "adversarial" for q in a) or unanswerable
    weight = np.array([1.0 if q.answerable else adversarial / unanswerable for q in a])
    platt = LogisticRegression(C=1e6, max_iter=5000).fit(logits, top_right, sample_weight=weight)
    platt_a, platt_b = float(platt.coef_[0][0]), float(platt.intercept_[0])
    calibrated_model = Model(mean, scale, base.weights, base.bias, platt_a, platt_b, 0.0, 1.01)
    # The companion ratio trades accuracy (a runner-up may hold the answer) against quoting sentences
    # that do not: chosen on half A by accuracy + the share of quoted sentences holding the answer.
    value = {}
    for ratio in RATIOS:
        trial = Model(mean, scale, base.weights, base.bias, platt_a, platt_b, 0.0, ratio)
        outcomes = [outcome(q, trial) for q in a if q.answerable]
        value[ratio] = (np.mean([o[1] for o in outcomes]), np.mean([o[3] for o in outcomes]))
    ratio = max(value, key=lambda r: sum(value[r]))
    if budget == BUDGETS[0]:
        print("half-A (accuracy, quoted precision) by companion ratio:",
              {r: (round(float(v[0]), 3), round(float(v[1]), 3)) for r, v in value.items()})
    confidences = np.sort([outcome(q, calibrated_model)[0] for q in a if q.answerable])
    threshold = float(confidences[math.floor(budget * len(confidences))])
    return Model(mean, scale, base.weights, base.bias, platt_a, platt_b, threshold, ratio)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/askdoc-squad-work"))
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--squad-only", action="store_true", help="fit without the answer-deleted questions (to compare)")
    parser.add_argument("--without", nargs="*", default=[], choices=FEATURES, help="features to fit without (to compare)")
    parser.add_argument("--budget", type=float, default=BUDGET, help=f"false-abstention budget on half A (default {BUDGET})")
    args = parser.parse_args()
    asked = collect(args.work_dir)
    kinds = KINDS[:2] if args.squad_only else KINDS
    for budget in BUDGETS:
        trial = fit(asked, budget, kinds, tuple(args.without))
        for half in ("A", "B"):
            print(f"false-abstention budget {budget} on half A: threshold {trial.threshold:.3f}, half {half}",
                  {k: round(float(v), 3) for k, v in report(asked, trial, half).items()})
    model = fit(asked, args.budget, kinds, tuple(args.without))
    print("features:", dict(zip(FEATURES, np.round(model.weights, 3), strict=True)))
    print(f"platt a={model.platt_a:.3f} b={model.platt_b:.3f} threshold={model.threshold:.3f} ratio={model.companion_ratio}")
    for half in ("A", "B"):
        print(half, {k: round(float(v), 3) for k, v in report(asked, model, half).items()})
    if args.write:
        np.savez(MODEL, mean=model.mean, scale=model.scale, weights=model.weights, bias=model.bias, platt_a=model.platt_a,
                 platt_b=model.platt_b, threshold=model.threshold, companion_ratio=model.companion_ratio)
        print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
