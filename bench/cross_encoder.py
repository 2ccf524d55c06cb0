"""A cross-encoder (question, sentence) fine-tuned cheaply from the bundled MiniLM: trained on SQuAD 2.0 half A,
reported on half B against the cosine and the answerability logistic regression.

    .venv/bin/python bench/cross_encoder.py [--work-dir DIR] [--top K] [--frozen F] [--epochs E] [--save PATH]

The candidates are fit_answerability.py's (every question of the SQuAD half retrieved over its whole
article as askdoc does; each sentence of the top passages, labelled by whether it holds a gold answer),
ranked by the stored answerability model. The cross-encoder reads the pair "[CLS] question [SEP]
sentence [SEP]" (at most ``MAX_TOKENS`` tokens) for the ``--top`` best candidates of each question
only, as the product would. Cheap training: the embeddings and the lower ``--frozen`` layers of MiniLM
stay as they are and run once over every pair (their hidden states kept in memory as fp16); only the
layers above and a linear head over the mean-pooled last states are trained, from that cache, on half
A's pairs (its top candidates and every gold sentence), binary cross-entropy.

Reported on half B (answerable questions: the share whose best candidate holds the answer; all
questions: the AUC of answerable against unanswerable by the best candidate's score, and the share
of unanswerable questions abstained on at 5 % and 10 % false abstention, the threshold being that
quantile of half B's answerable scores, the same rule for every scorer). Half A's cross-encoder
scores for a second-stage fit come from two folds (each half of A's articles scored by the model
trained on the other), so no fit sees a score of its own training pairs: the "stacked" line is a
logistic regression over (answerability logit, cross-encoder logit) fitted on half A that way, over
the best candidate only ("top 1") or the ``--top`` best. --latency times instead what reading the
pairs would add to a warm answer (``latency``).

Runs (2 cores shared with other work; 2,917 questions and 12,120 pairs in A, 3,161 and 12,644 in B; the
gold sentence is among the answerability model's top 4 for .945 of half B's answerable questions).
Half B: top sentence / AUC / abstention at 5 % / at 10 % false abstention:
  cosine                          .671 / .640 / .130 / .234
  answerability model (today)     .786 / .623 / .112 / .204
  --frozen 5 --lr 1e-4 (3 epochs, 1 layer trained; frozen pass 181 + 166 CPU s, training 291 CPU s,
  loss .452 -> .410 against .459 for the base rate):
    cross-encoder alone           .458 / .564 / .113 / .183
    stacked top 1                 .786 / .640 / .132 / .213
    stacked top 4                 .785 / .639 / .128 / .214
  --frozen 5 --lr 5e-4 --epochs 4 --no-folds (loss .451 -> .325, training 424 CPU s):
    cross-encoder alone           .550 / .580 / .150 / .213
  --frozen 4 --lr 2e-4 (2 layers): frozen pass 138 + 145 CPU s, then over 200 CPU s an epoch; stopped for time.
--latency --top 1/2/4, same load: a question's encode p50 11.3 ms, with its best pair 24.6 ms (2.2x), 2
pairs 44.6 ms (4.6x), 4 pairs 92.6 ms (10.8x): every pair is a full MiniLM pass, so a warm answer (p50 7.3
ms, budget 30 ms) has room for one pair at most. Reading: cheaply trained, the cross-encoder ranks
sentences far worse than the answerability model (.46-.55 against .786); stacked on the best candidate it
adds .01-.02 abstention at 5-10 % false abstention and nothing to the sentence choice, for a second model
export and about twice a question's encoding time per answer. Not shipped.
"""

from __future__ import annotations

import argparse
import copy
import math
import os
import pickle
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import torch
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from tokenizers import Tokenizer
from transformers import AutoModel

from askdoc.answer.answerability import score, stored_model
from askdoc.embedding.embedder import default_model_path
from fit_answerability import collect, retrievals

