"""Ranking: filters, the score components and how they combine.

The score of a candidate (a document, or a goal at ``level="goal"``) is a weighted mean of
normalised components, each in [0, 1]::

    score = Σ_c w_c · s_c  /  Σ_{c active} w_c

    text       TF-IDF cosine (half lemma uni/bigrams, half lemma character 4-5-grams),
               divided by the best candidate's cosine so the top text match is 1.
               With embeddings on: (1 − γ)·that + γ·(embedding cosine, min-max scaled over candidates)
    articles   for a document or goal query: cosine between the two CRPD article vectors
               (link confidence × article IDF: a shared rare article counts more than article 9);
               for a text query: the IDF-weighted share of the articles it asks for that the
               candidate has (times link confidence): its other articles do not count against it
    actors     cosine between actor-kind sets (kind IDF weighted)
    group      1 same SKR kommungrupp 2023 as the reference municipality, 0.5 same main group, else 0
    type       1 same document type as the query document (goal level: same goal level), else 0
    direction  Jaccard overlap of national directions (1-4)

A component is *active* only when the query has something to compare on (a text query has
no actor kinds; the group needs a reference municipality: the query document's, or the one
given as ``municipality``). Inactive components are left out of numerator and denominator,
so scores stay comparable between kinds of query. The weights live in :data:`WEIGHTS` and
nowhere else; ``why.structure`` is the same weighted mean over the structure components only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..config import PROJECT_ROOT
from ..errors import UsageError
from ..model import DOC_LABELS
from ..reference import resolve_county, resolve_groups, resolve_municipality
from .index import SimilarIndex, article_vector, direction_mask, kind_vector, weighted_unit_rows

#: The weights of the score components (see the module docstring). They sum to 1.
WEIGHTS: dict[str, float] = {
    "text": 0.55,
    "articles": 0.20,
    "group": 0.12,
    "actors": 0.05,
    "type": 0.04,
    "direction": 0.04,
}
STRUCTURE = ("articles", "actors", "group", "type", "direction")
#: Share of the embedding similarity inside the text component when embeddings are on.
EMBEDDING_SHARE = 0.5


# ------------------------------------------------------------------ filters

_TYPE_WORDS = {
    "strategi": "strategy", "program": "programme", "handlingsprogram": "programme", "plan": "plan",
    "handlingsplan": "plan", "policy": "policy", "riktlinje": "guideline", "riktlinjer": "guideline",
    "övrigt": "other", "annat": "other",
}


def doc_type_label(value: str) -> str:
    v = value.strip().casefold()
    if v in DOC_LABELS:
        return v
    if v in _TYPE_WORDS:
        return _TYPE_WORDS[v]
    raise UsageError(f"unknown document type '{value}' (use one of: {', '.join(DOC_LABELS)})")


@dataclass
class Filters:
    """Restrictions that combine with AND; several values of one filter combine with OR.

    ``articles`` matches a document linked to any of them (at goal level: the goal or its
    document). ``like_municipality`` keeps documents of the same SKR kommungrupp as that
    municipality. Documents whose year is unknown are left out when a year bound is given.
    """

    doc_types: tuple[str, ...] = ()
    articles: tuple[int, ...] = ()
    direction: int | None = None
    counties: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    like_municipality: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    adopted_by: tuple[str, ...] = ()

    def resolved(self) -> ResolvedFilters:
        r = ResolvedFilters()
        r.doc_types = {doc_type_label(t) for t in self.doc_types}
        for a in self.articles:
            if not 1 <= int(a) <= 50:
                raise UsageError(f"CRPD article must be 1-50, not {a}")
        r.articles = {int(a) for a in self.articles}
        if self.direction is not None and not 1 <= int(self.direction) <= 4:
            raise UsageError(f"national direction must be 1-4, not {self.direction}")
        r.direction = self.direction
        r.counties = {resolve_county(c) for c in self.counties}
        groups: set[str] = set()
        for g in self.groups:
            groups |= set(resolve_groups(g))
        if self.like_municipality:
            m = resolve_municipality(self.like_municipality)
            like = {m.group_code}
            groups = groups & like if self.groups else like
            if not groups:
                groups = {"-"}  # the two filters exclude each other
        r.groups = groups
        if self.year_from and self.year_to and self.year_from > self.year_to:
            raise UsageError(f"--from {self.year_from} is after --to {self.year_to}")
        r.year_from, r.year_to = self.year_from, self.year_to
        r.adopted_by = [a.casefold() for a in self.adopted_by if a.strip()]
        return r


@dataclass
class ResolvedFilters:
    doc_types: set[str] = field(default_factory=set)
    articles: set[int] = field(default_factory=set)
    direction: int | None = None
    counties: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    year_from: int | None = None
    year_to: int | None = None
    adopted_by: list[str] = field(default_factory=list)


def document_mask(index: SimilarIndex, f: ResolvedFilters) -> np.ndarray:
    """Which documents pass the document-level filters."""
    n = len(index.docs)
    mask = np.ones(n, dtype=bool)
    if f.doc_types:
        mask &= np.isin(index.doc_type, list(f.doc_types))
    if f.articles:
        mask &= (index.doc_articles[:, sorted(f.articles)] > 0).any(axis=1)
    if f.direction:
        mask &= (index.doc_dirs & direction_mask([f.direction])) > 0
    if f.counties:
        mask &= np.isin(index.doc_lan, list(f.counties))
    if f.groups:
        mask &= np.isin(index.doc_group, list(f.groups))
    if f.year_from:
        mask &= index.doc_year >= f.year_from
    if f.year_to:
        mask &= (index.doc_year > 0) & (index.doc_year <= f.year_to)
    if f.adopted_by:
        hits = np.array([any(w in a.casefold() for a in d["adopted_by"] for w in f.adopted_by) for d in index.docs],
                        dtype=bool)
        mask &= hits if n else mask
    return mask


def goal_mask(index: SimilarIndex, f: ResolvedFilters) -> np.ndarray:
    """Which goals pass: their document passes, and (for articles) the goal or its document is linked."""
    no_articles = ResolvedFilters(**{**f.__dict__, "articles": set()})
    mask = document_mask(index, no_articles)[index.goal_doc] if len(index.goals) else np.zeros(0, dtype=bool)
    if f.articles and len(index.goals):
        cols = sorted(f.articles)
        own = (index.goal_articles[:, cols] > 0).any(axis=1)
        of_doc = (index.doc_articles[:, cols] > 0).any(axis=1)[index.goal_doc]
        mask &= own | of_doc
    return mask


# ------------------------------------------------------------------ the query


@dataclass
class Query:
    """What a search compares against, whatever it was given as (text, indexed document or goal, file)."""

    kind: str  # "text", "doc", "goal" or "file"
    label: str
    text: str = ""  # for embeddings and the explanation
    runs: list[list[str]] = field(default_factory=list)  # lemma runs (text and file queries)
    doc_row: int | None = None  # the indexed document (doc queries)
    goal_row: int | None = None  # the indexed goal (goal queries)
    sha256: str | None = None
    articles: np.ndarray | None = None
    kinds: np.ndarray | None = None
    reference: dict[str, Any] | None = None  # municipality info the group component compares with
    doc_type: str | None = None
    goal_level: str | None = None
    directions: int = 0
    embedding: np.ndarray | None = None
    _vectors: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def vector(self, index: SimilarIndex, level: str) -> np.ndarray:
        """The query's dense text vector against the ``level`` matrix (see ``TextModel.weigh``)."""
        cached = self._vectors.get(level)
        if cached is not None:
            return cached
        tm = index.text
        if self.goal_row is not None:
            if level == "goal":
                vec = tm.weigh(index.goal_text[self.goal_row])
            else:
                vec = tm.query_vector(index.goal_word_counts[self.goal_row], index.goal_char_counts[self.goal_row], level)
        elif self.doc_row is not None:
            if level == "document":
                vec = tm.weigh(index.doc_text[self.doc_row])
            else:
                vec = tm.query_vector(index.doc_word_counts[self.doc_row], index.doc_char_counts[self.doc_row], level)
        else:
            w, c = tm.query_counts(self.runs)
            vec = tm.query_vector(w, c, level)
        self._vectors[level] = vec
        return vec


