"""Links from a document and its goals to the CRPD articles they serve, each with evidence.

Two kinds of link:

* **Explicit**: the text names the article by number ("artikel 9", "art. 19",
  "artiklarna 24 och 27", "konventionens artikel 30", a "Koppling till
  artikel" column holding "9, 21"). References to other instruments
  (barnkonventionen, EU treaties, GDPR, Europakonventionen) are dropped; see
  :mod:`miner.nlp.articles` for how the instrument is decided. Here the
  section heading is consulted too: a bare "artikel 12" under the heading
  "Barnkonventionen" is the CRC's.
* **Implicit**: the passage is about the article's topic. Each sentence is
  scored per article by a curated lexicon (``data/articles_lexicon.tsv``:
  lemmas and compound stems with weights) and a multi-label scikit-learn
  model (:mod:`miner.extract.articles_model`); the two are combined into a
  passage score. A goal is linked when its own text (helped a little by its
  goal-area heading) scores high enough. A document is linked when its
  strongest passages together score high enough, scaled by how much the
  document is about disability at all: a food policy that mentions "hälsa"
  or a growth strategy that mentions "tillgänglig fritid" is not about
  articles 25 or 30, and a document that mentions "skola" once is not about
  article 24.

Thresholds (:class:`Thresholds`) were set on the sample corpus and measured on
the real documents (see :func:`evaluate` and the README's figures).
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from ..errors import MinerError
from ..model import ArticleLink, Block, Document, Goal
from ..nlp import is_content
from ..nlp.articles import (
    _CUE_RE,
    CONVENTION,
    CRPD,
    DISABILITY_CUES,
    ArticleRef,
    _cue_kind,
    doc_article_refs,
    parse_numbers,
)
from ..nlp.lexicon import Lexicon, load_lexicon

DATA = Path(__file__).parent / "data"
LEXICON_FILE = DATA / "articles_lexicon.tsv"

EXTRACTOR_EXPLICIT = "rule:article-ref"
EXTRACTOR_COLUMN = "rule:article-column"
EXTRACTOR_HEADING = "rule:article-heading"
EXTRACTOR_IMPLICIT = "lexicon+model:articles"

#: Articles that can be linked by topic (the substantive articles a municipal document addresses).
TOPIC_ARTICLES: tuple[int, ...] = (4, 5, 6, 7, 8, 9, 11, 12, 16, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33)

#: Column headers of a table that links rows to articles.
ARTICLE_COLUMN = re.compile(r"artik|crpd|konvention|koppling|rättighet", re.IGNORECASE)


@dataclass(frozen=True)
class Thresholds:
    """The knobs of implicit linking; defaults tuned on the sample corpus, checked on real documents."""

    lexicon_scale: float = 1.0  # p_lex = 1 - exp(-sum(weights) / scale)
    model_weight: float = 0.3  # how much the model adds to the lexicon
    model_damp: float = 0.0  # how much a lexicon hit the model does not believe (p < 0.3) is lowered
    model_alone: float = 0.85  # model probability that links without any lexicon hit
    passage: float = 0.35  # a passage below this is no evidence
    heading_boost: float = 1.15  # headings name what a section is about
    toc_factor: float = 0.8
    doc_top: int = 5  # passages aggregated per article
    doc_beta: float = 0.55  # each further passage's share in the noisy-or
    document: float = 0.7  # document-level threshold for a long document (``long_passages`` sentences)
    document_short: float = 0.6  # ... and for a short one (``short_passages``): one clear passage is enough
    short_passages: int = 30
    long_passages: int = 300
    goal: float = 0.4  # goal-level threshold
    goal_to_document: float = 0.6  # a goal link this sure is also a document link
    area_factor: float = 0.5  # weight of the goal-area heading for a goal
    focus_density: float = 3.0  # disability cues per 1000 words that make a document about disability
    out_of_context: float = 0.45  # weight of a passage with no disability context in a document not about it
    other_instrument: float = 0.4  # weight of a passage under a heading naming another convention
    national_goal: float = 0.3  # weight of a passage quoting the national goal or its directions
    evidence: int = 3  # passages kept as evidence for a document-level link
    party_voice: float = 0.3  # added to article 29 when a passage has a disability council or organisation being heard


DEFAULT = Thresholds()


# ---------------------------------------------------------------------------- passages


@dataclass
class Passage:
    """A sentence (or goal text) with its tokens, block kind and section heading."""

    start: int
    end: int
    kind: str  # block kind: heading, paragraph, list_item, table, toc
    lemmas: list[str]
    forms: list[str]
    content: list[str]  # content lemmas, for the model
    heading: str = ""  # text of the section heading above it
    disability: bool = False  # names disability in itself, its block or its section headings
    weight: float = 1.0  # how far the passage counts: context and instrument (see passages())
    scores: dict[int, float] = field(default_factory=dict)
    lex: dict[int, float] = field(default_factory=dict)
    model: dict[int, float] = field(default_factory=dict)


def _span_tokens(span) -> tuple[list[str], list[str], list[str]]:
    lemmas, forms, content = [], [], []
    for t in span:
        if t.is_space or t.is_punct:
            continue
        lemmas.append(t.lemma_.lower())
        forms.append(t.text.lower())
        if is_content(t):
            content.append(t.lemma_.lower())
    return lemmas, forms, content


class _Blocks:
    """Offset → block and → section heading lookups over a document's blocks."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.blocks = sorted(doc.blocks, key=lambda b: b.start)
        self.starts = [b.start for b in self.blocks]
        self.headings = [b for b in self.blocks if b.kind == "heading"]
        self.heading_starts = [b.start for b in self.headings]

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset <= self.blocks[i].end:
            return self.blocks[i]
        return None

    def heading_above(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self.heading_starts, offset) - 1
        while i >= 0:
            h = self.headings[i]
            if h.end <= offset:
                return h
            i -= 1
        return None

    def headings_above(self, offset: int) -> list[Block]:
        """The chain of headings above ``offset``, nearest first, each of a higher level than the last."""
        out: list[Block] = []
        i = bisect.bisect_right(self.heading_starts, offset) - 1
        level = 99
        while i >= 0 and len(out) < 4:
            h = self.headings[i]
            if h.end <= offset and (h.level or 1) < level:
                out.append(h)
                level = h.level or 1
            i -= 1
        return out


