"""Common English words a reader asks with and a text says the same thing with ("back" → "support").

Each entry pairs the words a question may use with the words a sentence may say them with: every
word of the first group is held by every word of the second. Most groups say the same in both
directions and are listed as one group (``_both``). A word with common other senses stands only on
the asking side, where the reader chose it in the sense asked ("back" the government, not "back in
2008"; "hold" scripts, not "hold a meeting"). Opposites (text/antonyms.py) never stand together, and
names, numbers and time words are left to verdict_cues.py, which reads them as values.
"""

from __future__ import annotations

Entry = tuple[tuple[str, ...], tuple[str, ...]]


def _both(*words: str) -> Entry:
    """A group whose words stand for one another whichever one is asked."""
    return words, words


SAID_ALIKE: tuple[Entry, ...] = (
    _both("support", "endorse", "champion"),
    (("back",), ("support", "endorse")),
    _both("need", "require", "necessitate"),
    _both("use", "utilize", "utilise", "employ"),
    (("rely", "depend"), ("use", "utilize", "utilise", "employ", "rely", "depend")),
    (("run",), ("work", "execute", "operate")),
    (("work",), ("run", "operate", "function")),
    _both("execute", "run"),
    _both("name", "call", "dub"),
    (("launch",), ("release", "introduce", "start", "initiate")),
    (("bring",), ("introduce",)),
    _both("introduce", "launch", "initiate"),
    _both("abolish", "eliminate", "scrap", "repeal"),
    (("hold",), ("contain", "include", "store", "keep")),
    (("contain",), ("hold", "include", "comprise")),
    (("keep",), ("store", "retain", "save", "preserve", "hold")),
    (("store",), ("keep", "save", "hold", "retain")),
    (("borrow", "adopt"), ("incorporate", "adopt", "borrow", "inherit", "derive")),
    _both("demonstrate", "protest", "rally"),
    _both("propose", "suggest", "submit"),
    _both("recommend", "encourage", "advise", "advocate", "urge"),
    _both("allow", "permit", "let"),
    _both("forbid", "prohibit", "ban", "outlaw"),
    (("print",), ("display", "show", "output", "write")),
    (("show",), ("display", "print", "render")),
    (("display",), ("show", "print", "render")),
    _both("shorten", "abbreviate", "truncate"),
    _both("large", "big", "huge", "vast"),
    _both("small", "little", "tiny"),
    _both("fast", "quick", "rapid", "speedy", "swift"),
    _both("easy", "simple", "straightforward", "effortless"),
    _both("difficult", "hard"),
    _both("begin", "start", "commence"),
    _both("stop", "halt", "cease"),
    _both("finish", "complete", "conclude"),
    _both("buy", "purchase"),
    _both("help", "assist", "aid"),
    _both("obtain", "receive", "acquire"),
    (("make",), ("create", "produce", "generate", "build")),
    _both("create", "generate", "produce"),
    (("kill",), ("assassinate", "murder", "slay")),
    _both("leave", "withdraw", "withdrawal", "depart"),
    (("vote",), ("pass", "adopt", "approve")),
    _both("spy", "intelligence", "espionage"),
    _both("fix", "repair", "resolve", "correct"),
    _both("bug", "defect", "flaw", "fault"),
    _both("delete", "remove", "erase"),
    (("overwrite",), ("replace", "supersede")),
    (("replace",), ("overwrite", "supersede", "substitute")),
    _both("block", "prevent", "hinder", "obstruct"),
    _both("choose", "select", "pick"),
    _both("verify", "check", "validate"),
    (("like",), ("similar", "resemble", "resembling", "alike")),
    _both("similar", "comparable", "resemble", "resembling", "alike"),
    _both("several", "multiple", "numerous"),
    _both("announce", "declare"),
    _both("attack", "strike", "assault", "raid"),
    _both("meet", "assemble", "convene"),
    _both("gather", "collect", "amass", "consolidate"),
    _both("imprison", "jail", "incarcerate", "detain"),
    (("discuss",), ("cover", "describe", "explain")),
    _both("describe", "explain"),
    _both("famous", "popular", "renowned"),
    _both("common", "frequent", "widespread", "usual"),
    _both("often", "frequently", "commonly"),
    _both("rarely", "seldom"),
    _both("purpose", "aim", "goal", "objective"),
    _both("problem", "issue", "trouble", "difficulty"),
    _both("error", "mistake"),
    _both("mean", "indicate", "signify", "denote"),
    (("handle",), ("support",)),
    (("offer",), ("provide", "include", "support", "supply")),
    _both("provide", "supply"),
    # Clipped forms that software documents use for the full word.
    _both("asynchronous", "async"),
    _both("synchronous", "sync"),
    _both("configuration", "config"),
    _both("repository", "repo"),
    _both("documentation", "docs"),
    _both("application", "app"),
    _both("directory", "dir"),
    (("cap",), ("limit", "ceiling")),
    _both("limit", "restriction"),
    _both("increase", "raise", "boost"),
    _both("decrease", "reduce"),
    _both("permanent", "lasting", "enduring"),
    _both("temporary", "interim", "provisional"),
)
