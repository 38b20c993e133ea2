"""Explicit references to numbered articles, and the instrument each one belongs to.

Municipal documents cite the CRPD by article ("artikel 9", "art. 19",
"artiklarna 24 och 27", "konventionens artikel 30", "artikel 5–7"), but they
cite other instruments the same way: the Convention on the Rights of the Child
("artikel 12 i barnkonventionen"), EU law ("artikel 19 FEUF", "artikel 6 i
dataskyddsförordningen"), the European Convention. :func:`find_article_refs`
finds every reference and decides its instrument from, in order:

1. a name right after or before it ("... i barnkonventionen", "barnkonventionens artikel 3");
2. the nearest name in the same sentence;
3. the document's subject: which instruments it names, and whether it is about
   disability at all (a bare "artikel 9" in a document about the
   "funktionsrättskonventionen" is the CRPD).

The spaCy component ``article_refs`` runs it over a Doc (with the Doc's
sentences) and puts the references in ``doc.spans["article_refs"]``, labelled
with the instrument; ``span._.article_ref`` holds the :class:`ArticleRef`.
Paragraphs of Swedish law ("LSS 9 §", "5 kap. 7 § socialtjänstlagen") are
never articles, so they are not matched at all.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

CRPD = "crpd"
CONVENTION = "convention"  # "konventionen": the convention the text is about, decided at document level

#: Names of instruments, as regular expressions over the text (matched case-insensitively).
INSTRUMENT_CUES: dict[str, tuple[str, ...]] = {
    CRPD: (
        r"funktionsrättskonvention\w*", r"funktionshinderskonvention\w*", r"funktionshinderkonvention\w*",
        r"handikappkonvention\w*", r"CRPD\w*",
        r"konvention\w*\s+(?:om|för)\s+(?:de\s+)?rättighet\w*\s+för\s+(?:personer|människor)\s+med\s+"
        r"(?:en\s+)?funktions(?:nedsättning|hinder|variation)\w*",
        r"FN-konvention\w*\s+för\s+personer\s+med\s+funktions\w+",
    ),
    "crc": (
        r"barnkonvention\w*", r"barnrättskonvention\w*", r"konvention\w*\s+om\s+barnets\s+rättigheter", r"CRC",
    ),
    "eu": (
        r"EU-stadga\w*", r"stadga\w*\s+om\s+(?:de\s+)?grundläggande\s+rättighet\w*", r"FEUF", r"FEU", r"TEU",
        r"EUF-fördrag\w*", r"EU-fördrag\w*", r"fördrag\w*\s+om\s+europeiska\s+unionen\w*(?:\s+funktionssätt)?",
        r"lissabonfördrag\w*", r"\w*direktiv\w*", r"förordning\w*\s+\(EU\)", r"\(EU\)\s+(?:nr\s+)?\d{2,4}/\d+",
        r"\w+förordningen\s+\(EU\)", r"tillgänglighetsakt\w*",
    ),
    "gdpr": (r"dataskyddsförordning\w*", r"GDPR"),
    "echr": (
        r"europakonvention\w*",
        r"europeiska\s+konventionen\s+om\s+skydd\s+för\s+de\s+mänskliga\s+rättigheterna\w*",
    ),
    "un-other": (
        r"kvinnokonvention\w*", r"CEDAW", r"rasdiskrimineringskonvention\w*", r"tortyrkonvention\w*",
        r"allmänna\s+förklaring\w*\s+om\s+(?:de\s+)?mänskliga\s+rättighet\w*", r"FN-stadga\w*",
        r"ILO-konvention\w*", r"Istanbulkonvention\w*", r"Agenda\s+2030",
    ),
    CONVENTION: (r"konventionen\w*", r"konventionens"),
}

_CUE_RE = re.compile(
    "|".join(f"(?P<{key.replace('-', '_')}>(?<![\\w-])(?:{'|'.join(pats)})(?![\\w]))"
             for key, pats in INSTRUMENT_CUES.items()),
    re.IGNORECASE,
)

#: Words that say a document is about disability, so that an unnamed article is the CRPD's.
DISABILITY_CUES = re.compile(
    r"(?<!\w)(?:\w*funktionsnedsättning\w*|\w*funktionshind\w*|\w*funktionsrätt\w*|\w*funktionsvariation\w*|"
    r"\w*handikapp\w*|LSS(?:-\w+)?|personlig\s+assistans|personliga\s+assistenter|"
    r"\w*(?:syn|hörsel|tal)skad\w*|\w*(?:syn|hörsel|rörelse)nedsättning\w*|rörelsehindr\w*|döv\w*|blind\w*|"
    r"dövblind\w*|neuropsykiatrisk\w*|autism\w*|utvecklingsstörning\w*|funktionsförmåga\w*|CRPD)",
    re.IGNORECASE,
)

_NUM = r"(?<!\d)\d{1,2}(?!\d)(?:\.\d{1,2}(?:\s?[a-e](?![\wåäö]))?)?"
_RANGE = rf"{_NUM}(?:\s*(?:[–—-]|till)\s*{_NUM})?"
_SEP = r"\s*(?:,|och|samt|eller|respektive|resp\.|&|/|\+)\s*"
ARTICLE_RE = re.compile(
    rf"(?<![\w-])(?P<kw>artikl(?:ar|arna|arnas)|artikel(?:n|ns)?|art\.?)\s*(?P<nums>{_RANGE}(?:{_SEP}{_RANGE})*)"
    r"(?!\s*§)(?![\d,.]\d)",
    re.IGNORECASE,
)
_NUM_RE = re.compile(rf"(?P<a>{_NUM})(?:\s*(?:[–—-]|till)\s*(?P<b>{_NUM}))?")

# Connecting words between a reference and a name after it: "artikel 12 i barnkonventionen".
_AFTER = re.compile(r"^[\s,(]*(?:(?:i|enligt|av|ur|från|inom|om)\s+)?(?:(?:FN:s|EU:s|Europarådets|FN)\s+)?$",
                    re.IGNORECASE)
# A genitive name right before: "barnkonventionens artikel 3", "CRPD:s artikel 9", "GDPR art. 6".
_BEFORE = re.compile(r"^[\s:s,]*(?:(?:i|enligt)\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """One reference: its span in the text, the article numbers, and its instrument.

    ``instrument`` is "crpd", "crc", "eu", "gdpr", "echr", "un-other", or ""
    when nothing decides it; ``via`` says how: "adjacent", "sentence",
    "document" or "".
    """

    start: int
    end: int
    articles: tuple[int, ...]
    instrument: str
    via: str

    @property
    def is_crpd(self) -> bool:
        return self.instrument == CRPD


def parse_numbers(text: str) -> tuple[int, ...]:
    """Article numbers in a list such as "24 och 27", "5–7", "9, 19 och 21", "9.1" (1–50 only)."""
    out: list[int] = []
    for m in _NUM_RE.finditer(text):
        a = int(m.group("a").split(".")[0])
        b = int(m.group("b").split(".")[0]) if m.group("b") else a
        if a < 1 or a > 50:
            continue
        nums = range(a, b + 1) if a < b <= 50 and b - a <= 12 else [a]
        out.extend(n for n in nums if n not in out)
    return tuple(out)


def _cue_kind(m: re.Match[str]) -> str:
    return next(k for k, v in m.groupdict().items() if v is not None).replace("_", "-")


def _adjacent(text: str, start: int, end: int, limit: tuple[int, int]) -> str:
    lo, hi = limit
    after = text[end:min(hi, end + 120)]
    for m in _CUE_RE.finditer(after):
        if _AFTER.match(after[: m.start()]):
            return _cue_kind(m)
        break
    before = text[max(lo, start - 120):start]
    last = None
    for m in _CUE_RE.finditer(before):
        last = m
    if last is not None and _BEFORE.match(before[last.end():]):
        return _cue_kind(last)
    return ""


def _in_sentence(text: str, start: int, end: int, limit: tuple[int, int]) -> str:
    lo, hi = limit
    best, best_dist = "", None
    for m in _CUE_RE.finditer(text, lo, hi):
        dist = start - m.end() if m.end() <= start else m.start() - end
        if dist < 0:
            continue
        if best_dist is None or dist < best_dist:
            best, best_dist = _cue_kind(m), dist
    return best


def document_instrument(text: str) -> str:
    """The instrument an unnamed "artikel N" or "konventionen" refers to in this document.

    The CRPD when the document names it, or names no other convention and is
    about disability; otherwise the convention it names most; "" when none.
    """
    counts: Counter[str] = Counter(_cue_kind(m) for m in _CUE_RE.finditer(text))
    counts.pop(CONVENTION, None)
    if counts[CRPD]:
        return CRPD
    named = [(n, k) for k, n in counts.items() if k in ("crc", "echr", "un-other") and n]
    if named:
        return max(named)[1]
    if DISABILITY_CUES.search(text):
        return CRPD
    return ""


def _line_bounds(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_article_refs(text: str, sentences: Sequence[tuple[int, int]] | None = None,
                      *, subject: str | None = None) -> list[ArticleRef]:
    """Every article reference in ``text`` with its instrument (see the module docstring).

    ``sentences`` are (start, end) character bounds; lines are used when not
    given. ``subject`` overrides :func:`document_instrument` for unnamed ones.
    """
    bounds = sorted(sentences) if sentences is not None else _line_bounds(text)
    starts = [b[0] for b in bounds]
    refs: list[ArticleRef] = []
    doc_default: str | None = subject
    for m in ARTICLE_RE.finditer(text):
        numbers = parse_numbers(m.group("nums"))
        if not numbers:
            continue
        start, end = m.start(), m.end()
        # The sentence holding the reference.
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        limit = bounds[i] if bounds else (0, len(text))
        limit = (min(limit[0], start), max(limit[1], end))
        instrument, via = _adjacent(text, start, end, limit), "adjacent"
        if not instrument:
            instrument, via = _in_sentence(text, start, end, limit), "sentence"
        if not instrument or instrument == CONVENTION:
            if doc_default is None:
                doc_default = document_instrument(text)
            instrument, via = doc_default, "document" if not instrument else via
        refs.append(ArticleRef(start, end, numbers, instrument, via if instrument else ""))
    return refs


# ------------------------------------------------------------------------------- spaCy


if not Span.has_extension("article_ref"):
    Span.set_extension("article_ref", default=None)


class ArticleRefMatcher:
    """Finds article references over the whole Doc, using its sentences (set them before this runs)."""

    spans_key = "article_refs"

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        try:
            sentences = [(s.start_char, s.end_char) for s in doc.sents]
        except ValueError:  # no sentence boundaries set
            sentences = None
        spans = []
        for ref in find_article_refs(text, sentences):
            span = doc.char_span(ref.start, ref.end, label=ref.instrument or "unknown", alignment_mode="expand")
            if span is None:
                continue
            span._.article_ref = ref
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("article_refs", default_config={})
def make_article_refs(nlp: Language, name: str) -> ArticleRefMatcher:
    return ArticleRefMatcher()


def doc_article_refs(doc: Doc) -> list[ArticleRef]:
    """The references the ``article_refs`` component found, or a fresh search when it did not run."""
    if ArticleRefMatcher.spans_key in doc.spans:
        return [s._.article_ref for s in doc.spans[ArticleRefMatcher.spans_key] if s._.article_ref is not None]
    try:
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
    except ValueError:
        sentences = None
    return find_article_refs(doc.text, sentences)


__all__ = [
    "ARTICLE_RE", "CRPD", "ArticleRef", "ArticleRefMatcher", "doc_article_refs", "document_instrument",
    "find_article_refs", "parse_numbers",
]
