"""The verdict rules of issue 12's fifth precision pass, on the real documents whose sentences showed each error
(readers_held9's libsasl2 README.Debian, eval/dev/articles' w3m STORY and Mozilla page): each withholds the verdict the
sentence does not give, and the like sentence that decides keeps it."""

from __future__ import annotations

import pytest

from askdoc.answer.verdict import decide


@pytest.mark.parametrize(
    ("question", "sentence", "neighbours", "topic", "expected"),
    [
        # A word holding the asked word with letters before it names another thing (readers_held9 sa-11), nor does a
        # neighbour holding the word in another sense complete it.
        ("Does SASL use /dev/random?", "SASL uses /dev/urandom, which doesn't block when the system runs out of entropy.",
         ("However, when the system does run out of entropy, the random numbers that /dev/urandom emits are slightly "
          "less cryptographically secure.",), "Cyrus SASL for Debian", "undecided"),
        ("Does SASL use /dev/urandom?", "SASL uses /dev/urandom, which doesn't block when the system runs out of entropy.",
         (), "Cyrus SASL for Debian", "yes"),
        # A condition is not an assertion that it is so (readers_held9 sa-11 end to end).
        ("Does SASL use /dev/random?",
         "If you want to use /dev/random for whatever reason, you have to recompile the packages.", (),
         "Cyrus SASL for Debian", "undecided"),
        ("Do you have to recompile the packages?",
         "If you want to use /dev/random for whatever reason, you have to recompile the packages.", (),
         "Cyrus SASL for Debian", "yes"),
        # Another name as the sentence's subject: the title's "w3m" does not stand in for it (articles c12).
        ("Can w3m handle cookies?", "Lynx can handle cookies.", (), "History of w3m", "undecided"),
        ("Can Lynx handle cookies?", "Lynx can handle cookies.", (), "History of w3m", "yes"),
        # A name the title holds inside a longer word is the title's (readers_held5 ls-05, end to end).
        ("Can libsodium do password hashing?",
         "Sodium is a new, easy-to-use software library for encryption, decryption, signatures, password hashing and "
         "more.", (), "libsodium", "yes"),
        # "I don't" tells the speaker's mind, it forbids nothing (articles c12, the sentence quoted next).
        ("Can w3m handle cookies?",
         "I don't intend w3m to be a substitute of any other browsers, including Netscape and Lynx.", (), "History of w3m",
         "undecided"),
        # "of his own accord" is asked, not a frame word (articles d14).
        ("Did Eich resign of his own accord?",
         "Eich's resignation promoted a larger backlash from conservatives who felt he had been forced out of the company "
         "internally.", (), "Mozilla - Wikipedia", "undecided"),
        ("Did Eich resign according to the article?", "Eich resigned.", (), "Mozilla - Wikipedia", "yes"),
    ],
)
def test_a_verdict_only_where_the_sentence_decides(
    question: str, sentence: str, neighbours: tuple[str, ...], topic: str, expected: str
) -> None:
    assert decide(question, sentence, neighbours, topic) == expected
