"""Is this Swedish? A function-word test, enough to keep English, Norwegian or Finnish documents out.

The pipeline's rules and models are Swedish; a document in another language
would yield nonsense goals and actors, so it is reported and skipped.
Function words are the most reliable cheap signal: every running text has
them and each language has its own.
"""

from __future__ import annotations

import re
from collections import Counter

_WORDS = re.compile(r"[a-zåäöæøéü]+")

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "sv": frozenset("och att det som en på är för med till av den inte har de om ett men var jag så "
                    "från eller när också kan ska skall vid alla mot efter under över genom samt vara "
                    "detta dessa här där utan inom hos någon sitt sina sig vi ni oss deras".split()),
    "en": frozenset("the and of to in is for that with as on be by are this it from or an at which not "
                    "have has was were will shall their they we our all any can".split()),
    "no": frozenset("og ikke det er til av som på med for en jeg vi skal kan også eller fra har være "
                    "etter mot hvis hva denne disse hvordan kommunen slik".split()),
    "da": frozenset("og ikke det er til af som på med for en jeg vi skal kan også eller fra har være "
                    "efter mod hvis hvad denne disse hvordan kommunen sådan".split()),
    "fi": frozenset("ja on ei se että hän oli ovat mutta kun myös tai jos niin kuin joka mikä tämä "
                    "ole voi sekä olla kunta".split()),
    "de": frozenset("und der die das ist nicht ein eine zu mit von für auf den dem des sich als auch "
                    "wird werden oder bei".split()),
}
# Words Norwegian/Danish share with Swedish do not tell them apart; these do.
_NORDIC_ONLY = {"no": frozenset("ikke være hvis hva hvordan jeg slik".split()),
                "da": frozenset("ikke være hvis hvad hvordan jeg sådan af mod".split())}


def detect(text: str, sample: int = 20000) -> tuple[str, float]:
    """The most likely language code and the share of its function words among all words (0-1)."""
    words = _WORDS.findall(text[:sample].casefold())
    if not words:
        return "unknown", 0.0
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in fw) for lang, fw in FUNCTION_WORDS.items()}
    for lang, marks in _NORDIC_ONLY.items():
        if sum(counts[w] for w in marks) < 0.01 * len(words):
            scores[lang] = min(scores[lang], scores["sv"] - 1)
    lang = max(scores, key=lambda k: scores[k])
    return lang, scores[lang] / len(words)


def is_swedish(text: str) -> bool:
    """True unless the text is clearly in another language; short or list-like text gets the benefit of doubt."""
    words = _WORDS.findall(text[:20000].casefold())
    if len(words) < 40:
        return True
    lang, share = detect(text)
    return lang == "sv" or share < 0.08