_ART_REF = re.compile(r"\b(?:art(?:ikel|iklarna|iklar)?\.?)\s*(\d{1,2}(?:\s*(?:,|och|&|–|-)\s*\d{1,2})*)", re.IGNORECASE)


@functools.cache
def _lexicon() -> list[tuple[int, float, tuple[str, ...]]]:
    """The extraction's CRPD article lexicon (article, weight, lemma patterns), if it is installed."""
    path = PROJECT_ROOT / "miner" / "extract" / "data" / "articles_lexicon.tsv"
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for line in lines:
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 3:
            continue
        try:
            out.append((int(parts[0]), float(parts[1]), tuple(parts[2].split())))
        except ValueError:
            continue
    return out


def _matches(pattern: str, lemma: str) -> bool:
    if pattern.startswith("*") and pattern.endswith("*") and len(pattern) > 2:
        return pattern[1:-1] in lemma
    if pattern.startswith("*"):
        return lemma.endswith(pattern[1:])
    if pattern.endswith("*"):
        return lemma.startswith(pattern[:-1])
    return lemma == pattern


@functools.lru_cache(maxsize=65536)
def _first_term_hits(lemma: str) -> tuple[int, ...]:
    """Lexicon rows whose first pattern matches ``lemma``."""
    return tuple(i for i, (_, _, pat) in enumerate(_lexicon()) if _matches(pat[0], lemma))