#: Phrases of the national disability-policy goal (prop. 2016/17:188) and its four directions. A passage
#: quoting them names many topics (gender equality, children, universal design, support, discrimination)
#: without the document addressing any of them.
NATIONAL_GOAL = re.compile(
    r"jämlikhet i levnadsvillkor och full delaktighet|samhällsgemenskap med mångfald som grund|"
    r"bidra till ökad jämställdhet och till att barnperspektivet|"
    r"principen om universell utformning,? (?:och )?befintliga brister i tillgängligheten|"
    r"individuella stöd och lösningar för individens självständighet|"
    r"förebygga och motverka diskriminering[^.]{0,40}(?:inriktning|universell)",
    re.IGNORECASE,
)

#: A dotted leader: a table-of-contents line the layout did not mark as one.
_TOC_LEADER = re.compile(r"(?:\s?[.·…_]){5,}\s*\d*\s*$")


def _other_instrument(text: str) -> bool:
    kinds = {_cue_kind(m) for m in _CUE_RE.finditer(text)}
    return bool(kinds - {CRPD, CONVENTION}) and CRPD not in kinds


def passages(doc: Document, sdoc: Doc, blocks: _Blocks | None = None, th: Thresholds = DEFAULT,
             focused: bool | None = None) -> list[Passage]:
    """One passage per sentence of the Doc, with its block kind, section heading and weight.

    The weight is 1 in a document about disability (:func:`focus`) or when the
    sentence, its block or a heading above it names disability; otherwise
    ``out_of_context``. Under a heading that names another convention
    ("Barnkonventionen") it is lowered further: such a section summarises
    another instrument.
    """
    blocks = blocks or _Blocks(doc)
    focused = focus(doc, th) if focused is None else focused
    text = doc.text
    out = []
    for sent in sdoc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        lemmas, forms, content = _span_tokens(sent)
        if not lemmas:
            continue
        block = blocks.block_at(start)
        kind = block.kind if block else "paragraph"
        if _TOC_LEADER.search(text, start, end):
            kind = "toc"
        chain = blocks.headings_above(start) if kind != "heading" else []
        head_text = text[chain[0].start:chain[0].end] if chain else ""
        heads = "\n".join(text[h.start:h.end] for h in chain)
        local = text[block.start:block.end] if block else text[start:end]
        disability = bool(DISABILITY_CUES.search(local) or DISABILITY_CUES.search(heads))
        weight = 1.0 if focused or disability else th.out_of_context
        if chain and _other_instrument(heads):
            weight *= th.other_instrument
        if NATIONAL_GOAL.search(text, start, end):
            weight *= th.national_goal
        out.append(Passage(start, end, kind, lemmas, forms, content, head_text, disability, weight=weight))
    return out


