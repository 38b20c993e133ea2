"""Topic tags: the four national directions and the steps of the participation ladder.

Since 2017 the national disability-policy goal is pursued through four
directions (prop. 2016/17:188): (1) the principle of universal design, (2)
existing shortcomings in accessibility, (3) individual support and solutions
for the individual's independence, (4) preventing and combating
discrimination. Passages that pursue one are tagged ``direction:N``.

Passages about dialogue and participation are placed on SKR's participation
ladder (delaktighetstrappan): information, konsultation, dialog, inflytande,
medbestämmande (``ladder:<step>``, ASCII-folded). A passage counts as one only
when it names a party that takes part (the disability council, disability
organisations, users, residents, "personer med funktionsnedsättning") *and*
a form of taking part ("samråd", "dialog", "påverka", ...): "information" in a
sentence about opening hours is not a ladder step.

Both come from the lexicon ``data/topics_lexicon.tsv`` over the same
passages, context weights and aggregation as the CRPD articles
(:mod:`miner.extract.articles`). A passage that quotes the four directions of
the national goal does tag all four, at a lower confidence: the document
frames its work by them, even if it says nothing more.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from ..model import Document, Goal, TopicLink
from ..nlp.lexicon import Lexicon, load_lexicon
from .articles import DEFAULT as ARTICLE_THRESHOLDS
from .articles import NATIONAL_GOAL, Passage, _aggregate, focus, passages

LEXICON_FILE = Path(__file__).parent / "data" / "topics_lexicon.tsv"
EXTRACTOR = "lexicon:topics"

DIRECTIONS = ("direction:1", "direction:2", "direction:3", "direction:4")
LADDER = ("ladder:information", "ladder:konsultation", "ladder:dialog", "ladder:inflytande",
          "ladder:medbestammande")


@dataclass(frozen=True)
class TopicThresholds:
    passage: float = 0.45  # a passage below this is no evidence
    document: float = 0.55  # document-level threshold
    participant: float = 0.5  # lexicon sum of parties that makes a passage about participation
    informed: float = 0.8  # ... for the information step, which needs a council or an organisation
    quote_factor: float = 0.6  # confidence factor when the only evidence quotes the national goal's directions
    doc_beta: float = 0.5
    doc_top: int = 4
    evidence: int = 3


DEFAULT = TopicThresholds()


def lexicon() -> Lexicon:
    return load_lexicon(str(LEXICON_FILE))


def _passage_scores(p: Passage, lex: Lexicon, th: TopicThresholds) -> dict[str, float]:
    sums = {k: s for k, (s, _) in lex.score(p.lemmas, p.forms).items()}
    out: dict[str, float] = {}
    for key in DIRECTIONS:
        s = sums.get(key, 0.0)
        if s > 0:
            out[key] = 1.0 - math.exp(-s)
    party = sums.get("participant", 0.0)
    if party >= th.participant:
        for key in LADDER:
            s = sums.get(key, 0.0)
            if s > 0 and (key != "ladder:information" or party >= th.informed):
                out[key] = 1.0 - math.exp(-s)
    return out


def link_topics(doc: Document, sdoc: Doc, goals: list[Goal] | None = None, *,
                thresholds: TopicThresholds = DEFAULT) -> list[TopicLink]:
    """The directions and ladder steps the document addresses, each with confidence and evidence passages.

    ``goals`` is accepted for symmetry with :func:`~miner.extract.articles.link_articles`;
    goal texts are sentences of the document and are scored with them.
    """
    th = thresholds
    lex = lexicon()
    focused = focus(doc)
    by_key: dict[str, list[tuple[float, Passage, bool]]] = defaultdict(list)
    for p in passages(doc, sdoc, focused=focused):
        if p.kind == "toc":
            continue
        quote = bool(NATIONAL_GOAL.search(doc.text, p.start, p.end))
        # passages() lowers a quote of the national goal for articles; here it is evidence, priced below.
        weight = p.weight if not quote else min(1.0, p.weight / ARTICLE_THRESHOLDS.national_goal)
        for key, s in _passage_scores(p, lex, th).items():
            s *= weight
            if s >= th.passage:
                by_key[key].append((s, p, quote))
    out = []
    for key in (*DIRECTIONS, *LADDER):
        scored = by_key.get(key)
        if not scored:
            continue
        conf = _aggregate([s for s, _, _ in scored], th)  # type: ignore[arg-type]
        if conf < th.document:
            continue
        if all(q for _, _, q in scored):
            conf *= th.quote_factor  # only a quote of the national goal says so
        best = sorted(scored, key=lambda sp: -sp[0])[: th.evidence]
        out.append(TopicLink(concept=key, confidence=round(conf, 4),
                             evidence=[doc.evidence(p.start, p.end, f"{EXTRACTOR}:{key}", s) for s, p, _ in best]))
    return out


__all__ = ["DEFAULT", "DIRECTIONS", "LADDER", "TopicThresholds", "link_topics"]
