"""Weighted lexicons over lemmas, with compound stems and multi-word terms.

Swedish builds topic words as compounds ("tillgänglighetsinventering",
"hjälpmedelscentralen"), so a lexicon of whole words misses most of them. A
term here is one of:

* a lemma or word form: ``färdtjänst``; ``=arbete`` matches the word form only
  (indefinite "arbete" is employment, "arbetet med ..." is not);
* a stem: ``*tillgänglighet`` (a lemma ending so), ``teckenspråk*`` (starting
  so), ``*hjälpmedel*`` (containing it);
* a sequence of such elements separated by spaces, matched in order with at
  most :data:`MAX_GAP` other words between them ("våld nära relation" matches
  "våld i nära relationer").

Each term carries a key (what it is evidence for: an article, a direction) and
a weight. Elements match the lower-cased lemma or the lower-cased word form.
Stems never match the names of bodies ("Arbetsmarknadsnämnden" is a committee,
not evidence of employment), which are recognised by their last part.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: Most words allowed between two elements of a multi-word term.
MAX_GAP = 3
#: Last parts of the names of bodies and of job titles; stems do not match such words.
BODY_SUFFIXES = ("nämnd", "nämnden", "nämndens", "förvaltning", "förvaltningen", "förvaltningens", "utskott",
                 "utskottet", "styrelse", "styrelsen", "kontoret", "kontor", "bolag", "bolaget", "departement",
                 "departementet", "departementets", "verket", "verkets", "inspektion", "inspektionen",
                 # job titles: "färdtjänsthandläggare" names a person, not the topic
                 "handläggare", "förvaltare", "samordnare", "konsulent", "strateg", "chef", "ansvarig", "sekreterare",
                 "utvecklare", "ombud", "ombudsman")


@dataclass(frozen=True, slots=True)
class Term:
    key: str  # what the term is evidence for, e.g. "9" or "direction:1"
    weight: float
    text: str  # as written in the lexicon
    elements: tuple[str, ...]


@dataclass(slots=True)
class Hit:
    """One term found in a token sequence: token indices [start, end)."""

    term: Term
    start: int
    end: int


def _element_matches(element: str, lemma: str, form: str) -> bool:
    if element.startswith("="):
        return form == element[1:]
    if element.startswith("*") and element.endswith("*") and len(element) > 2:
        core = element[1:-1]
        return (core in lemma or core in form) and not _is_body(lemma)
    if element.endswith("*"):
        core = element[:-1]
        return (lemma.startswith(core) or form.startswith(core)) and (lemma == core or not _is_body(lemma))
    if element.startswith("*"):
        core = element[1:]
        return (lemma.endswith(core) or form.endswith(core)) and not _is_body(lemma)
    return element in (lemma, form)


def _is_body(lemma: str) -> bool:
    return lemma.endswith(BODY_SUFFIXES)


@dataclass
class Lexicon:
    """A set of weighted terms; :meth:`find` lists the hits in a sequence of (lemma, form) pairs."""

    terms: list[Term] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._exact: dict[str, list[tuple[Term, int]]] = defaultdict(list)
        self._stems: list[tuple[str, Term, int]] = []
        for term in self.terms:
            self._index(term)
        self._cache: dict[tuple[str, str], tuple[tuple[Term, int], ...]] = {}

    def _index(self, term: Term) -> None:
        # Only the first element is indexed; the rest are checked in sequence.
        first = term.elements[0]
        if first.startswith("="):
            self._exact[first[1:]].append((term, 0))
        elif "*" in first:
            self._stems.append((first, term, 0))
        else:
            self._exact[first].append((term, 0))

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, float, str]]) -> Lexicon:
        terms = []
        for key, weight, text in rows:
            elements = tuple(text.casefold().split())
            if elements:
                terms.append(Term(key=str(key), weight=float(weight), text=text, elements=elements))
        return cls(terms)

    @classmethod
    def from_tsv(cls, path: str | Path) -> Lexicon:
        """Rows ``key<TAB>weight<TAB>term``; ``#`` starts a comment line."""
        rows = []
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise ValueError(f"{path}:{n}: expected key<TAB>weight<TAB>term, got {line!r}")
            rows.append((parts[0].strip(), float(parts[1]), parts[2].strip()))
        return cls.from_rows(rows)

    def _starts(self, lemma: str, form: str) -> tuple[tuple[Term, int], ...]:
        key = (lemma, form)
        found = self._cache.get(key)
        if found is None:
            hits = [h for h in self._exact.get(lemma, ()) if _element_matches(h[0].elements[0], lemma, form)]
            if form != lemma:
                hits.extend(h for h in self._exact.get(form, ()) if h not in hits)
            hits.extend((t, i) for el, t, i in self._stems if _element_matches(el, lemma, form))
            found = self._cache[key] = tuple(hits)
        return found

    def find(self, lemmas: Sequence[str], forms: Sequence[str] | None = None) -> list[Hit]:
        """Every term occurrence in the sequence (lower-cased lemmas and, optionally, word forms)."""
        forms = forms if forms is not None else lemmas
        hits: list[Hit] = []
        n = len(lemmas)
        for i in range(n):
            for term, _ in self._starts(lemmas[i], forms[i]):
                end = _match_rest(term.elements, lemmas, forms, i)
                if end is not None:
                    hits.append(Hit(term, i, end))
        return hits

    def score(self, lemmas: Sequence[str], forms: Sequence[str] | None = None) -> dict[str, tuple[float, list[Hit]]]:
        """Per key: the sum of the weights of the distinct terms found (at least 0), and the hits.

        A term counts once however often it occurs; a token counts once per
        key, for the longest term covering it (a multi-word term hides the
        single words inside it) and, among single words, the strongest one.
        Negative weights mark readings that are not the topic ("allmänna
        kommunikationer" is public transport, not communication).
        """
        hits = self.find(lemmas, forms)
        covered: set[tuple[str, int]] = set()
        per_key: dict[str, dict[str, Hit]] = defaultdict(dict)
        for hit in hits:
            if len(hit.term.elements) > 1:
                covered.update((hit.term.key, i) for i in range(hit.start, hit.end))
                per_key[hit.term.key].setdefault(hit.term.text, hit)
        single_by_token: dict[tuple[str, int], Hit] = {}
        for hit in hits:
            slot = (hit.term.key, hit.start)
            if len(hit.term.elements) > 1 or slot in covered:
                continue
            prev = single_by_token.get(slot)
            if prev is None or hit.term.weight > prev.term.weight:
                single_by_token[slot] = hit
        for (key, _), hit in sorted(single_by_token.items(), key=lambda kv: kv[0][1]):
            per_key[key].setdefault(hit.term.text, hit)
        return {key: (max(0.0, sum(h.term.weight for h in terms.values())), list(terms.values()))
                for key, terms in per_key.items()}


def _match_rest(elements: tuple[str, ...], lemmas: Sequence[str], forms: Sequence[str], i: int) -> int | None:
    """End index (exclusive) when elements[1:] follow position i in order within the gap; else None."""
    pos = i + 1
    for element in elements[1:]:
        for j in range(pos, min(len(lemmas), pos + MAX_GAP + 1)):
            if _element_matches(element, lemmas[j], forms[j]):
                pos = j + 1
                break
        else:
            return None
    return pos


@functools.cache
def load_lexicon(path: str) -> Lexicon:
    """A lexicon file, read once per process."""
    return Lexicon.from_tsv(path)


__all__ = ["MAX_GAP", "Hit", "Lexicon", "Term", "load_lexicon"]