MAX_TOKENS = 128
TOP = 4
FROZEN = 5
EPOCHS = 3
BATCH = 32
LEARNING_RATE = 1e-4


@dataclass
class Row:
    """One question: its half and kind, its candidates ranked by the answerability model, their labels,
    answerability probabilities and cosines; ``article`` names its fold inside half A."""

    half: str
    kind: str
    article: str
    question: str
    sentences: list[str]
    labels: np.ndarray
    probability: np.ndarray
    cosine: np.ndarray


def rows(work_dir: Path) -> list[Row]:
    """SQuAD's own questions (answerable and adversarial) of both halves with their ranked candidates."""
    cache = work_dir / "cross-encoder-rows.pkl"
    if cache.is_file():
        return [Row(*row) for row in pickle.loads(cache.read_bytes())]
    model = stored_model()
    found = []
    for r, asked in zip(retrievals(work_dir), collect(work_dir, with_deleted=False), strict=True):
        if not asked.found:
            continue
        label = {c.span: bool(lab) for c, lab in zip(asked.found, asked.labels, strict=True)}
        ranked = score(asked.found, model)
        found.append(Row(
            asked.half, asked.kind, r.title, r.question,
            [asked.text[c.span.start : c.span.end] for c in ranked],
            np.array([label[c.span] for c in ranked]),
            np.array([c.probability for c in ranked]),
            np.array([c.features[0] for c in ranked]),
        ))
    cache.write_bytes(pickle.dumps([tuple(vars(r).values()) for r in found]))
    return found


@dataclass
class Pairs:
    """The (question, sentence) pairs read by the cross-encoder: which row and candidate, the label, the tokens."""

    row: np.ndarray
    candidate: np.ndarray
    labels: np.ndarray
    ids: list[list[int]]
    type_ids: list[list[int]]


def pairs(found: list[Row], top: int, tokenizer: Tokenizer, gold_too: bool) -> Pairs:
    """The ``top`` candidates of every row (and, ``gold_too``, every gold sentence below them), tokenised."""
    chosen = [(n, i) for n, row in enumerate(found) for i in range(len(row.sentences)) if i < top or (gold_too and row.labels[i])]
    encodings = tokenizer.encode_batch([(found[n].question, found[n].sentences[i]) for n, i in chosen])
    return Pairs(
        np.array([n for n, _ in chosen]), np.array([i for _, i in chosen]),
        np.array([found[n].labels[i] for n, i in chosen], dtype=np.float32),
        [e.ids for e in encodings], [e.type_ids for e in encodings],
    )


def open_tokenizer(model_dir: Path) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    return tokenizer