# ------------------------------------------------------------------------------ scoring


def lexicon() -> Lexicon:
    return load_lexicon(str(LEXICON_FILE))


def _score_passages(items: Sequence[Passage], th: Thresholds) -> None:
    """Fill ``lex`` (lexicon sums), ``model`` (probabilities) and ``scores`` (combined) per article."""
    from .articles_model import load_model

    if not items:
        return
    lex = lexicon()
    model = load_model()
    probs = model.predict_lemmas([" ".join(p.content) for p in items])
    for p, row in zip(items, probs, strict=True):
        sums = {k: s for k, (s, _) in lex.score(p.lemmas, p.forms).items()}
        p.lex = {int(k): s for k, s in sums.items() if k.isdigit()}
        if sums.get("party", 0.0) >= 0.6 and sums.get("voice", 0.0) >= 0.6:
            p.lex[29] = p.lex.get(29, 0.0) + th.party_voice
        p.model = {a: float(x) for a, x in zip(model.articles, row, strict=True) if x >= 0.01}
        combine(p, th)


def combine(p: Passage, th: Thresholds) -> None:
    """The passage's score per article from its lexicon sum and model probability.

    The lexicon decides whether there is evidence at all (a passage with no
    lexicon hit links only when the model is very sure); the model then
    lowers a hit it does not believe (a generic word in a passage about
    something else) and raises one it agrees with, more so the stronger the hit.
    """
    scores: dict[int, float] = {}
    for a in TOPIC_ARTICLES:
        s = p.lex.get(a, 0.0)
        pm = p.model.get(a, 0.0)
        p_lex = 1.0 - math.exp(-s / th.lexicon_scale)
        if s > 0:
            p_lex *= (1.0 - th.model_damp) + th.model_damp * min(1.0, pm / 0.3)
            score = p_lex + (1.0 - p_lex) * th.model_weight * pm * min(1.0, s / 0.5)
        else:
            score = pm * 0.5 if pm >= th.model_alone else 0.0
        if p.kind == "heading":
            score = min(1.0, score * th.heading_boost)
        elif p.kind == "toc":
            score *= th.toc_factor
        if score > 0.05:
            scores[a] = score
    p.scores = scores


#: Words for accessibility, which in Swedish public documents means accessibility for persons with disabilities.
ACCESS_CUES = re.compile(r"(?<!\w)(?:\w*tillgänglighet\w*|tillgänglig[ta]?|delaktighet)(?!\w)", re.IGNORECASE)


