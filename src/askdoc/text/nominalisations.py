"""A verb and the noun made of it, by their stems ("invade" → "invasion", "fail" → "failure").

The stemmer (text/terms.py) already gives many of them one stem ("withdraw"/"withdrawal",
"elect"/"election", "approve"/"approval"); these are the regular sound changes it leaves apart, each a
rewrite of the verb stem's ending into the noun stem's, with the least verb stem it applies to.
"""

from __future__ import annotations

# (verb stem ending, noun stem ending, least verb stem length); the stem's length guards the short words
# whose rewrite is another word ("lead"/"lease", "plan"/"plant"). bench/verdicts.py (issue 12, nominalisations):
# no verdict of any part changes (there the word vectors already hold such pairs at a cosine of .55 or more); on
# ten verb/noun pairs (tests/unit/test_nominalisations.py and its kin) the words alone decide 10 of 10, were 1,
# and with word vectors 10, were 8 ("detained"/"detention" and "occupy"/"occupation" fall under the cosine).
_REWRITES: tuple[tuple[str, str, int], ...] = (
    ("d", "s", 5),  # invade/invasion, decide/decision, expand/expansion, conclude/conclusion
    ("it", "iss", 4),  # permit/permission, admit/admission, omit/omission
    ("eiv", "ept", 5),  # receive/reception, perceive/perception
    ("ib", "ipt", 5),  # describe/description, prescribe/prescription
    ("um", "umpt", 4),  # assume/assumption, consume/consumption
    ("etain", "etent", 5),  # retain/retention, detain/detention
    ("uc", "uct", 4),  # reduce/reduction, introduce/introduction
    ("olv", "olut", 4),  # solve/solution, resolve/resolution
    ("ifi", "if", 5),  # verify/verification, notify/notification
    ("upi", "up", 5),  # occupy/occupation
    ("pli", "plic", 4),  # apply/application
    ("quir", "quisit", 5),  # acquire/acquisition
    ("gn", "gnit", 5),  # recognise/recognition
    ("et", "etit", 5),  # compete/competition
    ("en", "ent", 6),  # intervene/intervention, convene/convention
    ("in", "init", 5),  # define/definition
    ("os", "osit", 5),  # oppose/opposition, compose/composition
    ("", "ur", 4),  # fail/failure, close/closure, expose/exposure, press/pressure
)


def nominalises(a: str, b: str) -> bool:
    """Whether one stem is a verb's and the other the noun's made of it ("invad"/"invas")."""
    return _rewritten(a, b) or _rewritten(b, a)


def _rewritten(verb: str, noun: str) -> bool:
    return any(
        len(verb) >= least and verb.endswith(ending) and noun == verb[: len(verb) - len(ending)] + into
        for ending, into, least in _REWRITES
    )