def padded(ids: list[list[int]], type_ids: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    length = max(len(i) for i in ids)
    tokens = torch.zeros((len(ids), length), dtype=torch.long)
    types = torch.zeros_like(tokens)
    mask = torch.zeros_like(tokens)
    for n, (i, t) in enumerate(zip(ids, type_ids, strict=True)):
        tokens[n, : len(i)] = torch.tensor(i)
        types[n, : len(t)] = torch.tensor(t)
        mask[n, : len(i)] = 1
    return tokens, types, mask


def additive(mask: torch.Tensor) -> torch.Tensor:
    """The padding mask as eager attention adds it: 0 on tokens, a large negative on padding."""
    return ((1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min)


def cached_states(model: torch.nn.Module, pair_set: Pairs, frozen: int, cache: Path) -> list[np.ndarray]:
    """``frozen_states``, kept in ``cache`` (one fp16 array of every token's state) across runs."""
    lengths = np.array([len(i) for i in pair_set.ids])
    if cache.is_file():
        joined = np.load(cache)
        if len(joined) == lengths.sum():
            return np.split(joined, np.cumsum(lengths)[:-1])
    states = frozen_states(model, pair_set, frozen)
    np.save(cache, np.concatenate(states))
    return states


def frozen_states(model: torch.nn.Module, pair_set: Pairs, frozen: int) -> list[np.ndarray]:
    """The hidden states after the first ``frozen`` layers of every pair (fp16, one [tokens, 384] array each)."""
    order = np.argsort([len(i) for i in pair_set.ids])
    states: list[np.ndarray | None] = [None] * len(pair_set.ids)
    started = time.process_time()
    with torch.inference_mode():
        for start in range(0, len(order), 64):
            batch = order[start : start + 64]
            tokens, types, mask = padded([pair_set.ids[i] for i in batch], [pair_set.type_ids[i] for i in batch])
            hidden = model.embeddings(input_ids=tokens, token_type_ids=types)
            for layer in model.encoder.layer[:frozen]:
                hidden = layer(hidden, attention_mask=additive(mask))
            for n, i in enumerate(batch):
                states[i] = hidden[n, : len(pair_set.ids[i])].to(torch.float16).numpy()
    print(f"frozen states of {len(order)} pairs: {time.process_time() - started:.0f} CPU s", flush=True)
    return states  # type: ignore[return-value]


class Top(torch.nn.Module):
    """The trained part: MiniLM's layers above the frozen ones, mean pooling, a linear head to one logit."""

    def __init__(self, model: torch.nn.Module, frozen: int) -> None:
        super().__init__()
        self.layers = torch.nn.ModuleList(copy.deepcopy(layer) for layer in model.encoder.layer[frozen:])
        self.head = torch.nn.Linear(model.config.hidden_size, 1)

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            hidden = layer(hidden, attention_mask=additive(mask))
        keep = mask[..., None].float()
        pooled = (hidden * keep).sum(1) / keep.sum(1).clamp(min=1e-9)
        return self.head(pooled)[:, 0]


def batch_of(states: list[np.ndarray], chosen: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
    length = max(len(states[i]) for i in chosen)
    hidden = torch.zeros((len(chosen), length, states[chosen[0]].shape[1]))
    mask = torch.zeros((len(chosen), length), dtype=torch.long)
    for n, i in enumerate(chosen):
        hidden[n, : len(states[i])] = torch.from_numpy(states[i].astype(np.float32))
        mask[n, : len(states[i])] = 1
    return hidden, mask


def train(model: torch.nn.Module, frozen: int, states: list[np.ndarray], labels: np.ndarray, epochs: int, seed: int = 0,
          learning_rate: float = LEARNING_RATE) -> Top:
    """The top layers and head trained on ``states`` (shuffled batches of similar length) for ``epochs``; the head
    learns ten times faster than the layers."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    top = Top(model, frozen).train()
    optimiser = torch.optim.AdamW([
        {"params": top.layers.parameters(), "lr": learning_rate},
        {"params": top.head.parameters(), "lr": 10 * learning_rate},
    ], weight_decay=0.01)
    steps = epochs * math.ceil(len(states) / BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda step: max(0.0, 1 - step / steps))
    loss_of = torch.nn.BCEWithLogitsLoss()
    target = torch.from_numpy(labels)
    started = time.process_time()
    for epoch in range(epochs):
        # Batches of neighbours in length (little padding), in random order.
        order = np.argsort([len(s) + rng.random() * 8 for s in states])
        batches = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
        total = 0.0
        for n in rng.permutation(len(batches)):
            hidden, mask = batch_of(states, batches[n])
            loss = loss_of(top(hidden, mask), target[batches[n]])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(batches[n])
        print(f"epoch {epoch + 1}: loss {total / len(states):.4f}, {time.process_time() - started:.0f} CPU s", flush=True)
    return top.eval()


def predict(top: Top, states: list[np.ndarray]) -> np.ndarray:
    order = np.argsort([len(s) for s in states])
    out = np.empty(len(states), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(order), 128):
            chosen = order[start : start + 128]
            out[chosen] = top(*batch_of(states, chosen)).numpy()
    return out


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def figures(found: list[Row], scores: list[np.ndarray]) -> dict[str, float]:
    """Top-sentence accuracy, AUC and abstention at 5 % / 10 % false abstention of one scorer on ``found``."""
    answerable = np.array([r.kind == "answerable" for r in found])
    best = np.array([float(s.max()) for s in scores])
    top = np.array([bool(r.labels[int(np.argmax(s))]) for r, s in zip(found, scores, strict=True)])
    result = {"top_sentence": float(top[answerable].mean()), "auc": float(roc_auc_score(answerable, best))}
    for budget in (0.05, 0.10):
        threshold = np.quantile(best[answerable], budget)
        result[f"abstention@{budget:.2f}"] = float((best[~answerable] < threshold).mean())
    return result


def scores_by_row(found: list[Row], pair_set: Pairs, values: np.ndarray, top: int) -> list[np.ndarray]:
    """Per row, the cross-encoder logit of each of its first ``top`` candidates."""
    out = [np.full(min(top, len(r.sentences)), -np.inf) for r in found]
    for n, i, v in zip(pair_set.row, pair_set.candidate, values, strict=True):
        if i < top:
            out[n][i] = v
    return out


def latency(b: list[Row], top: int, questions: int = 60, rounds: int = 3) -> None:
    """What reading a question's ``top`` pairs would add to a warm answer: the bundled model's ONNX export (the
    cross-encoder's size and shape: MiniLM-L6 over "question [SEP] sentence") timed on half B's pairs against
    encoding the question alone (what a warm answer runs today), alternating, so the ratio is under one load."""
    from askdoc.embedding.onnx_encoder import OnnxEncoder
    from askdoc.embedding.query_encoder import export_dir

    encoder = OnnxEncoder(export_dir(default_model_path()))
    chosen = b[:: max(1, len(b) // questions)][:questions]
    timings: dict[str, list[float]] = {"question alone": [], f"question + top {top} pairs": []}
    encoder.encode(["warm-up"])
    for _ in range(rounds):
        for row in chosen:
            for name, texts in zip(timings, ([row.question], [f"{row.question} {s}" for s in row.sentences[:top]]), strict=True):
                started = time.perf_counter()
                encoder.encode(texts)
                timings[name].append(time.perf_counter() - started)
    alone, pairs_p50 = (float(np.median(t)) * 1000 for t in timings.values())
    print(f"p50 ms: question alone {alone:.1f}, question + top {top} pairs {pairs_p50:.1f}, ratio {pairs_p50 / alone:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/askdoc-squad-work"))
    parser.add_argument("--top", type=int, default=TOP)
    parser.add_argument("--frozen", type=int, default=FROZEN)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--lr", type=float, default=LEARNING_RATE, help="the layers' learning rate (the head's is ten times it)")
    parser.add_argument("--no-folds", action="store_true", help="skip the two half-A folds (and the stacked line)")
    parser.add_argument("--latency", action="store_true", help="only time the pairs' forward pass (no training)")
    parser.add_argument("--save", type=Path, help="write the trained top layers and head (fp16) here")
    args = parser.parse_args()
    # One thread: on cores shared with other work, two threads waiting on each other ran 3x slower.
    torch.set_num_threads(1)
    found = rows(args.work_dir)
    a = [r for r in found if r.half == "A"]
    b = [r for r in found if r.half == "B"]
    if args.latency:
        return latency(b, args.top)
    model_dir = default_model_path()
    tokenizer = open_tokenizer(model_dir)
    model = AutoModel.from_pretrained(model_dir, attn_implementation="eager").eval()
    train_pairs = pairs(a, args.top, tokenizer, gold_too=True)
    test_pairs = pairs(b, args.top, tokenizer, gold_too=False)
    print(f"{len(a)} questions in A ({len(train_pairs.ids)} pairs), {len(b)} in B ({len(test_pairs.ids)} pairs)", flush=True)
    name = f"cross-encoder-states-{args.frozen}-{args.top}-{MAX_TOKENS}"
    train_states = cached_states(model, train_pairs, args.frozen, args.work_dir / f"{name}-A.npy")
    test_states = cached_states(model, test_pairs, args.frozen, args.work_dir / f"{name}-B.npy")
    top = train(model, args.frozen, train_states, train_pairs.labels, args.epochs, learning_rate=args.lr)
    # Half B is scored by the weights as they would be shipped: rounded to fp16.
    top.load_state_dict({k: v.half().float() for k, v in top.state_dict().items()})
    cross_b = scores_by_row(b, test_pairs, predict(top, test_states), args.top)
    within = np.mean([bool(r.labels[: args.top].any()) for r in b if r.kind == "answerable"])
    print(f"half B: gold among the answerability model's top {args.top}: {within:.3f}")
    report = {
        "cosine": figures(b, [r.cosine for r in b]),
        "answerability": figures(b, [r.probability for r in b]),
        "cross-encoder": figures(b, cross_b),
    }
    if not args.no_folds:
        cross_a = out_of_fold(a, model, args, train_pairs, train_states)
        for top in sorted({1, args.top}):
            report[f"stacked top {top}"] = stacked(a, b, [c[:top] for c in cross_a], [c[:top] for c in cross_b])
    for name, values in report.items():
        print(f"half B {name:>14}:", {k: round(v, 3) for k, v in values.items()}, flush=True)
    if args.save:
        # What a shipped cross-encoder would store (the rest is the bundled model): the trained layers,
        # numbered from the first above the frozen ones, and the head, in fp16 (3.5 MB a layer).
        weights = {k: v.to(torch.float16).numpy() for k, v in top.state_dict().items()}
        np.savez(args.save, frozen=args.frozen, max_tokens=MAX_TOKENS, **weights)
        print(f"wrote {args.save}")


def out_of_fold(a: list[Row], model: torch.nn.Module, args: argparse.Namespace, train_pairs: Pairs,
                train_states: list[np.ndarray]) -> list[np.ndarray]:
    """Half A's cross-encoder logits, each article's scored by a model trained on the other fold of articles."""
    titles = sorted({r.article for r in a})
    fold = np.array([titles.index(a[n].article) % 2 for n in train_pairs.row])
    scores = np.empty(len(train_states), dtype=np.float32)
    for k in (0, 1):
        inside = np.flatnonzero(fold != k)
        part = train(model, args.frozen, [train_states[i] for i in inside], train_pairs.labels[inside], args.epochs, seed=k + 1,
                     learning_rate=args.lr)
        outside = np.flatnonzero(fold == k)
        scores[outside] = predict(part, [train_states[i] for i in outside])
    return scores_by_row(a, train_pairs, scores, args.top)


def stacked(a: list[Row], b: list[Row], cross_a: list[np.ndarray], cross_b: list[np.ndarray]) -> dict[str, float]:
    """Half B figures of a logistic regression over (answerability logit, cross-encoder logit) on the top
    candidates, fitted on half A with out-of-fold cross-encoder scores."""

    def table(found: list[Row], cross: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        x = [[logit(np.array([r.probability[i]]))[0], c[i]] for r, c in zip(found, cross, strict=True) for i in range(len(c))]
        y = [r.labels[i] for r, c in zip(found, cross, strict=True) for i in range(len(c))]
        return np.array(x), np.array(y)

    x, y = table(a, cross_a)
    fitted = LogisticRegression(max_iter=1000).fit(x, y)
    weights = fitted.coef_[0].round(3)
    print("stacked weights (answerability logit, cross-encoder logit):", weights, round(float(fitted.intercept_[0]), 3))
    combined = [fitted.decision_function(table([r], [c])[0]) for r, c in zip(b, cross_b, strict=True)]
    return figures(b, combined)


if __name__ == "__main__":
    main()