def focus(doc: Document, th: Thresholds = DEFAULT) -> bool:
    """Whether the document as a whole is about disability (its title or opening says so, or cues are dense).

    In such a document every passage is read in a disability context; in any
    other document only passages near a disability word are (see :func:`passages`).
    """
    text = doc.text
    head = [doc.metadata.title.value if doc.metadata.title else ""]
    head.extend(text[b.start:b.end] for b in doc.headings()[:3])
    head.append(text[:300])
    opening = "\n".join(head)
    if DISABILITY_CUES.search(opening) or ACCESS_CUES.search(opening):
        return True
    words = max(len(text.split()), 1)
    return 1000.0 * len(DISABILITY_CUES.findall(text)) / words >= th.focus_density


def relevance(doc: Document, th: Thresholds = DEFAULT) -> float:
    """1.0 for a document about disability, else the weight of passages out of disability context."""
    return 1.0 if focus(doc, th) else th.out_of_context


# ------------------------------------------------------------------------------ explicit


@dataclass
class _Explicit:
    article: int
    start: int
    end: int
    confidence: float
    extractor: str


def _refine_instrument(ref: ArticleRef, doc: Document, blocks: _Blocks) -> str:
    """A reference left to the document default may still be named by its block or section heading."""
    if ref.via != "document":
        return ref.instrument
    text = doc.text
    block = blocks.block_at(ref.start)
    spans = []
    if block is not None:
        spans.append((block.start, block.end))
    spans.extend((h.start, h.end) for h in blocks.headings_above(ref.start))
    for lo, hi in spans:
        kinds = [_cue_kind(m) for m in _CUE_RE.finditer(text, lo, hi)]
        kinds = [k for k in kinds if k != CONVENTION]
        if kinds:
            return kinds[-1] if lo == (block.start if block else -1) else kinds[0]
    return ref.instrument


def explicit_refs(doc: Document, sdoc: Doc, blocks: _Blocks | None = None) -> list[_Explicit]:
    """CRPD articles named by number in the text or in an article column of a table."""
    blocks = blocks or _Blocks(doc)
    out: list[_Explicit] = []
    for ref in doc_article_refs(sdoc):
        instrument = _refine_instrument(ref, doc, blocks)
        if instrument != CRPD:
            continue
        conf = 0.95 if ref.via in ("adjacent", "sentence") else 0.85
        for a in ref.articles:
            if 1 <= a <= 50:
                out.append(_Explicit(a, ref.start, ref.end, conf, EXTRACTOR_EXPLICIT))
    for table in doc.tables:
        col = next((i for i, h in enumerate(table.header) if ARTICLE_COLUMN.search(h)), None)
        if col is None or re.search(r"barnkonvention|barnets rättigheter", table.header[col], re.I):
            continue
        for row in table.rows:
            if col >= len(row):
                continue
            cell = row[col]
            if not re.fullmatch(r"[\sA-Za-zåäöÅÄÖ.:,;/&+\-–—\d()]*", cell.text) or "§" in cell.text:
                continue
            nums = [n for n in parse_numbers(re.sub(r"(?i)\b(?:art|artikel|artiklar(?:na)?)\.?", " ", cell.text))
                    if 1 <= n <= 50]
            for a in nums:
                if not any(e.article == a and e.start >= cell.start and e.end <= cell.end for e in out):
                    out.append(_Explicit(a, cell.start, cell.end, 0.9, EXTRACTOR_COLUMN))
    return out


def _row_span(doc: Document, offset: int) -> tuple[int, int] | None:
    """The span of the table row holding ``offset``, if any."""
    for table in doc.tables:
        if not (table.start <= offset <= table.end):
            continue
        for row in table.rows:
            if row and row[0].start <= offset <= row[-1].end:
                return row[0].start, row[-1].end
    return None


# -------------------------------------------------------------------------------- linking