def query_articles(text: str, tokens: list[str]) -> dict[int, float]:
    """CRPD articles a free-text query asks about: named ("artikel 27") or clearly implied by its words.

    Named articles count 1.0. Words are scored with the extraction's article lexicon: an
    article whose matched terms weigh 1.0 or more together (one strong term such as
    "sysselsättning", or several topic words) is implied with confidence 0.8.
    """
    arts: dict[int, float] = {}
    for m in _ART_REF.finditer(text):
        for n in re.findall(r"\d{1,2}", m.group(1)):
            if 1 <= int(n) <= 50:
                arts[int(n)] = 1.0
    lex = _lexicon()
    matched: set[int] = set()
    for pos, t in enumerate(tokens):
        for i in _first_term_hits(t):
            pat = lex[i][2]
            rest = tokens[pos + 1:pos + len(pat)]
            if len(rest) == len(pat) - 1 and all(_matches(p, x) for p, x in zip(pat[1:], rest, strict=True)):
                matched.add(i)
    scores: dict[int, float] = {}
    for i in matched:
        article, weight, _ = lex[i]
        scores[article] = scores.get(article, 0.0) + weight
    for article, sc in scores.items():
        if sc >= 1.0 and article not in arts:
            arts[article] = 0.8
    return arts


# ------------------------------------------------------------------ components


def _coverage(rows: np.ndarray, q: np.ndarray | None, idf: np.ndarray) -> np.ndarray | None:
    """IDF-weighted share of the query's articles a candidate is linked to (× link confidence)."""
    if q is None or not q.any():
        return None
    w = (q > 0) * idf
    total = float(w.sum())
    if total <= 0:
        return None
    return (rows @ w / total).astype(np.float32)


def _cosine(unit_rows: np.ndarray, q: np.ndarray | None, idf: np.ndarray) -> np.ndarray | None:
    """Weighted cosine of the query with rows already weighted and normalised (see ``weighted_unit_rows``)."""
    if q is None or not q.any():
        return None
    qn = weighted_unit_rows(q[None, :], idf)[0]
    if not qn.any():
        return None
    return unit_rows @ qn


_POP = np.array([bin(i).count("1") for i in range(256)], dtype=np.float32)


def _direction_overlap(dirs: np.ndarray, q: int) -> np.ndarray | None:
    if not q:
        return None
    inter = _POP[(dirs & q) & 0xFF]
    union = _POP[(dirs | q) & 0xFF]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.nan_to_num(inter / union, nan=0.0).astype(np.float32)


def text_cosine(index: SimilarIndex, q: Query, level: str) -> np.ndarray:
    """Text cosine of the query with every document (or goal): one sparse matrix × dense vector."""
    matrix = index.doc_text if level == "document" else index.goal_text
    return np.asarray(matrix @ q.vector(index, level), dtype=np.float32)


def group_score(index: SimilarIndex, ref: dict[str, Any] | None, doc_rows: np.ndarray) -> np.ndarray | None:
    if not ref or not ref.get("group_code"):
        return None
    same = index.doc_group[doc_rows] == ref["group_code"]
    main = index.doc_main_group[doc_rows] == ref["main_group"]
    return np.where(same, 1.0, np.where(main, 0.5, 0.0)).astype(np.float32)


