"""Irregular past forms of common English verbs, which a stemmer leaves apart from their verb ("told", "tell")."""

from __future__ import annotations

# Each past tense or participle and its base verb.
PAST_FORMS: dict[str, str] = {
    "became": "become", "began": "begin", "begun": "begin", "broke": "break", "broken": "break", "brought": "bring",
    "built": "build", "bought": "buy", "caught": "catch", "chose": "choose", "chosen": "choose", "came": "come",
    "fell": "fall", "felt": "feel", "fought": "fight", "found": "find", "got": "get", "gave": "give",
    "given": "give", "gone": "go", "went": "go", "grew": "grow", "grown": "grow", "heard": "hear", "held": "hold",
    "kept": "keep", "knew": "know", "known": "know", "led": "lead", "left": "leave", "lost": "lose", "made": "make",
    "meant": "mean", "met": "meet", "paid": "pay", "rose": "rise", "ran": "run", "said": "say", "saw": "see",
    "seen": "see", "sought": "seek", "sold": "sell", "sent": "send", "spoke": "speak", "spoken": "speak",
    "spent": "spend", "stood": "stand", "stole": "steal", "stolen": "steal", "taken": "take", "took": "take",
    "taught": "teach", "told": "tell", "thought": "think", "understood": "understand", "won": "win",
    "withdrew": "withdraw", "withdrawn": "withdraw", "written": "write", "wrote": "write",
}