def _goal_passage(doc: Document, sdoc: Doc, goal: Goal, blocks: _Blocks) -> Passage | None:
    start, end = goal.evidence.start, goal.evidence.end
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    lemmas, forms, content = _span_tokens(span)
    if not lemmas:
        return None
    block = blocks.block_at(start)
    heading = blocks.heading_above(start)
    head_text = doc.text[heading.start:heading.end] if heading else ""
    kind = "paragraph" if not block or block.kind in ("heading", "toc") else block.kind
    return Passage(start, end, kind, lemmas, forms, content, head_text,
                   bool(DISABILITY_CUES.search(doc.text[start:end])))


def _area_passage(sdoc: Doc, text: str, start: int, end: int) -> Passage | None:
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    lemmas, forms, content = _span_tokens(span)
    return Passage(start, end, "heading", lemmas, forms, content) if lemmas else None


def document_threshold(n_passages: int, th: Thresholds = DEFAULT) -> float:
    """The document-level threshold for a document of ``n_passages`` sentences (log-interpolated).

    A one-page text that says one clear thing about an article addresses it;
    a fifty-page guideline that says it once in passing does not.
    """
    if n_passages <= th.short_passages:
        return th.document_short
    if n_passages >= th.long_passages:
        return th.document
    x = math.log(n_passages / th.short_passages) / math.log(th.long_passages / th.short_passages)
    return th.document_short + x * (th.document - th.document_short)


def _aggregate(scores: list[float], th: Thresholds) -> float:
    top = sorted(scores, reverse=True)[: th.doc_top]
    miss = 1.0
    for i, s in enumerate(top):
        miss *= 1.0 - s * (th.doc_beta if i else 1.0)
    return 1.0 - miss


def link_articles(doc: Document, sdoc: Doc, goals: list[Goal], *, thresholds: Thresholds = DEFAULT,
                  ) -> list[ArticleLink]:
    """Document-level links (``goal=None``) and per-goal links; sets ``goal.articles`` on each goal.

    Every link carries a confidence, whether it is explicit, and its evidence
    (page, span, quote). Document-level links come first, ordered by article.
    """
    th = thresholds
    blocks = _Blocks(doc)
    rel = relevance(doc, th)
    items = passages(doc, sdoc, blocks, th, focused=rel == 1.0)
    explicit = explicit_refs(doc, sdoc, blocks)

    # Goal passages and their goal-area headings are scored with the sentences, in one model call.
    goal_items: dict[str, Passage] = {}
    area_items: dict[str, Passage] = {}
    for g in goals:
        if g.national_goal:
            continue
        gp = _goal_passage(doc, sdoc, g, blocks)
        if gp is not None:
            goal_items[g.id] = gp
        head = blocks.heading_above(g.evidence.start)
        if head is not None:
            ap = _area_passage(sdoc, doc.text, head.start, head.end)
            if ap is not None:
                area_items[g.id] = ap
    _score_passages([*items, *goal_items.values(), *area_items.values()], th)

    doc_links = _document_links(doc, items, explicit, rel, th)
    goal_links: list[ArticleLink] = []
    for g in goals:
        g_links = _goal_links(doc, g, goal_items.get(g.id), area_items.get(g.id), explicit, blocks, rel, th)
        g.articles = sorted({link.article for link in g_links})
        goal_links.extend(g_links)
    # A document addresses what its goals address: a strong goal link the document-level evidence missed
    # (one goal in a long plan) becomes a document link too, with the goal's passage as evidence.
    have = {link.article for link in doc_links}
    for link in sorted(goal_links, key=lambda x: -x.confidence):
        if link.article not in have and link.confidence >= th.goal_to_document:
            have.add(link.article)
            doc_links.append(ArticleLink(link.article, link.confidence, link.explicit, list(link.evidence), None))
    doc_links.sort(key=lambda x: x.article)
    return [*doc_links, *goal_links]