@dataclass
class Ranked:
    rows: np.ndarray  # candidate rows (documents or goals), best first
    score: np.ndarray
    components: dict[str, np.ndarray]  # per component, aligned with rows
    text_cosine: np.ndarray
    weights: dict[str, float]


def _minmax(x: np.ndarray) -> np.ndarray:
    if x.size == 0:
        return x
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.ones_like(x)


def rank(index: SimilarIndex, q: Query, level: str, mask: np.ndarray, k: int, *,
         weights: dict[str, float] | None = None, embeddings: bool = False,
         embedding_share: float = EMBEDDING_SHARE) -> Ranked:
    """Score every candidate that ``mask`` lets through and return the best ``k``, with their components."""
    weights = dict(weights or WEIGHTS)
    cand = np.flatnonzero(mask)
    comps: dict[str, np.ndarray] = {}
    if cand.size == 0:
        return Ranked(cand, np.zeros(0, np.float32), {}, np.zeros(0, np.float32), weights)
    cos = text_cosine(index, q, level)[cand]
    top = float(cos.max())
    comps["text"] = cos / top if top > 0 else np.zeros_like(cos)
    if embeddings and index.embeddings is not None and q.embedding is not None:
        mode = "doc" if q.kind in ("doc", "file") and level == "document" else "text"
        e = index.embeddings.similarity(q.embedding, level, mode=mode)[cand]
        comps["embedding"] = _minmax(e)
        comps["text"] = (1 - embedding_share) * comps["text"] + embedding_share * comps["embedding"]
    if level == "document":
        doc_rows = cand
        arts = index.doc_articles[cand] if q.kind == "text" else index.doc_articles_n[cand]
        kinds = index.doc_kinds_n[cand]
        typ = index.doc_type[cand] == q.doc_type if q.doc_type else None
    else:
        doc_rows = index.goal_doc[cand]
        arts = index.goal_articles_eff[cand] if q.kind == "text" else index.goal_articles_n[cand]
        kinds = index.goal_kinds_n[cand]
        typ = index.goal_level[cand] == q.goal_level if q.goal_level else None
    structure = {
        "articles": (_coverage if q.kind == "text" else _cosine)(arts, q.articles, index.article_idf),
        "actors": _cosine(kinds, q.kinds, index.kind_idf),
        "group": group_score(index, q.reference, doc_rows),
        "type": typ.astype(np.float32) if typ is not None else None,
        "direction": _direction_overlap(index.doc_dirs[doc_rows], q.directions),
    }
    comps.update({name: v for name, v in structure.items() if v is not None})
    active = {name: w for name, w in weights.items() if name in comps}
    total = sum(active.values()) or 1.0
    score = sum(w * comps[name] for name, w in active.items()) / total
    # best first; ties go to the higher text cosine, then to index order (stable, reproducible)
    k = min(k, cand.size)
    order = np.lexsort((np.arange(cand.size), -cos, -score))[:k] if cand.size <= 4 * k else None
    if order is None:
        part = np.argpartition(-score, k - 1)[: max(k, 1)]
        threshold = score[part].min()
        pool = np.flatnonzero(score >= threshold)
        order = pool[np.lexsort((pool, -cos[pool], -score[pool]))][:k]
    return Ranked(cand[order], score[order].astype(np.float32), {n: v[order] for n, v in comps.items()},
                  cos[order], active)


def structure_score(components: dict[str, float], weights: dict[str, float]) -> float | None:
    """The weighted mean of the active structure components (what ``why.structure`` shows)."""
    parts = {n: w for n, w in weights.items() if n in STRUCTURE and n in components}
    total = sum(parts.values())
    if not total:
        return None
    return sum(w * components[n] for n, w in parts.items()) / total


def article_query(articles: dict[int, float] | Iterable[int] | None) -> np.ndarray | None:
    if not articles:
        return None
    v = article_vector(articles)
    return v if v.any() else None


def kinds_query(kinds: Iterable[str] | None) -> np.ndarray | None:
    if not kinds:
        return None
    v = kind_vector(kinds)
    return v if v.any() else None
