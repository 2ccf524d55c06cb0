"""Thresholds for `askdoc eval`: `--min accuracy=0.8`, `--max latency_p95_ms=500`."""

from __future__ import annotations

from askdoc.errors import AskdocError


def parse_thresholds(pairs: tuple[str, ...], known: frozenset[str]) -> dict[str, float]:
    """NAME=VALUE pairs as a dict, refusing unknown metric names and non-numbers in one sentence."""
    thresholds = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        if name not in known:
            raise AskdocError(f"Unknown metric {name!r} in {pair!r}; known metrics: {', '.join(sorted(known))}.")
        try:
            thresholds[name] = float(value)
        except ValueError as exc:
            raise AskdocError(f"{pair!r} needs a number after '=', e.g. {name}=0.8.") from exc
    return thresholds


def missed(metrics: dict[str, float | int], minimums: dict[str, float], maximums: dict[str, float]) -> list[str]:
    """One line for each threshold the metrics miss."""
    lines = [f"{name} {metrics[name]} is below the minimum {limit}" for name, limit in minimums.items() if metrics[name] < limit]
    lines += [f"{name} {metrics[name]} is above the maximum {limit}" for name, limit in maximums.items() if metrics[name] > limit]
    return lines