def _document_links(doc: Document, items: list[Passage], explicit: list[_Explicit], rel: float,
                    th: Thresholds) -> list[ArticleLink]:
    by_article: dict[int, list[tuple[float, Passage]]] = defaultdict(list)
    for p in items:
        for a, s in p.scores.items():
            if s * p.weight >= th.passage:
                by_article[a].append((s * p.weight, p))
    out: dict[int, ArticleLink] = {}
    threshold = document_threshold(len(items), th)
    for a, scored in by_article.items():
        conf = _aggregate([s for s, _ in scored], th)
        if conf < threshold:
            continue
        best = sorted(scored, key=lambda sp: -sp[0])[: th.evidence]
        out[a] = ArticleLink(
            article=a, confidence=round(conf, 4), explicit=False, goal=None,
            evidence=[doc.evidence(p.start, p.end, f"{EXTRACTOR_IMPLICIT}:{a}", s) for s, p in best],
        )
    ex_by_article: dict[int, list[_Explicit]] = defaultdict(list)
    for e in explicit:
        ex_by_article[e.article].append(e)
    for a, refs in ex_by_article.items():
        conf = 1.0 - math.prod(1.0 - r.confidence for r in refs[:3])
        evidence = [doc.evidence(r.start, r.end, r.extractor, r.confidence) for r in refs[: th.evidence]]
        implicit = out.get(a)
        if implicit is not None:
            evidence.extend(implicit.evidence[: max(0, th.evidence - len(evidence))])
            conf = max(conf, implicit.confidence)
        out[a] = ArticleLink(article=a, confidence=round(min(conf, 0.999), 4), explicit=True, goal=None,
                             evidence=evidence)
    return [out[a] for a in sorted(out)]


def _goal_links(doc: Document, goal: Goal, gp: Passage | None, ap: Passage | None, explicit: list[_Explicit],
                blocks: _Blocks, rel: float, th: Thresholds) -> list[ArticleLink]:
    if goal.national_goal:
        return []
    out: dict[int, ArticleLink] = {}
    start, end = goal.evidence.start, goal.evidence.end
    row = _row_span(doc, start)
    heading = blocks.heading_above(start)
    for e in explicit:
        inside = start <= e.start and e.end <= end
        in_row = row is not None and row[0] <= e.start and e.end <= row[1]
        in_heading = heading is not None and heading.start <= e.start and e.end <= heading.end
        if not (inside or in_row or in_heading):
            continue
        conf = e.confidence if inside or in_row else e.confidence * 0.9
        extractor = EXTRACTOR_HEADING if in_heading and not (inside or in_row) else e.extractor
        prev = out.get(e.article)
        if prev is None or prev.confidence < conf:
            out[e.article] = ArticleLink(e.article, round(conf, 4), True,
                                         [doc.evidence(e.start, e.end, extractor, conf)], goal.id)
    if gp is not None:
        area = ap.scores if ap is not None else {}
        for a in set(gp.scores) | set(area):
            s_goal = gp.scores.get(a, 0.0)
            s = 1.0 - (1.0 - s_goal) * (1.0 - th.area_factor * area.get(a, 0.0))
            conf = s if gp.disability else s * rel
            if conf < th.goal or a in out:
                continue
            ev = [doc.evidence(gp.start, gp.end, f"{EXTRACTOR_IMPLICIT}:{a}", s_goal)] if s_goal >= 0.05 else []
            if ap is not None and area.get(a, 0.0) >= 0.05:
                ev.append(doc.evidence(ap.start, ap.end, f"{EXTRACTOR_IMPLICIT}:{a}:area", area[a]))
            out[a] = ArticleLink(a, round(conf, 4), False, ev, goal.id)
    return [out[a] for a in sorted(out)]


