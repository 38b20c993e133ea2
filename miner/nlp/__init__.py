"""The Swedish NLP pipeline: tokenizer, sentences, lemmas and the project's matchers.

``load()`` gives the spaCy pipeline (built from ``config.cfg`` and saved with
``nlp.to_disk()`` on first use, then loaded in one call; cached per process),
``parse(doc)`` runs it over a document's whole clean text so every token's
``idx`` is an offset into ``Document.text``, and ``lemmas(text)`` gives the
lemmatised content words of a passage for lexicons, classifiers and the
similarity index.
"""

from __future__ import annotations

import functools
import threading

from spacy.lang.sv.stop_words import STOP_WORDS as _SPACY_STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..model import Document

#: Stop words for :func:`lemmas`: spaCy's Swedish list (forms and lemmas), minus words that carry
#: meaning in steering documents, plus modal and copula lemmas.
STOP_WORDS: frozenset[str] = frozenset(
    (set(_SPACY_STOP_WORDS) - {"beslut", "beslutat", "beslutit", "rätt", "lätt", "lika"})
    | {"ska", "kunna", "vara", "bli", "ha", "få", "finnas", "göra", "komma", "gälla", "all", "annan",
       "vilken", "bör", "böra", "denna", "dessa", "sådan", "samt", "genom", "mm", "etc", "osv"}
)

_lock = threading.Lock()


@functools.cache
def _load() -> Language:
    from .pipeline import load_saved

    return load_saved()


def load() -> Language:
    """The pipeline, loaded once per process from the saved folder (built there on first use)."""
    with _lock:
        return _load()


def parse(doc: Document) -> Doc:
    """Run the whole pipeline over ``doc.text``; token offsets are offsets into the clean text."""
    nlp = load()
    if len(doc.text) >= nlp.max_length:
        nlp.max_length = len(doc.text) + 1
    return nlp(doc.text)


def tokens(text: str) -> Doc:
    """Tokens with lemmas only (no sentences or matchers): the cheap path for short passages."""
    nlp = load()
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    sdoc = nlp.make_doc(text)
    return nlp.get_pipe("miner_lemmatizer")(sdoc)


def is_content(token) -> bool:
    """A word worth counting: alphabetic (hyphens allowed), not a stop word, not an abbreviation."""
    text = token.text
    if token.is_space or token.is_punct or text.endswith(".") or len(text) < 2:
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    low = text.lower()
    return low not in STOP_WORDS and token.lemma_.lower() not in STOP_WORDS


def content_lemmas(sdoc: Doc | object) -> list[str]:
    """Lower-cased lemmas of the content words of a Doc or Span (already lemmatised)."""
    return [t.lemma_.lower() for t in sdoc if is_content(t)]  # type: ignore[attr-defined]


def lemmas(text: str) -> list[str]:
    """Lemmatised content words of ``text``, lower-cased, stop words out, in order."""
    return content_lemmas(tokens(text))


__all__ = ["STOP_WORDS", "content_lemmas", "is_content", "lemmas", "load", "parse", "tokens"]
