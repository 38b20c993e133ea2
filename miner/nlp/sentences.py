"""Sentence splitter that knows the clean text's blocks and the abbreviations of municipal Swedish.

Every line of the clean text is one block (heading, paragraph, list item, table
row); a sentence never runs across a line break, so a heading is never glued to
the paragraph under it and two list items never become one sentence. Inside a
block a sentence ends at ``.``, ``!``, ``?`` or ``…`` before a capital, a digit
or an opening quote or bracket, but not after an abbreviation that cannot end a
sentence ("t.ex. Socialstyrelsen", "enl. LSS"). Table cells (" | ") are split
too, when asked, because a row's cells are separate statements.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from .tokenizer import MAY_END_FOLDED

_TERMINAL = set(".!?…")
_CLOSERS = {")", "]", "»", "”", '"', "'", "’"}
_OPENERS = {"(", "[", "«", "“", '"', "'", "•", "–", "-", "—", "*", "„"}


def _is_terminal(token: Token) -> bool:
    text = token.text
    return bool(text) and all(ch in _TERMINAL for ch in text)


def _starts_sentence(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or token.text in _OPENERS or first in "§"


#: Words that number a unit in running text: "Mål 1. Alla ska ...", "Regel 5. Tillgänglighet".
_NUMBERED = {"mål", "delmål", "regel", "artikel", "art", "kapitel", "kap", "steg", "område", "målområde",
             "fokusområde", "bilaga", "punkt", "insatsområde", "strategi", "åtgärd", "aktivitet", "nr"}


def _numbered_label(doc: Doc, stop: int, starts: list[bool]) -> bool:
    """Whether the full stop at ``stop`` closes a label such as "Mål 3." that opens its sentence."""
    if stop < 2 or not doc[stop - 1].like_num or len(doc[stop - 1].text) > 2:
        return False
    return doc[stop - 2].text.casefold().rstrip(".") in _NUMBERED and starts[stop - 2]


class SentenceSplitter:
    """Sets ``Token.is_sent_start`` on every token; see the module docstring for the rules."""

    def __init__(self, split_cells: bool = True) -> None:
        self.split_cells = split_cells

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        starts = [False] * n
        starts[0] = True
        pending = False  # a sentence end was seen; the next real token starts a new sentence
        for i in range(1, n):
            pending = pending or self._ends_before(doc, i, starts)
            if pending and not doc[i].is_space:
                starts[i] = True
                pending = False
        # One array write: setting Token.is_sent_start token by token re-checks the whole Doc each time.
        values = numpy.where(numpy.array(starts, dtype=bool), 1, -1).astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)
        return doc

    def _ends_before(self, doc: Doc, i: int, starts: list[bool]) -> bool:
        """Whether a sentence ends between token ``i - 1`` and token ``i``."""
        prev, tok = doc[i - 1], doc[i]
        if prev.is_space:
            return "\n" in prev.text  # a line break ends every block
        if self.split_cells and prev.text == "|" and prev.whitespace_ and i >= 2 and doc[i - 2].whitespace_:
            return True
        if prev.text in _CLOSERS and i >= 2 and _is_terminal(doc[i - 2]):
            return _starts_sentence(tok)  # 'slut.) Nästa'
        if _is_terminal(prev):
            return _starts_sentence(tok) and not _numbered_label(doc, i - 1, starts)
        # an abbreviation that may close a sentence, before a capital: "... fritid m.m. Nämnden ska"
        return (len(prev.text) > 1 and prev.text.endswith(".") and tok.text[:1].isupper()
                and prev.text.casefold() in MAY_END_FOLDED)


@Language.factory("miner_sentences", default_config={"split_cells": True})
def make_sentence_splitter(nlp: Language, name: str, split_cells: bool) -> SentenceSplitter:
    return SentenceSplitter(split_cells=split_cells)


__all__ = ["SentenceSplitter"]