# ----------------------------------------------------------------------------- evaluation


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: Iterable[int], gold: Iterable[int]) -> None:
        pred, ref = set(predicted), set(gold)
        self.tp += len(pred & ref)
        self.fp += len(pred - ref)
        self.fn += len(ref - pred)

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def score_article_sets(predicted: Mapping[str, Iterable[int]], gold: Mapping[str, Iterable[int]]) -> PRF:
    """Micro precision/recall/F1 over (document, article) pairs, for the documents in ``gold``."""
    prf = PRF()
    for key, ref in gold.items():
        prf.add(predicted.get(key, ()), ref)
    return prf


def document_articles(links: Iterable[ArticleLink], *, explicit: bool | None = None) -> set[int]:
    """Articles of the document-level links (optionally only explicit or only implicit ones)."""
    return {link.article for link in links if link.goal is None and (explicit is None or link.explicit == explicit)}


@dataclass
class EvalItem:
    """One document to score: its id, the parsed document, gold articles and (if known) gold explicit ones."""

    key: str
    document: Document
    gold: set[int]
    gold_explicit: set[int] | None = None
    goals: list[Goal] = field(default_factory=list)
    goal_gold: dict[str, set[int]] = field(default_factory=dict)  # goal id -> gold articles of that goal


def evaluate_articles(items: Iterable[EvalItem], *, thresholds: Thresholds = DEFAULT,
                      details: bool = False) -> dict:
    """Article P/R/F1 over documents with gold articles: all links, explicit and implicit ones, per goal.

    ``explicit`` scores explicit predictions against gold explicit mentions
    where the gold has them; otherwise ``explicit_precision`` is the share of
    explicit links that are gold articles. ``implicit`` scores the topic-only
    predictions against the gold articles not already found (or stated)
    explicitly. ``goal_articles`` scores goal links when the items carry gold
    goals with articles (the sample corpus does).
    """
    from ..nlp import parse

    total, expl, impl, per_goal, ex_in_gold = PRF(), PRF(), PRF(), PRF(), PRF()
    rows = []
    has_explicit = has_goals = False
    for it in items:
        sdoc = parse(it.document)
        goals = [dataclasses.replace(g, articles=[]) for g in it.goals]
        links = link_articles(it.document, sdoc, goals, thresholds=thresholds)
        pred = document_articles(links)
        total.add(pred, it.gold)
        for g in goals:
            if g.id in it.goal_gold:
                has_goals = True
                per_goal.add(g.articles, it.goal_gold[g.id])
        pred_ex = document_articles(links, explicit=True)
        if it.gold_explicit is not None:
            has_explicit = True
            expl.add(pred_ex, it.gold_explicit)
            impl.add(pred - pred_ex, it.gold - it.gold_explicit)
        else:  # gold does not say which are explicit: judge explicit links by the document's gold articles
            ex_in_gold.add(pred_ex, it.gold & pred_ex)
            impl.add(pred - pred_ex, it.gold - pred_ex)
        if details:
            rows.append({"key": it.key, "gold": sorted(it.gold), "predicted": sorted(pred),
                         "explicit": sorted(pred_ex),
                         "confidence": {link.article: link.confidence for link in links if link.goal is None}})
    out: dict = {"articles": total.as_dict()}
    if has_goals:
        out["goal_articles"] = per_goal.as_dict()
    if has_explicit:
        out["explicit"] = expl.as_dict()
    elif ex_in_gold.tp + ex_in_gold.fp:
        # Without explicit gold only the precision of explicit links means anything.
        out["explicit_precision"] = round(ex_in_gold.precision, 4)
        out["explicit_links"] = ex_in_gold.tp + ex_in_gold.fp
    out["implicit"] = impl.as_dict()
    if details:
        out["documents"] = rows
    return out


