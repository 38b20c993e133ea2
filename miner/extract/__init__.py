"""Stage 3: goals, actors, CRPD article links and topics of one document, each with evidence.

``extract(doc)`` runs the Swedish spaCy pipeline once over the clean text
and hands the parsed doc to each extractor:

- :mod:`.goals` — goal statements with level, hierarchy, deadline, indicator;
- :mod:`.actors` — organisations scoped to the municipality, with roles per
  document and the responsible actors of each goal;
- :mod:`.articles` — explicit and topic-inferred CRPD article links (per
  document and per goal);
- :mod:`.topics` — national directions and participation-ladder steps.

:func:`analysis_to_json` is the one JSON shape of an analysis (``miner
extract`` prints it, the pipeline caches it); the schema is in SCHEMA.md.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..model import Analysis, ArticleLink, DocType, Document, Evidence, Goal, TopicLink

log = logging.getLogger(__name__)

EXTRACT_VERSION = "1"


def _parse(doc: Document):
    """The spaCy doc of the whole clean text, or None if the pipeline cannot run (the rules then work on text)."""
    try:
        from .. import nlp

        return nlp.parse(doc)
    except Exception as exc:  # a broken pipeline must not lose the document; the regex paths still work
        log.warning("%s: NLP pipeline failed (%s: %s); extracting without it", doc.source, type(exc).__name__, exc)
        return None


def _guarded(name: str, doc: Document, fn, *args) -> list:
    """Run one linker; a failure on an odd document costs that linker's links, not the document."""
    try:
        return list(fn(*args))
    except Exception as exc:  # extract() must not raise on odd input
        log.warning("%s: %s failed (%s: %s); no links from it", doc.source, name, type(exc).__name__, exc)
        return []


def _link_articles(doc: Document, sdoc, goals: list[Goal]) -> list[ArticleLink]:
    try:
        from .articles import link_articles
    except ImportError:
        return []
    if sdoc is None:
        return []
    return _guarded("article linking", doc, link_articles, doc, sdoc, goals)


def _link_topics(doc: Document, sdoc, goals: list[Goal]) -> list[TopicLink]:
    try:
        from .topics import link_topics
    except ImportError:
        return []
    if sdoc is None:
        return []
    return _guarded("topic linking", doc, link_topics, doc, sdoc, goals)


_ARTICLE_NUM = re.compile(r"(?<![\d§])(\d{1,2})(?![\d§])")


def _table_article_links(doc: Document, goals: list[Goal], sources: dict, links: list[ArticleLink]) -> None:
    """Numbers in a goal's "Koppling till artikel" cell are explicit links of that goal."""
    have = {(a.goal, a.article) for a in links}
    for g in goals:
        src = sources.get(g.id)
        for cs, ce in getattr(src, "article_cells", []) or []:
            cell = doc.text[cs:ce]
            for m in _ARTICLE_NUM.finditer(cell):
                n = int(m.group(1))
                if not 1 <= n <= 50:
                    continue
                if n not in g.articles:
                    g.articles.append(n)
                if (g.id, n) not in have:
                    have.add((g.id, n))
                    links.append(ArticleLink(article=n, confidence=0.9, explicit=True, goal=g.id,
                                             evidence=[doc.evidence(cs + m.start(), cs + m.end(),
                                                                    "rule:goal-table-article", 0.9)]))


def extract(doc: Document, doc_type: DocType | None = None) -> Analysis:
    """Goals, actors, article links and topics of ``doc``; never raises on odd input."""
    from .actors import extract_actors
    from .goals import extract_goals

    sdoc = _parse(doc) if doc.text.strip() else None
    goals, sources = extract_goals(doc, sdoc, doc_type)
    actors = extract_actors(doc, sdoc, goals, sources)
    articles = _link_articles(doc, sdoc, goals)
    _table_article_links(doc, goals, sources, articles)
    topics = _link_topics(doc, sdoc, goals)
    return Analysis(document=doc, doc_type=doc_type, goals=goals, actors=actors, articles=articles, topics=topics)


# ------------------------------------------------------------------------ JSON


def _field(doc: Document, name: str) -> str | None:
    f = getattr(doc.metadata, name)
    return f.value if f is not None else None


def _evidence_json(ev: Evidence) -> dict[str, Any]:
    return {"page": ev.page, "start": ev.start, "end": ev.end, "text": ev.quote, "extractor": ev.extractor,
            "confidence": ev.confidence}


def analysis_to_json(analysis: Analysis, *, status: str = "ok") -> dict[str, Any]:
    """The JSON object of one analysed document (schema: miner/extract/SCHEMA.md)."""
    doc = analysis.document
    dt = analysis.doc_type
    return {
        "source": doc.source,
        "sha256": doc.sha256,
        "status": status,
        "title": _field(doc, "title"),
        "organisation": _field(doc, "organisation"),
        "kommunkod": _field(doc, "kommunkod"),
        "doc_type": None if dt is None else {
            "label": dt.label, "confidence": round(dt.confidence, 4), "stated": dt.stated, "method": dt.method,
            "evidence": [_evidence_json(e) for e in dt.evidence],
        },
        "adopted_by": _field(doc, "adopted_by"),
        "adopted_date": _field(doc, "adopted_date"),
        "diarienummer": _field(doc, "diarienummer"),
        "pages": len(doc.pages),
        "goals": [
            {
                "id": g.id, "text": g.text, "level": g.level, "page": g.evidence.page, "start": g.evidence.start,
                "end": g.evidence.end, "confidence": g.evidence.confidence, "rule": g.evidence.extractor,
                "actors": list(g.actors), "articles": list(g.articles), "parent": g.parent, "area": g.area,
                "deadline": g.deadline, "indicator": g.indicator, "national_goal": g.national_goal,
            }
            for g in analysis.goals
        ],
        "actors": [
            {
                "id": a.id, "name": a.name, "kind": a.kind, "kommunkod": a.kommunkod, "roles": list(a.roles),
                "mentions": [{"page": e.page, "start": e.start, "end": e.end, "text": e.quote,
                              "confidence": e.confidence} for e in a.mentions],
            }
            for a in analysis.actors
        ],
        "articles": [
            {
                "article": a.article, "confidence": round(a.confidence, 4), "explicit": a.explicit, "goal": a.goal,
                "evidence": [_evidence_json(e) for e in a.evidence],
            }
            for a in analysis.articles
        ],
        "topics": [
            {"concept": t.concept, "confidence": round(t.confidence, 4),
             "evidence": [_evidence_json(e) for e in t.evidence]}
            for t in analysis.topics
        ],
    }


def error_json(source: str, status: str, message: str) -> dict[str, Any]:
    """The JSON object for an input that could not be read (same keys, empty results)."""
    return {"source": source, "sha256": None, "status": status, "error": message, "title": None,
            "organisation": None, "kommunkod": None, "doc_type": None, "adopted_by": None, "adopted_date": None,
            "diarienummer": None, "pages": 0, "goals": [], "actors": [], "articles": [], "topics": []}


__all__ = ["EXTRACT_VERSION", "analysis_to_json", "error_json", "extract"]