def real_items(real_dir: Path) -> dict[str, list[EvalItem]]:
    """The real documents (``gold.jsonl``) and first-page excerpts (``real_openings.jsonl``) as items."""
    from ..parse import parse_path, parse_text

    out: dict[str, list[EvalItem]] = {"documents": [], "openings": []}
    gold = real_dir / "gold.jsonl"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            try:
                document = parse_path(real_dir / g["file"])
            except MinerError:  # unreadable here: left out of the figures rather than fatal
                continue
            out["documents"].append(EvalItem(g["file"], document, set(g.get("articles") or [])))
    openings = real_dir / "real_openings.jsonl"
    if openings.exists():
        for line in openings.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            o = json.loads(line)
            document = parse_text(o["text"], source=o.get("id", "opening"))
            out["openings"].append(EvalItem(o.get("id", ""), document, set(o.get("crpd_articles_evident") or []),
                                            set(o.get("explicit_article_mentions") or [])))
    return out


def locate(text: str, needle: str, start: int = 0) -> tuple[int, int] | None:
    """Span of ``needle`` in ``text`` ignoring differences in whitespace (gold goals are written flat)."""
    words = needle.split()
    if not words:
        return None
    pattern = r"\s*".join(re.escape(w) for w in words)
    m = re.compile(pattern).search(text, start)
    return (m.start(), m.end()) if m else None


def sample_items(sample_dir: Path) -> list[EvalItem]:
    """The sample corpus's documents with their gold ``articles`` and, where found, gold goals with articles."""
    from ..model import Evidence
    from ..parse import parse_path

    gold = sample_dir / "gold.jsonl"
    if not gold.exists():
        return []
    out = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        path = sample_dir / g["file"]
        if not path.exists():
            continue
        try:
            document = parse_path(path)
        except MinerError:
            continue
        gold_explicit = set(g["explicit_articles"]) if "explicit_articles" in g else None
        item = EvalItem(g["file"], document, set(g.get("articles") or []), gold_explicit)
        for i, detail in enumerate(g.get("goal_details") or []):
            span = locate(document.text, detail.get("text", ""))
            if span is None:
                continue
            gid = f"g{i + 1}"
            ev = Evidence(document.page_at(span[0]), span[0], span[1], document.text[span[0]:span[1]], "gold", 1.0)
            item.goals.append(Goal(id=gid, text=detail["text"], level=detail.get("level", "subgoal"), evidence=ev,
                                   area=detail.get("area")))
            item.goal_gold[gid] = set(detail.get("articles") or [])
        out.append(item)
    return out


def evaluate(*, sample_dir: Path | None = None, real_dir: Path | None = None, details: bool = False,
             thresholds: Thresholds = DEFAULT) -> dict:
    """Article figures on the sample corpus and the real documents, whichever are present."""
    from ..config import REAL_CORPUS, SAMPLE_CORPUS

    sample_dir = sample_dir or SAMPLE_CORPUS
    real_dir = real_dir or REAL_CORPUS
    out: dict = {}
    sample = sample_items(sample_dir)
    if sample:
        out["sample"] = evaluate_articles(sample, thresholds=thresholds, details=details)
    if real_dir.exists():
        real = real_items(real_dir)
        for name, items in real.items():
            if items:
                out[f"real-{name}"] = evaluate_articles(items, thresholds=thresholds, details=details)
        both = [*real["documents"], *real["openings"]]
        if both:
            out["real-all"] = evaluate_articles(both, thresholds=thresholds)
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m miner.extract.articles")
    sub = parser.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("eval", help="article P/R/F1 on the sample and real gold")
    e.add_argument("--details", action="store_true", help="per-document predictions")
    e.add_argument("--real", type=Path, default=None)
    e.add_argument("--sample", type=Path, default=None)
    args = parser.parse_args(argv)
    result = evaluate(sample_dir=args.sample, real_dir=args.real, details=args.details)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


__all__ = [
    "DEFAULT", "PRF", "EvalItem", "Thresholds", "document_articles", "evaluate", "evaluate_articles",
    "explicit_refs", "link_articles", "passages", "real_items", "relevance", "sample_items", "score_article_sets",
]

if __name__ == "__main__":
    raise SystemExit(main())
